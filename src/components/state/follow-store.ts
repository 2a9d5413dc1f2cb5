/**
 * A component that shows a store (the page's shared one, or one it was given) redraws when the
 * store changes, and follows the store it is given later. The store is read through `pick` on every
 * update, so setting the host's property is enough.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface Subscribable {
  subscribe(listener: () => void): () => void;
}

export class FollowStore<S extends Subscribable> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #pick: () => S;
  #followed: S | undefined;
  #unsubscribe: (() => void) | undefined;

  constructor(host: ReactiveControllerHost, pick: () => S) {
    this.#host = host;
    this.#pick = pick;
    host.addController(this);
  }

  hostConnected(): void {
    this.#follow();
  }

  hostUpdate(): void {
    if (this.#followed && this.#followed !== this.#pick()) this.#follow();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#followed = undefined;
  }

  #follow(): void {
    this.#unsubscribe?.();
    this.#followed = this.#pick();
    this.#unsubscribe = this.#followed.subscribe(() => this.#host.requestUpdate());
  }
}
