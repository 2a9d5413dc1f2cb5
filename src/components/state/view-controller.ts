/**
 * "Show as table": every chart can be read as a table instead (screen readers, exact values,
 * copying). The controller keeps the choice and draws the toggle button.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

export class TableToggleController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #table = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  get table(): boolean {
    return this.#table;
  }

  set table(value: boolean) {
    if (value === this.#table) return;
    this.#table = value;
    this.#host.requestUpdate();
  }

  hostConnected(): void {}

  /** The toggle: a button whose pressed state says the table is shown. */
  button(): TemplateResult {
    return html`<button type="button" class="toggle-table" aria-pressed=${String(this.#table)} @click=${() => (this.table = !this.#table)}>
      ${this.#table ? 'Show as chart' : 'Show as table'}
    </button>`;
  }
}
