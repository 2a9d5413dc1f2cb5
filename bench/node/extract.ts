/**
 * One size of the extraction benchmark, in its own process (so its peak memory is its own):
 * the whole pipeline (per-document extraction, dates, deduplication, links), in this thread or
 * on N worker threads (documents shared out, parts assembled once here).
 *
 *   node --expose-gc extract.mjs --size 1000 --seed 1 --runs 5 [--workers 2] [--budget SECONDS] [--min-runs 2] [--events-out FILE]
 *     [--shards-out DIR --shards 10]
 *
 * A warm-up on the first 200 documents (1,000 for the largest corpus) comes first; then timed runs, stopping early (after at
 * least --min-runs) once the budget is spent. `--shards-out` writes the last run's parts as N
 * `reprisal-reports/1` shards for the merge benchmark (merge.ts), after the timing.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { CorpusDoc } from '../../src/corpus/corpus.js';
import type { EventsFile } from '../../src/events/types.js';
import { assemble, extractPart, type DocumentPart } from '../../src/extract/pipeline.js';
import { headerLine, partLines } from '../../src/extract/reports.js';
import { compileLexicon } from '../../src/lexicon/compile.js';
import { benchCorpus, flags, forceGc, report } from './corpus.js';

export interface ExtractRun {
  ms: number;
  /** Per-document extraction (all documents), ms. */
  docsMs: number;
  /** Deduplication, links and actors over the whole corpus, ms. */
  assembleMs: number;
  /** The largest heap seen during the run, MB (sampled every 50 documents and at the end). */
  heapPeakMb: number;
}

export interface ExtractResult {
  size: number;
  workers: number;
  bytes: number;
  readMs: number;
  /** The warm-up (the first 200 or 1,000 documents, on a fresh process or pool): ms. */
  coldMs: number;
  runs: ExtractRun[];
  events: number;
  links: number;
  /** Heap with the corpus loaded, before extracting, MB. */
  heapCorpusMb: number;
  /** Peak resident memory of the whole process, MB. */
  maxRssMb: number;
}

const MB = 1e6;
const args = flags();
const size = Number(args.get('size') ?? 1000);
const seed = Number(args.get('seed') ?? 1);
const runs = Number(args.get('runs') ?? 3);
const workers = Number(args.get('workers') ?? 0);
const budgetMs = Number(args.get('budget') ?? Infinity) * 1000;
const minRuns = Math.max(1, Number(args.get('min-runs') ?? 1));
const eventsOut = args.get('events-out');
const shardsOut = args.get('shards-out');
const shardCount = Number(args.get('shards') ?? 10);

const { docs, bytes, readMs } = benchCorpus(size, seed);
forceGc();
const heapCorpusMb = getHeapStatistics().used_heap_size / MB;
const lexicon = compileLexicon();
const run: Runner = workers > 0 ? await pool(workers) : inThread;

const began = performance.now();
const cold = performance.now();
await run(docs.slice(0, size >= 10_000 ? 1000 : 200));
const coldMs = performance.now() - cold;
const measured: ExtractRun[] = [];
let result: Timed | undefined;
let lastMs = 0;
for (let i = 0; i < runs && (i < minRuns || performance.now() - began + lastMs < budgetMs); i++) {
  // The last run's results let go first, so no run's peak memory holds two runs' worth.
  result = undefined;
  forceGc();
  result = await run(docs);
  measured.push(result.run);
  lastMs = result.run.ms;
}
await run.close?.();
if (eventsOut) writeFileSync(eventsOut, JSON.stringify(result!.file));
if (shardsOut) writeShards(shardsOut, result!.parts, shardCount);
report({
  size,
  workers,
  bytes,
  readMs,
  coldMs,
  runs: measured,
  events: result!.events,
  links: result!.links,
  heapCorpusMb,
  maxRssMb: (process.resourceUsage().maxRSS * 1024) / MB,
} satisfies ExtractResult);

interface Timed {
  run: ExtractRun;
  events: number;
  links: number;
  file: EventsFile;
  parts: DocumentPart[];
}

// Consecutive documents per shard, as a folder split across machines would be.
function writeShards(dir: string, parts: DocumentPart[], n: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const per = Math.ceil(parts.length / n);
  for (let k = 0; k < n; k++) {
    let text = `${headerLine(lexicon.fingerprint)}\n`;
    for (const part of parts.slice(k * per, (k + 1) * per)) text += partLines(part);
    writeFileSync(join(dir, `shard-${String(k).padStart(2, '0')}.ndjson`), text);
  }
}

type Runner = ((docs: CorpusDoc[]) => Promise<Timed>) & { close?: () => Promise<void> };

async function inThread(docs: CorpusDoc[]): Promise<Timed> {
  let heapPeak = 0;
  const sample = () => (heapPeak = Math.max(heapPeak, getHeapStatistics().used_heap_size));
  const start = performance.now();
  // What `extract(docs)` does, its two halves timed apart and the parts kept for --shards-out.
  const parts = docs.map((doc, i) => {
    const part = extractPart(doc, lexicon);
    if ((i + 1) % 50 === 0) sample();
    return part;
  });
  const docsEnd = performance.now();
  const file = assemble(parts, lexicon);
  const end = performance.now();
  sample();
  return { run: { ms: end - start, docsMs: docsEnd - start, assembleMs: end - docsEnd, heapPeakMb: heapPeak / MB }, events: file.events.length, links: file.links.length, file, parts };
}

// Documents go round-robin to the workers, so long and short ones are shared evenly.
async function pool(n: number): Promise<Runner> {
  const threads = await Promise.all(
    Array.from({ length: n }, () => {
      const worker = new Worker(new URL('./extract-worker.mjs', import.meta.url));
      return new Promise<Worker>((resolve, reject) => {
        worker.once('message', () => resolve(worker));
        worker.once('error', reject);
      });
    }),
  );
  let next = 0;
  const runner: Runner = async (docs) => {
    const id = ++next;
    const start = performance.now();
    const shards = threads.map((_, k) => docs.filter((_, i) => i % n === k));
    const parts = await Promise.all(
      threads.map(
        (worker, k) =>
          new Promise<DocumentPart[]>((resolve, reject) => {
            const onMessage = (m: { id: number; parts: DocumentPart[] }) => {
              if (m.id !== id) return;
              worker.off('message', onMessage);
              resolve(m.parts);
            };
            worker.on('message', onMessage);
            worker.once('error', reject);
            worker.postMessage({ id, docs: shards[k] });
          }),
      ),
    );
    const docsEnd = performance.now();
    const heapBefore = getHeapStatistics().used_heap_size;
    const file = assemble(parts.flat(), lexicon);
    const end = performance.now();
    const heapPeak = Math.max(heapBefore, getHeapStatistics().used_heap_size);
    return { run: { ms: end - start, docsMs: docsEnd - start, assembleMs: end - docsEnd, heapPeakMb: heapPeak / MB }, events: file.events.length, links: file.links.length, file, parts: parts.flat() };
  };
  runner.close = async () => {
    await Promise.all(threads.map((t) => t.terminate()));
  };
  return runner;
}
