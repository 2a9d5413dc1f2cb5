/**
 * The one selection every view on a page shares (actor, type, period, document, event). A click
 * in one view sets it here; every view listening re-renders, so they filter together.
 */
import {
  clearSelection,
  EMPTY_SELECTION,
  mergeSelection,
  normalizeSelection,
  selectionEquals,
  toggleActor,
  toggleSelection,
  type Selection,
  type SelectionKey,
} from '../../analysis/selection.js';
import { Store } from './store.js';

export class SelectionStore extends Store<Selection> {
  #value: Selection = EMPTY_SELECTION;

  get value(): Selection {
    return this.#value;
  }

  /** Replaces the selection; listeners hear of it only when it really changed. */
  set(next: Selection): void {
    const value = normalizeSelection(next);
    if (selectionEquals(value, this.#value)) return;
    this.#value = Object.freeze(value);
    this.changed();
  }

  /** Sets the fields `patch` names (a field set to undefined is removed). */
  patch(patch: Selection): void {
    this.set(mergeSelection(this.#value, patch));
  }

  /** Click-to-select: sets each field of `patch`, or clears it when it already has that value. */
  toggle(patch: Selection): void {
    this.set(toggleSelection(this.#value, patch));
  }

  /** Adds an actor to the selected ones, or removes it (shift-click). */
  toggleActor(actor: string): void {
    this.set(toggleActor(this.#value, actor));
  }

  /** Clears the given fields, or everything. */
  clear(...keys: SelectionKey[]): void {
    this.set(clearSelection(this.#value, ...keys));
  }

  /** What listeners are given: the selection. */
  protected get current(): Selection {
    return this.#value;
  }
}

/** The page's shared selection: what every component uses unless given a `store` of its own. */
export const sharedSelection = new SelectionStore();
