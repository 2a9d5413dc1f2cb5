/**
 * <reprisal-corrections>: every correction of the page's corpus, in the order they apply, with
 * what became of it on the latest extraction — one that no longer finds its event says so, and
 * why, and can be removed; none is dropped silently. Undo the last change; export the list as a
 * `reprisal-corrections/1` file (the one `reprisal extract --corrections` reads) or import one.
 * Below, the analyst's own actors.
 */
import { css, html, LitElement, nothing } from 'lit';
import { CorrectionsError, parseCorrections, serialiseCorrections } from '../corrections/index.js';
import type { Correction, CorrectionStatus } from '../corrections/types.js';
import type { SavedWork } from '../storage/saved-work.js';
import './corrections-actors.js';
import { savedWorkLine } from './corrections-saved.js';
import { describeCorrection, type DescribeContext } from './corrections-describe.js';
import { indexFile } from './describe.js';
import { sharedCorpus, type CorpusStore } from './state/corpus-store.js';
import { controls, tables, theme } from './styles.js';

export const CORRECTIONS_FILE = 'reprisal-corrections.json';

export class ReprisalCorrections extends LitElement {
  static override properties = {
    corpus: { attribute: false },
    saved: { attribute: false },
    message: { state: true },
    failed: { state: true },
    warnings: { state: true },
  };

  static override styles = [
    theme,
    controls,
    tables,
    css`
      :host {
        display: block;
      }
      .intro {
        max-width: 48em;
      }
      tr.stale {
        background: color-mix(in srgb, var(--_danger) 8%, transparent);
      }
      .status-ok {
        color: var(--_muted);
      }
      .status-stale {
        color: var(--_danger);
        font-weight: 600;
      }
      .events {
        margin: 0.2em 0 0;
        padding-left: 1.1em;
        color: var(--_muted);
      }
      .warnings {
        margin: 0.4em 0;
        padding: 0.4em 0.8em 0.4em 2em;
        border-left: 3px solid var(--_danger);
        background: var(--_subtle);
        font-size: 0.88em;
      }
      .saved {
        font-size: 0.9em;
      }
      .saved.problem {
        padding: 0.4em 0.8em;
        border-left: 3px solid var(--_danger);
        background: var(--_subtle);
      }
      input[type='file'] {
        display: none;
      }
      td.when {
        white-space: nowrap;
      }
    `,
  ];

  declare corpus: CorpusStore | undefined;
  /** Where the work is kept between visits; without it, the view says nothing about saving. */
  declare saved: SavedWork | undefined;
  declare message: string | undefined;
  /** Whether the message tells of a failure (an alert) rather than of a success. */
  declare failed: boolean;
  /** Entries of the last imported file that could not be read. */
  declare warnings: string[];

  #stops: (() => void)[] = [];

  constructor() {
    super();
    this.corpus = undefined;
    this.saved = undefined;
    this.message = undefined;
    this.failed = false;
    this.warnings = [];
  }

  get #store(): CorpusStore {
    return this.corpus ?? sharedCorpus();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#listen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stops.forEach((stop) => stop());
    this.#stops = [];
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (this.isConnected && (changed.has('corpus') || changed.has('saved'))) this.#listen();
  }

  protected override render() {
    const store = this.#store;
    const list = store.corrections.list;
    const applied = new Map(store.state.applied.map((s) => [s.id, s]));
    const stale = list.filter((c) => applied.get(c.id)?.applied === false).length;
    const context = this.#describeContext();
    const undoable = store.corrections.undoable;
    return html`
      <p class="intro">
        Your corrections of the extracted events. They are kept apart from what the extractor found and applied again after every extraction, in this order; one that no longer finds its
        event is listed with the reason, never dropped. The command line applies the same file: <code>reprisal extract DIR --corrections ${CORRECTIONS_FILE}</code>.
      </p>
      ${this.saved ? savedWorkLine(this.saved.state) : nothing}
      <div class="toolbar">
        <button type="button" class="undo" ?disabled=${!undoable} @click=${this.#undo}>${undoable ? `Undo ${undoable}` : 'Undo'}</button>
        <button type="button" class="export" ?disabled=${!list.length} @click=${this.#export}>Export corrections</button>
        <button type="button" class="import" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('input.import-file')?.click()}>Import corrections…</button>
        <input class="import-file" type="file" accept=".json,application/json" aria-label="Corrections file to import" @change=${this.#onImport} />
      </div>
      ${this.message ? html`<p class=${this.failed ? 'message error' : 'message'} role=${this.failed ? 'alert' : 'status'}>${this.message}</p>` : nothing}
      ${this.warnings.length
        ? html`<ul class="warnings" aria-label="Entries that could not be read">
            ${this.warnings.map((w) => html`<li>${w}</li>`)}
          </ul>`
        : nothing}
      ${list.length
        ? html`<div class="table-wrap">
            <table>
              <caption>
                ${list.length} ${list.length === 1 ? 'correction' : 'corrections'}${stale ? `, ${stale} no longer ${stale === 1 ? 'applies' : 'apply'}` : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col" class="num">#</th>
                  <th scope="col">Made</th>
                  <th scope="col">Correction</th>
                  <th scope="col">Note</th>
                  <th scope="col">Status</th>
                  <th scope="col"><span class="visually-hidden">Remove</span></th>
                </tr>
              </thead>
              <tbody>
                ${list.map((c, i) => row(c, i, applied.get(c.id), context, store.state.status === 'extracting', () => this.#remove(c)))}
              </tbody>
            </table>
          </div>`
        : html`<p class="muted">No corrections yet. Select an event in a table of events, then Edit, Merge, Link, Add or Delete.</p>`}
      <reprisal-user-actors .corpus=${store}></reprisal-user-actors>
    `;
  }

  #describeContext(): DescribeContext {
    const store = this.#store;
    const index = indexFile(store.state.extracted);
    const corrected = indexFile(store.events);
    return {
      text: (doc) => store.text(doc),
      title: (doc) => index.titles.get(doc) ?? doc,
      actorName: (id) => corrected.actors.get(id)?.name ?? index.actors.get(id)?.name ?? id,
    };
  }

  #listen(): void {
    this.#stops.forEach((stop) => stop());
    const update = () => this.requestUpdate();
    this.#stops = [this.#store.subscribe(update), ...(this.saved ? [this.saved.subscribe(update)] : [])];
  }

  #say(message: string, failed = false, warnings: string[] = []): void {
    this.message = message;
    this.failed = failed;
    this.warnings = warnings;
  }

  #undo = () => {
    const what = this.#store.corrections.undoable;
    if (this.#store.corrections.undo()) this.#say(`Undone: ${what}.`);
  };

  #remove(c: Correction): void {
    this.#store.corrections.remove(c.id);
    this.#say(`Removed correction ${c.id}. Undo brings it back.`);
  }

  #export = () => {
    const blob = new Blob([serialiseCorrections([...this.#store.corrections.list])], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = CORRECTIONS_FILE;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    this.#say(`Exported ${this.#store.corrections.list.length} corrections as ${CORRECTIONS_FILE}.`);
  };

  #onImport = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) await this.importFile(file);
  };

  /** Reads a corrections file into the list (what the Import button does); a bad file changes nothing. */
  async importFile(file: File): Promise<void> {
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      return this.#say(`${file.name}: cannot be read (${error instanceof Error ? error.message : String(error)}). Nothing was imported; your corrections are as they were.`, true);
    }
    try {
      const { corrections, warnings } = parseCorrections(text, file.name);
      const { added, skipped } = this.#store.corrections.import(corrections);
      const already = skipped ? `; ${skipped} ${skipped === 1 ? 'was' : 'were'} already here` : '';
      const left = warnings.length ? `; ${warnings.length} ${warnings.length === 1 ? 'entry' : 'entries'} could not be read (listed below)` : '';
      this.#say(`Imported ${added} ${added === 1 ? 'correction' : 'corrections'} from ${file.name}${already}${left}.`, false, warnings);
    } catch (error) {
      if (!(error instanceof CorrectionsError)) throw error;
      this.#say(`${error.message}. Nothing was imported; your corrections are as they were.`, true);
    }
  }
}

function row(c: Correction, i: number, status: CorrectionStatus | undefined, context: DescribeContext, extracting: boolean, remove: () => void) {
  const { action, events } = describeCorrection(c, context);
  const stale = status?.applied === false;
  return html`<tr data-correction=${c.id} class=${stale ? 'stale' : ''}>
    <td class="num">${i + 1}</td>
    <td class="when">${c.at ? new Date(c.at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : ''}</td>
    <td>
      ${action}
      <ul class="events">
        ${events.map((e) => html`<li>${e}</li>`)}
      </ul>
    </td>
    <td>${c.note ?? ''}</td>
    <td class=${stale ? 'status-stale' : 'status-ok'}>${status ? (status.applied ? 'Applies' : `No longer applies: ${status.reason}`) : extracting ? 'Waiting for the extraction' : '—'}</td>
    <td><button type="button" class="remove" aria-label=${`Remove correction ${i + 1}`} @click=${remove}>Remove</button></td>
  </tr>`;
}

customElements.define('reprisal-corrections', ReprisalCorrections);

declare global {
  interface HTMLElementTagNameMap {
    'reprisal-corrections': ReprisalCorrections;
  }
}
