/**
 * One extractor's share of a run: its files → documents (sent to the page in pieces) → one part
 * per document (sent to the assembler in batches). A document the extractor fails on is left
 * out with a warning naming its file; the others go on. Pure of any worker global: the worker
 * entry (extract.worker.ts) gives it its channels, and tests may give it another `extract`.
 */
import { buildCorpus, type CorpusDoc, type InputFile } from '../corpus/corpus.js';
import { extractPart, type DocumentPart } from '../extract/pipeline.js';
import type { Lexicon } from '../lexicon/compile.js';
import { lexiconWith } from './lexicon.js';
import { pieces } from './pieces.js';
import type { ExtractorReply, ExtractorRequest, FileHandle, PartsMessage } from './protocol.js';
import { readBatch } from './read-batch.js';

export interface ShardChannels {
  /** To the page. */
  reply: (message: ExtractorReply) => void;
  /** To the assembler. */
  parts: (message: PartsMessage) => void;
  extract?: (doc: CorpusDoc, lexicon: Lexicon) => DocumentPart;
}

/** Documents' text per message to the page (characters). */
const TEXT_PER_MESSAGE = 128 * 1024;
const WARNINGS_PER_MESSAGE = 1000;
/** A document this long is announced before it is extracted: the page then expects a longer silence. */
export const LONG_DOCUMENT = 100 * 1024;
const PARTS_EVERY_MS = 100;

export function createShard(channels: ShardChannels): (request: ExtractorRequest) => void {
  const extract = channels.extract ?? extractPart;
  const runs = new Map<number, { files: InputFile[]; unread: string[]; reading: Promise<void>[] }>();
  const runOf = (id: number) => {
    let r = runs.get(id);
    if (!r) runs.set(id, (r = { files: [], unread: [], reading: [] }));
    return r;
  };
  return (request) => {
    if (request.type === 'files') {
      const r = runOf(request.id);
      const handles: FileHandle[] = [];
      for (const f of request.files) {
        if ('bytes' in f) r.files.push(f);
        else handles.push(f);
      }
      if (handles.length)
        r.reading.push(
          readBatch(handles.map((h) => h.blob)).then((outcomes) =>
            outcomes.forEach((outcome, i) => {
              const { name } = handles[i]!;
              if (outcome.ok) r.files.push({ name, bytes: new Uint8Array(outcome.buffer) });
              else r.unread.push(`${name}: ${outcome.reason}`);
            }),
          ),
        );
    } else if (request.type === 'extract') {
      const r = runOf(request.id);
      runs.delete(request.id);
      const go = () => {
        try {
          run(request.id, r.files, r.unread, request.docs, lexiconWith(request.lexicon), extract, channels);
        } catch (error) {
          channels.reply({ type: 'error', id: request.id, message: messageOf(error) });
        }
      };
      if (r.reading.length) void Promise.all(r.reading).then(go);
      else go();
    }
  };
}

function run(id: number, files: InputFile[], unread: string[], again: CorpusDoc[], lexicon: Lexicon, extract: NonNullable<ShardChannels['extract']>, { reply, parts }: ShardChannels): void {
  const corpus = files.length ? buildCorpus(files) : { docs: [], warnings: [] };
  const { docs } = corpus;
  const warnings = [...unread, ...corpus.warnings];
  // Documents and warnings go in pieces: one message is read on the page's thread in one go.
  const sends: { docs: CorpusDoc[]; warnings: string[] }[] = [
    ...pieces(docs, (d) => d.text.length, TEXT_PER_MESSAGE).map((chunk) => ({ docs: chunk, warnings: [] })),
    ...pieces(warnings, () => 1, WARNINGS_PER_MESSAGE).map((chunk) => ({ docs: [], warnings: chunk })),
  ];
  if (!sends.length) reply({ type: 'corpus', id, docs: [], text: '', warnings: [], last: true });
  sends.forEach(({ docs: some, warnings: lines }, i) => {
    const pieces = some.map((doc) => inPieces(id, doc, reply));
    // The texts go as one string: on the page, each document's text is a slice of it, which costs
    // its garbage collector one large string to keep rather than a small one per document.
    const text = pieces.map((doc) => doc.text).join('');
    reply({ type: 'corpus', id, docs: pieces.map((doc) => ({ ...doc, text: '' })), text, warnings: lines, last: i === sends.length - 1 });
  });

  const all = [...docs, ...again];
  let batch: DocumentPart[] = [];
  let lastParts = performance.now();
  all.forEach((doc, i) => {
    // Told before each document, the page knows which one a silence is spent on, and for a long
    // one how long a silence to expect.
    reply({ type: 'progress', id, done: i, total: all.length, ...(doc.length >= LONG_DOCUMENT ? { next: { doc: doc.id, length: doc.length } } : {}) });
    try {
      batch.push(extract(doc, lexicon));
    } catch (error) {
      reply({ type: 'warning', id, doc: doc.id, warning: `${doc.file}: the extractor failed on this document (${messageOf(error)}); left out` });
    }
    const now = performance.now();
    if (now - lastParts >= PARTS_EVERY_MS) {
      parts({ type: 'parts', id, parts: batch });
      batch = [];
      lastParts = now;
    }
  });
  if (batch.length) parts({ type: 'parts', id, parts: batch });
  parts({ type: 'shard-done', id });
  reply({ type: 'progress', id, done: all.length, total: all.length });
  reply({ type: 'shard-done', id });
}

/**
 * A document whose text is longer than a message should carry: all of its text but the last
 * piece goes ahead in 'text' messages, and the document follows with that last piece.
 */
function inPieces(id: number, doc: CorpusDoc, reply: ShardChannels['reply']): CorpusDoc {
  if (doc.text.length <= TEXT_PER_MESSAGE) return doc;
  let at = 0;
  for (; at + TEXT_PER_MESSAGE < doc.text.length; at += TEXT_PER_MESSAGE) reply({ type: 'text', id, doc: doc.id, text: doc.text.slice(at, at + TEXT_PER_MESSAGE) });
  return { ...doc, text: doc.text.slice(at) };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
}
