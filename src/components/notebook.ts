/**
 * A notebook page: a Markdown file's prose and live cells, run on the Observable runtime with
 * the given builtins. Edits to cells are kept in a CellStore (localStorage by default) under the
 * notebook's path, so they survive a reload; "Reset" brings back the file's version.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  applyEdits,
  cellsOf,
  createLocalStore,
  createNotebookRuntime,
  parseNotebook,
  type Builtins,
  type CellState,
  type CellStore,
  type Notebook,
  type NotebookRuntime,
} from '../notebook/index.js';
import './cell.js';
import type { CellRunDetail } from './cell.js';
import { notebookStyles } from './notebook-styles.js';
import { renderMarkdown } from './prose.js';

export class ReprisalNotebook extends LitElement {
  static override properties = {
    source: { attribute: false },
    path: { type: String },
    builtins: { attribute: false },
    edits: { attribute: false },
  };

  static override styles = notebookStyles;

  /** The notebook's Markdown. */
  declare source: string;
  /** The file's path: the key of its stored edits. */
  declare path: string;
  declare builtins: Builtins;
  /** Where cell edits are kept; localStorage unless given. */
  declare edits: CellStore;

  #runtime: NotebookRuntime | undefined;
  #notebook: Notebook | undefined;
  #originals = new Map<string, string>();
  #states = new Map<string, CellState>();
  #prose = new WeakMap<object, DocumentFragment | Node[]>();

  constructor() {
    super();
    this.source = '';
    this.path = 'notebook.md';
    this.builtins = {};
    this.edits = createLocalStore();
  }

  /** The notebook as running now (with edits applied). */
  get notebook(): Notebook | undefined {
    return this.#notebook;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#runtime && this.hasUpdated) this.#start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('source') || changed.has('path') || changed.has('builtins') || changed.has('edits') || !this.#runtime) this.#start();
  }

  protected override render() {
    const notebook = this.#notebook;
    if (!notebook) return nothing;
    let n = 0;
    const edited = cellsOf(notebook).filter((c) => c.source !== this.#originals.get(c.id)).length;
    return html`
      <article class="notebook" @cell-run=${this.#onRun} @cell-reset=${this.#onReset}>
        ${edited
          ? html`<div class="edited-note" role="status">
              ${edited === 1 ? 'One cell runs' : `${edited} cells run`} your edited source.
              <button type="button" @click=${() => this.resetAll()}>Reset all cells</button>
            </div>`
          : nothing}
        ${repeat(
          notebook.blocks,
          (block) => (block.type === 'cell' ? `cell:${block.id}` : `prose:${block.line}`),
          (block) =>
            block.type === 'prose'
              ? html`<div class="prose">${this.#proseOf(block)}</div>`
              : html`<reprisal-cell
                  data-cell-id=${block.id}
                  .cell=${block}
                  .original=${this.#originals.get(block.id) ?? block.source}
                  .state=${this.#states.get(block.id)}
                  index=${++n}
                ></reprisal-cell>`,
        )}
      </article>
    `;
  }

  /** Runs `source` in place of the cell's code; its dependants re-run. The edit is stored. */
  runCell(id: string, source: string): void {
    if (!this.#runtime || !this.#notebook) return;
    const cell = this.#runtime.redefine(id, source);
    if (source === this.#originals.get(id)) this.edits.reset(this.path, id);
    else this.edits.set(this.path, id, source);
    this.#replace(cell.id, cell);
  }

  /** Forgets every edit of this notebook and runs the file's version again. */
  resetAll(): void {
    this.edits.reset(this.path);
    for (const cell of cellsOf(this.#notebook ?? { path: '', title: null, blocks: [] })) {
      const original = this.#originals.get(cell.id);
      if (original !== undefined && cell.source !== original) this.#replace(cell.id, this.#runtime!.redefine(cell.id, original));
    }
  }

  #onRun = (event: CustomEvent<CellRunDetail>) => this.runCell(event.detail.id, event.detail.source);

  #onReset = (event: CustomEvent<CellRunDetail>) => this.runCell(event.detail.id, event.detail.source);

  #replace(id: string, cell: Notebook['blocks'][number]): void {
    if (!this.#notebook) return;
    this.#notebook = { ...this.#notebook, blocks: this.#notebook.blocks.map((b) => (b.type === 'cell' && b.id === id ? cell : b)) };
    this.requestUpdate();
  }

  #proseOf(block: object): DocumentFragment | Node[] {
    let nodes = this.#prose.get(block);
    if (!nodes) {
      nodes = [...renderMarkdown((block as { source: string }).source).childNodes];
      this.#prose.set(block, nodes);
    }
    return nodes;
  }

  #start(): void {
    this.#stop();
    this.#states = new Map();
    const runtime = createNotebookRuntime({
      builtins: this.builtins,
      onCell: (id, state) => {
        if (runtime !== this.#runtime) return;
        this.#states.set(id, state);
        this.requestUpdate();
      },
    });
    this.#runtime = runtime;
    const parsed = parseNotebook(this.source, { path: this.path, builtins: runtime.builtinNames });
    this.#originals = new Map(cellsOf(parsed).map((c) => [c.id, c.source]));
    this.#notebook = applyEdits(parsed, this.edits, { builtins: runtime.builtinNames });
    for (const cell of cellsOf(this.#notebook)) runtime.define(cell);
  }

  #stop(): void {
    this.#runtime?.dispose();
    this.#runtime = undefined;
  }
}

customElements.define('reprisal-notebook', ReprisalNotebook);

declare global {
  interface HTMLElementTagNameMap {
    'reprisal-notebook': ReprisalNotebook;
  }
}
