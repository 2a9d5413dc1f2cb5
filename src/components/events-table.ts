/**
 * <reprisal-events>: the events as a table, sortable by any column and filtered by type (the
 * shared selection's) and by words. Selecting a row selects the event everywhere and shows why it
 * was extracted: the rule, and its reports highlighted in their articles. On the page's corpus,
 * the panel also corrects the event; the table marks corrected events, says what the last
 * correction did and offers to undo it.
 */
import { css, html, LitElement, nothing } from 'lit';
import { dateSpan, formatDate } from '../analysis/dates.js';
import { filterEvents } from '../analysis/filter.js';
import type { Selection } from '../analysis/selection.js';
import { TYPE_COLORS, TYPE_ORDER } from '../charts/colors.js';
import type { Event as Measure, EventsFile, PloverType } from '../events/types.js';
import type { CorrectionMade } from './correction-form.js';
import { describeCorrection } from './corrections-describe.js';
import { actorList, indexFile } from './describe.js';
import { eventPanel, revealMarks } from './event-panel.js';
import { eventPanelStyles } from './event-panel-styles.js';
import type { CorpusStore } from './state/corpus-store.js';
import { EventsController } from './state/events-controller.js';
import { SelectionController } from './state/selection-controller.js';
import type { SelectionStore } from './state/selection-store.js';
import { controls, tables, theme } from './styles.js';

type Column = 'date' | 'type' | 'measure' | 'source' | 'target' | 'reports' | 'confidence';

const PAGE = 200;

const COLUMNS: { key: Column; label: string; numeric?: boolean }[] = [
  { key: 'date', label: 'Date' },
  { key: 'type', label: 'Type' },
  { key: 'measure', label: 'Measure' },
  { key: 'source', label: 'Who acts' },
  { key: 'target', label: 'Against whom' },
  { key: 'reports', label: 'Reports', numeric: true },
  { key: 'confidence', label: 'Confidence', numeric: true },
];

export class ReprisalEvents extends LitElement {
  static override properties = {
    events: { attribute: false },
    src: { type: String },
    actors: { type: String },
    type: { type: String },
    from: { type: String },
    to: { type: String },
    store: { attribute: false },
    corpus: { attribute: false },
    sortBy: { state: true },
    descending: { state: true },
    query: { state: true },
    limit: { state: true },
    saidLast: { state: true },
  };

  static override styles = [
    theme,
    controls,
    tables,
    eventPanelStyles,
    css`
      :host {
        display: block;
      }
      th button {
        border: none;
        background: none;
        padding: 0;
        min-height: 0;
        font-weight: 600;
        display: inline-flex;
        gap: 0.25em;
        text-align: left;
      }
      th.num button {
        text-align: right;
      }
      tbody tr {
        cursor: pointer;
      }
      tbody tr:hover {
        background: var(--_subtle);
      }
      tbody tr[aria-selected='true'] {
        background: var(--_mark);
        color: var(--_mark-ink);
      }
      tbody tr:focus-visible {
        outline: 2px solid var(--_focus);
        outline-offset: -2px;
      }
      .swatch {
        display: inline-block;
        width: 0.7em;
        height: 0.7em;
        border-radius: 50%;
        margin-right: 0.35em;
        vertical-align: baseline;
      }
      .query {
        width: 14em;
        max-width: 100%;
      }
      td.nowrap {
        white-space: nowrap;
      }
      .corrected {
        font-size: 0.8em;
        margin-left: 0.3em;
        color: var(--_accent);
      }
      tbody tr[aria-selected='true'] .corrected {
        color: inherit;
      }
      .last-correction {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        align-items: center;
        margin: 0 0 0.5em;
        padding: 0.35em 0.7em;
        border-left: 3px solid var(--_accent);
        background: var(--_subtle);
        font-size: 0.9em;
      }
    `,
  ];

  declare events: EventsFile | undefined;
  declare src: string | undefined;
  declare actors: string | undefined;
  declare type: string | undefined;
  declare from: string | undefined;
  declare to: string | undefined;
  declare store: SelectionStore | undefined;
  declare corpus: CorpusStore | undefined;
  declare sortBy: Column;
  declare descending: boolean;
  declare query: string;
  /** Rows drawn at most (a corpus of thousands of events stays quick); "Show more" raises it. */
  declare limit: number;
  /** What the last correction made here did, said until the next one (or an undo). */
  declare saidLast: string | undefined;

  readonly #data = new EventsController(this);
  readonly #selection = new SelectionController(this);
  #revealed: string | undefined;

  constructor() {
    super();
    this.events = undefined;
    this.src = undefined;
    this.actors = undefined;
    this.type = undefined;
    this.from = undefined;
    this.to = undefined;
    this.store = undefined;
    this.corpus = undefined;
    this.sortBy = 'date';
    this.descending = false;
    this.query = '';
    this.limit = PAGE;
    this.saidLast = undefined;
    this.addEventListener('correction', this.#onCorrection);
  }

  get value(): Selection {
    return this.#selection.value;
  }

  /** The events listed now, in their order. */
  get rows(): Measure[] {
    const file = this.#data.file;
    if (!file) return [];
    const index = indexFile(file);
    const q = this.query.trim().toLowerCase();
    const listed = filterEvents(file, this.#selection.value, { ignore: ['event'] }).events.filter(
      (e) => !q || [e.type, e.measure ?? '', actorList(e.source, index.actors), actorList(e.target, index.actors), ...e.mentions.map((m) => m.text)].join(' ').toLowerCase().includes(q),
    );
    const value = (e: Measure): string | number => {
      switch (this.sortBy) {
        case 'date':
          return e.date ? (dateSpan(e.date)?.start ?? Infinity) : Infinity;
        case 'type':
          return TYPE_ORDER.indexOf(e.type);
        case 'measure':
          return e.measure ?? '';
        case 'source':
          return actorList(e.source, index.actors);
        case 'target':
          return actorList(e.target, index.actors);
        case 'reports':
          return e.mentions.length;
        case 'confidence':
          return e.confidence ?? 0;
      }
    };
    const sign = this.descending ? -1 : 1;
    return listed
      .map((e) => [e, value(e)] as const)
      .sort(([a, x], [b, y]) => sign * (x < y ? -1 : x > y ? 1 : 0) || (a.id < b.id ? -1 : 1))
      .map(([e]) => e);
  }

  protected override render() {
    const file = this.#data.file;
    if (!file) {
      return this.#data.status === 'error' ? html`<p class="error" role="alert">${this.#data.error}</p>` : html`<p class="muted">Extracting events…</p>`;
    }
    const index = indexFile(file);
    const selection = this.#selection.value;
    const rows = this.rows;
    const selected = selection.event ? file.events.find((e) => e.id === selection.event) : undefined;
    const types = TYPE_ORDER.filter((t) => file.events.some((e) => e.type === t));
    // Corrections belong to the page's corpus: a table given its own events only reads them.
    const corpus = this.events || this.src ? undefined : this.#data.corpus;
    const corrected = new Set(corpus?.state.applied.flatMap((s) => (s.applied ? s.events : [])) ?? []);
    return html`
      <div class="toolbar">
        <label>
          <span class="muted">Type</span>
          <select @change=${this.#onType} aria-label="Type of event">
            <option value="" ?selected=${!selection.type}>All types</option>
            ${types.map((t) => html`<option value=${t} ?selected=${selection.type === t}>${t.toLowerCase()}</option>`)}
          </select>
        </label>
        <label>
          <span class="visually-hidden">Find words in the events</span>
          <input class="query" type="search" placeholder="Find words…" .value=${this.query} @input=${this.#onQuery} />
        </label>
        <span class="muted grow" role="status">${rows.length} of ${file.events.length} events</span>
        ${corpus && corpus.corrections.list.length
          ? html`<a class="corrections-link" href="#/corrections">${corpus.corrections.list.length} ${corpus.corrections.list.length === 1 ? 'correction' : 'corrections'}</a>`
          : nothing}
      </div>
      ${corpus && this.saidLast
        ? html`<p class="last-correction" role="status">
            <span>${this.saidLast}</span>
            ${corpus.corrections.undoable ? html`<button type="button" class="undo" @click=${this.#undo}>Undo</button>` : nothing}
          </p>`
        : nothing}
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              ${COLUMNS.map(
                (c) => html`<th scope="col" class=${c.numeric ? 'num' : ''} aria-sort=${this.sortBy === c.key ? (this.descending ? 'descending' : 'ascending') : 'none'}>
                  <button type="button" @click=${() => this.#sort(c.key)}>${c.label}<span aria-hidden="true">${this.sortBy === c.key ? (this.descending ? '▼' : '▲') : ''}</span></button>
                </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${rows.slice(0, this.limit).map(
              (e) => html`<tr
                data-event=${e.id}
                tabindex="0"
                aria-selected=${String(e.id === selection.event)}
                @click=${() => this.#selection.toggle({ event: e.id })}
                @keydown=${(k: KeyboardEvent) => (k.key === 'Enter' || k.key === ' ') && (k.preventDefault(), this.#selection.toggle({ event: e.id }))}
              >
                <td class="nowrap">${e.date ? formatDate(e.date) : 'undated'}</td>
                <td class="nowrap">
                  <span class="swatch" style="background:${TYPE_COLORS[e.type]}"></span>${e.type.toLowerCase()}${corrected.has(e.id)
                    ? html`<span class="corrected" title="Corrected by hand">✎<span class="visually-hidden"> corrected</span></span>`
                    : nothing}
                </td>
                <td class="nowrap">${e.measure ?? ''}</td>
                <td>${actorList(e.source, index.actors)}</td>
                <td>${actorList(e.target, index.actors)}</td>
                <td class="num">${e.mentions.length}</td>
                <td class="num">${e.confidence ?? ''}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${rows.length > this.limit
        ? html`<p><button type="button" class="more" @click=${() => (this.limit += PAGE)}>Show ${Math.min(PAGE, rows.length - this.limit)} more of ${rows.length - this.limit}</button></p>`
        : nothing}
      ${selected
        ? eventPanel(selected, { file, text: (doc) => this.#data.text(doc), select: (id) => this.#selection.patch({ event: id }), corpus })
        : html`<p class="hint">Select an event to see why it was extracted and where it is reported.</p>`}
    `;
  }

  protected override updated(): void {
    const selected = this.#selection.value.event;
    if (selected === this.#revealed) return;
    this.#revealed = selected;
    revealMarks(this.renderRoot);
  }

  #onCorrection = (event: CustomEvent<CorrectionMade>) => {
    const { correction, select } = event.detail;
    const corpus = this.#data.corpus;
    const file = corpus.events;
    const index = indexFile(file);
    const { action } = describeCorrection(correction, { text: (doc) => corpus.text(doc), title: (doc) => index.titles.get(doc) ?? doc, actorName: (id) => index.actors.get(id)?.name ?? id });
    this.saidLast = `Saved: ${action.charAt(0).toLowerCase()}${action.slice(1)}.`;
    if (select) this.#selection.patch({ event: select });
    else this.#selection.patch({ event: undefined });
  };

  #undo = () => {
    const corpus = this.#data.corpus;
    const what = corpus.corrections.undoable;
    if (!corpus.corrections.undo()) return;
    this.saidLast = `Undone: ${what}.`;
  };

  #sort(column: Column): void {
    if (this.sortBy === column) this.descending = !this.descending;
    else (this.sortBy = column), (this.descending = column === 'reports' || column === 'confidence');
  }

  #onType = (event: Event) => {
    event.stopPropagation();
    const value = (event.target as HTMLSelectElement).value as PloverType | '';
    this.#selection.patch({ type: value || undefined });
  };

  #onQuery = (event: Event) => {
    event.stopPropagation();
    this.query = (event.target as HTMLInputElement).value;
  };
}

customElements.define('reprisal-events', ReprisalEvents);

declare global {
  interface HTMLElementTagNameMap {
    'reprisal-events': ReprisalEvents;
  }
}
