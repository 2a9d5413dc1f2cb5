/**
 * Properties of the extractor (fast-check): whatever text comes in, nothing throws, every mention is
 * true to its text, the same input gives the same output, and deduplication leaves an already
 * deduplicated event alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/corpus.js';
import { cluster } from '../../src/extract/dedup.js';
import { extract, extractPart } from '../../src/extract/pipeline.js';
import { compileLexicon } from '../../src/lexicon/compile.js';

const lex = compileLexicon();

// Words that reach deep into the pipeline (actors, triggers, cues, dates), mixed with any Unicode.
const vocabulary = [
  'China', 'Beijing', 'the US', 'Washington', 'US prosecutors', 'Huawei', 'IBM', 'Korean consumers', "China's commerce ministry",
  'imposed', 'tariffs on', 'banned', 'imports of', 'indicted', 'denied', 'would block', 'if', 'in retaliation for', 'after', 'over the indictment',
  'hit back', 'last week', 'on Monday', 'in May last year', 'On 21 May', 'a week later', 'said', 'that', 'which', ',', '.', '"', '\n', '\n\n',
  'U.S.', 'Corp.', 'Inc', '$34 billion', '25%', 'the WTO', 'entity list', 'not', 'could', 'analysts said', '(', ')', '—', 'é', '中国', '🙂',
];
const word = fc.oneof(fc.constantFrom(...vocabulary), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 }));
const actor = fc.constantFrom('China', 'Beijing', 'The US', 'Washington', 'US prosecutors', 'Huawei', 'IBM', 'Korean consumers', "China's commerce ministry", 'Tokyo', 'Seoul');
const act = fc.constantFrom('imposed tariffs on', 'banned imports from', 'indicted', 'denied the allegations of', 'said it would block', 'added', 'hit back at', 'boycotted', 'summoned the ambassador of', 'filed a WTO complaint against');
const tail = fc.constantFrom('', ' last week', ' on Monday', ' in May last year', ' in retaliation', ' after the US charged Huawei', ' over the indictment', ' if talks fail');
// Well-formed sentences with noise around them: random text alone rarely forms a clause.
const sentence = fc.tuple(actor, act, actor, tail, fc.array(word, { maxLength: 4 })).map(([a, v, b, t, noise]) => `${a} ${v} ${b}${t}. ${noise.join(' ')}`);
const article = fc.array(fc.oneof(sentence, word), { maxLength: 30 }).map((ws) => ws.join(' '));
const files = fc.array(article, { minLength: 1, maxLength: 3 }).map((texts) =>
  texts.map((t, i) => ({ name: `doc${i}.txt`, bytes: new TextEncoder().encode(t) })),
);

describe('extract (properties)', () => {
  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(files, (fs) => {
        extract(buildCorpus(fs).docs);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps every mention and every link evidence true to its text', () => {
    fc.assert(
      fc.property(files, (fs) => {
        const docs = buildCorpus(fs).docs;
        const text = new Map(docs.map((d) => [d.id, d.text]));
        const out = extract(docs);
        for (const m of [...out.events.flatMap((e) => e.mentions), ...out.links.flatMap((l) => (l.evidence ? [l.evidence] : []))]) {
          expect(text.get(m.doc)!.slice(m.start, m.end)).toBe(m.text);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(files, (fs) => {
        const docs = buildCorpus(fs).docs;
        expect(JSON.stringify(extract(docs))).toBe(JSON.stringify(extract(docs)));
      }),
      { numRuns: 80 },
    );
  });

  it('does not split an already deduplicated event', () => {
    fc.assert(
      fc.property(files, (fs) => {
        const candidates = buildCorpus(fs).docs.flatMap((d) => extractPart(d, lex).candidates);
        for (const cl of cluster(candidates, lex)) {
          const again = cluster(cl.members, lex);
          const primary = cl.members.filter((m) => !m.mergeOnly);
          if (primary.length) expect(again.length).toBe(1);
        }
      }),
      { numRuns: 80 },
    );
  });
});

describe('the generated articles', () => {
  it('reach the extractor: some of them report events and links', () => {
    let events = 0;
    fc.assert(
      fc.property(files, (fs) => {
        events += extract(buildCorpus(fs).docs).events.length;
      }),
      { numRuns: 100, seed: 42 },
    );
    expect(events).toBeGreaterThan(10);
  });
});
