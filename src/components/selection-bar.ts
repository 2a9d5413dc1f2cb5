/**
 * <reprisal-selection>: what is selected, one removable chip per field, and "Clear selection".
 * Every view filters by the same selection, so this is where the reader sees why they do.
 */
import { css, html, LitElement, nothing } from 'lit';
import { formatPeriod } from '../analysis/dates.js';
import { isEmptySelection, selectionActors, type SelectionKey } from '../analysis/selection.js';
import type { EventsFile } from '../events/types.js';
import { describeEvent, indexFile } from './describe.js';
import type { CorpusStore } from './state/corpus-store.js';
import { EventsController } from './state/events-controller.js';
import { SelectionController } from './state/selection-controller.js';
import type { SelectionStore } from './state/selection-store.js';
import { controls, theme } from './styles.js';

export class ReprisalSelection extends LitElement {
  static override properties = {
    events: { attribute: false },
    src: { type: String },
    store: { attribute: false },
    corpus: { attribute: false },
  };

  static override styles = [
    theme,
    controls,
    css`
      :host {
        display: block;
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.35em;
        align-items: center;
        font-size: 0.9em;
      }
      .chip {
        display: inline-flex;
        align-items: center;
        gap: 0.3em;
        border: 1px solid var(--_border);
        border-radius: 999px;
        padding: 0.05em 0.2em 0.05em 0.7em;
        background: var(--_subtle);
        max-width: 28em;
      }
      .chip .text {
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .chip button {
        border: none;
        background: none;
        min-height: 0;
        padding: 0 0.4em;
        border-radius: 999px;
      }
      .label {
        color: var(--_muted);
      }
    `,
  ];

  declare events: EventsFile | undefined;
  declare src: string | undefined;
  declare store: SelectionStore | undefined;
  declare corpus: CorpusStore | undefined;

  readonly #data = new EventsController(this);
  readonly #selection = new SelectionController(this);

  constructor() {
    super();
    this.events = undefined;
    this.src = undefined;
    this.store = undefined;
    this.corpus = undefined;
  }

  protected override render() {
    const selection = this.#selection.store.value;
    const file = this.#data.file;
    const index = file ? indexFile(file) : undefined;
    const chips: { key: SelectionKey; label: string; text: string }[] = [];
    const actors = selectionActors(selection);
    if (actors.length) chips.push({ key: 'actor', label: actors.length > 1 ? 'Actors' : 'Actor', text: actors.map((a) => index?.actors.get(a)?.name ?? a).join(', ') });
    if (selection.type) chips.push({ key: 'type', label: 'Type', text: selection.type.toLowerCase() });
    if (selection.period) {
      const { from, to } = selection.period;
      chips.push({ key: 'period', label: 'Period', text: `${from ? formatPeriod(from) : '…'} – ${to ? formatPeriod(to) : '…'}` });
    }
    if (selection.document) chips.push({ key: 'document', label: 'Article', text: index?.titles.get(selection.document) ?? selection.document });
    if (selection.event) {
      const event = index?.events.get(selection.event);
      chips.push({ key: 'event', label: 'Event', text: event && index ? describeEvent(event, index.actors) : selection.event });
    }
    const empty = isEmptySelection(selection);
    return html`<div class="bar" role="region" aria-label="Selection">
      <span class="label">${empty ? 'Nothing selected: every view shows all events.' : 'Selected:'}</span>
      ${chips.map(
        (c) => html`<span class="chip" data-key=${c.key}>
          <span class="text" title=${c.text}><span class="label">${c.label}:</span> ${c.text}</span>
          <button type="button" aria-label=${`Remove ${c.label.toLowerCase()} from the selection`} @click=${() => this.#selection.store.clear(c.key)}>×</button>
        </span>`,
      )}
      ${empty ? nothing : html`<button type="button" class="clear" @click=${() => this.#selection.store.clear()}>Clear selection</button>`}
    </div>`;
  }
}

customElements.define('reprisal-selection', ReprisalSelection);

declare global {
  interface HTMLElementTagNameMap {
    'reprisal-selection': ReprisalSelection;
  }
}
