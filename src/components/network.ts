/**
 * <reprisal-network>: who acts against whom. A thin host over networkChart: hover a node to see
 * its neighbours, click it to select the actor (the other views filter to it; Shift adds one),
 * find an actor by name, drag nodes, zoom and pan. "Show as table" lists the relations; in the
 * explorer, Export downloads the chart and its data and gives the code that embeds it.
 *
 *   <reprisal-network></reprisal-network>                    the page's corpus and selection
 *   <reprisal-network src="events.json" type="SANCTION">     a file, narrowed by attributes
 *
 * Attributes (all optional):
 *   src       URL of an events file (reprisal-events/1). Or write the events inside the element,
 *             in a <script type="application/json"> child. Neither: the page's corpus.
 *   actors    actor ids, comma-separated (CHN.GOV,USA): only their part of the network. An id
 *             also covers the ids below it (CHN covers CHN.GOV.MOFCOM).
 *   type      a PLOVER type (SANCTION, ACCUSE…): only events of that type.
 *   from, to  a period, as YYYY, YYYY-MM or YYYY-MM-DD: only events that overlap it.
 *   document  a document id: only the events it reports.
 *   event     an event id, shown selected.
 *   level     actor | role | country | auto (default): how finely actors are told apart; auto
 *             groups them by country when there are many.
 *   height    the chart's height in pixels; by default from its width.
 */
import { html, LitElement, nothing } from 'lit';
import { actorNetwork, type ActorNetwork } from '../analysis/network.js';
import { filterEvents } from '../analysis/filter.js';
import { selectionActors, type Selection } from '../analysis/selection.js';
import { networkChart } from '../charts/network.js';
import type { EventsFile } from '../events/types.js';
import { identity } from './identity.js';
import { markDrawn } from './drawn.js';
import { interactNetwork, type NetworkInteraction } from './network/interaction.js';
import { networkStyles } from './network/styles.js';
import { chartActions } from './chart-actions-slot.js';
import type { CorpusStore } from './state/corpus-store.js';
import { EventsController } from './state/events-controller.js';
import { ResizeController } from './state/resize-controller.js';
import { SelectionController } from './state/selection-controller.js';
import type { SelectionStore } from './state/selection-store.js';
import { TableToggleController } from './state/view-controller.js';

type Level = 'auto' | 'actor' | 'role' | 'country';

export class ReprisalNetwork extends LitElement {
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
    level: { type: String },
    height: { type: Number },
    store: { attribute: false },
    corpus: { attribute: false },
    query: { state: true },
  };

  static override styles = networkStyles;

  declare events: EventsFile | undefined;
  declare src: string | undefined;
  declare actors: string | undefined;
  declare type: string | undefined;
  declare from: string | undefined;
  declare to: string | undefined;
  /** Actor codes in full, by COUNTRY.ROLE, by COUNTRY, or "auto" (collapse when there are many). */
  declare level: Level;
  /** The chart's height in pixels; default from the width. */
  declare height: number | undefined;
  declare store: SelectionStore | undefined;
  declare corpus: CorpusStore | undefined;
  declare query: string;

  readonly #data = new EventsController(this);
  readonly #selection = new SelectionController(this);
  readonly #size = new ResizeController(this);
  readonly #view = new TableToggleController(this);
  #key = '';
  #network: ActorNetwork | undefined;
  #shown: EventsFile | undefined;
  #interaction: NetworkInteraction | undefined;
  /** Set when the network changed and the chart must be drawn again, at this size. */
  #drawn: { width: number; height: number } | undefined;

  constructor() {
    super();
    this.events = undefined;
    this.src = undefined;
    this.actors = undefined;
    this.type = undefined;
    this.from = undefined;
    this.to = undefined;
    this.level = 'auto';
    this.height = undefined;
    this.store = undefined;
    this.corpus = undefined;
    this.query = '';
  }

  /** The shared selection as this view reads it (Observable's view protocol: a chart is an input). */
  get value(): Selection {
    return this.#selection.value;
  }

  /** The network drawn now (after filtering), for tests and cells. */
  get network(): ActorNetwork | undefined {
    return this.#network;
  }

  /** The events the network is drawn from (a selected actor is highlighted in them, not filtered). */
  get inSelection(): EventsFile | undefined {
    return this.#shown;
  }

  protected override render() {
    const file = this.#data.file;
    const status = this.#data.status;
    return html`
      <div class="toolbar">
        <label class="search">
          <span class="visually-hidden">Find an actor</span>
          <input type="search" placeholder="Find an actor…" list="actors" .value=${this.query} @input=${this.#onSearch} @keydown=${this.#onSearchKey} />
        </label>
        <datalist id="actors">${(this.#network?.nodes ?? []).map((n) => html`<option value=${n.name}>${n.id}</option>`)}</datalist>
        <span class="grow"></span>
        <button type="button" @click=${() => this.#interaction?.zoomBy(1.4)} aria-label="Zoom in" title="Zoom in">+</button>
        <button type="button" @click=${() => this.#interaction?.zoomBy(1 / 1.4)} aria-label="Zoom out" title="Zoom out">−</button>
        <button type="button" @click=${() => this.#interaction?.resetZoom()}>Reset view</button>
        ${this.#view.button()} ${chartActions(this, 'network')}
      </div>
      ${status === 'error' ? html`<p class="error" role="alert">${this.#data.error}</p>` : nothing}
      ${!file && status !== 'error' ? html`<p class="loading">${this.#data.waiting}</p>` : nothing}
      <div class="chart" ?hidden=${!file || this.#view.table}></div>
      ${file && this.#view.table ? this.#table() : nothing}
      <p class="hint">Hover or focus an actor to see whom it deals with; click to select it (Shift adds more). Drag nodes; pinch or Ctrl+scroll to zoom; drag the background to pan.</p>
    `;
  }

  protected override willUpdate(): void {
    const file = this.#data.file;
    if (!file || !this.#size.width) return;
    const selection = this.#selection.value;
    // The network is not narrowed to the selected actor (it is highlighted instead), unless the
    // element's own `actors` attribute asks for that actor's part of the network.
    const scope: Selection = { ...selection, actor: this.#selection.fixed.actor };
    const width = this.#size.width;
    const height = this.height ?? Math.round(Math.max(340, Math.min(560, width * 0.62)));
    const key = JSON.stringify([identity(file), width, height, this.level, scope.type, scope.period, scope.document, scope.actor]);
    if (key === this.#key) return;
    this.#key = key;
    this.#shown = filterEvents(file, scope, { ignore: ['event'] });
    this.#network = actorNetwork(this.#shown, { level: this.level });
    this.#drawn = { width, height };
  }

  protected override updated(): void {
    const container = this.renderRoot.querySelector<HTMLElement>('.chart');
    if (this.#drawn && this.#network && container) {
      const svg = networkChart(this.#network, this.#drawn);
      this.#drawn = undefined;
      svg.setAttribute('role', 'group');
      container.replaceChildren(svg);
      this.#interaction = interactNetwork(svg, { onSelect: (actor, additive) => (additive ? this.#selection.toggleActor(actor) : this.#selection.toggle({ actor })) });
      markDrawn(this, 'network', { nodes: this.#network.nodes.length, edges: this.#network.edges.length });
    }
    this.#interaction?.highlight(new Set(this.#selectedNodes(this.#selection.value)), this.#matches());
  }

  // Selected actors as nodes of the drawn network (an actor code may sit inside a collapsed node).
  #selectedNodes(selection: Selection): string[] {
    const actors = selectionActors(selection);
    return (this.#network?.nodes ?? []).filter((n) => actors.some((a) => n.id === a || n.members.includes(a) || n.id.startsWith(`${a}.`))).map((n) => n.id);
  }

  #matches(): Set<string> {
    const q = this.query.trim().toLowerCase();
    if (!q) return new Set();
    return new Set((this.#network?.nodes ?? []).filter((n) => n.name.toLowerCase().includes(q) || n.id.toLowerCase().includes(q)).map((n) => n.id));
  }

  #onSearch = (event: Event) => {
    event.stopPropagation();
    this.query = (event.target as HTMLInputElement).value;
    const exact = this.#network?.nodes.find((n) => n.name === this.query);
    if (exact) this.#selection.patch({ actor: exact.id });
  };

  #onSearchKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const [first] = this.#matches();
    if (first) this.#selection.patch({ actor: first });
  };

  #table() {
    const network = this.#network;
    if (!network) return nothing;
    const name = new Map(network.nodes.map((n) => [n.id, n.name]));
    const actor = (id: string) => html`<button type="button" class="link" @click=${() => this.#selection.toggle({ actor: id })}>${name.get(id) ?? id}</button>`;
    return html`<div class="table-wrap">
      <table>
        <caption>
          ${network.edges.length} relations between ${network.nodes.length} actors
        </caption>
        <thead>
          <tr>
            <th scope="col">Who acts</th>
            <th scope="col">Against or towards</th>
            <th scope="col">Type</th>
            <th scope="col" class="num">Events</th>
          </tr>
        </thead>
        <tbody>
          ${network.edges.map(
            (e) => html`<tr>
              <td>${actor(e.source)}</td>
              <td>${actor(e.target)}</td>
              <td>${e.type.toLowerCase()}</td>
              <td class="num">${e.count}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}

customElements.define('reprisal-network', ReprisalNetwork);

declare global {
  interface HTMLElementTagNameMap {
    'reprisal-network': ReprisalNetwork;
  }
}
