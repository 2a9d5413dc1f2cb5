/**
 * A worker thread of `reprisal extract --workers N`: compiles the same lexicon as the main thread,
 * then turns each file it is handed into its document's part. An exception in one file is that
 * file's error, not the thread's end.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { compileLexicon } from '../lexicon/compile.js';
import type { LexiconFile } from '../lexicon/types.js';
import { extractEntry, type EntryOutcome } from './extract-entry.js';
import type { Job } from './extract-run.js';

const lexicon = compileLexicon(...(workerData as { lexiconFiles: LexiconFile[] }).lexiconFiles);

parentPort!.on('message', (job: Job) => {
  let outcome: EntryOutcome;
  try {
    outcome = extractEntry(job.entry, job.meta, lexicon);
  } catch (e) {
    outcome = { error: `extraction failed (${(e as Error).message})` };
  }
  parentPort!.postMessage({ index: job.index, outcome });
});
