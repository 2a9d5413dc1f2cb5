/**
 * The extractor off the page's thread: files → documents → one part per document (reported as
 * each is done) → the events file. Cancelling terminates the worker (see client.ts), so no
 * cancel message is needed here.
 */
import { buildCorpus } from '../corpus/corpus.js';
import { compileLexicon, type Lexicon } from '../lexicon/compile.js';
import type { LexiconFile } from '../lexicon/types.js';
import { assemble, extractPart, type DocumentPart } from '../extract/pipeline.js';
import type { ExtractRequest, WorkerReply } from './protocol.js';

/** The lexicon last compiled, kept while the analyst's own entries stay the same. */
let compiled: { key: string; lexicon: Lexicon } | undefined;
const post = (reply: WorkerReply) => (self as unknown as Worker).postMessage(reply);

self.addEventListener('message', (event: MessageEvent<ExtractRequest>) => {
  const request = event.data;
  if (request?.type !== 'extract') return;
  try {
    run(request);
  } catch (error) {
    post({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
});

function lexiconWith(extra: LexiconFile[] = []): Lexicon {
  const key = JSON.stringify(extra);
  if (compiled?.key !== key) compiled = { key, lexicon: compileLexicon(...extra) };
  return compiled.lexicon;
}

function run({ id, files, parts, lexicon: extra }: ExtractRequest): void {
  const lexicon = lexiconWith(extra);
  const { docs, warnings } = buildCorpus(files);
  post({ type: 'corpus', id, docs, warnings });
  const fresh: DocumentPart[] = [];
  docs.forEach((doc, i) => {
    const part = extractPart(doc, lexicon);
    fresh.push(part);
    post({ type: 'progress', id, done: i + 1, total: docs.length, doc: doc.id, part });
  });
  // A new file with the id of a kept document replaces it.
  const ids = new Set(fresh.map((p) => p.doc.id));
  const all = [...parts.filter((p) => !ids.has(p.doc.id)), ...fresh];
  post({ type: 'done', id, events: assemble(all, lexicon) });
}
