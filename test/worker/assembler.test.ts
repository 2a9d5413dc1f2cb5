import { describe, expect, test } from 'vitest';
import { buildCorpus } from '../../src/corpus/corpus.js';
import { assemble, extractPart, type DocumentPart } from '../../src/extract/pipeline.js';
import { createAssembler } from '../../src/worker/assembler.js';
import { lexiconWith } from '../../src/worker/lexicon.js';
import type { AssemblerReply } from '../../src/worker/protocol.js';
import { createShard } from '../../src/worker/shard.js';

const encode = (s: string) => new TextEncoder().encode(s);
const ARTICLES = {
  'a.txt': 'Tariffs\n\nMay 30, 2014\n\nUS prosecutors indicted five Chinese military officers on Monday.\n',
  'b.txt': 'Ban\n\nMay 31, 2014\n\nChina banned Windows 8 on government computers on Tuesday, in retaliation for the indictment.\n',
  'c.txt': 'Coal\n\nOctober 12, 2020\n\nChina banned imports of Australian coal in October 2020.\n',
};
const files = Object.entries(ARTICLES).map(([name, text]) => ({ name, bytes: encode(text) }));
const parts = (): DocumentPart[] => buildCorpus(files).docs.map((d) => extractPart(d, lexiconWith()));

function assembler() {
  const replies: AssemblerReply[] = [];
  return { replies, a: createAssembler({ reply: (m) => replies.push(m) }) };
}

const eventsOf = (replies: AssemblerReply[], id: number) => replies.flatMap((r) => (r.type === 'events' && r.id === id ? r.events : []));

describe('the assembler', () => {
  test('assembles once every shard is done, the same events file as assemble() in one go', () => {
    const { replies, a } = assembler();
    const [p1, p2, p3] = parts();
    a.parts({ type: 'parts', id: 1, parts: [p1!] });
    a.request({ type: 'assemble', id: 1, keep: [], shards: 2, lexicon: [] });
    a.parts({ type: 'parts', id: 1, parts: [p3!, p2!] });
    a.parts({ type: 'shard-done', id: 1 });
    expect(replies.some((r) => r.type === 'assembled')).toBe(false);
    a.parts({ type: 'shard-done', id: 1 });
    const whole = assemble([p1!, p2!, p3!], lexiconWith());
    expect(eventsOf(replies, 1)).toEqual(whole.events);
    expect(replies.at(-1)).toEqual({ type: 'assembled', id: 1, documents: whole.documents, actors: whole.actors });
  });

  test('a later run assembles its parts with the kept ones it names; a fresh document replaces a kept one', () => {
    const { replies, a } = assembler();
    const [p1, p2, p3] = parts();
    a.request({ type: 'assemble', id: 1, keep: [], shards: 1, lexicon: [] });
    a.parts({ type: 'parts', id: 1, parts: [p1!, p2!] });
    a.parts({ type: 'shard-done', id: 1 });
    a.request({ type: 'assemble', id: 2, keep: ['1/a', '1/b'], shards: 1, lexicon: [] });
    a.parts({ type: 'parts', id: 2, parts: [p3!, p2!] });
    a.parts({ type: 'shard-done', id: 2 });
    expect(eventsOf(replies, 2)).toEqual(assemble([p1!, p2!, p3!], lexiconWith()).events);
    // Only what is kept counts: run 3 keeps a and the b of run 2.
    a.request({ type: 'assemble', id: 3, keep: ['1/a', '2/b'], shards: 0, lexicon: [] });
    expect(eventsOf(replies, 3)).toEqual(assemble([p1!, p2!], lexiconWith()).events);
  });

  test('an aborted run leaves nothing behind; a kept part it never had is an error', () => {
    const { replies, a } = assembler();
    const [p1] = parts();
    a.request({ type: 'assemble', id: 1, keep: [], shards: 1, lexicon: [] });
    a.request({ type: 'abort', id: 1 });
    a.parts({ type: 'parts', id: 1, parts: [p1!] });
    a.parts({ type: 'shard-done', id: 1 });
    expect(replies).toEqual([]);
    a.request({ type: 'assemble', id: 2, keep: ['1/a'], shards: 0, lexicon: [] });
    expect(replies).toEqual([{ type: 'error', id: 2, message: expect.stringMatching(/parts of 1 kept document\(s\) are missing \(1\/a\)/) }]);
  });
});

describe('an extractor’s shard', () => {
  test('a document the extractor fails on is left out with a warning naming its file; the others go on', () => {
    const replies: unknown[] = [];
    const sent: DocumentPart[] = [];
    const handle = createShard({
      reply: (m) => replies.push(m),
      parts: (m) => (m.type === 'parts' ? sent.push(...m.parts) : undefined),
      extract: (doc, lexicon) => {
        if (doc.id === 'b') throw new TypeError('cannot read properties of undefined');
        return extractPart(doc, lexicon);
      },
    });
    handle({ type: 'files', id: 7, files });
    handle({ type: 'extract', id: 7, docs: [], lexicon: [] });
    expect(sent.map((p) => p.doc.id)).toEqual(['a', 'c']);
    expect(replies).toContainEqual({ type: 'warning', id: 7, doc: 'b', warning: 'b.txt: the extractor failed on this document (TypeError: cannot read properties of undefined); left out' });
    expect(replies.at(-1)).toEqual({ type: 'shard-done', id: 7 });
  });
});
