/**
 * An extractor's share of a run, as its worker runs it (createShard with the worker's channels
 * replaced by lists): a long document's text goes to the page in pieces, and a large file may
 * come as the File it was read from (a handle), which the extractor reads itself.
 */
import { mkdtempSync, openAsBlob, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCorpus, type CorpusDoc } from '../../src/corpus/corpus.js';
import type { DocumentPart } from '../../src/extract/pipeline.js';
import type { ExtractorReply, ExtractorRequest } from '../../src/worker/protocol.js';
import { createShard } from '../../src/worker/shard.js';

const encode = (s: string) => new TextEncoder().encode(s);
const ARTICLE = 'Ban\n\nMay 31, 2014\n\nChina banned Windows 8 on government computers on Tuesday, in retaliation for the indictment.\n';

/** A shard whose extractor only notes the documents it was given; the replies, and a promise of its end. */
function shard() {
  const replies: ExtractorReply[] = [];
  const extracted: CorpusDoc[] = [];
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const handle = createShard({
    reply: (m) => {
      replies.push(m);
      if (m.type === 'shard-done') finish();
    },
    parts: () => undefined,
    extract: (doc) => (extracted.push(doc), { doc } as unknown as DocumentPart),
  });
  return { replies, extracted, done, handle: (r: ExtractorRequest) => handle(r) };
}

/** The documents as the page puts them back together from the replies (as client.ts does). */
function docsFrom(replies: ExtractorReply[]): CorpusDoc[] {
  const pieces = new Map<string, string>();
  const docs: CorpusDoc[] = [];
  for (const r of replies) {
    if (r.type === 'text') pieces.set(r.doc, (pieces.get(r.doc) ?? '') + r.text);
    if (r.type === 'corpus') {
      let at = 0;
      for (const d of r.docs) {
        const before = pieces.get(d.id) ?? '';
        const own = d.length - before.length;
        docs.push({ ...d, text: before + r.text.slice(at, at + own) });
        at += own;
      }
    }
  }
  return docs;
}

describe('an extractor’s share of a run', () => {
  test('a long document’s text goes to the page in pieces that make it up again; short ones whole', async () => {
    const long = `Long read\n\nMay 31, 2014\n\n${'China banned Windows 8 on government computers. '.repeat(20_000)}\n`;
    const files = [
      { name: 'long.txt', bytes: encode(long) },
      { name: 'short.txt', bytes: encode(ARTICLE) },
    ];
    const { replies, done, handle } = shard();
    handle({ type: 'files', id: 1, files });
    handle({ type: 'extract', id: 1, docs: [], lexicon: [] });
    await done;
    const texts = replies.filter((r) => r.type === 'text');
    expect(texts.length).toBeGreaterThan(3);
    expect(texts.every((r) => r.type === 'text' && r.doc === 'long' && r.text.length <= 128 * 1024)).toBe(true);
    const corpus = replies.flatMap((r) => (r.type === 'corpus' ? [r] : []));
    expect(corpus.every((r) => r.docs.every((d) => d.text === ''))).toBe(true);
    expect(corpus.find((r) => r.docs.some((d) => d.id === 'long'))!.text.length).toBeLessThanOrEqual(128 * 1024);
    expect(docsFrom(replies)).toEqual(buildCorpus(files).docs);
  });

  test('a file sent as a handle is read from it, as if its bytes had come; one that cannot be read is named', async () => {
    // A file on disk that changes after it was picked can no longer be read through its handle.
    const dir = mkdtempSync(join(tmpdir(), 'reprisal-shard-'));
    writeFileSync(join(dir, 'moved.txt'), ARTICLE);
    const gone = await openAsBlob(join(dir, 'moved.txt'));
    writeFileSync(join(dir, 'moved.txt'), `${ARTICLE}\nUpdated.`);
    const { replies, extracted, done, handle } = shard();
    handle({ type: 'files', id: 2, files: [{ name: 'big.txt', blob: new Blob([ARTICLE]) }, { name: 'moved.txt', blob: gone }, { name: 'short.txt', bytes: encode(ARTICLE) }] });
    handle({ type: 'extract', id: 2, docs: [], lexicon: [] });
    await done;
    expect(extracted.map((d) => d.id)).toEqual(['big', 'short']);
    expect(docsFrom(replies).find((d) => d.id === 'big')).toEqual(buildCorpus([{ name: 'big.txt', bytes: encode(ARTICLE) }]).docs[0]);
    const warnings = replies.flatMap((r) => (r.type === 'corpus' ? r.warnings : []));
    expect(warnings).toEqual(['moved.txt: could not be read: the browser was not allowed to, or it changed while being read']);
  });
});
