/**
 * Connects a component to a SelectionStore: re-renders the host when the selection changes, and
 * reads the host's selection attributes (`actors`, `type`, `from`, `to`, `document`) as a fixed
 * filter, so an embedded chart can be narrowed in HTML: <reprisal-timeline actors="CHN.GOV">.
 * The shared selection then narrows further, field by field.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { mergeSelection, selectionFromAttributes, type Selection } from '../../analysis/selection.js';
import { sharedSelection, type SelectionStore } from './selection-store.js';

export interface SelectionHost extends ReactiveControllerHost, HTMLElement {
  /** A store of its own; the page's shared one when undefined. */
  store?: SelectionStore;
}

export class SelectionController implements ReactiveController {
  readonly #host: SelectionHost;
  #store: SelectionStore | undefined;
  #unsubscribe: (() => void) | undefined;

  constructor(host: SelectionHost) {
    this.#host = host;
    host.addController(this);
  }

  get store(): SelectionStore {
    return this.#host.store ?? sharedSelection;
  }

  /** The host's own attributes: its fixed part of the selection. */
  get fixed(): Selection {
    return selectionFromAttributes(this.#host);
  }

  /** What the host shows: its attributes, overridden field by field by the shared selection. */
  get value(): Selection {
    return mergeSelection(this.fixed, this.store.value);
  }

  /** Click-to-select through the store; the host also dispatches `selection` and `input` events. */
  toggle(patch: Selection): void {
    this.store.toggle(patch);
    this.#announce();
  }

  toggleActor(actor: string): void {
    this.store.toggleActor(actor);
    this.#announce();
  }

  patch(patch: Selection): void {
    this.store.patch(patch);
    this.#announce();
  }

  hostConnected(): void {
    this.#listen();
  }

  hostUpdate(): void {
    if (this.#store !== this.store) this.#listen();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#store = undefined;
  }

  #listen(): void {
    this.#unsubscribe?.();
    this.#store = this.store;
    this.#unsubscribe = this.#store.subscribe(() => this.#host.requestUpdate());
  }

  // `selection` for pages listening to a component, `input` for notebooks' view() (a chart is an input).
  #announce(): void {
    const detail = this.value;
    this.#host.dispatchEvent(new CustomEvent('selection', { detail, bubbles: true, composed: true }));
    this.#host.dispatchEvent(new Event('input', { bubbles: true }));
  }
}
