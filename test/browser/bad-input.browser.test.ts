/**
 * Bad files dropped into the corpus view, each beside a good article, onto a corpus that already
 * holds documents: a message naming the file, the good article read, the corpus kept, the page
 * responsive. Fixtures are in test/fixtures/bad-input/, named after their case.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import '../../src/components/corpus.js';
import '../../src/components/network.js';
import '../../src/components/timeline.js';
import type { ReprisalCorpus } from '../../src/components/corpus.js';
import type { CorpusDoc } from '../../src/corpus/corpus.js';
import { CorpusStore } from '../../src/components/state/corpus-store.js';
import { SelectionStore } from '../../src/components/state/selection-store.js';
import { ExtractionClient, type ExtractionHandlers, type ExtractionResult, type KeptPart } from '../../src/worker/client.js';
import type { InputFile } from '../../src/corpus/corpus.js';
import type { LexiconFile } from '../../src/lexicon/types.js';
import { FROZEN_MS, watchMainThread } from './long-tasks.js';
import { deep, deepAll, shoot, until } from './support.js';

const FIXTURES = '/test/fixtures/bad-input';
const KEPT = 'Kept article\n\nJuly 2, 2019\n\nJapan tightened export controls on three chipmaking materials bound for South Korea on Monday.\n';

let store: CorpusStore;
let view: ReprisalCorpus;

async function fixture(path: string, name = path.split('/').pop()!): Promise<File> {
  const response = await fetch(`${FIXTURES}/${path}`);
  expect(response.ok, path).toBe(true);
  return new File([await response.arrayBuffer()], name);
}

/** A drop's data, made before the drop: making it is the test's work, not the page's. */
function transfer(files: File[]): DataTransfer {
  const data = new DataTransfer();
  for (const f of files) data.items.add(f);
  return data;
}

function drop(data: DataTransfer): void {
  const zone = deep<HTMLElement>('.drop', view.shadowRoot!)!;
  zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
  zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
}

const warnings = () => deepAll('.warnings li', view.shadowRoot!).map((li) => li.textContent!.trim());
const listed = (id: string) => deep(`tr[data-doc="${id}"]`, view.shadowRoot!);

/**
 * Drops `files` and waits for the run they start to end. The store is watched rather than
 * polled: a run on a few small files can begin and end between two polls.
 */
async function dropAndSettle(files: File[] | DataTransfer, timeout = 30_000): Promise<void> {
  const data = files instanceof DataTransfer ? files : transfer(files);
  let started = false;
  const stop = store.subscribe((state) => (started ||= state.status === 'extracting'));
  try {
    drop(data);
    await until(() => started && store.state.status !== 'extracting', 'the run to end', timeout);
  } finally {
    stop();
  }
  await view.updateComplete;
}

beforeEach(async () => {
  store = new CorpusStore();
  view = document.createElement('reprisal-corpus');
  view.corpus = store;
  view.store = new SelectionStore();
  document.body.append(view);
  await store.replace([{ name: 'kept.txt', bytes: new TextEncoder().encode(KEPT) }]);
  expect(store.docs.map((d) => d.id)).toEqual(['kept']);
});

afterEach(() => {
  view.remove();
  store.dispose();
});

describe('bad files dropped beside a good one', () => {
  test.each([
    ['binary-file', 'binary-file.txt', 'binary-file.txt: binary file, not text'],
    ['empty-file', 'empty-file.txt', 'empty-file.txt: empty file'],
    ['unsupported-file', 'binary-file.txt', 'scan.pdf: skipped, not a .txt, .md or .html file'],
  ])('%s: one line naming it; the good article read, the corpus kept', async (kase, path, message) => {
    const name = kase === 'unsupported-file' ? 'scan.pdf' : path;
    await dropAndSettle([await fixture(path, name), await fixture('good-article.txt')]);
    expect(store.state.status).toBe('ready');
    expect(warnings()).toEqual([message]);
    expect(store.docs.map((d) => d.id)).toEqual(['good-article', 'kept']);
    expect(listed('good-article') && listed('kept')).toBeTruthy();
  });

  test('invalid-utf8: read with the bad bytes replaced, and said so', async () => {
    await dropAndSettle([await fixture('invalid-utf8.txt'), await fixture('good-article.txt')]);
    expect(warnings()).toEqual(['invalid-utf8.txt: invalid UTF-8: 3 byte sequence(s) replaced by U+FFFD']);
    const doc = store.docs.find((d) => d.id === 'invalid-utf8')!;
    expect(doc.text).toContain('Br\uFFFDssel');
    expect(store.events.events.some((e) => e.mentions.some((m) => m.doc === 'invalid-utf8'))).toBe(true);
    await shoot('bad-input-files', view);
  });

  test('malformed-manifest: the manifest named and ignored; its folder’s articles read', async () => {
    await dropAndSettle([await fixture('malformed-manifest/corpus.json'), await fixture('malformed-manifest/wine-2020.txt')]);
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatch(/^corpus\.json: not valid JSON \(.+\); manifest ignored$/);
    expect(store.docs.map((d) => d.id)).toEqual(['kept', 'wine-2020']);
    expect(store.docs.find((d) => d.id === 'wine-2020')!.published).toBe('2020-11-27');
  });

  test('many-bad-files: 10,000 files dropped at once, nearly all unreadable: the page never freezes, the warnings folded', { timeout: 120_000 }, async () => {
    const good = await fixture('good-article.txt');
    const files = Array.from({ length: 10_000 }, (_, i) =>
      i % 1000 === 0 ? new File([good], `good-${i}.txt`) : i % 2 ? new File([], `empty-${i}.txt`) : new File(['%PDF-1.4'], `scan-${i}.pdf`),
    );
    const data = transfer(files);
    const watch = watchMainThread();
    await dropAndSettle(data, 120_000);
    const { longest, tasks, worstGap } = watch.stop();
    console.log(`10,000 bad files: longest task ${longest.toFixed(0)} ms, ${tasks.length} tasks over 50 ms, worst gap ${worstGap.toFixed(0)} ms`);
    expect(store.state.status).toBe('ready');
    expect(store.state.warnings).toHaveLength(9_990);
    expect(store.state.warnings).toContain('empty-1.txt: empty file');
    expect(store.state.warnings).toContain('scan-2.pdf: skipped, not a .txt, .md or .html file');
    expect(store.docs).toHaveLength(11);
    // Twelve lines shown, the rest folded away until asked for.
    expect(warnings()).toHaveLength(12);
    const details = deep<HTMLDetailsElement>('.warnings details', view.shadowRoot!)!;
    expect(details.querySelector('summary')!.textContent).toBe('9,978 more');
    expect(details.querySelector('.more-warnings')).toBeNull();
    await shoot('bad-input-many-files', view);
    details.open = true;
    await until(() => details.querySelector('.more-warnings'), 'the folded warnings shown');
    const more = details.querySelector('.more-warnings')!.textContent!.split('\n');
    expect(more).toHaveLength(9_978);
    expect(more).toEqual(store.state.warnings.slice(12));
    expect(longest).toBeLessThan(FROZEN_MS);
  });

  test('large-file: a 50 MB article beside a good one is read and handed to the extractor whole, the page never frozen; cancelled, the corpus is as it was', { timeout: 300_000 }, async () => {
    // The documents the workers read, as the page gets them (before extraction ends).
    let read: CorpusDoc[] | undefined;
    class Watching extends ExtractionClient {
      override run(files: readonly InputFile[], parts: readonly KeptPart[], handlers: ExtractionHandlers = {}, lexicon: LexiconFile[] = []): Promise<ExtractionResult> {
        return super.run(files, parts, { ...handlers, onCorpus: (docs, warnings) => ((read = docs), handlers.onCorpus?.(docs, warnings)) }, lexicon);
      }
    }
    view.remove();
    store.dispose();
    store = new CorpusStore(new Watching());
    view = document.createElement('reprisal-corpus');
    view.corpus = store;
    view.store = new SelectionStore();
    document.body.append(view);
    await store.replace([{ name: 'kept.txt', bytes: new TextEncoder().encode(KEPT) }]);
    const { docs, events } = store.state;
    read = undefined;

    const seed = await (await fetch('/seeds/002_5ee8a384c6710020.txt')).text();
    const big = `Japan tightens export controls\n\nJuly 2, 2019\n\n${`${seed}\n\n`.repeat(Math.ceil(50e6 / (seed.length + 2)))}`;
    const data = transfer([new File([big], 'big.txt'), await fixture('good-article.txt')]);
    const watch = watchMainThread();
    drop(data);
    await until(() => read, 'the documents read', 240_000);
    await until(() => store.state.progress?.phase === 'extracting' && store.state.progress.total === 2, 'extraction under way');
    await view.updateComplete;
    const { longest, tasks, worstGap } = watch.stop();
    console.log(`50 MB file: longest task ${longest.toFixed(0)} ms, ${tasks.length} tasks over 50 ms, worst gap ${worstGap.toFixed(0)} ms`);
    expect(deep('.progress span', view.shadowRoot!)!.textContent).toMatch(/^Extracting [01] of 2 documents…$/);
    await shoot('bad-input-large-file', view);

    const doc = read!.find((d) => d.id === 'big')!;
    expect(doc.length).toBe(big.length);
    expect(doc.text === big).toBe(true);
    expect(read!.map((d) => d.id).sort()).toEqual(['big', 'good-article']);

    await page.elementLocator(deep('button.cancel', view.shadowRoot!)!).click();
    await until(() => store.state.status === 'cancelled', 'the run cancelled');
    expect(store.docs).toBe(docs);
    expect(store.events).toBe(events);
    expect(longest).toBeLessThan(FROZEN_MS);
  });
});

describe('events files that cannot be read', () => {
  test('malformed-events / mistyped-events: a chart given one by src names the file and what is wrong; the chart beside it draws', async () => {
    const box = document.createElement('div');
    box.innerHTML = `
      <reprisal-timeline id="malformed" src="${FIXTURES}/malformed-events.json"></reprisal-timeline>
      <reprisal-network id="mistyped" src="${FIXTURES}/mistyped-events.json"></reprisal-network>
      <reprisal-timeline id="good" src="/test/fixtures/charts.events.json"></reprisal-timeline>`;
    document.body.append(box);
    try {
      const malformed = await until(() => deep('#malformed >>> .error[role="alert"]'), 'the malformed file’s message');
      expect(malformed.textContent).toMatch(/^Could not load \/test\/fixtures\/bad-input\/malformed-events\.json: not valid JSON \(.+\)$/);
      const mistyped = await until(() => deep('#mistyped >>> .error[role="alert"]'), 'the mistyped file’s message');
      expect(mistyped.textContent).toBe('Could not load /test/fixtures/bad-input/mistyped-events.json: events[1] (d1:9): "source" must be a list of actor ids');
      expect(deep('#malformed >>> svg') ?? deep('#mistyped >>> svg')).toBeUndefined();
      await until(() => deep('#good >>> .chart [data-event]'), 'the good file’s timeline');
      await shoot('bad-input-events-file', deep('#mistyped')!);
    } finally {
      box.remove();
    }
  });
});
