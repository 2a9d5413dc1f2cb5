/**
 * Reprisal's notebooks: Markdown files whose ```js and ```sql fences are reactive cells.
 *
 *   parseNotebook(markdown, {path, builtins})   → Notebook {path, title, frontMatter?, blocks}
 *   applyEdits(notebook, store, {builtins})      → the same, with the reader's stored edits
 *   createNotebookRuntime({builtins, onCell})    → define(cell) / redefine(id, source) / delete(id) / dispose()
 *
 * Parse cells with `runtime.builtinNames` as `builtins`, so that a builtin named like a global
 * (say a caching `fetch`) is an input the runtime supplies.
 */
export type { Block, CellBlock, CellError, CellLanguage, CellMode, FenceOptions, FrontMatter, FrontMatterValue, Notebook, ProseBlock } from './types.js';
export { cellsOf, fenceOptions, parseNotebook } from './parse.js';
export type { ParseOptions } from './parse.js';
export { parseCell, parseCells, parseJavaScript } from './cell.js';
export type { CellSpec, Supplied } from './cell.js';
export { cellCode, parseSqlTemplate, sqlCellCode, sqlCellName } from './sql.js';
export type { SqlTemplate } from './sql.js';
export { analyze, AssignmentError, patternNames, selectInputs } from './analyze.js';
export type { Analysis } from './analyze.js';
export { GLOBALS } from './globals.js';
export { CELL_BUILTINS, createNotebookRuntime } from './runtime.js';
export type { Builtins, CellState, CellStatus, NotebookRuntime, NotebookRuntimeOptions } from './runtime.js';
export { input, observe } from './generators.js';
export { LoopTimeoutError } from './loop-guard.js';
export { protectLoops } from './protect-loops.js';
export type { ViewElement } from './generators.js';
export { applyEdits, createLocalStore, createMemoryStore } from './store.js';
export type { CellStore, LocalStoreOptions, StorageLike } from './store.js';
