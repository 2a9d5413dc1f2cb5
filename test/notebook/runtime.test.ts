import { RuntimeError } from '@observablehq/runtime';
import { afterEach, describe, expect, test } from 'vitest';
import { cellsOf, parseNotebook } from '../../src/notebook/parse.js';
import { LoopTimeoutError } from '../../src/notebook/loop-guard.js';
import { createNotebookRuntime } from '../../src/notebook/runtime.js';
import type { Builtins, CellState, NotebookRuntime } from '../../src/notebook/runtime.js';
import type { CellBlock } from '../../src/notebook/types.js';

/** A notebook from cell sources, defined in page order, with every reported state kept. */
function notebook(sources: string[], builtins: Builtins = {}, loopBudgetMs?: number) {
  const history = new Map<string, CellState[]>();
  const runtime = createNotebookRuntime({
    builtins,
    loopBudgetMs,
    onCell: (id, state) => {
      const states = history.get(id) ?? [];
      history.set(id, [...states, state]);
    },
  });
  runtimes.push(runtime);
  const markdown = sources.map((s) => `\`\`\`js\n${s}\n\`\`\``).join('\n\n');
  const cells = cellsOf(parseNotebook(markdown, { path: 'test.md', builtins: runtime.builtinNames }));
  for (const cell of cells) runtime.define(cell);
  const id = (i: number) => cells[i]!.id;
  const latest = (i: number): CellState | undefined => history.get(id(i))?.at(-1);
  return {
    runtime,
    cells,
    id,
    latest,
    history: (i: number) => history.get(id(i)) ?? [],
    /** The cell's latest state once it is no longer pending (and passes `test`, if given). */
    settled: (i: number, test: (s: CellState) => boolean = () => true) =>
      until(() => {
        const state = latest(i);
        return state && state.status !== 'pending' && test(state) ? state : undefined;
      }),
  };
}

const runtimes: NotebookRuntime[] = [];
afterEach(() => {
  for (const runtime of runtimes.splice(0)) runtime.dispose();
});

async function until<T>(probe: () => T | undefined, timeout = 2000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() - start > timeout) throw new Error('timed out waiting for the runtime');
    await new Promise((r) => setTimeout(r, 2));
  }
}

const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));

/** An input element in the sense of Observable's view protocol: `.value` and "input" events. */
class FakeInput extends EventTarget {
  listeners = 0;
  constructor(public value: number) {
    super();
  }
  override addEventListener(...args: Parameters<EventTarget['addEventListener']>) {
    this.listeners++;
    super.addEventListener(...args);
  }
  override removeEventListener(...args: Parameters<EventTarget['removeEventListener']>) {
    this.listeners--;
    super.removeEventListener(...args);
  }
  set(value: number) {
    this.value = value;
    this.dispatchEvent(new Event('input'));
  }
}

describe('createNotebookRuntime({builtins, onCell})', () => {
  test('runs cells in dependency order, not page order', async () => {
    const log: string[] = [];
    const nb = notebook(['const c = (log.push("c"), b + 1);', 'const b = (log.push("b"), a * 10);', 'const a = (log.push("a"), 1);'], { log });
    expect(await nb.settled(0)).toMatchObject({ status: 'fulfilled', value: 11 });
    expect(log).toEqual(['a', 'b', 'c']);
  });

  test('awaits a promise between cells (the reader sees the value)', async () => {
    const nb = notebook([
      'const rows = new Promise((resolve) => setTimeout(() => resolve([1, 2, 3]), 30));',
      'rows.length',
      'await new Promise((resolve) => setTimeout(() => resolve("late"), 10))',
    ]);
    expect(await nb.settled(1)).toMatchObject({ status: 'fulfilled', value: 3 });
    expect(nb.history(1).map((s) => s.status)).toEqual(['pending', 'fulfilled']);
    expect(await nb.settled(0)).toMatchObject({ status: 'fulfilled', value: [1, 2, 3] });
    expect(await nb.settled(2)).toMatchObject({ status: 'fulfilled', value: 'late' });
  });

  test('redefine(cellId, source) keeps the id and re-runs the dependants', async () => {
    const nb = notebook(['const a = 1;', 'a * 10', 'const unrelated = Math.random();']);
    await nb.settled(1);
    const first = (await nb.settled(2)).value;
    const cell = nb.runtime.redefine(nb.id(0), 'const a = 2;');
    expect(cell).toMatchObject({ id: nb.id(0), outputs: ['a'], source: 'const a = 2;' });
    expect(await nb.settled(1, (s) => s.value === 20)).toMatchObject({ status: 'fulfilled', value: 20 });
    expect(nb.latest(2)?.value).toBe(first); // not re-run
  });

  test('redefine() can change a cell’s outputs and mode', async () => {
    const nb = notebook(['const a = 1;', 'a + b']);
    expect(await nb.settled(1)).toMatchObject({ status: 'rejected' });
    nb.runtime.redefine(nb.id(0), 'const a = 1, b = 2;');
    expect(await nb.settled(1, (s) => s.status === 'fulfilled')).toMatchObject({ value: 3 });
    expect(await nb.settled(0)).toMatchObject({ status: 'fulfilled', value: { a: 1, b: 2 } });
    nb.runtime.redefine(nb.id(0), '40 + 2');
    expect(await nb.settled(0, (s) => s.value === 42)).toMatchObject({ status: 'fulfilled' });
    const error = (await nb.settled(1, (s) => s.status === 'rejected')).error;
    expect(String(error)).toMatch(/[ab] is not defined/);
  });

  test('an error stays on its cell and its dependants; the other cells resolve', async () => {
    const nb = notebook([
      'const ok = 1;',
      'ok + 1',
      'const bad = (() => { throw new Error("boom"); })();',
      'bad + 1',
      'const broken = ;',
      'nothingDefinesThis * 2',
    ]);
    expect(await nb.settled(1)).toMatchObject({ status: 'fulfilled', value: 2 });
    expect(await nb.settled(0)).toMatchObject({ status: 'fulfilled', value: 1 });
    expect(String((await nb.settled(2)).error)).toMatch(/boom/);
    expect(String((await nb.settled(3)).error)).toMatch(/boom/);
    const syntax = (await nb.settled(4)).error;
    expect(syntax).toBeInstanceOf(SyntaxError);
    expect(syntax).toMatchObject({ message: 'Unexpected token', line: 1, column: 16 });
    const undefinedName = (await nb.settled(5)).error;
    expect(undefinedName).toBeInstanceOf(RuntimeError);
    expect(String(undefinedName)).toMatch(/nothingDefinesThis is not defined/);
  });

  test('two cells defining one name both reject, and so do its readers, until one goes', async () => {
    const nb = notebook(['const x = 1;', 'const x = 2;', 'x * 100', 'const y = 3;']);
    for (const i of [0, 1, 2]) expect(String((await nb.settled(i)).error)).toMatch(/x is defined more than once/);
    expect(await nb.settled(3)).toMatchObject({ status: 'fulfilled', value: 3 });
    nb.runtime.delete(nb.id(0));
    expect(await nb.settled(2, (s) => s.status === 'fulfilled')).toMatchObject({ value: 200 });
    expect(await nb.settled(1, (s) => s.status === 'fulfilled')).toMatchObject({ value: 2 });
  });

  test('a circular definition rejects the cells in the cycle only', async () => {
    const nb = notebook(['const a = b + 1;', 'const b = a + 1;', 'const c = 1;']);
    expect(String((await nb.settled(0)).error)).toMatch(/circular definition/);
    expect(String((await nb.settled(1)).error)).toMatch(/circular definition/);
    expect(await nb.settled(2)).toMatchObject({ status: 'fulfilled', value: 1 });
  });

  test('a cell that never resolves does not block unrelated cells', async () => {
    const nb = notebook(['const hang = new Promise(() => {});', 'hang', 'await new Promise((r) => setTimeout(() => r("done"), 5))']);
    expect(await nb.settled(2)).toMatchObject({ status: 'fulfilled', value: 'done' });
    await tick();
    expect(nb.latest(0)?.status).toBe('pending');
    expect(nb.latest(1)?.status).toBe('pending');
  });

  test('view(element) displays the element and re-runs readers on "input" events', async () => {
    const range = new FakeInput(1);
    const nb = notebook(['const period = view(range);', 'period * 10'], { range });
    expect(await nb.settled(1)).toMatchObject({ status: 'fulfilled', value: 10 });
    expect(await nb.settled(0)).toMatchObject({ status: 'fulfilled', value: 1, displayed: [range] });
    range.set(5);
    expect(await nb.settled(1, (s) => s.value === 50)).toMatchObject({ status: 'fulfilled' });
    expect(nb.latest(0)).toMatchObject({ value: 5, displayed: [range] });
    range.set(7);
    expect(await nb.settled(1, (s) => s.value === 70)).toMatchObject({ status: 'fulfilled' });
  });

  test('view() stops listening when its cell is redefined or deleted', async () => {
    const range = new FakeInput(1);
    const nb = notebook(['const period = view(range);', 'period'], { range });
    await nb.settled(1);
    expect(range.listeners).toBe(1);
    nb.runtime.redefine(nb.id(0), 'const period = view(range) ;');
    range.set(2);
    expect(await nb.settled(1, (s) => s.value === 2)).toBeDefined();
    expect(range.listeners).toBe(1);
    nb.runtime.delete(nb.id(0));
    await nb.settled(1, (s) => s.status === 'rejected');
    expect(range.listeners).toBe(0);
  });

  test('a program cell shows its declared value; an expression cell its value', async () => {
    const nb = notebook(['const one = 1;', 'const a = 1, {b} = {b: 2};', '"text"', 'sink.push("side effect only");'], { sink: [] });
    expect(await nb.settled(0)).toMatchObject({ status: 'fulfilled', value: 1, displayed: [] });
    expect(await nb.settled(1)).toMatchObject({ status: 'fulfilled', value: { a: 1, b: 2 } });
    expect(await nb.settled(2)).toMatchObject({ status: 'fulfilled', value: 'text' });
    expect(await nb.settled(3)).toMatchObject({ status: 'fulfilled', value: undefined });
  });

  test('display() collects what a run displays, cleared when the cell re-runs', async () => {
    const nb = notebook(['const n = 2;', 'for (let i = 0; i < n; i++) display(`item ${i}`);']);
    expect(await nb.settled(1)).toMatchObject({ displayed: ['item 0', 'item 1'] });
    nb.runtime.redefine(nb.id(0), 'const n = 1;');
    expect(await nb.settled(1, (s) => s.displayed.length === 1)).toMatchObject({ displayed: ['item 0'] });
  });

  test('builtins: functions are called once, lazily, for the value; other values are the value', async () => {
    let calls = 0;
    const tag = (strings: TemplateStringsArray) => strings.join('');
    const nb = notebook(['html`<b>bold</b>`', 'corpus.length', 'corpus[0]', 'limit'], {
      html: () => tag,
      corpus: async () => (calls++, ['doc']),
      limit: 5,
      unused: () => {
        throw new Error('never read, never called');
      },
    });
    expect(await nb.settled(0)).toMatchObject({ status: 'fulfilled', value: '<b>bold</b>' });
    expect(await nb.settled(1)).toMatchObject({ status: 'fulfilled', value: 1 });
    expect(await nb.settled(2)).toMatchObject({ status: 'fulfilled', value: 'doc' });
    expect(await nb.settled(3)).toMatchObject({ status: 'fulfilled', value: 5 });
    expect(calls).toBe(1);
    expect(nb.runtime.builtinNames).toEqual(new Set(['html', 'corpus', 'limit', 'unused', 'display', 'view', 'invalidation', 'visibility']));
  });

  test('a generator cell reports each value it yields', async () => {
    const nb = notebook(['(function* () { yield 1; yield 2; yield 3; })()', 'const last = 0;']);
    expect(await nb.settled(0, (s) => s.value === 3)).toMatchObject({ status: 'fulfilled' });
    expect(nb.history(0).filter((s) => s.status === 'fulfilled').map((s) => s.value)).toEqual([1, 2, 3]);
  });

  test('an endless loop stops with an error on its cell, at its line; the other cells run', async () => {
    const nb = notebook(['const a = 1;', 'let n = 0;\nwhile (true) { n++; }', 'a + 1', 'for (;;) await 0;'], {}, 300);
    const stuck = await nb.settled(1);
    expect(stuck.error).toBeInstanceOf(LoopTimeoutError);
    expect(stuck.error).toMatchObject({ line: 2, column: 1 });
    expect(await nb.settled(2)).toMatchObject({ status: 'fulfilled', value: 2 });
    // Awaiting nothing starves the page just as well.
    expect((await nb.settled(3)).error).toBeInstanceOf(LoopTimeoutError);
  });

  test('an endless generator that yields between frames goes on past the loop budget', async () => {
    const nb = notebook(['(async function* () { let i = 0; while (true) { yield i++; await new Promise((r) => setTimeout(r, 20)); } })()'], {}, 250);
    await nb.settled(0, (s) => (s.value as number) >= 30);
    expect(nb.history(0).every((s) => s.status !== 'rejected')).toBe(true);
  });

  test('cells marked run=false are not run', async () => {
    const history: string[] = [];
    const runtime = createNotebookRuntime({ onCell: (id) => history.push(id) });
    runtimes.push(runtime);
    const [skipped, ran] = cellsOf(parseNotebook('```js run=false\nconst x = 1;\n```\n\n```js\n2\n```', { path: 'x.md' })) as [CellBlock, CellBlock];
    runtime.define(skipped);
    runtime.define(ran);
    await until(() => (history.includes(ran.id) ? true : undefined));
    await tick();
    expect(history).not.toContain(skipped.id);
  });

  test('invalidation resolves when the cell re-runs', async () => {
    const invalidated: number[] = [];
    const nb = notebook(['const n = 1;', 'invalidation.then(() => invalidated.push(n)), n'], { invalidated });
    await nb.settled(1);
    nb.runtime.redefine(nb.id(0), 'const n = 2;');
    await nb.settled(1, (s) => s.value === 2);
    expect(invalidated).toEqual([1]);
  });

  test('after dispose() no cell reports, and define() throws', async () => {
    const nb = notebook(['new Promise((r) => setTimeout(() => r(1), 20))']);
    nb.runtime.dispose();
    const before = nb.history(0).length;
    await tick(40);
    expect(nb.history(0).length).toBe(before);
    expect(() => nb.runtime.define(nb.cells[0]!)).toThrow(/disposed/);
  });
});
