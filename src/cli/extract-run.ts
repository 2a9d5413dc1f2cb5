/**
 * A folder → the parts of its documents, in name order, one file at a time: in this thread or on N
 * worker threads. Only parts are kept, never texts, so the corpus never has to fit in memory; with
 * `--format ndjson` the parts are written as they come and nothing at all accumulates.
 */
import { Worker } from 'node:worker_threads';
import { admit, docIdOf, isManifest, readManifest, skipReason } from '../corpus/corpus.js';
import type { ManifestEntry } from '../corpus/manifest.js';
import type { DocumentPart } from '../extract/pipeline.js';
import type { Lexicon } from '../lexicon/compile.js';
import type { LexiconFile } from '../lexicon/types.js';
import { extractEntry, type EntryOutcome } from './extract-entry.js';
import { listFolder, readEntry, type FolderEntry } from './files.js';

export interface RunOptions {
  lexicon: Lexicon;
  /** The user lexicon files, for worker threads to compile the same lexicon. */
  lexiconFiles: LexiconFile[];
  /** Worker threads; 0 or 1 extracts in this thread. */
  workers: number;
  /** The worker's module: lib/extract-worker.js beside the built CLI. */
  workerUrl?: URL;
  say: (line: string) => void;
  progress: boolean;
  /** Each admitted document's part, in name order; awaited, so a slow writer holds extraction back. */
  onPart: (part: DocumentPart) => void | Promise<void>;
}

export interface Job {
  index: number;
  entry: FolderEntry;
  meta?: ManifestEntry;
}

/** How many documents a run may hold finished, waiting for an earlier one, beyond the next due. */
const WINDOW = 256;

/** The number of documents extracted; 0 (after saying why) when nothing could be read. */
export async function extractFolderParts(dir: string, options: RunOptions): Promise<number> {
  const { entries, problems } = listFolder(dir);
  problems.forEach(options.say);
  const manifestEntry = entries.find((e) => isManifest(e.name));
  const manifestFile = manifestEntry ? readEntry(manifestEntry) : undefined;
  if (manifestFile && 'error' in manifestFile) options.say(`${manifestEntry!.path}: ${manifestFile.error}`);
  const manifest = readManifest(manifestFile && !('error' in manifestFile) ? manifestFile : undefined);
  manifest.warnings.forEach(options.say);

  const jobs: Job[] = [];
  for (const entry of entries) {
    if (entry === manifestEntry) continue;
    const skip = skipReason(entry.name);
    if (skip) options.say(`${entry.name}: ${skip}`);
    else jobs.push({ index: jobs.length, entry, meta: manifest.entries.get(docIdOf(entry.name)) });
  }

  const seen = new Set<string>();
  const big = options.progress && jobs.length >= 50;
  const step = Math.max(1, Math.floor(jobs.length / 20));
  const take = async (job: Job, outcome: EntryOutcome) => {
    const read = 'error' in outcome ? outcome : { id: outcome.part.doc.id, warning: outcome.warning };
    const { admitted, message } = admit(read, seen);
    if (message) options.say(`${job.entry.name}: ${message}`);
    if (admitted && 'part' in outcome) await options.onPart(outcome.part);
    const done = job.index + 1;
    if (big && (done % step === 0 || done === jobs.length)) options.say(`extracting ${done}/${jobs.length} files`);
  };

  if (options.workers > 1 && jobs.length > 1) await onThreads(jobs, options, take);
  else for (const job of jobs) await take(job, safely(job, options.lexicon));

  if (!seen.size) options.say(entries.length ? `${dir}: no readable .txt, .md or .html file` : `${dir}: no files found`);
  return seen.size;
}

interface Reply {
  index: number;
  outcome: EntryOutcome;
}

interface Thread {
  worker: Worker;
  inFlight: Set<number>;
}

/** One file in this thread: an exception is that file's error, and the others go on. */
function safely(job: Job, lexicon: Lexicon, threadError?: string): EntryOutcome {
  try {
    return extractEntry(job.entry, job.meta, lexicon);
  } catch (e) {
    return { error: `extraction failed (${(e as Error).message}${threadError ? `; its worker thread: ${threadError}` : ''})` };
  }
}

/**
 * Hands files to worker threads a few at a time and takes their parts back in file order. A thread
 * that dies is replaced, and the files it was reading are read again in this thread, so one bad
 * file is reported by name and the others go on.
 */
async function onThreads(jobs: Job[], options: RunOptions, take: (job: Job, outcome: EntryOutcome) => Promise<void>): Promise<void> {
  const url = options.workerUrl ?? new URL('./extract-worker.js', import.meta.url);
  const fromSource = url.pathname.endsWith('.ts');
  const finished = new Map<number, EntryOutcome>();
  const threads = new Set<Thread>();
  let nextJob = 0;
  let nextDue = 0;

  await new Promise<void>((resolve, reject) => {
    let taking = Promise.resolve();
    let failed = false;
    const stop = () => threads.forEach((t) => void t.worker.terminate());
    const fail = (e: unknown) => {
      if (failed) return;
      failed = true;
      stop();
      reject(e);
    };
    const feed = (t: Thread) => {
      while (t.inFlight.size < 4 && nextJob < jobs.length && nextJob < nextDue + WINDOW) {
        const job = jobs[nextJob++]!;
        t.inFlight.add(job.index);
        t.worker.postMessage(job);
      }
    };
    // Parts are handed on strictly in order, each once the one before has been taken.
    const settle = (index: number, outcome: EntryOutcome) => {
      finished.set(index, outcome);
      while (finished.has(nextDue)) {
        const due = nextDue++;
        const result = finished.get(due)!;
        finished.delete(due);
        taking = taking.then(() => take(jobs[due]!, result));
        taking.catch(fail);
      }
      if (nextDue === jobs.length) {
        stop();
        taking.then(() => resolve(), fail);
      } else threads.forEach(feed);
    };
    const start = () => {
      const t: Thread = {
        worker: new Worker(url, { workerData: { lexiconFiles: options.lexiconFiles }, ...(fromSource ? { execArgv: ['--import', 'tsx'] } : {}) }),
        inFlight: new Set(),
      };
      threads.add(t);
      t.worker.on('message', ({ index, outcome }: Reply) => {
        t.inFlight.delete(index);
        settle(index, outcome);
      });
      t.worker.on('error', (e) => {
        threads.delete(t);
        const lost = [...t.inFlight];
        t.inFlight.clear();
        if (failed) return;
        if (nextDue + lost.length < jobs.length) start();
        for (const index of lost) settle(index, safely(jobs[index]!, options.lexicon, e.message));
      });
      feed(t);
    };
    for (let i = 0; i < Math.min(options.workers, jobs.length); i++) start();
  });
}
