/**
 * A large corpus dropped into the explorer: 10,000 generated articles of about 4 KB (the bench's
 * seeded generator, bench/generate.ts), as a reader drops a folder's files. They are read and
 * extracted in workers, with progress and cancel, and the page never freezes from the drop until
 * the corpus lists them: its long tasks (the Long Tasks API) are logged against the 50 ms budget
 * and none may reach a second (see long-tasks.ts). The views then drawn on the whole corpus are
 * measured too, and logged: drawing them is the charts' work.
 *
 * Then extraction workers that fail: one that crashes, one caught in an endless loop, one that
 * dies without a word. Each is reported, naming what it was reading; the corpus already loaded
 * stays as it was; and Try again extracts the files once the workers are sound.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { corpusFiles, generateArticles } from '../../bench/generate.js';
import { bundledSources } from '../../bench/sources/vite.js';
import '../../src/app/app.js';
import '../../src/app/theme.css';
import type { InputFile } from '../../src/corpus/corpus.js';
import { CorpusStore, sharedCorpus } from '../../src/components/state/corpus-store.js';
import { SelectionStore } from '../../src/components/state/selection-store.js';
import '../../src/components/corpus.js';
import { ExtractionClient, type WorkerFactory } from '../../src/worker/client.js';
import type { GenerateRequest } from './generate-files.worker.js';
import { FROZEN_MS, watchMainThread } from './long-tasks.js';
import { deep, settle, shoot, until } from './support.js';

const COUNT = 10_000;
const CHARTS = ['reprisal-network', 'reprisal-timeline', 'reprisal-chains'];

/** The files of `articles` generated articles, as a drop hands them over (made in a worker, before the clock starts). */
async function transfer(articles: number, seed: number): Promise<{ data: DataTransfer; bytes: number }> {
  const worker = new Worker(new URL('./generate-files.worker.ts', import.meta.url), { type: 'module' });
  try {
    const { files, bytes } = await new Promise<{ files: File[]; bytes: number }>((resolve, reject) => {
      worker.onmessage = (event) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(`the generator failed: ${event.message}`));
      worker.postMessage({ seed, count: articles, folder: `large-${seed}` } satisfies GenerateRequest);
    });
    const data = new DataTransfer();
    for (const f of files) data.items.add(f);
    return { data, bytes };
  } finally {
    worker.terminate();
  }
}

function drop(corpus: HTMLElement, data: DataTransfer): void {
  const zone = deep<HTMLElement>('.drop', corpus.shadowRoot!)!;
  zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
  zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
}

const drawnCount = (tag: string) => Number(deep<HTMLElement>(tag)?.dataset.drawn ?? 0);

describe(`a corpus of ${COUNT.toLocaleString('en')} articles dropped into the explorer`, () => {
  let app: HTMLElement;

  beforeAll(async () => {
    localStorage.clear();
    history.replaceState(null, '', '#/notebook/byo');
    app = document.createElement('reprisal-app');
    document.body.append(app);
    await sharedCorpus().loaded();
    await until(() => deep('reprisal-corpus') && deep('reprisal-network >>> svg') && deep('reprisal-chains >>> svg'), 'the byo notebook drawn', 60_000);
  });

  afterAll(async () => {
    // Back to the built-in corpus, as the page keeps it for the next visit (and the next test file).
    await sharedCorpus().restore();
    app.remove();
  });

  test('read and extracted in the workers with progress; the page never frozen until the corpus lists them', { timeout: 1_800_000 }, async () => {
    const store = sharedCorpus();
    const corpus = deep<HTMLElement>('reprisal-corpus')!;
    const before = store.docs.length;
    const drawn = CHARTS.map((tag) => [tag, drawnCount(tag)] as const);
    const { data, bytes } = await transfer(COUNT, 11);
    let readyAt = Infinity;
    const stop = store.subscribe((state) => {
      if (state.status === 'ready' && state.docs.length >= before + COUNT) readyAt = Math.min(readyAt, performance.now());
    });
    await settle();

    const watch = watchMainThread();
    const t0 = performance.now();
    drop(corpus, data);
    const reading = await until(() => deep<HTMLProgressElement>('progress[aria-label="Reading the files"]', corpus.shadowRoot!), 'the files being read');
    expect(reading.max).toBe(COUNT + 1); // and the manifest
    const bar = await until(() => deep<HTMLProgressElement>('progress[aria-label="Extraction progress"]', corpus.shadowRoot!), 'the extraction’s progress bar', 120_000);
    await until(() => bar.value > 0 && bar.max >= COUNT, 'progress through the documents', 300_000);
    const seen = { value: bar.value, text: deep('.progress span', corpus.shadowRoot!)!.textContent! };
    expect(seen.text).toMatch(/^Extracting [\d,]+ of 10,0\d\d documents…$/);
    expect(deep('button.cancel', corpus.shadowRoot!)).toBeTruthy();
    await until(() => readyAt < Infinity, 'the extraction to end', 1_500_000);
    const tExtracted = performance.now();
    await until(() => deep(`caption`, corpus.shadowRoot!)?.textContent?.includes(`${(before + COUNT).toLocaleString('en')} documents`), 'the corpus to list them');
    await until(() => drawn.every(([tag, n]) => drawnCount(tag) > n), 'every chart drawn again', 600_000);
    await until(() => deep('reprisal-events >>> tbody tr'), 'the events table');
    await settle();
    const tDrawn = performance.now();
    const { tasks, worstGap } = watch.stop();
    stop();

    const during = tasks.filter((t) => t.start <= readyAt);
    const after = tasks.filter((t) => t.start > readyAt);
    const longest = Math.max(0, ...during.map((t) => t.duration));
    const events = store.events.events.length;
    console.log(
      `large corpus: ${COUNT} articles, ${(bytes / 1e6).toFixed(1)} MB, ${events} events; progress seen at ${seen.value}; ` +
        `extracted in ${((tExtracted - t0) / 1000).toFixed(1)} s, views drawn after ${((tDrawn - t0) / 1000).toFixed(1)} s. ` +
        `Drop → listed: longest task ${longest.toFixed(0)} ms, ${during.length} over 50 ms (${during.map((t) => `${t.duration.toFixed(0)} at ${((t.start - t0) / 1000).toFixed(1)} s`).join(', ')}). ` +
        `Views drawn afterwards: longest task ${Math.max(0, ...after.map((t) => t.duration)).toFixed(0)} ms, ${after.length} over 50 ms (${after.map((t) => t.duration.toFixed(0)).join(', ')}); worst gap overall ${worstGap.toFixed(0)} ms`,
    );
    expect(store.docs.length).toBe(before + COUNT);
    expect(events).toBeGreaterThan(COUNT);
    await shoot('large-corpus', corpus);
    expect(longest).toBeLessThan(FROZEN_MS);
  });

  test('dropped again and cancelled: the workers stop and the corpus is as it was', { timeout: 600_000 }, async () => {
    const store = sharedCorpus();
    const corpus = deep<HTMLElement>('reprisal-corpus')!;
    const { docs, events } = store.state;
    const { data } = await transfer(2_000, 12);
    drop(corpus, data);
    const bar = await until(() => deep<HTMLProgressElement>('progress[aria-label="Extraction progress"]', corpus.shadowRoot!), 'the extraction’s progress bar', 120_000);
    await until(() => bar.value > 0, 'progress through the documents', 300_000);
    await page.elementLocator(deep('button.cancel', corpus.shadowRoot!)!).click();
    await until(() => store.state.status === 'cancelled', 'the run cancelled');
    expect(store.state.message).toMatch(/^Cancelled after [\d,]+ of [\d,]+ documents; the corpus is as it was\.$/);
    expect(store.docs).toBe(docs);
    expect(store.events).toBe(events);
    await until(() => deep('.message', corpus.shadowRoot!)?.textContent?.includes('Cancelled'), 'the message');
    expect(deep('progress', corpus.shadowRoot!)).toBeUndefined();
  });
});

describe('an extraction worker that fails', () => {
  const KEPT = 'Kept article\n\nJuly 2, 2019\n\nJapan tightened export controls on three chipmaking materials bound for South Korea on Monday.\n';
  let mode: 'sound' | 'crash' | 'hang' | 'slow' = 'sound';
  let extractors: Worker[] = [];
  const factory: WorkerFactory = (role) => {
    if (role === 'assemble') return new Worker(new URL('../../src/worker/assemble.worker.ts', import.meta.url), { type: 'module' });
    const worker =
      mode === 'sound'
        ? new Worker(new URL('../../src/worker/extract.worker.ts', import.meta.url), { type: 'module' })
        : new Worker(new URL('./failing-extract.worker.ts', import.meta.url), { type: 'module', name: mode });
    extractors.push(worker);
    return worker;
  };
  // Silent this long, an extractor is taken for stuck: long enough for a new worker to load its
  // modules from the dev server on a busy machine.
  const client = new ExtractionClient({ factory, stallMs: 10_000 });
  const store = new CorpusStore(client);
  let view: HTMLElement & { corpus?: CorpusStore; store?: SelectionStore };

  beforeAll(() => {
    view = document.createElement('reprisal-corpus');
    view.corpus = store;
    view.store = new SelectionStore();
    document.body.append(view);
  });

  afterAll(() => {
    view.remove();
    store.dispose();
  });

  /** 300 generated articles (enough to take the extractor a while), one of them marked to hang it. */
  function articles(seed: number): { files: File[]; marked: string } {
    const files: InputFile[] = corpusFiles(generateArticles({ seed, count: 300, sources: bundledSources() }), `failing-${seed}`);
    const i = files.findIndex((f) => f.name.endsWith('.txt'));
    const text = new TextDecoder().decode(files[i]!.bytes).replace(/\n\n/, '\n\nHANG HERE\n\n');
    files[i] = { name: files[i]!.name, bytes: new TextEncoder().encode(text) };
    return { files: files.map((f) => new File([f.bytes as BlobPart], f.name.split('/').pop()!)), marked: files[i]!.name.split('/').pop()! };
  }

  test.each([
    ['crash', /^The extraction worker failed while reading .+ \(.*the extractor crashed\)\. The corpus is as it was; try again\.$/],
    ['hang', /^The extractor stopped answering while reading .+\.txt \(nothing for \d+ s\), so it was stopped\. The corpus is as it was; try again, perhaps without that file\.$/],
    ['death', /^The extractor stopped answering while reading .+ \(nothing for \d+ s\), so it was stopped\. The corpus is as it was; try again, perhaps without that file\.$/],
  ] as const)('%s: reported, naming what it was reading; the corpus stays; Try again extracts the files', { timeout: 300_000 }, async (kind, message) => {
    mode = 'sound';
    await store.replace([{ name: 'kept.txt', bytes: new TextEncoder().encode(KEPT) }]);
    const { docs, events } = store.state;
    // New workers for this run, of the kind this case asks for.
    client.dispose();
    extractors = [];
    // A dying worker is a slow one killed mid-run: a sound one may finish before it is killed.
    mode = kind === 'death' ? 'slow' : kind;
    const { files, marked } = articles(kind.length);
    const data = new DataTransfer();
    for (const f of files) data.items.add(f);
    const zone = deep<HTMLElement>('.drop', view.shadowRoot!)!;
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    if (kind === 'death') {
      // Dies mid-extraction without a word, as a worker the browser kills (out of memory) does.
      await until(() => store.state.status === 'extracting' && (store.state.progress?.done ?? 0) > 0, 'extraction under way', 120_000);
      extractors.forEach((w) => w.terminate());
    }
    await until(() => store.state.status === 'error', 'the failure reported', 120_000);
    expect(store.state.message).toMatch(message);
    if (kind === 'hang') expect(store.state.message).toContain(`while reading ${marked} `);
    expect(store.docs).toBe(docs);
    expect(store.events).toBe(events);
    const alert = await until(() => deep('.message[role="alert"]', view.shadowRoot!), 'the message on the page');
    expect(alert.textContent).toContain(store.state.message!);
    expect(deep('tr[data-doc="kept"]', view.shadowRoot!)).toBeTruthy();
    await shoot(`worker-${kind}`, view);

    // Sound workers again: Try again reads the same files.
    mode = 'sound';
    await page.elementLocator(deep('button.retry', view.shadowRoot!)!).click();
    await until(() => store.state.status === 'ready', 'the files extracted', 240_000);
    expect(store.docs.length).toBe(docs.length + 300);
    expect(store.docs.some((d) => d.id === 'kept')).toBe(true);
  });
});
