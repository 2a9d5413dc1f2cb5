/**
 * One notebook cell: its output (what it displayed, else its value), its error when it failed
 * (a syntax error says where), and its source, hidden by default (the fence option `echo` shows
 * it), editable in place: Ctrl/Cmd+Enter or Run re-runs it with its dependants; Reset brings back
 * the file's version. The notebook owns the runtime; the cell only asks it to run or reset.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { CellBlock, CellState } from '../notebook/index.js';
import { inspect } from './inspect.js';
import { cellStyles } from './cell-styles.js';

export interface CellRunDetail {
  id: string;
  source: string;
}

export class ReprisalCell extends LitElement {
  static override properties = {
    cell: { attribute: false },
    original: { attribute: false },
    state: { attribute: false },
    index: { type: Number },
    open: { type: Boolean, reflect: true },
    draft: { state: true },
  };

  static override styles = cellStyles;

  declare cell: CellBlock | undefined;
  /** The file's version of the cell's source. */
  declare original: string;
  declare state: CellState | undefined;
  /** 1-based position among the notebook's cells, for labels. */
  declare index: number;
  /** Whether the source is shown. */
  declare open: boolean;
  /** The editor's text when it differs from the running source. */
  declare draft: string | undefined;

  /** The last output that was shown, kept (dimmed) while the cell re-runs. */
  #shown: Node[] = [];
  #opened = false;

  constructor() {
    super();
    this.cell = undefined;
    this.original = '';
    this.state = undefined;
    this.index = 0;
    this.open = false;
    this.draft = undefined;
  }

  /** Whether the running source differs from the file's. */
  get edited(): boolean {
    return !!this.cell && this.cell.source !== this.original;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('cell') && this.cell && !this.#opened) {
      this.#opened = true;
      this.open = this.cell.options.echo === true || this.cell.options.echo === 'true';
    }
    // A cell that does not parse shows its source, to be fixed where the error is.
    if (changed.has('cell') && this.cell?.error) this.open = true;
    // So does one whose loop was stopped (the error gives the loop's line).
    if (changed.has('state') && (this.state?.error as Error | undefined)?.name === 'LoopTimeoutError') this.open = true;
    if (changed.has('cell')) this.draft = undefined;
    if (changed.has('state') && this.state?.status === 'fulfilled') this.#shown = outputNodes(this.state);
  }

  protected override render() {
    const cell = this.cell;
    if (!cell) return nothing;
    const state = this.state;
    const status = state?.status ?? 'pending';
    const source = this.draft ?? cell.source;
    const label = `cell ${this.index || ''}`.trim();
    return html`
      <section class="cell ${status}" aria-label=${`Notebook ${label}`} aria-busy=${String(status === 'pending')}>
        <div class="output ${status === 'pending' && this.#shown.length ? 'stale' : ''}" part="output">
          ${status === 'rejected' ? this.#error(state!.error) : this.#shown}
          ${status === 'pending' && !this.#shown.length ? html`<div class="running">Running…</div>` : nothing}
        </div>
        <div class="bar">
          <button type="button" class="source-toggle" aria-expanded=${String(this.open)} @click=${() => (this.open = !this.open)}>
            ${this.open ? 'Hide source' : 'Show source'}
          </button>
          ${this.edited ? html`<span class="badge" title="This cell runs your edited source">edited</span>` : nothing}
        </div>
        ${this.open
          ? html`<div class="editor">
              <textarea
                spellcheck="false"
                autocapitalize="off"
                aria-label=${`Source of ${label}`}
                rows=${Math.min(24, source.split('\n').length + 1)}
                .value=${source}
                @input=${(e: Event) => (this.draft = (e.target as HTMLTextAreaElement).value)}
                @keydown=${this.#keydown}
              ></textarea>
              <div class="actions">
                <button type="button" class="run primary" @click=${() => this.run()}>Run</button>
                ${this.edited || this.draft !== undefined
                  ? html`<button type="button" class="reset" @click=${() => this.reset()}>Reset to the file's version</button>`
                  : nothing}
                <span class="hint">Ctrl+Enter or ⌘+Enter runs the cell</span>
              </div>
            </div>`
          : nothing}
      </section>
    `;
  }

  /** Runs the editor's source (the notebook redefines the cell and stores the edit). */
  run(source = this.draft ?? this.cell?.source ?? ''): void {
    if (!this.cell) return;
    this.dispatchEvent(new CustomEvent<CellRunDetail>('cell-run', { detail: { id: this.cell.id, source }, bubbles: true, composed: true }));
  }

  /** Goes back to the file's version of the cell. */
  reset(): void {
    if (!this.cell) return;
    this.draft = undefined;
    this.dispatchEvent(new CustomEvent<CellRunDetail>('cell-reset', { detail: { id: this.cell.id, source: this.original }, bubbles: true, composed: true }));
  }

  #keydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      this.run((event.target as HTMLTextAreaElement).value);
    }
  };

  #error(error: unknown) {
    const e = error as { name?: string; message?: string; line?: number; column?: number } | undefined;
    const where = typeof e?.line === 'number' ? ` (line ${e.line}${typeof e.column === 'number' ? `, column ${e.column}` : ''})` : '';
    const text = e && typeof e === 'object' && 'message' in e ? `${e.name ?? 'Error'}: ${e.message}${where}` : String(error);
    return html`<div class="cell-error" role="alert">${text}</div>`;
  }
}

/** A fulfilled cell's output: what it displayed, else its value; DOM as is, the rest inspected. */
function outputNodes(state: CellState): Node[] {
  const values = state.displayed.length ? state.displayed : state.value === undefined ? [] : [state.value];
  return values.map((v) => (v instanceof Node ? v : inspect(v)));
}

customElements.define('reprisal-cell', ReprisalCell);

declare global {
  interface HTMLElementTagNameMap {
    'reprisal-cell': ReprisalCell;
  }
}
