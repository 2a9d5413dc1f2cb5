/** A worker thread of the 2-worker benchmark: extracts its shard's documents, one part each. */
import { parentPort } from 'node:worker_threads';
import type { CorpusDoc } from '../../src/corpus/corpus.js';
import { extractPart } from '../../src/extract/pipeline.js';
import { compileLexicon } from '../../src/lexicon/compile.js';

const lexicon = compileLexicon();

parentPort!.on('message', ({ id, docs }: { id: number; docs: CorpusDoc[] }) => {
  const parts = docs.map((d) => extractPart(d, lexicon));
  parentPort!.postMessage({ id, parts });
});
parentPort!.postMessage({ ready: true });
