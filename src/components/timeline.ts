/**
 * <reprisal-timeline>: measures in time, one row per acting actor. A thin host over
 * timelineChart: a tip shows each event's whole sentence and its article (Plot's own tip, which
 * cuts lines short, is hidden); click a mark to select the event; brush the strip below (or type
 * months) to choose the period every view shows. In the explorer, Export downloads the chart and
 * its data (TimelineJS too) and gives the code that embeds it.
 *
 *   <reprisal-timeline src="events.json" actors="CHN.GOV,USA.JUD" from="2014-01" to="2014-12"></reprisal-timeline>
 *
 * Attributes (all optional):
 *   src       URL of an events file (reprisal-events/1). Or write the events inside the element,
 *             in a <script type="application/json"> child. Neither: the page's corpus.
 *   actors    actor ids, comma-separated (CHN.GOV,USA.JUD): only events they take part in. An id
 *             also covers the ids below it (CHN covers CHN.GOV.MOFCOM).
 *   type      a PLOVER type (SANCTION, ACCUSE…): only events of that type.
 *   from, to  the period shown, as YYYY, YYYY-MM or YYYY-MM-DD; by default all the events' dates.
 *   document  a document id: only the events it reports.
 *   event     an event id, shown selected.
 *   rows      actor (default) | country: one row per acting actor, or per country.
 */
import { html, LitElement, nothing } from 'lit';
import { periodEnd, periodStart } from '../analysis/dates.js';
import { filterEvents } from '../analysis/filter.js';
import type { Selection } from '../analysis/selection.js';
import { timelineData, type TimelineData } from '../analysis/timeline.js';
import { timeDomain, timelineChart } from '../charts/timeline.js';
import type { EventsFile } from '../events/types.js';
import { describeEvent, indexFile } from './describe.js';
import { identity } from './identity.js';
import { markDrawn } from './drawn.js';
import type { CorpusStore } from './state/corpus-store.js';
import { EventsController } from './state/events-controller.js';
import { ResizeController } from './state/resize-controller.js';
import { SelectionController } from './state/selection-controller.js';
import type { SelectionStore } from './state/selection-store.js';
import { TableToggleController } from './state/view-controller.js';
import { chartActions } from './chart-actions-slot.js';
import { periodStrip } from './timeline/brush.js';
import { attachTip } from './timeline/tip.js';
import { timelineStyles } from './timeline/styles.js';

interface Drawn {
  file: EventsFile;
  filtered: EventsFile;
  data: TimelineData;
  width: number;
  period: Selection['period'];
  rowBy: 'actor' | 'country';
}

export class ReprisalTimeline extends LitElement {
  static override properties = {
    events: { attribute: false },
    src: { type: String },
    actors: { type: String },
    type: { type: String },
    from: { type: String },
    to: { type: String },
    // Read through selectionFromAttributes; declared so that changing them redraws.
    document: { type: String },
    event: { type: String },
    rows: { type: String },
    store: { attribute: false },
    corpus: { attribute: false },
  };

  static override styles = timelineStyles;

  declare events: EventsFile | undefined;
  declare src: string | undefined;
  declare actors: string | undefined;
  declare type: string | undefined;
  declare from: string | undefined;
  declare to: string | undefined;
  /** One row per actor (default) or per country. */
  declare rows: 'actor' | 'country';
  declare store: SelectionStore | undefined;
  declare corpus: CorpusStore | undefined;

  readonly #data = new EventsController(this);
  readonly #selection = new SelectionController(this);
  readonly #size = new ResizeController(this);
  readonly #view = new TableToggleController(this);
  #key = '';
  #drawn: Drawn | undefined;
  #pending = false;
  #detachTip: (() => void) | undefined;

  constructor() {
    super();
    this.events = undefined;
    this.src = undefined;
    this.actors = undefined;
    this.type = undefined;
    this.from = undefined;
    this.to = undefined;
    this.rows = 'actor';
    this.store = undefined;
    this.corpus = undefined;
  }

  get value(): Selection {
    return this.#selection.value;
  }

  /** The events drawn now (after filtering). */
  get shown(): EventsFile | undefined {
    return this.#drawn?.filtered;
  }

  /** The events of the period shown, as the chart draws them. */
  get inSelection(): EventsFile | undefined {
    const drawn = this.#drawn;
    return drawn && (drawn.period ? filterEvents(drawn.filtered, { period: drawn.period }) : drawn.filtered);
  }

  protected override willUpdate(): void {
    const file = this.#data.file;
    if (!file || !this.#size.width) return;
    const selection = this.#selection.value;
    const width = this.#size.width;
    const rowBy = this.rows === 'country' ? 'country' : 'actor';
    const key = JSON.stringify([identity(file), width, rowBy, selection.actor, selection.type, selection.document, selection.period]);
    if (key === this.#key) return;
    this.#key = key;
    // The period sets the time axis, so it is not a filter here; the selected event is highlighted.
    const filtered = filterEvents(file, selection, { ignore: ['period', 'event'] });
    this.#drawn = { file, filtered, data: timelineData(filtered, { rowBy }), width, period: selection.period, rowBy };
    this.#pending = true;
  }

  protected override render() {
    const file = this.#data.file;
    const period = this.#selection.value.period;
    return html`
      <div class="toolbar">
        <label>From <input type="month" .value=${period?.from?.slice(0, 7) ?? ''} @change=${(e: Event) => this.#setBound('from', e)} /></label>
        <label>to <input type="month" .value=${period?.to?.slice(0, 7) ?? ''} @change=${(e: Event) => this.#setBound('to', e)} /></label>
        <button type="button" ?disabled=${!period} @click=${() => this.#selection.patch({ period: undefined })}>All dates</button>
        <span class="grow"></span>
        ${this.#view.button()} ${chartActions(this, 'timeline')}
      </div>
      ${this.#data.status === 'error' ? html`<p class="error" role="alert">${this.#data.error}</p>` : nothing}
      ${!file && this.#data.status !== 'error' ? html`<p class="loading">${this.#data.waiting}</p>` : nothing}
      <div class="chart" ?hidden=${!file || this.#view.table}></div>
      <div class="strip" ?hidden=${!file || this.#view.table}></div>
      ${file && this.#view.table ? this.#table() : nothing}
      <p class="hint">Point at a mark for its sentence and article; click it to select the event. Drag across the strip to choose a period.</p>
    `;
  }

  protected override updated(): void {
    const drawn = this.#drawn;
    const chart = this.renderRoot.querySelector<HTMLElement>('.chart');
    const strip = this.renderRoot.querySelector<HTMLElement>('.strip');
    if (drawn && this.#pending && chart && strip) {
      this.#pending = false;
      this.#draw(drawn, chart, strip);
      markDrawn(this, 'timeline', { events: drawn.filtered.events.length });
    }
    const selected = this.#selection.value.event;
    for (const mark of this.renderRoot.querySelectorAll<SVGElement>('.chart [data-event]')) {
      const on = mark.dataset.event === selected;
      mark.classList.toggle('selected', on);
      mark.setAttribute('aria-pressed', String(on));
    }
  }

  #draw(drawn: Drawn, chart: HTMLElement, strip: HTMLElement): void {
    const { filtered, data, width, period } = drawn;
    const svg = timelineChart(data, { width, from: period?.from, to: period?.to });
    svg.setAttribute('role', 'group');
    const index = indexFile(filtered);
    for (const mark of svg.querySelectorAll<SVGElement>('[data-event]')) {
      const event = index.events.get(mark.dataset.event!);
      mark.setAttribute('tabindex', '0');
      mark.setAttribute('role', 'button');
      if (event) mark.setAttribute('aria-label', describeEvent(event, index.actors));
    }
    svg.addEventListener('click', (e) => this.#pick(e));
    svg.addEventListener('keydown', (e) => (e.key === 'Enter' || e.key === ' ') && this.#pick(e));
    this.#detachTip?.();
    chart.replaceChildren(svg);
    this.#detachTip = attachTip(chart, index);

    const x = (svg as unknown as { scale?: (name: string) => { range?: number[] } }).scale?.('x');
    const range = (x?.range ?? [60, width - 20]) as [number, number];
    const marks = data.rows.flatMap((r) => r.marks);
    const full = timeDomain(marks);
    const current: [Date, Date] | undefined = period ? [new Date(periodStartOr(period.from, +full[0])), new Date(periodEndOr(period.to, +full[1]))] : undefined;
    strip.replaceChildren(
      periodStrip({
        width,
        range,
        domain: current ? [new Date(Math.min(+full[0], +current[0])), new Date(Math.max(+full[1], +current[1]))] : full,
        ticks: marks.map((m) => m.start),
        period: current,
        onPeriod: (p) => this.#selection.patch({ period: p ? { from: isoDay(p[0]), to: isoDay(new Date(+p[1] - 1)) } : undefined }),
      }),
    );
  }

  #pick(event: Event): void {
    const mark = (event.target as Element).closest?.('[data-event]') as SVGElement | null;
    if (!mark) return;
    event.preventDefault();
    this.#selection.toggle({ event: mark.dataset.event });
  }

  #setBound(bound: 'from' | 'to', event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    const period = { ...this.#selection.value.period, [bound]: value || undefined };
    this.#selection.patch({ period });
  }

  #table() {
    const drawn = this.#drawn;
    if (!drawn) return nothing;
    const { data, period } = drawn;
    const [lo, hi] = [periodStartOr(period?.from, -Infinity), periodEndOr(period?.to, Infinity)];
    const marks = data.rows.flatMap((r) => r.marks.map((m) => ({ ...m, label: r.label }))).filter((m) => +m.end > lo && +m.start < hi);
    marks.sort((a, b) => +a.start - +b.start || a.label.localeCompare(b.label));
    return html`<div class="table-wrap">
      <table>
        <caption>
          ${marks.length} measures${data.undated.length ? `, ${new Set(data.undated.map((u) => u.event)).size} undated not listed` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Who acts</th>
            <th scope="col">Type</th>
            <th scope="col">Measure</th>
            <th scope="col">Sentence</th>
            <th scope="col">Article</th>
          </tr>
        </thead>
        <tbody>
          ${marks.map(
            (m) => html`<tr>
              <td>${m.date}</td>
              <td>${m.label}</td>
              <td>${m.type.toLowerCase()}</td>
              <td>${m.measure ?? ''}</td>
              <td>${m.text}</td>
              <td>${m.docTitle ?? m.doc}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}

function periodStartOr(iso: string | undefined, fallback: number): number {
  const t = iso ? periodStart(iso) : NaN;
  return Number.isNaN(t) ? fallback : t;
}

function periodEndOr(iso: string | undefined, fallback: number): number {
  const t = iso ? periodEnd(iso) : NaN;
  return Number.isNaN(t) ? fallback : t;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

customElements.define('reprisal-timeline', ReprisalTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'reprisal-timeline': ReprisalTimeline;
  }
}
