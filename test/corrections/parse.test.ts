import { describe, expect, it } from 'vitest';
import { CorrectionsError, parseCorrections, serialiseCorrections, type Correction } from '../../src/corrections/index.js';

const ref = { id: 'd:1', mentions: [{ doc: 'd', start: 0, end: 5 }] };

describe('parseCorrections', () => {
  it('reads back what it writes', () => {
    const corrections: Correction[] = [
      { id: 'c1', op: 'edit', event: ref, set: { type: 'ACCUSE' }, note: 'an accusation, not a ban' },
      { id: 'c2', op: 'link', from: ref, to: { ...ref, id: 'd:2' }, kind: 'retaliation' },
    ];
    const text = serialiseCorrections(corrections);
    expect(JSON.parse(text).format).toBe('reprisal-corrections/1');
    expect(parseCorrections(text)).toEqual({ corrections, warnings: [] });
  });

  it('names the file when it is not JSON or not corrections', () => {
    expect(() => parseCorrections('{"corrections": [', 'mine.json')).toThrow(CorrectionsError);
    expect(() => parseCorrections('{"corrections": [', 'mine.json')).toThrow(/^mine\.json: not valid JSON/);
    expect(() => parseCorrections('[1, 2]', 'mine.json')).toThrow(/^mine\.json: expected \{"format"/);
    expect(() => parseCorrections('{"format": "reprisal-events/1", "corrections": []}', 'mine.json')).toThrow(/format is "reprisal-events\/1"/);
  });

  it('leaves out the entries it cannot read, says which, and keeps the rest', () => {
    const text = JSON.stringify({
      format: 'reprisal-corrections/1',
      corrections: [
        { id: 'ok', op: 'delete', event: ref },
        'delete everything',
        { id: 'a', op: 'explode', event: ref },
        { id: 'b', op: 'edit', event: ref, set: { type: 'BAN' } },
        { id: 'c', op: 'merge', events: [ref] },
        { id: 'd', op: 'link', from: ref, to: ref },
        { id: 'e', op: 'add', event: { type: 'SANCTION', source: ['CHN.GOV'] } },
        { op: 'delete', event: ref },
      ],
    });
    const { corrections, warnings } = parseCorrections(text, 'mine.json');
    expect(corrections.map((c) => c.id)).toEqual(['ok']);
    expect(warnings).toEqual([
      'mine.json: correction #1 is not an object; left out',
      'mine.json: correction #2 has an unknown "op" (explode); left out',
      'mine.json: correction #3 sets an unknown type (BAN); left out',
      'mine.json: correction #4 needs two or more events to merge; left out',
      'mine.json: correction #5 needs a kind: retaliation or response; left out',
      'mine.json: correction #6 adds an event without type, source, target and mentions; left out',
      'mine.json: correction #7 has no "id"; left out',
    ]);
  });
});
