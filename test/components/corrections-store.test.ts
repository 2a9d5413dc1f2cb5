import { describe, expect, it } from 'vitest';
import type { Correction } from '../../src/corrections/types.js';
import { CorrectionsStore } from '../../src/components/state/corrections-store.js';

const ref = (id: string) => ({ id, mentions: [{ doc: 'd1', start: 0, end: 10 }] });

function store() {
  let n = 0;
  return new CorrectionsStore({ now: () => new Date(Date.UTC(2024, 0, 2, 3, 4, 5)), newId: () => `c${++n}` });
}

describe('CorrectionsStore', () => {
  it('add(correction) gives it an id and a time, and keeps the order corrections apply in', () => {
    const s = store();
    const a = s.add({ op: 'delete', event: ref('e1') });
    const b = s.add({ op: 'edit', event: ref('e2'), set: { type: 'ACCUSE' }, note: 'a denial, not a ban' });
    expect(a).toEqual({ op: 'delete', event: ref('e1'), id: 'c1', at: '2024-01-02T03:04:05.000Z' });
    expect(b.note).toBe('a denial, not a ban');
    expect(s.list.map((c) => c.id)).toEqual(['c1', 'c2']);
  });

  it('add() never reuses an id already in the list', () => {
    const ids = ['x', 'x', 'y'];
    const s = new CorrectionsStore({ newId: () => ids.shift()! });
    s.add({ op: 'delete', event: ref('e1') });
    expect(s.add({ op: 'delete', event: ref('e2') }).id).toBe('y');
  });

  it('undo() takes back the last change, then the one before, and says what it would undo', () => {
    const s = store();
    expect(s.undoable).toBeUndefined();
    s.add({ op: 'delete', event: ref('e1') });
    s.add({ op: 'merge', events: [ref('e2'), ref('e3')] });
    expect(s.undoable).toBe('the merge');
    s.remove('c1');
    expect(s.undoable).toBe('removing a correction');
    expect(s.undo()).toBe(true);
    expect(s.list.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(s.undo()).toBe(true);
    expect(s.list.map((c) => c.id)).toEqual(['c1']);
    expect(s.undo()).toBe(true);
    expect(s.list).toEqual([]);
    expect(s.undo()).toBe(false);
  });

  it('import(list) adds the corrections after those here, skipping ids already here, and can be undone', () => {
    const s = store();
    s.add({ op: 'delete', event: ref('e1') });
    const file: Correction[] = [
      { id: 'c1', op: 'delete', event: ref('e1') },
      { id: 'k9', op: 'unlink', from: ref('e1'), to: ref('e2') },
    ];
    expect(s.import(file)).toEqual({ added: 1, skipped: 1 });
    expect(s.list.map((c) => c.id)).toEqual(['c1', 'k9']);
    expect(s.import(file)).toEqual({ added: 0, skipped: 2 });
    s.undo();
    expect(s.list.map((c) => c.id)).toEqual(['c1']);
  });

  it('reset(list) starts from a saved list with nothing to undo', () => {
    const s = store();
    s.add({ op: 'delete', event: ref('e1') });
    s.reset([{ id: 'old', op: 'delete', event: ref('e9') }]);
    expect(s.list.map((c) => c.id)).toEqual(['old']);
    expect(s.undoable).toBeUndefined();
  });

  it('tells subscribers of every change, and stops when asked', () => {
    const s = store();
    const heard: number[] = [];
    const stop = s.subscribe((list) => heard.push(list.length));
    s.add({ op: 'delete', event: ref('e1') });
    s.undo();
    stop();
    s.add({ op: 'delete', event: ref('e1') });
    expect(heard).toEqual([1, 0]);
  });

  it('the list it gives cannot be changed from outside', () => {
    const s = store();
    s.add({ op: 'delete', event: ref('e1') });
    expect(() => (s.list as Correction[]).push({ id: 'z', op: 'delete', event: ref('e2') })).toThrow();
  });
});
