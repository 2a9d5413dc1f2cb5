/**
 * Event data in the explorer, without the worker: which dropped files are event data, how the
 * events of several files become one file, and what the import store does with a drop (imports
 * the event data into the corpus, hands the articles back, keeps the corpus when nothing could be
 * read, and says what happened when the import is cancelled or fails).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { CorpusStore } from '../../src/components/state/corpus-store.js';
import { refOf } from '../../src/corrections/apply.js';
import { ImportStore } from '../../src/components/state/import-store.js';
import type { EventsFile } from '../../src/events/types.js';
import { combineEventsFiles } from '../../src/formats/combine.js';
import { importGdelt } from '../../src/formats/gdelt-import.js';
import { importPolecat } from '../../src/formats/polecat-import.js';
import { eventDataFormat, ImportCancelled, type ImportClient, type ImportedEvents, type ImportProgress } from '../../src/worker/import-client.js';
import type { ExtractionClient } from '../../src/worker/client.js';

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
const gdeltText = read('../fixtures/gdelt/trade-dispute.export.CSV');
const gdelt = importGdelt(gdeltText).events;
const polecat = importPolecat(read('../fixtures/polecat/trade-dispute.ngec.jsonl')).events;

test('event data is known by its name: GDELT exports are .CSV (or .tsv), POLECAT and PLOVER files JSON lines', () => {
  expect(['20190516000000.export.CSV', 'folder/day.csv', 'x.TSV'].map(eventDataFormat)).toEqual(['gdelt', 'gdelt', 'gdelt']);
  expect(['polecat-2022.jsonl', 'a/b.ndjson'].map(eventDataFormat)).toEqual(['polecat', 'polecat']);
  expect(['article.txt', 'corpus.json', 'page.html', 'export.CSV.zip', 'csv'].map(eventDataFormat)).toEqual([undefined, undefined, undefined, undefined, undefined]);
});

describe('combineEventsFiles', () => {
  test('one file is itself', () => {
    expect(combineEventsFiles([gdelt]).file).toBe(gdelt);
  });

  test('documents and actors by id, events in file order, an event id in two files kept once', () => {
    const { file, repeated } = combineEventsFiles([gdelt, polecat, gdelt]);
    expect(repeated).toBe(gdelt.events.length);
    expect(file.events).toEqual([...gdelt.events, ...polecat.events]);
    expect(file.documents.map((d) => d.id)).toEqual([...new Set([...gdelt.documents, ...polecat.documents].map((d) => d.id))].sort());
    expect(file.actors.map((a) => a.id)).toEqual([...new Set([...gdelt.actors, ...polecat.actors].map((a) => a.id))].sort());
    const usGov = file.actors.filter((a) => a.id === 'USA.GOV');
    expect(usGov).toEqual([gdelt.actors.find((a) => a.id === 'USA.GOV')]);
  });
});

/** Answers with the files' events as the worker would, or as told. */
class FakeImports {
  calls: string[][] = [];
  next: ((files: File[]) => Promise<ImportedEvents>) | undefined;
  #reject: ((error: Error) => void) | undefined;

  run(files: readonly { file: File; format: string }[], onProgress?: (p: ImportProgress) => void): Promise<ImportedEvents> {
    this.calls.push(files.map((f) => `${f.format}:${f.file.name}`));
    onProgress?.({ bytes: 1, total: 2, rows: 10 });
    if (this.next) return this.next(files.map((f) => f.file));
    return new Promise((resolve, reject) => {
      this.#reject = reject;
      void Promise.all(files.map((f) => f.file.text())).then((texts) => {
        const parts = files.map((f, i) => (f.format === 'gdelt' ? importGdelt(texts[i]!, { file: f.file.name }) : importPolecat(texts[i]!, { file: f.file.name })));
        const { file } = combineEventsFiles(parts.map((p) => p.events));
        resolve({ events: file, docs: file.documents.map((d) => ({ ...d, text: '', file: 'x', excluded: [] })), lines: [`${parts.length} files read`] });
      });
    });
  }

  cancel(): void {
    this.#reject?.(new ImportCancelled());
  }
}

/** A corpus store whose extraction never runs (its events come from imports here). */
function corpus(): CorpusStore {
  const client = { run: () => Promise.reject(new Error('no extraction here')), cancel() {}, dispose() {} } as unknown as ExtractionClient;
  return new CorpusStore(client);
}

const picked = (name: string, text: string) => ({ file: new File([text], name), path: name });

describe('ImportStore.take', () => {
  test('imports the event-data files of a drop into the corpus and hands back nothing else', async () => {
    const fake = new FakeImports();
    const imports = new ImportStore(fake as unknown as ImportClient);
    const store = corpus();
    const seen: string[] = [];
    imports.subscribe((s) => seen.push(s.status));
    const rest = await imports.take([picked('day.export.CSV', gdeltText)], store);
    expect(rest).toEqual([]);
    expect(fake.calls).toEqual([['gdelt:day.export.CSV']]);
    expect(store.state.status).toBe('ready');
    expect(store.events.events).toEqual(gdelt.events);
    expect(store.docs).toHaveLength(gdelt.documents.length);
    expect(imports.state).toMatchObject({ status: 'done', files: 'day.export.CSV', lines: ['1 files read'] });
    expect(seen[0]).toBe('importing');
  });

  test('a drop of articles only is handed back untouched, and nothing is imported', async () => {
    const fake = new FakeImports();
    const imports = new ImportStore(fake as unknown as ImportClient);
    const files = [picked('a.txt', 'An article.'), picked('corpus.json', '{}')];
    expect(await imports.take(files, corpus())).toEqual(files);
    expect(fake.calls).toEqual([]);
    expect(imports.state.status).toBe('idle');
  });

  test('a drop mixing event data and articles imports the event data and says the articles were not read', async () => {
    const imports = new ImportStore(new FakeImports() as unknown as ImportClient);
    const store = corpus();
    const rest = await imports.take([picked('a.txt', 'An article.'), picked('p.jsonl', read('../fixtures/polecat/trade-dispute.ngec.jsonl')), picked('b.txt', 'Another.')], store);
    expect(rest).toEqual([]);
    expect(store.events.events).toHaveLength(polecat.events.length);
    expect(imports.state.lines.at(-1)).toBe('2 other files were not read: drop articles on their own (importing p.jsonl replaced the corpus)');
  });

  test('files that give no event leave the corpus as it was, and say so', async () => {
    const imports = new ImportStore(new FakeImports() as unknown as ImportClient);
    const store = corpus();
    await imports.take([picked('day.export.CSV', gdeltText)], store);
    const before = store.events;
    await imports.take([picked('notes.csv', 'title,author\nA,B\n')], store);
    expect(store.events).toBe(before);
    expect(imports.state).toMatchObject({ status: 'empty' });
    expect(imports.state.lines.at(-1)).toBe('No events in notes.csv: the corpus is as it was.');
  });

  test('cancelled or failed, the corpus is as it was and the page is told why', async () => {
    const fake = new FakeImports();
    const imports = new ImportStore(fake as unknown as ImportClient);
    const store = corpus();
    const before = store.events;
    fake.next = () => Promise.reject(new ImportCancelled());
    await imports.take([picked('big.export.CSV', gdeltText)], store);
    expect(imports.state).toMatchObject({ status: 'cancelled', message: 'Import of big.export.CSV cancelled; the corpus is as it was.' });
    fake.next = () => Promise.reject(new Error('big.export.CSV: cannot be read (NotReadableError)'));
    await imports.take([picked('big.export.CSV', gdeltText)], store);
    expect(imports.state).toMatchObject({ status: 'error', message: 'big.export.CSV: cannot be read (NotReadableError)' });
    expect(store.events).toBe(before);
  });
});

describe('CorpusStore.showImported', () => {
  test('the imported events become the corpus, with the corrections applied to them', async () => {
    const store = corpus();
    const [first] = polecat.events;
    store.corrections.add({ op: 'delete', event: refOf(first!) });
    const docs = polecat.documents.map((d) => ({ ...d, text: '', file: 'stories.jsonl', excluded: [] }));
    const shown = store.showImported(polecat as EventsFile, docs);
    expect(store.state.status).toBe('ready');
    expect(store.state.extracted).toBe(polecat);
    expect(store.docs).toBe(docs);
    expect(shown.events.map((e) => e.id)).toEqual(polecat.events.slice(1).map((e) => e.id));
    expect(await store.loaded()).toBe(shown);
    // Nothing to extract again: the analyst's actors leave the imported events as they are.
    expect(await store.setActors([{ id: 'CHN.BUS.HUAWEI', name: 'Huawei', aliases: ['Huawei'] }])).toBeUndefined();
    expect(store.events).toBe(shown);
  });
});
