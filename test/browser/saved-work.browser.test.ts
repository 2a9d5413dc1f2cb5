/**
 * The analyst's saved work in Chromium's own IndexedDB: corrections, actors and the corpus's files
 * written, read back by a new connection (as on the next visit), what cannot be read named and
 * left out, and a browser that keeps nothing, or a save that fails, said in words.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { Correction } from '../../src/corrections/types.js';
import { openSavedWork } from '../../src/storage/db.js';
import { PACK_BYTES, packRows } from '../../src/storage/packs.js';
import { SavedWork } from '../../src/storage/saved-work.js';
import { deleteDatabase } from './support.js';

const NAME = 'reprisal-test-saved-work';
const bytes = (text: string) => new TextEncoder().encode(text);
const ref = (id: string) => ({ id, mentions: [{ doc: 'd1', start: 0, end: 10 }] });
const corrections: Correction[] = [
  { id: 'c2', op: 'delete', event: ref('e1'), at: '2024-01-02T03:04:05.000Z' },
  { id: 'c1', op: 'edit', event: ref('e2'), set: { type: 'ACCUSE', date: null }, note: 'a denial' },
];
const open: SavedWork[] = [];

function saved(): SavedWork {
  const work = new SavedWork({ name: NAME });
  open.push(work);
  return work;
}

/** The packs the database holds now. */
async function packIds(): Promise<string[]> {
  const db = await openSavedWork(NAME);
  const ids = await db.getAllKeys('packs');
  db.close();
  return ids;
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((w) => w.close()));
  await deleteDatabase(NAME);
});

describe('SavedWork', () => {
  test('a first visit finds nothing saved, and the state says the work is being saved', async () => {
    const work = saved();
    expect(work.state.mode).toBe('opening');
    expect(await work.load()).toEqual({ corrections: [], actors: [] });
    expect(work.state).toEqual({ mode: 'saving', warnings: [] });
  });

  test('corrections, actors and the corpus come back on the next visit, in their order', async () => {
    const first = saved();
    await first.load();
    const files = [
      { name: 'b.txt', bytes: bytes('Second article') },
      { name: 'a.txt', bytes: bytes('First article') },
      { name: 'manifest.json', bytes: bytes('{"documents":{}}') },
    ];
    await Promise.all([
      first.saveCorrections(corrections),
      first.saveActors([{ id: 'USA.BUS.ACME', name: 'Acme Robotics', aliases: ['Acme Robotics', 'Acme'] }]),
      first.saveCorpus({ defaults: false, files }),
    ]);
    await first.close();

    const next = await saved().load();
    expect(next.corrections).toEqual(corrections);
    expect(next.actors).toEqual([{ id: 'USA.BUS.ACME', name: 'Acme Robotics', aliases: ['Acme Robotics', 'Acme'] }]);
    expect(next.corpus?.defaults).toBe(false);
    const back = next.corpus && !next.corpus.defaults ? next.corpus.files : [];
    expect(back.map((f) => f.name)).toEqual(['b.txt', 'a.txt', 'manifest.json']);
    expect(back.map((f) => new TextDecoder().decode(f.bytes))).toEqual(['Second article', 'First article', '{"documents":{}}']);
  });

  test('a later save replaces the corpus: files gone are deleted, new ones added after the kept ones', async () => {
    const work = saved();
    await work.load();
    const a = { name: 'a.txt', bytes: bytes('A') };
    const b = { name: 'b.txt', bytes: bytes('B') };
    await work.saveCorpus({ defaults: false, files: [a, b] });
    await work.saveCorpus({ defaults: false, files: [b, { name: 'c.txt', bytes: bytes('C') }] });
    await work.close();
    const next = await saved().load();
    expect(next.corpus && !next.corpus.defaults && next.corpus.files.map((f) => f.name)).toEqual(['b.txt', 'c.txt']);

    // Back to the built-in corpus: only that is remembered, no file.
    const again = saved();
    await again.load();
    await again.saveCorpus({ defaults: true });
    await again.close();
    expect((await saved().load()).corpus).toEqual({ defaults: true });
  });

  test('a view into a larger buffer is saved as its own bytes', async () => {
    const work = saved();
    await work.load();
    const buffer = bytes('xxxxHELLOyyyy');
    await work.saveCorpus({ defaults: false, files: [{ name: 'part.txt', bytes: buffer.subarray(4, 9) }] });
    await work.close();
    const next = await saved().load();
    const file = next.corpus && !next.corpus.defaults ? next.corpus.files[0] : undefined;
    expect(file && new TextDecoder().decode(file.bytes)).toBe('HELLO');
    expect(file?.bytes.buffer.byteLength).toBe(5);
  });

  test('a corpus of many packs is written and read back whole, in order, each file with bytes of its own', async () => {
    const work = saved();
    await work.load();
    // About 1.3 MB: several packs.
    const files = Array.from({ length: 4000 }, (_, i) => ({ name: `doc-${String(3999 - i).padStart(4, '0')}.txt`, bytes: bytes(`Article ${i} `.repeat(25)) }));
    await work.saveCorpus({ defaults: false, files });
    expect(work.state.problem).toBeUndefined();
    await work.close();
    expect((await packIds()).length).toBeGreaterThanOrEqual(Math.ceil(files.reduce((n, f) => n + f.bytes.byteLength, 0) / PACK_BYTES));
    const next = await saved().load();
    const back = next.corpus && !next.corpus.defaults ? next.corpus.files : [];
    expect(back.map((f) => f.name)).toEqual(files.map((f) => f.name));
    expect(new TextDecoder().decode(back[2700]!.bytes)).toBe(`Article 2700 `.repeat(25));
    expect(back[2700]!.bytes.buffer.byteLength).toBe(back[2700]!.bytes.byteLength);
  });

  test('a file larger than a record is written in several and comes back whole', async () => {
    const work = saved();
    await work.load();
    const big = { name: '20190701.export.CSV', bytes: Uint8Array.from({ length: 3 * PACK_BYTES + 5 }, (_, i) => i % 251) };
    await work.saveCorpus({ defaults: false, files: [big], imported: true });
    await work.close();
    expect(await packIds()).toHaveLength(4);
    const back = await saved().load();
    expect(back.corpus).toEqual({ defaults: false, files: [big], imported: true });
  });

  test('saving again writes only what changed: a file added goes in a new pack, the packs left whole stay', async () => {
    const work = saved();
    await work.load();
    const files = Array.from({ length: 3 }, (_, i) => ({ name: `a${i}.txt`, bytes: bytes(`A${i}`) }));
    await work.saveCorpus({ defaults: false, files });
    const first = await packIds();
    await work.saveCorpus({ defaults: false, files });
    expect(await packIds()).toEqual(first);
    const b = { name: 'b.txt', bytes: bytes('B') };
    await work.saveCorpus({ defaults: false, files: [...files, b] });
    const second = await packIds();
    expect(second).toHaveLength(2);
    expect(second).toContain(first[0]);
    // A file taken out: its pack goes, and the files it shared the pack with are written again.
    await work.saveCorpus({ defaults: false, files: [files[0]!, files[2]!, b] });
    await work.close();
    const back = await saved().load();
    expect(back.corpus && !back.corpus.defaults && back.corpus.files.map((f) => f.name)).toEqual(['b.txt', 'a0.txt', 'a2.txt']);
  });

  test('saved entries that cannot be read are named and left out; the rest comes back', async () => {
    const db = await openSavedWork(NAME);
    await db.put('corrections', { id: 'good', seq: 0, correction: corrections[0] });
    await db.put('corrections', { id: 'bad', seq: 1, correction: { id: 'bad', op: 'explode' } });
    await db.put('actors', { id: 'x', seq: 0, actor: { id: 'not a code', name: 'X', aliases: [] } });
    for (const row of packRows(0, [{ name: 'a.txt', bytes: bytes('A') }])) await db.put('packs', row);
    await db.put('packs', { id: 'pack-1-0', seq: 1, offset: 0, names: ['broken.txt'], ends: [9], bytes: 'not bytes' as unknown as Uint8Array });
    // A large file of which one record of two is left.
    await db.put('packs', [...packRows(2, [{ name: 'big.txt', bytes: new Uint8Array(PACK_BYTES + 10) }])][1]!);
    await db.put('meta', { defaults: false }, 'corpus');
    db.close();

    const work = saved();
    const back = await work.load();
    expect(back.corrections.map((c) => c.id)).toEqual(['c2']);
    expect(back.actors).toEqual([]);
    expect(back.corpus && !back.corpus.defaults && back.corpus.files.map((f) => f.name)).toEqual(['a.txt']);
    expect(work.state.warnings).toEqual([
      'saved corrections: correction #1 has an unknown "op" (explode); left out',
      'saved actors: actor #0 cannot be read (it needs a code, a name and aliases); left out',
      'saved corpus: record pack-1-0 cannot be read; pack 2 is missing records; left out',
    ]);
  });

  test('a browser that keeps no data: the work goes on in memory, and the state says why', async () => {
    const work = new SavedWork({ name: NAME, open: () => Promise.reject(new DOMException('The user denied permission', 'SecurityError')) });
    expect(await work.load()).toEqual({ corrections: [], actors: [] });
    await work.saveCorrections(corrections);
    expect(work.state.mode).toBe('memory');
    expect(work.state.problem).toBe('this browser does not let the page keep data (SecurityError: The user denied permission)');
  });

  test('a save that fails is named, and the next one that succeeds clears it', async () => {
    const work = saved();
    await work.load();
    const unsaveable = [{ ...corrections[0]!, note: (() => 'a function cannot be stored') as unknown as string }];
    await work.saveCorrections(unsaveable);
    expect(work.state.mode).toBe('saving');
    expect(work.state.problem).toMatch(/^your corrections could not be saved \(DataCloneError/);
    await work.saveCorrections(corrections);
    expect(work.state.problem).toBeUndefined();
  });

  test('another tab opening a newer version takes the database over: this page says its work is no longer saved', async () => {
    const work = saved();
    await work.load();
    const states: string[] = [];
    work.subscribe((s) => states.push(s.mode));
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(NAME, 1000);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    newer.close();
    expect(states).toContain('memory');
    expect(work.state.problem).toMatch(/another tab/);
    await work.saveCorrections(corrections);
  });

  test('clear() forgets everything saved', async () => {
    const work = saved();
    await work.load();
    await work.saveCorrections(corrections);
    await work.saveCorpus({ defaults: false, files: [{ name: 'a.txt', bytes: bytes('A') }] });
    await work.clear();
    await work.close();
    expect(await saved().load()).toEqual({ corrections: [], actors: [] });
  });
});
