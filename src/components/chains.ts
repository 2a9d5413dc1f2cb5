/**
 * <reprisal-chains>: retaliation chains, what answered what. A thin host over chainsChart: click
 * an event to select it and read its evidence below (its reports and the cues that link it). A
 * selected actor keeps the chains it takes part in, whole, so a chain is never cut in pieces. In
 * the explorer, Export downloads the chart and its data and gives the code that embeds it.
 *
 *   <reprisal-chains src="events.json" actors="CHN" max="3"></reprisal-chains>
 *
 * Attributes (all optional):
 *   src       URL of an events file (reprisal-events/1). Or write the events inside the element,
 *             in a <script type="application/json"> child. Neither: the page's corpus.
 *   actors    actor ids, comma-separated: only the chains they take part in, kept whole. An id
 *             also covers the ids below it (CHN covers CHN.GOV.MOFCOM).
 *   type      a PLOVER type (SANCTION, ACCUSE…): only events of that type.
 *   from, to  a period, as YYYY, YYYY-MM or YYYY-MM-DD: only events that overlap it.
 *   document  a document id: only the events it reports.
 *   event     an event id, shown selected with its evidence.
 *   max       draw at most this many chains, the longest (default 5).
 */
import { html, LitElement, nothing } from 'lit';
import { actorMatches } from '../analysis/actors.js';
import { chains as chainsOf, type Chain } from '../analysis/chains.js';
import { filterEvents } from '../analysis/filter.js';
import { selectionActors, type Selection } from '../analysis/selection.js';
import { chainsChart } from '../charts/chains.js';
import type { EventsFile } from '../events/types.js';
import { describeEvent, indexFile } from './describe.js';
import { eventPanel, revealMarks } from './event-panel.js';
import { eventPanelStyles } from './event-panel-styles.js';
import { identity } from './identity.js';
import { markDrawn } from './drawn.js';
import { chartActions } from './chart-actions-slot.js';
import type { CorpusStore } from './state/corpus-store.js';
import { EventsController } from './state/events-controller.js';
import { ResizeController } from './state/resize-controller.js';
import { SelectionController } from './state/selection-controller.js';
import type { SelectionStore } from './state/selection-store.js';
import { TableToggleController } from './state/view-controller.js';
import { charts, controls, tables, theme } from './styles.js';
import { css } from 'lit';

export class ReprisalChains extends LitElement {
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
    max: { type: Number },
    store: { attribute: false },
    corpus: { attribute: false },
  };

  static override styles = [
    theme,
    controls,
    tables,
    charts,
    eventPanelStyles,
    css`
      :host {
        display: block;
      }
      .chart svg circle.selected {
        stroke: var(--_ink);
        stroke-width: 3px;
      }
      ol.chain {
        margin: 0.2em 0 0.8em;
        padding-left: 1.4em;
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
  /** Draw at most this many chains, the longest. Default 5. */
  declare max: number;
  declare store: SelectionStore | undefined;
  declare corpus: CorpusStore | undefined;

  readonly #data = new EventsController(this);
  readonly #selection = new SelectionController(this);
  readonly #size = new ResizeController(this);
  readonly #view = new TableToggleController(this);
  #key = '';
  #chains: Chain[] = [];
  #file: EventsFile | undefined;
  #pending = false;
  #revealed: string | undefined;

  constructor() {
    super();
    this.events = undefined;
    this.src = undefined;
    this.actors = undefined;
    this.type = undefined;
    this.from = undefined;
    this.to = undefined;
    this.max = 5;
    this.store = undefined;
    this.corpus = undefined;
  }

  get value(): Selection {
    return this.#selection.value;
  }

  /** The chains shown now. */
  get chains(): Chain[] {
    return this.#chains;
  }

  /** The events of the chains (all of them, not only the longest drawn) and the links between them. */
  get inSelection(): EventsFile | undefined {
    const file = this.#file;
    if (!file) return undefined;
    const ids = new Set(this.#chains.flatMap((c) => c.events.map((e) => e.id)));
    const events = file.events.filter((e) => ids.has(e.id));
    const actors = new Set(events.flatMap((e) => [...e.source, ...e.target]));
    return { ...file, actors: file.actors.filter((a) => actors.has(a.id)), events, links: file.links.filter((l) => ids.has(l.from) && ids.has(l.to)) };
  }

  protected override willUpdate(): void {
    const file = this.#data.file;
    if (!file || !this.#size.width) return;
    const selection = this.#selection.value;
    const key = JSON.stringify([identity(file), this.#size.width, this.max, selection.actor, selection.type, selection.document, selection.period]);
    if (key === this.#key) return;
    this.#key = key;
    this.#file = file;
    const actors = selectionActors(selection);
    const all = chainsOf(filterEvents(file, selection, { ignore: ['actor', 'event'] }));
    this.#chains = actors.length ? all.filter((c) => c.actors.some((id) => actors.some((a) => actorMatches(id, a)))) : all;
    this.#pending = true;
  }

  protected override render() {
    const file = this.#data.file;
    const selected = this.#selectedEvent();
    return html`
      <div class="toolbar">
        <span class="muted grow">${file ? `${this.#chains.length} ${this.#chains.length === 1 ? 'chain' : 'chains'}${this.#chains.length > this.max ? `, the ${this.max} longest shown` : ''}` : ''}</span>
        ${this.#view.button()} ${chartActions(this, 'chains')}
      </div>
      ${this.#data.status === 'error' ? html`<p class="error" role="alert">${this.#data.error}</p>` : nothing}
      ${!file && this.#data.status !== 'error' ? html`<p class="loading">${this.#data.waiting}</p>` : nothing}
      <div class="chart" ?hidden=${!file || this.#view.table}></div>
      ${file && this.#view.table ? this.#table() : nothing}
      ${file && selected
        ? eventPanel(selected, { file, text: (doc) => this.#data.text(doc), select: (id) => this.#selection.patch({ event: id }) })
        : html`<p class="hint">Click an event in a chain to see its reports and the words that link it.</p>`}
    `;
  }

  protected override updated(): void {
    const chart = this.renderRoot.querySelector<HTMLElement>('.chart');
    if (this.#pending && chart && this.#file) {
      this.#pending = false;
      const svg = chainsChart(this.#chains, { width: this.#size.width, actors: this.#file.actors, maxChains: this.max });
      svg.setAttribute('role', 'group');
      const index = indexFile(this.#file);
      for (const dot of svg.querySelectorAll<SVGElement>('circle[data-event]')) {
        const event = index.events.get(dot.dataset.event!);
        dot.setAttribute('tabindex', '0');
        dot.setAttribute('role', 'button');
        if (event) dot.setAttribute('aria-label', describeEvent(event, index.actors));
      }
      svg.addEventListener('click', (e) => this.#pick(e));
      svg.addEventListener('keydown', (e) => (e.key === 'Enter' || e.key === ' ') && this.#pick(e));
      chart.replaceChildren(svg);
      markDrawn(this, 'chains', { chains: this.#chains.length });
    }
    const selected = this.#selection.value.event;
    for (const dot of this.renderRoot.querySelectorAll<SVGElement>('.chart circle[data-event]')) {
      dot.classList.toggle('selected', dot.dataset.event === selected);
      dot.setAttribute('aria-pressed', String(dot.dataset.event === selected));
    }
    if (selected !== this.#revealed) {
      this.#revealed = selected;
      revealMarks(this.renderRoot);
    }
  }

  #selectedEvent() {
    const id = this.#selection.value.event;
    return id ? this.#data.file?.events.find((e) => e.id === id) : undefined;
  }

  #pick(event: Event): void {
    const dot = (event.target as Element).closest?.('[data-event]') as SVGElement | null;
    if (!dot) return;
    event.preventDefault();
    this.#selection.toggle({ event: dot.dataset.event });
  }

  #table() {
    const file = this.#file;
    if (!file) return nothing;
    const index = indexFile(file);
    return html`${this.#chains.slice(0, this.max).map(
      (chain, i) => html`<h4>Chain ${i + 1}: ${chain.events.length} events</h4>
        <ol class="chain">
          ${chain.events.map((e) => {
            const causes = chain.links.filter((l) => l.to === e.id);
            return html`<li>
              ${describeEvent(e, index.actors)}
              ${causes.map((l) => html`<div class="muted">${l.kind} to ${describeEvent(index.events.get(l.from)!, index.actors)}${l.evidence ? html`: <q>${l.evidence.text}</q>` : ' (inferred)'}</div>`)}
            </li>`;
          })}
        </ol>`,
    )}`;
  }
}

customElements.define('reprisal-chains', ReprisalChains);

declare global {
  interface HTMLElementTagNameMap {
    'reprisal-chains': ReprisalChains;
  }
}
