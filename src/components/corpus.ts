/**
 * <reprisal-corpus>: the documents of the page's corpus (title, outlet, date, events found), and
 * the way to add to it: drop files or a folder, or pick them. Extraction runs in a Web Worker,
 * with a progress bar and a Cancel button, so the page stays responsive; files that cannot be
 * read are listed, one line each, naming the file.
 */
import { css, html, LitElement, nothing } from 'lit';
import { formatPeriod } from '../analysis/dates.js';
import { filesFromDrop, filesFromInput, readFiles, type PickedFile } from './corpus/files.js';
import { sharedCorpus, type CorpusStore } from './state/corpus-store.js';
import { SelectionController } from './state/selection-controller.js';
import type { SelectionStore } from './state/selection-store.js';
import { controls, tables, theme } from './styles.js';

export class ReprisalCorpus extends LitElement {
  static override properties = {
    corpus: { attribute: false },
    store: { attribute: false },
    dragging: { state: true },
  };

  static override styles = [
    theme,
    controls,
    tables,
    css`
      :host {
        display: block;
      }
      .drop {
        border: 2px dashed var(--_border);
        border-radius: 10px;
        padding: 1em 1.2em;
        text-align: center;
        background: var(--_subtle);
        transition: border-color 0.15s, background 0.15s;
      }
      .drop.over {
        border-color: var(--_accent);
        background: var(--_surface);
      }
      .drop p {
        margin: 0.3em 0;
      }
      .progress {
        display: flex;
        flex-wrap: wrap;
        gap: 0.6em;
        align-items: center;
        margin: 0.7em 0;
      }
      progress {
        flex: 1 1 12em;
        height: 0.9em;
        accent-color: var(--_accent);
      }
      .warnings {
        margin: 0.5em 0;
        padding: 0.4em 0.8em 0.4em 2em;
        border-left: 3px solid var(--_danger);
        background: var(--_subtle);
        font-size: 0.88em;
      }
      .message {
        margin: 0.6em 0;
      }
      button.doc {
        border: none;
        background: none;
        padding: 0;
        min-height: 0;
        text-align: left;
        color: var(--_accent);
        text-decoration: underline;
        text-underline-offset: 2px;
      }
      button.doc[aria-pressed='true'] {
        background: var(--_mark);
        color: var(--_mark-ink);
      }
      button.remove {
        min-height: 0;
        padding: 0 0.45em;
      }
      input[type='file'] {
        display: none;
      }
    `,
  ];

  declare corpus: CorpusStore | undefined;
  declare store: SelectionStore | undefined;
  declare dragging: boolean;

  readonly #selection = new SelectionController(this);
  #unsubscribe: (() => void) | undefined;
  #subscribed: CorpusStore | undefined;

  constructor() {
    super();
    this.corpus = undefined;
    this.store = undefined;
    this.dragging = false;
  }

  get #store(): CorpusStore {
    return this.corpus ?? sharedCorpus();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#subscribe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#subscribed = undefined;
  }

  protected override willUpdate(): void {
    if (this.isConnected && this.#subscribed !== this.#store) this.#subscribe();
  }

  /** Reads `files` into the corpus (what a drop or the pickers do). */
  async add(files: readonly PickedFile[]): Promise<void> {
    if (!files.length) return;
    await this.#store.add(await readFiles(files));
  }

  protected override render() {
    const { status, docs, events, warnings, progress, message } = this.#store.state;
    const counts = new Map<string, number>();
    for (const e of events.events) for (const doc of new Set(e.mentions.map((m) => m.doc))) counts.set(doc, (counts.get(doc) ?? 0) + 1);
    const selectedDoc = this.#selection.value.document;
    return html`
      <div
        class="drop ${this.dragging ? 'over' : ''}"
        @dragenter=${this.#onDragOver}
        @dragover=${this.#onDragOver}
        @dragleave=${() => (this.dragging = false)}
        @drop=${this.#onDrop}
      >
        <p><strong>Drop articles here</strong> — .txt, .md or .html files, or a whole folder (a <code>corpus.json</code> in it gives titles, outlets and dates).</p>
        <p>
          <button type="button" @click=${() => this.#pick('files')}>Choose files…</button>
          <button type="button" @click=${() => this.#pick('folder')}>Choose a folder…</button>
          ${this.#store.defaults ? html`<button type="button" @click=${() => this.#store.restore()}>Restore the built-in corpus</button>` : nothing}
        </p>
        <p class="muted">Files are read in this page only; nothing is uploaded.</p>
        <input class="files" type="file" multiple accept=".txt,.md,.markdown,.html,.htm,.json" @change=${this.#onInput} aria-label="Choose files" />
        <input class="folder" type="file" multiple webkitdirectory @change=${this.#onInput} aria-label="Choose a folder" />
      </div>
      ${status === 'extracting'
        ? html`<div class="progress" role="status">
            <progress max=${progress?.total || 1} value=${progress?.done ?? 0} aria-label="Extraction progress"></progress>
            <span>${progress?.total ? `Extracting ${progress.done} of ${progress.total} documents…` : 'Reading files…'}</span>
            <button type="button" class="cancel" @click=${() => this.#store.cancel()}>Cancel</button>
          </div>`
        : nothing}
      ${message ? html`<p class="message ${status === 'error' ? 'error' : 'muted'}" role="status">${message}</p>` : nothing}
      ${warnings.length
        ? html`<ul class="warnings" aria-label="Files that could not be read">
            ${warnings.map((w) => html`<li>${w}</li>`)}
          </ul>`
        : nothing}
      <div class="table-wrap">
        <table>
          <caption>
            ${docs.length} ${docs.length === 1 ? 'document' : 'documents'}, ${events.events.length} events, ${events.links.length} links
          </caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Outlet</th>
              <th scope="col">Published</th>
              <th scope="col" class="num">Events</th>
              <th scope="col"><span class="visually-hidden">Remove</span></th>
            </tr>
          </thead>
          <tbody>
            ${docs.map(
              (d) => html`<tr data-doc=${d.id}>
                <td>
                  <button type="button" class="doc" aria-pressed=${String(selectedDoc === d.id)} title=${d.file} @click=${() => this.#selection.toggle({ document: d.id })}>
                    ${d.title ?? d.id}
                  </button>
                </td>
                <td>${d.source ?? ''}</td>
                <td>${d.published ? formatPeriod(d.published) : ''}</td>
                <td class="num">${counts.get(d.id) ?? 0}</td>
                <td>
                  <button type="button" class="remove" aria-label=${`Remove ${d.title ?? d.id}`} title="Remove from the corpus" ?disabled=${status === 'extracting'} @click=${() => this.#store.remove([d.id])}>×</button>
                </td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    `;
  }

  #subscribe(): void {
    this.#unsubscribe?.();
    this.#subscribed = this.#store;
    this.#unsubscribe = this.#subscribed.subscribe(() => this.requestUpdate());
  }

  #pick(kind: 'files' | 'folder'): void {
    this.renderRoot.querySelector<HTMLInputElement>(`input.${kind}`)?.click();
  }

  #onInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const files = filesFromInput(input);
    input.value = '';
    void this.add(files);
  };

  #onDragOver = (event: DragEvent) => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  #onDrop = (event: DragEvent) => {
    event.preventDefault();
    this.dragging = false;
    if (!event.dataTransfer) return;
    void filesFromDrop(event.dataTransfer).then((files) => this.add(files));
  };
}

customElements.define('reprisal-corpus', ReprisalCorpus);

declare global {
  interface HTMLElementTagNameMap {
    'reprisal-corpus': ReprisalCorpus;
  }
}
