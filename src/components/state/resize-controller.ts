/**
 * The host's content width, kept current with a ResizeObserver, so a chart is drawn at the width
 * it has. Changes smaller than `step` pixels are ignored, so a scrollbar appearing does not redraw.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ResizeController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #step: number;
  #observer: ResizeObserver | undefined;
  #width = 0;
  #frame = 0;

  constructor(host: ReactiveControllerHost & HTMLElement, step = 8) {
    this.#host = host;
    this.#step = step;
    host.addController(this);
  }

  /** The content width in pixels; 0 until the host has been laid out. */
  get width(): number {
    return this.#width;
  }

  hostConnected(): void {
    this.#observer = new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1]!.contentRect.width);
      if (Math.abs(width - this.#width) < this.#step && this.#width) return;
      // Redrawn in the next frame, not in the observer's callback: a chart of a new height would
      // otherwise resize the page while the observer is still delivering.
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => {
        this.#width = width;
        this.#host.requestUpdate();
      });
    });
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
