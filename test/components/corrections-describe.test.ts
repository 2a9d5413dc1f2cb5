import { describe, expect, it } from 'vitest';
import { shorten } from '../../src/components/correction-form-values.js';
import { describeCorrection, type DescribeContext } from '../../src/components/corrections-describe.js';
import { refOf } from '../../src/corrections/index.js';
import { chartsFixture } from '../support/fixtures.js';

const file = chartsFixture();
const ref = (id: string) => refOf(file.events.find((e) => e.id === id)!);
/** A reference as an older file may hold it: places without their text. */
const bare = (id: string) => ({ id, mentions: ref(id).mentions.map(({ doc, start, end }) => ({ doc, start, end })) });
const texts: Record<string, string> = { 'd1-barley-tariff': `${'x'.repeat(47)}China imposed an 80 percent anti-dumping duty on Australian barley.` };
const context: DescribeContext = {
  text: (doc) => texts[doc],
  title: (doc) => file.documents.find((d) => d.id === doc)?.title ?? doc,
  actorName: (id) => file.actors.find((a) => a.id === id)?.name ?? id,
};

describe('describeCorrection', () => {
  it('says what an edit changed, with the actors by name, and quotes the event from its article', () => {
    const d = describeCorrection({ id: 'c1', op: 'edit', event: bare('e05'), set: { type: 'COERCE', source: ['CHN.GOV'], date: null } }, context);
    expect(d.action).toBe('Changed the type to coerce, who acts to Chinese government, the date to none');
    expect(d.events).toEqual(['“China imposed an 80 percent anti-dumping duty on Australian barley.” (China imposes 80% tariff on Australian barley)']);
  });

  it('quotes the sentence as the correction recorded it, though its article is not at hand', () => {
    const d = describeCorrection({ id: 'c2', op: 'delete', event: ref('e07') }, context);
    expect(d.action).toBe('Deleted the event');
    expect(d.events).toEqual([`“${shorten(file.events.find((e) => e.id === 'e07')!.mentions[0]!.text, 140)}” (Beijing lists 14 grievances against Canberra)`]);
    expect(d.events[0]).toMatch(/^“On 18 November the Chinese embassy handed reporters a list of 14 grievances/);
  });

  it('names an event recorded without its text, and whose article is not at hand, by its id and place', () => {
    expect(describeCorrection({ id: 'c2', op: 'delete', event: bare('e07') }, context).events).toEqual(['event e07 in Beijing lists 14 grievances against Canberra, characters 46–192']);
  });

  it('describes merges, links, removed links and added events', () => {
    expect(describeCorrection({ id: 'c3', op: 'merge', events: [ref('e05'), ref('e08')] }, context).events).toHaveLength(2);
    expect(describeCorrection({ id: 'c4', op: 'link', from: ref('e02'), to: ref('e05'), kind: 'retaliation' }, context).action).toBe('Linked as retaliation: the second answers the first');
    expect(describeCorrection({ id: 'c5', op: 'unlink', from: ref('e02'), to: ref('e05') }, context).action).toBe('Removed the link between');
    const added = describeCorrection(
      {
        id: 'c6',
        op: 'add',
        event: { type: 'SANCTION', measure: 'import-ban', source: ['CHN.GOV'], target: [], date: { start: '2020-05', precision: 'month' }, mentions: [{ doc: 'd1-barley-tariff', start: 47, end: 60, text: 'China imposed' }] },
      },
      context,
    );
    expect(added.action).toBe('Added a missed event: sanction (import-ban), Chinese government → someone unnamed, May 2020');
    expect(added.events).toEqual(['“China imposed” (China imposes 80% tariff on Australian barley)']);
  });
});
