import { describe, expect, it } from 'vitest';
import { compileLexicon, LexiconError, parseLexiconFile } from '../../src/lexicon/compile.js';
import { extractSentence } from '../support/extract.js';

const lex = compileLexicon();

describe('measure lexicon', () => {
  // Every trigger row documents itself with an example sentence; each must extract the row's measure.
  const rows = lex.triggerList.filter((t) => t.example);
  it('has an example for every trigger', () => {
    expect(lex.triggerList.filter((t) => !t.example).map((t) => t.id)).toEqual([]);
  });
  // A row's refinements ("ban … from government departments" → procurement-ban) count as its measure too.
  const accepted = (t: (typeof rows)[number]) => [t.measure, ...t.refine.map((r) => r.measure)];
  it.each(rows.map((t) => [t.id, t.example!, accepted(t)] as const))('%s: %s', (_id, example, measures) => {
    const f = extractSentence(example);
    const families = new Set(measures.map((m) => lex.measures.get(m)!.family));
    const found = f.events.map((e) => e.measure ?? '');
    expect(found.some((m) => measures.includes(m) || families.has(lex.measures.get(m)?.family ?? '')), `found ${found.join(', ') || 'nothing'}`).toBe(true);
  });
});

describe('parseLexiconFile', () => {
  it('parseLexiconFile(not json) names the file', () => {
    expect(() => parseLexiconFile('{', 'mine.json')).toThrow(/^mine\.json: not valid JSON/);
  });
  it('parseLexiconFile(unknown section) names it', () => {
    expect(() => parseLexiconFile('{"people": []}', 'mine.json')).toThrow(LexiconError);
  });
  it('parseLexiconFile(bad actor id) names the entry', () => {
    expect(() => parseLexiconFile('{"organisations": [{"id": "ibm", "aliases": ["IBM"]}]}', 'mine.json')).toThrow(/organisations\[0\]/);
  });
  it('compileLexicon(trigger with unknown measure) refuses', () => {
    expect(() => compileLexicon({ triggers: [{ id: 'x', pattern: 'zap~', pos: 'verb', measure: 'zapping' }] })).toThrow(/unknown measure/);
  });
});
