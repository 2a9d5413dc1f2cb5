import { describe, expect, test } from 'vitest';
import { chainOf, chains } from '../../src/analysis/chains.js';
import { ev, eventsFile, link } from '../support/events.js';

const ids = (c: { events: { id: string }[] }) => c.events.map((e) => e.id);

// Accusation → retaliation → denial, plus a separate two-step exchange and an unlinked event.
const twoDisputes = eventsFile(
  [
    ev('deny', 'REJECT', ['CHN.GOV'], ['USA.GOV'], '2014-05-21'),
    ev('indict', 'ACCUSE', ['USA.JUD'], ['CHN.MIL'], '2014-05-19'),
    ev('ban', 'SANCTION', ['CHN.GOV'], ['USA.BUS'], '2014-05-22'),
    ev('tariff', 'SANCTION', ['USA.GOV'], ['CHN.BUS'], '2018-07-06'),
    ev('counter', 'SANCTION', ['CHN.GOV'], ['USA.BUS'], '2018-07-06'),
    ev('lonely', 'CONSULT', ['EUR.GOV'], ['CHN.GOV'], '2016'),
  ],
  [link('indict', 'ban'), link('indict', 'deny', true), link('tariff', 'counter')],
);

describe('chains', () => {
  test('chains(file) finds weakly connected components, longest first, leaving unlinked events out', () => {
    const found = chains(twoDisputes);
    expect(found.map(ids)).toEqual([['indict', 'deny', 'ban'], ['tariff', 'counter']]);
    expect(found[0]).toMatchObject({ id: 'chain:indict', start: '2014-05-19', end: '2014-05-22', actors: ['USA.JUD', 'CHN.MIL', 'CHN.GOV', 'USA.GOV', 'USA.BUS'] });
    expect(found[0]!.links.map((l) => `${l.from}>${l.to}`)).toEqual(['indict>deny', 'indict>ban']);
  });

  test('chains(file) orders a same-day answer after its cause, whatever the ids say', () => {
    const sameDay = eventsFile([ev('a-answer', 'SANCTION', ['CHN.GOV'], ['USA.BUS'], '2018-07-06'), ev('b-cause', 'SANCTION', ['USA.GOV'], ['CHN.BUS'], '2018-07-06')], [link('b-cause', 'a-answer')]);
    expect(ids(chains(sameDay)[0]!)).toEqual(['b-cause', 'a-answer']);
  });

  test('chains(file) puts a year-precise answer after its month-precise cause', () => {
    // "2014" starts in January, before May: dates alone would put the answer first.
    const vague = eventsFile([ev('cause', 'ACCUSE', ['USA.GOV'], ['CHN.GOV'], '2014-05'), ev('answer', 'RETREAT', ['CHN.GOV'], ['USA.GOV'], '2014')], [link('cause', 'answer')]);
    expect(ids(chains(vague)[0]!)).toEqual(['cause', 'answer']);
    expect(chains(vague)[0]).toMatchObject({ start: '2014', end: '2014' });
  });

  test('chains(file) places an undated answer right after what it answers', () => {
    const undated = eventsFile(
      [ev('first', 'ACCUSE', ['USA.GOV'], ['CHN.GOV'], '2014-05-01'), ev('later', 'SANCTION', ['USA.GOV'], ['CHN.GOV'], '2014-06-01'), ev('reply', 'REJECT', ['CHN.GOV'], ['USA.GOV'])],
      [link('first', 'reply'), link('first', 'later')],
    );
    expect(ids(chains(undated)[0]!)).toEqual(['first', 'reply', 'later']);
  });

  test('chains(file) breaks ties in length by earliest start, then id', () => {
    const threePairs = eventsFile(
      [
        ev('b1', 'ACCUSE', ['A'], ['B'], '2015'), ev('b2', 'REJECT', ['B'], ['A'], '2015'),
        ev('a1', 'ACCUSE', ['A'], ['B'], '2012-03'), ev('a2', 'REJECT', ['B'], ['A'], '2012-04'),
        ev('c1', 'ACCUSE', ['A'], ['B']), ev('c2', 'REJECT', ['B'], ['A']),
      ],
      [link('b1', 'b2'), link('c1', 'c2'), link('a1', 'a2')],
    );
    expect(chains(threePairs).map((c) => c.id)).toEqual(['chain:a1', 'chain:b1', 'chain:c1']);
    expect(chains(threePairs)[2]!.start).toBeUndefined();
  });

  test('chains(file) survives a cycle of links', () => {
    const cycle = eventsFile([ev('x', 'ACCUSE', ['A'], ['B'], '2014-01'), ev('y', 'ACCUSE', ['B'], ['A'], '2014-02')], [link('x', 'y'), link('y', 'x')]);
    expect(ids(chains(cycle)[0]!)).toEqual(['x', 'y']);
  });

  test('chains(file) ignores links to events that are not in the file', () => {
    const dangling = eventsFile([ev('x', 'ACCUSE', ['A'], ['B'], '2014')], [link('x', 'gone')]);
    expect(chains(dangling)).toEqual([]);
  });

  test('chainOf(file, eventId) is the chain that event belongs to, with the same id', () => {
    expect(chainOf(twoDisputes, 'ban')).toEqual(chains(twoDisputes)[0]);
    expect(chainOf(twoDisputes, 'counter')?.id).toBe('chain:tariff');
    expect(chainOf(twoDisputes, 'lonely')).toBeUndefined();
  });
});
