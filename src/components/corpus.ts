/**
 * <reprisal-corpus>: the documents of the page's corpus (title, outlet, date, events found), and
 * the way to add to it: drop files or a folder, or pick them. Extraction runs in Web Workers,
 * with a progress bar and a Cancel button, so the page stays responsive; files that cannot be
 * read are listed, one line each, naming the file. A run that fails says why and can be tried
 * again. The list shows a page of documents at a time, so 10,000 of them draw at once.
 */
import { css, html, LitElement, nothing } from 'lit';
import { formatPeriod } from '../analysis/dates.js';
import { filesFromDrop, filesFromInput, readFiles, type PickedFile } from './corpus/files.js';
import { nextTask } from '../worker/pieces.js';
import type { ReadResult } from '../worker/reader.js';
import './import-status.js';
import { sharedImports } from './state/import-store.js';
import { sharedCorpus, type CorpusState, type CorpusStore } from './state/corpus-store.js';
import { FollowStore } from './state/follow-store.js';
import { SelectionController } from './state/selection-controller.js';
import type { SelectionStore } from './state/selection-store.js';
import { controls, tables, theme } from './styles.js';
import type { CorpusDoc, InputFile } from '../corpus/corpus.js';
import type { Event as Measure, EventsFile } from '../events/types.js';

/** Documents listed at first, and added by each "Show more". */
const PAGE = 200;
/** Warnings listed before the rest are folded away. */
const WARNINGS_SHOWN = 12;
/** Events counted per task. */
const EVENTS_PER_TURN = 5000;
// One formatter for every count: Number#toLocaleString builds a new one at each call, which the
// profile of a large drop showed taking most of a progress update.
const numbers = new Intl.NumberFormat('en');
const count = (n: number) => numbers.format(n);

export class ReprisalCorpus extends LitElement {
  static override properties = {
    corpus: { attribute: false },
    store: { attribute: false },
    dragging: { state: true },
    reading: { state: true },
    limit: { state: true },
    moreWarnings: { state: true },
    unread: { state: true },
    readError: { state: true },
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
      .warnings details {
        margin-top: 0.3em;
      }
      .warnings summary {
        cursor: pointer;
      }
      .more-warnings {
        margin: 0.3em 0 0 1.2em;
        white-space: pre-line;
      }
    `,
  ];

  declare corpus: CorpusStore | undefined;
  declare store: SelectionStore | undefined;
  declare dragging: boolean;
  /** While dropped or picked files are read from disk: how many of how many. */
  declare reading: { done: number; total: number } | undefined;
  /** Documents listed at most; "Show more" raises it. */
  declare limit: number;
  /**
   * Whether the folded warnings are shown. Only then are they drawn, as one block of lines: as
   * 10,000 list items they took the page's thread for a tenth of a second at each update.
   */
  declare moreWarnings: boolean;
  /** The files of the latest drop the browser could not read, one line each. */
  declare unread: string[];
  /** Why the latest drop could not be read at all. */
  declare readError: string | undefined;

  readonly #selection = new SelectionController(this);
  /** The files last added here, to try again with when their run failed. */
  #lastAdded: InputFile[] | undefined;
  #counts: { events: EventsFile; counts: Map<string, number> } | undefined;
  /** The events file whose events are being counted. */
  #counting: EventsFile | undefined;

  constructor() {
    super();
    // Redraws when the store changes, and follows another one when it is given.
    new FollowStore(this, () => this.#store);
    this.corpus = undefined;
    this.store = undefined;
    this.dragging = false;
    this.reading = undefined;
    this.limit = PAGE;
    this.moreWarnings = false;
    this.unread = [];
    this.readError = undefined;
  }

  get #store(): CorpusStore {
    return this.corpus ?? sharedCorpus();
  }

  /** Reads `files` into the corpus (what a drop or the pickers do). */
  async add(dropped: readonly PickedFile[]): Promise<void> {
    // Each step over the files in a task of its own: 10,000 of them make each step a long one.
    await nextTask();
    // GDELT and POLECAT files are imported in a worker, not read as articles.
    const files = await sharedImports().take(dropped, this.#store);
    if (!files.length) return;
    await nextTask();
    this.reading = { done: 0, total: files.length };
    this.unread = [];
    this.readError = undefined;
    let read: ReadResult;
    try {
      read = await readFiles(files, (done) => (this.reading = { done, total: files.length }));
    } catch (error) {
      this.readError = error instanceof Error ? error.message : String(error);
      return;
    } finally {
      this.reading = undefined;
    }
    this.unread = read.warnings;
    if (!read.files.length) return;
    this.#lastAdded = read.files;
    await this.#store.add(read.files);
  }

  /**
   * Events found per document, once per events file; undefined while they are being counted.
   * A large file's are counted a few thousand events a task (70,000 took a tenth of a second).
   */
  #countsOf(events: EventsFile): Map<string, number> | undefined {
    if (this.#counts?.events === events) return this.#counts.counts;
    if (events.events.length <= EVENTS_PER_TURN) {
      this.#counting = undefined;
      this.#counts = { events, counts: countEvents(events.events, new Map()) };
      return this.#counts.counts;
    }
    if (this.#counting !== events) {
      this.#counting = events;
      void this.#count(events);
    }
    return undefined;
  }

  async #count(events: EventsFile): Promise<void> {
    const counts = new Map<string, number>();
    for (let at = 0; at < events.events.length; at += EVENTS_PER_TURN) {
      if (at) await nextTask();
      if (this.#counting !== events) return;
      countEvents(events.events.slice(at, at + EVENTS_PER_TURN), counts);
    }
    this.#counting = undefined;
    this.#counts = { events, counts };
    this.requestUpdate();
  }

  protected override render() {
    const { status, docs, events, progress, message } = this.#store.state;
    const warnings = this.unread.length ? [...this.unread, ...this.#store.state.warnings] : this.#store.state.warnings;
    const counts = this.#countsOf(events);
    const selectedDoc = this.#selection.value.document;
    const shown = this.#shownDocs(docs, selectedDoc);
    return html`
      <div
        class="drop ${this.dragging ? 'over' : ''}"
        @dragenter=${this.#onDragOver}
        @dragover=${this.#onDragOver}
        @dragleave=${() => (this.dragging = false)}
        @drop=${this.#onDrop}
      >
        <p><strong>Drop articles here</strong> — .txt, .md or .html files, or a whole folder (a <code>corpus.json</code> in it gives titles, outlets and dates) — or event data: a GDELT 2.0 export (.CSV) or POLECAT/PLOVER JSON lines (.jsonl).</p>
        <p>
          <button type="button" @click=${() => this.#pick('files')}>Choose files…</button>
          <button type="button" @click=${() => this.#pick('folder')}>Choose a folder…</button>
          ${this.#store.defaults ? html`<button type="button" @click=${() => this.#store.restore()}>Restore the built-in corpus</button>` : nothing}
        </p>
        <p class="muted">Files are read in this page only; nothing is uploaded.</p>
        <input class="files" type="file" multiple accept=".txt,.md,.markdown,.html,.htm,.json,.csv,.tsv,.jsonl,.ndjson" @change=${this.#onInput} aria-label="Choose files" />
        <input class="folder" type="file" multiple webkitdirectory @change=${this.#onInput} aria-label="Choose a folder" />
      </div>
      <reprisal-import-status></reprisal-import-status>
      ${this.reading
        ? html`<div class="progress" role="status">
            <progress max=${this.reading.total} value=${this.reading.done} aria-label="Reading the files"></progress>
            <span>Reading ${count(this.reading.done)} of ${count(this.reading.total)} files…</span>
          </div>`
        : nothing}
      ${status === 'extracting'
        ? html`<div class="progress" role="status">
            <progress max=${progress?.total || 1} value=${progress?.phase === 'merging' ? progress.total || 1 : progress?.done ?? 0} aria-label="Extraction progress"></progress>
            <span>${progressText(progress)}</span>
            <button type="button" class="cancel" @click=${() => this.#store.cancel()}>Cancel</button>
          </div>`
        : nothing}
      ${this.readError ? html`<p class="message error" role="alert">${this.readError}</p>` : nothing}
      ${message
        ? html`<p class="message ${status === 'error' ? 'error' : 'muted'}" role=${status === 'error' ? 'alert' : 'status'}>
            ${message}
            ${status === 'error' && this.#lastAdded ? html`<button type="button" class="retry" @click=${() => void this.#store.add(this.#lastAdded!)}>Try again</button>` : nothing}
          </p>`
        : nothing}
      ${warnings.length
        ? html`<div class="warnings" role="status" aria-label="Files that could not be read">
            ${warnings.length > 1 ? html`<p>${count(warnings.length)} files could not be read in full:</p>` : nothing}
            <ul>
              ${warnings.slice(0, WARNINGS_SHOWN).map((w) => html`<li>${w}</li>`)}
            </ul>
            ${warnings.length > WARNINGS_SHOWN
              ? html`<details @toggle=${(e: Event) => (this.moreWarnings = (e.target as HTMLDetailsElement).open)}>
                  <summary>${count(warnings.length - WARNINGS_SHOWN)} more</summary>
                  ${this.moreWarnings ? html`<p class="more-warnings">${warnings.slice(WARNINGS_SHOWN).join('\n')}</p>` : nothing}
                </details>`
              : nothing}
          </div>`
        : nothing}
      <div class="table-wrap">
        <table>
          <caption>
            ${count(docs.length)} ${docs.length === 1 ? 'document' : 'documents'}, ${count(events.events.length)} events, ${count(events.links.length)} links
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
            ${shown.map(
              (d) => html`<tr data-doc=${d.id}>
                <td>
                  <button type="button" class="doc" aria-pressed=${String(selectedDoc === d.id)} title=${d.file} @click=${() => this.#selection.toggle({ document: d.id })}>
                    ${d.title ?? d.id}
                  </button>
                </td>
                <td>${d.source ?? ''}</td>
                <td>${d.published ? formatPeriod(d.published) : ''}</td>
                <td class="num">${counts ? (counts.get(d.id) ?? 0) : '…'}</td>
                <td>
                  <button type="button" class="remove" aria-label=${`Remove ${d.title ?? d.id}`} title="Remove from the corpus" ?disabled=${status === 'extracting'} @click=${() => this.#store.remove([d.id])}>×</button>
                </td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${docs.length > shown.length
        ? html`<p>
            <span class="muted">Showing ${count(shown.length)} of ${count(docs.length)} documents.</span>
            <button type="button" class="more" @click=${() => (this.limit += PAGE)}>Show ${count(Math.min(PAGE, docs.length - this.limit))} more</button>
          </p>`
        : nothing}
    `;
  }

  /** The first `limit` documents, and the selected one wherever it is in the list. */
  #shownDocs(docs: CorpusDoc[], selected: string | undefined): CorpusDoc[] {
    const page = docs.slice(0, this.limit);
    if (!selected || page.some((d) => d.id === selected)) return page;
    const doc = docs.find((d) => d.id === selected);
    return doc ? [doc, ...page] : page;
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

/** Adds to `counts` the events of `events` per document: an event once per document that reports it. */
function countEvents(events: readonly Measure[], counts: Map<string, number>): Map<string, number> {
  for (const { mentions } of events) {
    for (let i = 0; i < mentions.length; i++) {
      const doc = mentions[i]!.doc;
      let counted = false;
      for (let j = 0; j < i && !counted; j++) counted = mentions[j]!.doc === doc;
      if (!counted) counts.set(doc, (counts.get(doc) ?? 0) + 1);
    }
  }
  return counts;
}

function progressText(progress: CorpusState['progress']): string {
  if (progress?.phase === 'merging') return `Merging the reports of ${count(progress.total)} documents…`;
  if (!progress?.total) return 'Reading the documents…';
  return `Extracting ${count(progress.done)} of ${count(progress.total)} documents…`;
}

customElements.define('reprisal-corpus', ReprisalCorpus);

declare global {
  interface HTMLElementTagNameMap {
    'reprisal-corpus': ReprisalCorpus;
  }
}
