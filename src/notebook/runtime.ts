/**
 * Cells on @observablehq/runtime, the way Observable Framework wires them (src/client/main.js):
 *
 * - each cell is one variable named `cell <id>` whose definition is the cell's code, compiled to
 *   an async function of its inputs. An expression cell returns its value; a program cell returns
 *   `{a, b}`, an object of its declarations;
 * - each declared name is one more variable, reading its value from that object. So cells run in
 *   dependency order, promises are awaited between cells (not within one), generators are
 *   iterated, and a cell re-runs when a variable it reads changes;
 * - errors stay where they arise: a syntax error, a throw, a duplicate or circular definition, or
 *   a name nothing defines rejects that cell (and the cells reading from it); the others go on.
 *
 * Main-thread limits: a cell is JavaScript on the page's thread, where an endless loop would
 * freeze the tab for good. So every loop in a cell is guarded (protect-loops.ts, loop-guard.ts):
 * one that keeps the thread for longer than `loopBudgetMs` throws a LoopTimeoutError on its cell,
 * and the page and the other cells go on. Heavy work belongs in a Worker that a cell awaits (the
 * extractor runs there). A cell that never *resolves* (a promise that never settles) is harmless:
 * it stays pending, and so do its dependants, while unrelated cells run.
 *
 * Cells are compiled with the AsyncFunction constructor, so a page whose Content-Security-Policy
 * forbids 'unsafe-eval' cannot run them.
 */
import { Runtime } from '@observablehq/runtime';
import type { Observer, Variable } from '@observablehq/runtime';
import { parseCell } from './cell.js';
import { input } from './generators.js';
import { createLoopGuard, type LoopGuard } from './loop-guard.js';
import { GUARD_PARAM, protectLoops } from './protect-loops.js';
import { cellCode } from './sql.js';
import type { ViewElement } from './generators.js';
import type { CellBlock, CellError } from './types.js';

export type CellStatus = 'pending' | 'fulfilled' | 'rejected';

/** What a cell shows. A UI renders `displayed` when the cell displayed anything, else `value`. */
export interface CellState {
  status: CellStatus;
  /**
   * When fulfilled: an expression cell's value; a program cell's declared value (one name) or
   * `{name: value}` (several), promises awaited and generators at their latest value; else undefined.
   */
  value?: unknown;
  /** When rejected: what was thrown (a RuntimeError for duplicate, circular or undefined names). */
  error?: unknown;
  /** What the cell's latest run passed to `display()` or `view()`, in call order. */
  displayed: unknown[];
}

/**
 * The notebook's builtins, defined as Observable defines builtins: a function is a definition,
 * called (once, lazily, when a cell first reads the name) for the value, which may be a promise
 * (awaited) or a generator (iterated); anything else is the value itself. So a builtin whose value
 * is a function must be wrapped: `{html: () => html, Plot: () => Plot, corpus: () => loadCorpus()}`.
 */
export type Builtins = Record<string, unknown>;

export interface NotebookRuntimeOptions {
  builtins?: Builtins;
  /** Called whenever a cell's state changes (consecutive `pending` states are reported once). */
  onCell: (cellId: string, state: CellState) => void;
  /** How long a loop in a cell may keep the page's thread before it is stopped (ms; 1000). */
  loopBudgetMs?: number;
}

export interface NotebookRuntime {
  /** Every name the runtime supplies; parse cells with these (ParseOptions.builtins). */
  readonly builtinNames: ReadonlySet<string>;
  /** Adds a cell. Cells with the `run=false` fence option are not run (nor registered). */
  define(cell: CellBlock): void;
  /** Replaces a cell's code, keeping its id; cells reading its outputs re-run. Returns the new record. */
  redefine(cellId: string, source: string): CellBlock;
  /** Removes a cell; cells reading its outputs reject with "<name> is not defined". */
  delete(cellId: string): void;
  /** Stops everything: generators are returned, invalidation promises resolve, no more reports. */
  dispose(): void;
}

/**
 * Names bound per cell, as in Framework: `display(value)` shows a value (and returns it);
 * `view(element)` displays an element and yields its value, now and on every "input" event, so
 * `const period = view(range)` makes the cells reading `period` re-run when the input changes.
 * A cell cannot define these names for other cells.
 */
export const CELL_BUILTINS: ReadonlySet<string> = new Set(['display', 'view']);

/** Names the Observable runtime itself supplies to any variable that reads them. */
const RUNTIME_BUILTINS = ['invalidation', 'visibility'];

const MAIN = Symbol('main');

interface VariableState {
  status: CellStatus;
  value?: unknown;
  error?: unknown;
}

interface Entry {
  cell: CellBlock;
  main: Variable;
  outputs: Map<string, Variable>;
  states: Map<string | typeof MAIN, VariableState>;
  displayed: unknown[];
  /** Incremented when the cell's code starts to re-run: late display() calls of older runs are ignored. */
  run: number;
  last?: CellState;
  gone: boolean;
}

type CompiledCell = (...inputs: unknown[]) => Promise<unknown>;
const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor as new (...args: string[]) => CompiledCell;

export function createNotebookRuntime(options: NotebookRuntimeOptions): NotebookRuntime {
  const builtins = options.builtins ?? {};
  const runtime = new Runtime(builtins);
  const module = runtime.module();
  const cells = new Map<string, Entry>();
  const builtinNames: ReadonlySet<string> = new Set([...Object.keys(builtins), ...CELL_BUILTINS, ...RUNTIME_BUILTINS]);
  const guard = createLoopGuard(options.loopBudgetMs ?? 1000);
  let disposed = false;

  function emit(entry: Entry): void {
    if (entry.gone || disposed) return;
    const state = aggregate(entry);
    if (state.status === 'pending' && entry.last?.status === 'pending') return;
    entry.last = state;
    options.onCell(entry.cell.id, state);
  }

  function observe(entry: Entry, key: string | typeof MAIN, live: () => boolean): Observer {
    const update = (state: VariableState) => {
      if (!live()) return;
      entry.states.set(key, state);
      if (key === MAIN && state.status === 'pending') {
        // The outputs read the cell's result: they are stale until it settles.
        for (const name of entry.outputs.keys()) entry.states.set(name, { status: 'pending' });
        entry.displayed = [];
        entry.run++;
      }
      emit(entry);
    };
    return {
      pending: () => update({ status: 'pending' }),
      fulfilled: (value) => update({ status: 'fulfilled', value }),
      rejected: (error) => update({ status: 'rejected', error }),
    };
  }

  /** The cell's definition: its compiled code, with display and view bound to this cell. */
  function definition(entry: Entry, cell: CellBlock): { inputs: string[]; body: (...values: unknown[]) => unknown } {
    let compiled: CompiledCell;
    try {
      if (cell.error) throw syntaxError(cell.error);
      compiled = compile(cell, guard);
    } catch (error) {
      return { inputs: [], body: () => Promise.reject(error) };
    }
    const inputs = cell.inputs.filter((name) => !CELL_BUILTINS.has(name));
    const body = function (this: unknown, ...values: unknown[]) {
      const run = entry.run;
      const display = <T>(value: T): T => {
        if (run === entry.run && !entry.gone) {
          entry.displayed.push(value);
          emit(entry);
        }
        return value;
      };
      const view = <T>(element: ViewElement<T>) => input(display(element));
      let next = 0;
      const args = cell.inputs.map((name) => (name === 'display' ? display : name === 'view' ? view : values[next++]));
      return compiled.apply(this, args);
    };
    return { inputs, body };
  }

  function apply(entry: Entry, cell: CellBlock): void {
    entry.cell = cell;
    const { inputs, body } = definition(entry, cell);
    const name = `cell ${cell.id}`;
    entry.main.define(name, inputs, body);
    const outputs = new Map<string, Variable>();
    for (const output of cell.outputs) {
      let variable = entry.outputs.get(output);
      if (!variable) {
        entry.states.set(output, { status: 'pending' });
        const live = () => !!variable && entry.outputs.get(output) === variable;
        variable = module.variable(observe(entry, output, live));
        variable.define(output, [name], (exports: Record<string, unknown> | undefined) => exports?.[output]);
      }
      outputs.set(output, variable);
    }
    for (const [output, variable] of entry.outputs) {
      if (outputs.has(output)) continue;
      entry.states.delete(output);
      variable.delete();
    }
    entry.outputs = outputs;
  }

  function entryOf(cellId: string): Entry {
    const entry = cells.get(cellId);
    if (!entry) throw new Error(`No cell ${cellId} in this notebook`);
    return entry;
  }

  function assertLive(): void {
    if (disposed) throw new Error('This notebook runtime has been disposed');
  }

  return {
    builtinNames,
    define(cell) {
      assertLive();
      if (cells.has(cell.id)) throw new Error(`Cell ${cell.id} is already defined; use redefine()`);
      if (cell.options.run === false) return;
      const entry: Entry = {
        cell,
        main: undefined as unknown as Variable,
        outputs: new Map(),
        states: new Map([[MAIN, { status: 'pending' }]]),
        displayed: [],
        run: 0,
        gone: false,
      };
      entry.main = module.variable(observe(entry, MAIN, () => true));
      cells.set(cell.id, entry);
      apply(entry, cell);
    },
    redefine(cellId, source) {
      assertLive();
      const entry = entryOf(cellId);
      const defined = [...cells.values()].filter((e) => e !== entry).flatMap((e) => e.cell.outputs);
      const { id, line, options: fence, language } = entry.cell;
      const cell = parseCell(source, { id, line, options: fence, language }, { builtins: builtinNames, defined });
      apply(entry, cell);
      return cell;
    },
    delete(cellId) {
      assertLive();
      const entry = entryOf(cellId);
      entry.gone = true;
      cells.delete(cellId);
      entry.main.delete();
      for (const variable of entry.outputs.values()) variable.delete();
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      runtime.dispose();
      guard.dispose();
      cells.clear();
    },
  };
}

function aggregate(entry: Entry): CellState {
  const displayed = [...entry.displayed];
  const main = entry.states.get(MAIN) ?? { status: 'pending' };
  if (main.status !== 'fulfilled') return { ...main, displayed };
  const names = [...entry.outputs.keys()];
  if (names.length === 0) {
    return { status: 'fulfilled', value: entry.cell.mode === 'expression' ? main.value : undefined, displayed };
  }
  const states = names.map((name) => entry.states.get(name) ?? { status: 'pending' as const });
  const rejected = states.find((s) => s.status === 'rejected');
  if (rejected) return { status: 'rejected', error: rejected.error, displayed };
  if (states.some((s) => s.status === 'pending')) return { status: 'pending', displayed };
  const value = names.length === 1 ? states[0]!.value : Object.fromEntries(names.map((name, i) => [name, states[i]!.value]));
  return { status: 'fulfilled', value, displayed };
}

/**
 * The cell's code (for a SQL cell, the JavaScript it compiles to), its loops guarded, as an async
 * function of its inputs, in strict mode (cells are parsed as module code). The newlines keep a
 * trailing line comment from swallowing what follows; the guard is bound as a last, hidden parameter.
 */
function compile(cell: CellBlock, guard: LoopGuard): CompiledCell {
  const source = protectLoops(cellCode(cell), cell.mode);
  const body = cell.mode === 'expression' ? `return (\n${source}\n);` : `${source}\n;return {${cell.outputs.join(', ')}};`;
  const fn = new AsyncFunction(...cell.inputs, GUARD_PARAM, `"use strict";\n${body}\n//# sourceURL=cell-${cell.id}.js`);
  return function (this: unknown, ...inputs: unknown[]) {
    return fn.call(this, ...inputs, guard);
  };
}

function syntaxError({ message, line, column }: CellError): SyntaxError {
  return Object.assign(new SyntaxError(message), { line, column });
}
