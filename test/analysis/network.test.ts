import { describe, expect, test } from 'vitest';
import { actorNetwork } from '../../src/analysis/network.js';
import { ev, eventsFile } from '../support/events.js';

const tradeWarTwoRounds = eventsFile(
  [
    ev('t1', 'SANCTION', ['USA.GOV'], ['CHN.BUS.ZTE']),
    ev('t2', 'SANCTION', ['USA.GOV'], ['CHN.BUS.ZTE', 'CHN.BUS.HUAWEI']),
    ev('t3', 'ACCUSE', ['USA.GOV'], ['CHN.BUS.ZTE']),
    ev('t4', 'SANCTION', ['CHN.GOV', 'CHN.GOV.MOFCOM'], ['USA.BUS']),
    ev('t5', 'REJECT', ['CHN.BUS.ZTE'], []),
  ],
  [],
  { 'USA.GOV': 'US government', 'CHN.BUS.ZTE': 'ZTE' },
);

describe('actorNetwork', () => {
  test('actorNetwork(file) groups directed edges by source, target and type', () => {
    const { edges } = actorNetwork(tradeWarTwoRounds, { level: 'actor' });
    expect(edges.map((e) => [e.source, e.target, e.type, e.count])).toEqual([
      ['CHN.GOV', 'USA.BUS', 'SANCTION', 1],
      ['CHN.GOV.MOFCOM', 'USA.BUS', 'SANCTION', 1],
      ['USA.GOV', 'CHN.BUS.HUAWEI', 'SANCTION', 1],
      ['USA.GOV', 'CHN.BUS.ZTE', 'ACCUSE', 1],
      ['USA.GOV', 'CHN.BUS.ZTE', 'SANCTION', 2],
    ]);
    expect(edges.find((e) => e.type === 'SANCTION' && e.target === 'CHN.BUS.ZTE')).toMatchObject({ quad: 'material-conflict', events: ['t1', 't2'] });
  });

  test('actorNetwork(file) counts activity once per event, as source or target', () => {
    const { nodes } = actorNetwork(tradeWarTwoRounds, { level: 'actor' });
    expect(nodes.find((n) => n.id === 'CHN.BUS.ZTE')).toMatchObject({ name: 'ZTE', country: 'CHN', role: 'BUS', activity: 4, asSource: 1, asTarget: 3 });
    expect(nodes.find((n) => n.id === 'USA.GOV')).toMatchObject({ name: 'US government', activity: 3, asSource: 3, asTarget: 0 });
    expect(nodes.map((n) => n.id)).toEqual(['CHN.BUS.HUAWEI', 'CHN.BUS.ZTE', 'CHN.GOV', 'CHN.GOV.MOFCOM', 'USA.BUS', 'USA.GOV']);
  });

  test('actorNetwork(file, {level: "role"}) collapses actors to COUNTRY.ROLE and merges their edges', () => {
    const network = actorNetwork(tradeWarTwoRounds, { level: 'role' });
    expect(network.level).toBe('role');
    expect(network.nodes.map((n) => [n.id, n.activity, n.members])).toEqual([
      ['CHN.BUS', 4, ['CHN.BUS.HUAWEI', 'CHN.BUS.ZTE']],
      ['CHN.GOV', 1, ['CHN.GOV', 'CHN.GOV.MOFCOM']],
      ['USA.BUS', 1, ['USA.BUS']],
      ['USA.GOV', 3, ['USA.GOV']],
    ]);
    // t4 had two sources that are now one node: still one event on the edge.
    expect(network.edges.map((e) => [e.source, e.target, e.type, e.count])).toEqual([
      ['CHN.GOV', 'USA.BUS', 'SANCTION', 1],
      ['USA.GOV', 'CHN.BUS', 'ACCUSE', 1],
      ['USA.GOV', 'CHN.BUS', 'SANCTION', 2],
    ]);
  });

  test('actorNetwork(file, {level: "country"}) drops self-loops unless asked', () => {
    const internal = eventsFile([ev('i1', 'COERCE', ['CHN.GOV'], ['CHN.BUS.ZTE']), ev('i2', 'SANCTION', ['CHN.GOV'], ['USA.GOV'])]);
    expect(actorNetwork(internal, { level: 'country' }).edges.map((e) => `${e.source}>${e.target}`)).toEqual(['CHN>USA']);
    expect(actorNetwork(internal, { level: 'country', selfLoops: true }).edges.map((e) => `${e.source}>${e.target}`)).toEqual(['CHN>CHN', 'CHN>USA']);
    expect(actorNetwork(internal, { level: 'country' }).nodes.find((n) => n.id === 'CHN')?.activity).toBe(2);
  });

  test('actorNetwork(file, {level: "auto"}) collapses when actors exceed maxNodes', () => {
    expect(actorNetwork(tradeWarTwoRounds, { maxNodes: 6 }).level).toBe('actor');
    expect(actorNetwork(tradeWarTwoRounds, { maxNodes: 5 }).level).toBe('role');
    expect(actorNetwork(tradeWarTwoRounds, { maxNodes: 3 }).level).toBe('country');
  });

  test('actorNetwork(file) names an actor missing from file.actors by its code', () => {
    const file = { ...eventsFile([ev('m', 'ACCUSE', ['RUS.GOV'], ['GBR.GOV'])]), actors: [] };
    expect(actorNetwork(file).nodes.map((n) => [n.id, n.name, n.country])).toEqual([['GBR.GOV', 'GBR.GOV', 'GBR'], ['RUS.GOV', 'RUS.GOV', 'RUS']]);
  });
});
