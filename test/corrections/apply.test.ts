import { describe, expect, it } from 'vitest';
import { applyCorrections, find, refOf, type Correction } from '../../src/corrections/index.js';
import type { EventsFile } from '../../src/events/types.js';
import { chartsFixture } from '../support/fixtures.js';

const file = chartsFixture();
const ref = (id: string) => refOf(file.events.find((e) => e.id === id)!);
const event = (f: EventsFile, id: string) => f.events.find((e) => e.id === id);

/** The same extraction with every id renumbered, as a new lexicon may do. */
function renumbered(f: EventsFile): EventsFile {
  const copy = structuredClone(f);
  const rename = (id: string) => `new-${id}`;
  copy.events.forEach((e) => (e.id = rename(e.id)));
  copy.links.forEach((l) => ((l.from = rename(l.from)), (l.to = rename(l.to))));
  return copy;
}

describe('applyCorrections', () => {
  it('edits type, measure, actors and date, and says so in the rule', () => {
    const fix: Correction = { id: 'c1', op: 'edit', event: ref('e03'), set: { type: 'SANCTION', measure: 'boycott', target: ['AUS.GOV'], date: { start: '2020-05-11', precision: 'day' } } };
    const { file: out, status } = applyCorrections(file, [fix]);
    expect(event(out, 'e03')).toMatchObject({ type: 'SANCTION', measure: 'boycott', source: ['CHN.GOV'], target: ['AUS.GOV'], date: { start: '2020-05-11' } });
    expect(event(out, 'e03')!.rule).toContain('corrected by hand (c1)');
    expect(status).toEqual([{ id: 'c1', applied: true, events: ['e03'] }]);
  });

  it('never changes the extraction it is given', () => {
    const before = JSON.stringify(file);
    applyCorrections(file, [
      { id: 'c1', op: 'edit', event: ref('e01'), set: { type: 'ACCUSE' } },
      { id: 'c2', op: 'delete', event: ref('e02') },
      { id: 'c3', op: 'merge', events: [ref('e05'), ref('e08')] },
    ]);
    expect(JSON.stringify(file)).toBe(before);
  });

  it('removes an undated date when set to null', () => {
    const { file: out } = applyCorrections(file, [{ id: 'c1', op: 'edit', event: ref('e01'), set: { date: null } }]);
    expect(event(out, 'e01')!.date).toBeUndefined();
  });

  it('deletes an event and the links that touch it', () => {
    const { file: out } = applyCorrections(file, [{ id: 'c1', op: 'delete', event: ref('e02') }]);
    expect(event(out, 'e02')).toBeUndefined();
    expect(out.links.some((l) => l.from === 'e02' || l.to === 'e02')).toBe(false);
    expect(out.links).toHaveLength(file.links.length - 3);
  });

  it('merges events into the first: mentions, actors and links together, no link to itself', () => {
    const { file: out, status } = applyCorrections(file, [{ id: 'c1', op: 'merge', events: [ref('e05'), ref('e08')] }]);
    const merged = event(out, 'e05')!;
    expect(event(out, 'e08')).toBeUndefined();
    expect(merged.mentions.map((m) => m.doc)).toEqual(['d1-barley-tariff', 'd2-grievances']);
    expect(merged.target).toEqual(['AUS.BUS.CBH', 'AUS.BUS']);
    expect(out.links).toContainEqual(expect.objectContaining({ from: 'e06', to: 'e05' }));
    expect(out.links.every((l) => l.from !== l.to)).toBe(true);
    expect(status[0]).toEqual({ id: 'c1', applied: true, events: ['e05', 'e08'] });
  });

  it('adds a missed event with the actors it names', () => {
    const mention = { doc: 'd3-thaw', start: 46, end: 60, text: 'x' };
    const { file: out } = applyCorrections(file, [{ id: 'c9', op: 'add', event: { type: 'SANCTION', measure: 'tariff', source: ['CHN.GOV'], target: ['NZL.BUS'], mentions: [mention] } }]);
    expect(event(out, 'added:c9')).toMatchObject({ type: 'SANCTION', rule: 'added by hand (c9)', confidence: 1 });
    expect(out.actors.map((a) => a.id)).toContain('NZL.BUS');
    expect(out.actors.find((a) => a.id === 'CHN.GOV')!.name).toBe('Chinese government');
  });

  it('does not add an event reported in a document the corpus no longer has', () => {
    const mention = { doc: 'gone', start: 0, end: 4, text: 'gone' };
    const { file: out, status } = applyCorrections(file, [{ id: 'c9', op: 'add', event: { type: 'SANCTION', source: ['CHN.GOV'], target: ['AUS.GOV'], mentions: [mention] } }]);
    expect(out.events).toHaveLength(file.events.length);
    expect(status[0]).toMatchObject({ applied: false, reason: 'document not in the corpus: gone' });
  });

  it('adds, retypes and removes links', () => {
    const { file: out } = applyCorrections(file, [
      { id: 'c1', op: 'link', from: ref('e07'), to: ref('e09'), kind: 'retaliation' },
      { id: 'c2', op: 'link', from: ref('e02'), to: ref('e04'), kind: 'response' },
      { id: 'c3', op: 'unlink', from: ref('e06'), to: ref('e08') },
    ]);
    expect(out.links).toContainEqual({ from: 'e07', to: 'e09', kind: 'retaliation', confidence: 1 });
    expect(out.links.find((l) => l.from === 'e02' && l.to === 'e04')).toMatchObject({ kind: 'response', confidence: 1 });
    expect(out.links.find((l) => l.from === 'e06' && l.to === 'e08')).toBeUndefined();
  });

  it('finds its events again when a new extraction renumbers them', () => {
    const corrections: Correction[] = [
      { id: 'c1', op: 'edit', event: ref('e03'), set: { type: 'SANCTION' } },
      { id: 'c2', op: 'delete', event: ref('e13') },
      { id: 'c3', op: 'unlink', from: ref('e06'), to: ref('e08') },
    ];
    const { file: out, status } = applyCorrections(renumbered(file), corrections);
    expect(status.every((s) => s.applied)).toBe(true);
    expect(event(out, 'new-e03')!.type).toBe('SANCTION');
    expect(event(out, 'new-e13')).toBeUndefined();
    expect(out.links.find((l) => l.from === 'new-e06' && l.to === 'new-e08')).toBeUndefined();
  });

  it('shows a correction that no longer applies instead of dropping it', () => {
    const lost = { id: 'e99', mentions: [{ doc: 'd1-barley-tariff', start: 0, end: 10 }] };
    const { file: out, status } = applyCorrections(file, [
      { id: 'c1', op: 'edit', event: lost, set: { type: 'ACCUSE' } },
      { id: 'c2', op: 'merge', events: [ref('e01'), lost] },
      { id: 'c3', op: 'unlink', from: ref('e01'), to: ref('e02') },
      { id: 'c4', op: 'delete', event: ref('e01') },
    ]);
    expect(status.map((s) => [s.id, s.applied, s.reason])).toEqual([
      ['c1', false, 'event not found'],
      ['c2', false, 'only one of the events was found'],
      ['c3', false, 'no such link'],
      ['c4', true, undefined],
    ]);
    expect(out.events).toHaveLength(file.events.length - 1);
  });

  it('keeps an id whose event now reports other places only when nothing else reports the recorded ones', () => {
    const moved = { id: 'e01', mentions: [{ doc: 'd1-barley-tariff', start: 47, end: 229 }] };
    expect(find(file, moved)!.id).toBe('e05');
    expect(find(file, { id: 'e01', mentions: [] })!.id).toBe('e01');
  });
});

describe('imported events', () => {
  it('are found again when their mentions are empty spans (a GDELT row points at a URL, not into a text)', () => {
    const imported = structuredClone(file);
    imported.events.forEach((e) => (e.mentions = [{ doc: e.mentions[0]!.doc, start: 0, end: 0, text: '' }]));
    const target = imported.events[1]!;
    expect(find(imported, refOf(target))?.id).toBe(target.id);
    const [edited] = applyCorrections(imported, [{ id: 'c1', op: 'edit', event: refOf(target), set: { type: 'THREATEN' } }]).status;
    expect(edited?.applied).toBe(true);
  });
});
