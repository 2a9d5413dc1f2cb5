import { describe, expect, test } from 'vitest';
import { explainReading, parseRule, segments } from '../../src/components/mentions.js';

describe('segments', () => {
  test('segments(text, spans) cuts the text into plain and marked parts that join back to it', () => {
    const text = 'China answered. The US had charged five officers. Then IBM.';
    const parts = segments(text, [{ start: 16, end: 49 }]);
    expect(parts).toEqual([
      { text: 'China answered. ', mark: false },
      { text: 'The US had charged five officers.', mark: true },
      { text: ' Then IBM.', mark: false },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  test('segments(text, spans) merges overlapping spans and clamps ends to the text', () => {
    expect(segments('abcdefgh', [{ start: 5, end: 99 }, { start: 1, end: 3 }, { start: 2, end: 4 }])).toEqual([
      { text: 'a', mark: false },
      { text: 'bcd', mark: true },
      { text: 'e', mark: false },
      { text: 'fgh', mark: true },
    ]);
    expect(segments('abc', [])).toEqual([{ text: 'abc', mark: false }]);
  });
});

describe('parseRule', () => {
  test('parseRule(rule) reads trigger, measure, gloss and how each role was read', () => {
    expect(parseRule('block-market → market-exclusion (Blocking firms from a market); source: subject; target: object; modality: threat')).toEqual({
      trigger: 'block-market',
      measure: 'market-exclusion',
      gloss: 'Blocking firms from a market',
      readings: [
        ['source', 'subject'],
        ['target', 'object'],
        ['modality', 'threat'],
      ],
    });
  });

  test('parseRule(rule) keeps a rule it cannot read whole, and gives nothing for none', () => {
    expect(parseRule('hand-written')).toEqual({ readings: [['rule', 'hand-written']] });
    expect(parseRule(undefined)).toEqual({ readings: [] });
  });

  test('explainReading(how) says where an actor was read from', () => {
    expect(explainReading('subject')).toBe('the subject of the verb');
    expect(explainReading('pp:against')).toBe('the “against …” phrase');
    expect(explainReading('context:author-of-answered-measure')).toBe('the context (author of answered measure)');
  });
});
