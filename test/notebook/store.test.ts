import { describe, expect, test } from 'vitest';
import { cellsOf, parseNotebook } from '../../src/notebook/parse.js';
import { applyEdits, createLocalStore, createMemoryStore } from '../../src/notebook/store.js';
import type { CellStore, StorageLike } from '../../src/notebook/store.js';

class FakeStorage implements StorageLike {
  items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

/** Storage that refuses everything, as in a sandboxed frame or with a full quota. */
const refusing: StorageLike = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
};

function behavesAsAStore(name: string, make: () => CellStore) {
  test(`${name}: set, get and reset one cell or a whole notebook`, () => {
    const store = make();
    expect(store.get('a.md', 'c1')).toBeUndefined();
    store.set('a.md', 'c1', 'const x = 2;');
    store.set('a.md', 'c2', '3');
    store.set('b.md', 'c1', 'other notebook');
    expect(store.get('a.md', 'c1')).toBe('const x = 2;');
    store.reset('a.md', 'c1');
    expect(store.get('a.md', 'c1')).toBeUndefined();
    expect(store.get('a.md', 'c2')).toBe('3');
    store.reset('a.md');
    expect(store.get('a.md', 'c2')).toBeUndefined();
    expect(store.get('b.md', 'c1')).toBe('other notebook');
    expect(store.get('b.md', 'toString')).toBeUndefined();
  });
}

describe('cell stores', () => {
  behavesAsAStore('createMemoryStore()', createMemoryStore);
  behavesAsAStore('createLocalStore({storage})', () => createLocalStore({ storage: new FakeStorage() }));
  behavesAsAStore('createLocalStore() without localStorage (Node)', () => createLocalStore());
  behavesAsAStore('createLocalStore() with storage that throws', () => createLocalStore({ storage: refusing }));

  test('createLocalStore() edits survive a reload (a new store on the same storage)', () => {
    const storage = new FakeStorage();
    createLocalStore({ storage }).set('a.md', 'c1', 'edited');
    expect(createLocalStore({ storage }).get('a.md', 'c1')).toBe('edited');
    createLocalStore({ storage }).reset('a.md', 'c1');
    expect(storage.items.size).toBe(0);
  });

  test('createLocalStore() ignores a corrupt entry', () => {
    const storage = new FakeStorage();
    storage.setItem('reprisal:notebook-edits:a.md', '{not json');
    const store = createLocalStore({ storage });
    expect(store.get('a.md', 'c1')).toBeUndefined();
    store.set('a.md', 'c1', 'fixed');
    expect(JSON.parse(storage.getItem('reprisal:notebook-edits:a.md')!)).toEqual({ c1: 'fixed' });
  });
});

describe('applyEdits(notebook, store)', () => {
  const markdown = '# N\n\n```js\nconst a = 1;\n```\n\n```js\na * 2\n```\n';

  test('re-parses edited cells under their original id; reset brings the file back', () => {
    const notebook = parseNotebook(markdown, { path: 'n.md' });
    const [first, second] = cellsOf(notebook);
    const store = createMemoryStore();
    expect(applyEdits(notebook, store)).toBe(notebook);

    store.set('n.md', first!.id, 'const a = 1, b = 2;');
    store.set('n.md', second!.id, 'a * b');
    const edited = cellsOf(applyEdits(notebook, store));
    expect(edited[0]).toMatchObject({ id: first!.id, line: first!.line, outputs: ['a', 'b'], source: 'const a = 1, b = 2;' });
    expect(edited[1]).toMatchObject({ id: second!.id, inputs: ['a', 'b'] });

    store.reset('n.md', first!.id);
    store.reset('n.md', second!.id);
    expect(cellsOf(applyEdits(notebook, store))).toEqual(cellsOf(notebook));
  });

  test('an edit of a cell whose file source changed no longer applies', () => {
    const store = createMemoryStore();
    const before = cellsOf(parseNotebook(markdown, { path: 'n.md' }));
    store.set('n.md', before[0]!.id, 'const a = 100;');
    const changed = parseNotebook(markdown.replace('const a = 1;', 'const a = 10;'), { path: 'n.md' });
    expect(cellsOf(applyEdits(changed, store))[0]!.source).toBe('const a = 10;');
  });
});
