import { describe, expect, test } from 'vitest';
import { actorNetwork } from '../../src/analysis/network.js';
import { networkGraphml } from '../../src/export/network-graphml.js';
import { ev, eventsFile } from '../support/events.js';
import { chartsFixture } from '../support/fixtures.js';
import { parseXml, xmlElements, xmlText, type XmlElement } from '../support/xml.js';

const data = (el: XmlElement) => Object.fromEntries(xmlElements(el, 'data').map((d) => [d.attributes.key, xmlText(d)]));

describe('networkGraphml', () => {
  test('networkGraphml(network) is a directed GraphML graph with a node per actor and an edge per relation', () => {
    const root = parseXml(networkGraphml(actorNetwork(chartsFixture(), { level: 'actor' })));
    expect(root.name).toBe('graphml');
    expect(root.attributes.xmlns).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(xmlElements(root, 'graph')[0]!.attributes.edgedefault).toBe('directed');
    expect(xmlElements(root, 'node').length).toBe(8);
    expect(xmlElements(root, 'edge').length).toBe(15);
  });

  test('networkGraphml(network) declares every data key before the graph, for nodes and edges', () => {
    const root = parseXml(networkGraphml(actorNetwork(chartsFixture(), { level: 'actor' })));
    const keys = new Map(xmlElements(root, 'key').map((k) => [k.attributes.id, k.attributes]));
    expect(root.children.filter((c) => typeof c !== 'string').map((c) => (c as XmlElement).name).at(-1)).toBe('graph');
    for (const el of [...xmlElements(root, 'node'), ...xmlElements(root, 'edge')]) {
      for (const d of xmlElements(el, 'data')) expect(keys.get(d.attributes.key!)?.for).toBe(el.name);
    }
    expect(keys.get('weight')).toMatchObject({ 'attr.name': 'weight', 'attr.type': 'double' });
    expect(keys.get('activity')).toMatchObject({ 'attr.type': 'int' });
  });

  test('networkGraphml(network) gives nodes their label, country, role and activity, and edges their weight and type', () => {
    const root = parseXml(networkGraphml(actorNetwork(chartsFixture(), { level: 'actor' })));
    const mofcom = xmlElements(root, 'node').find((n) => n.attributes.id === 'CHN.GOV.MOFCOM')!;
    expect(data(mofcom)).toMatchObject({ label: 'Chinese commerce ministry', country: 'CHN', role: 'GOV', activity: '3' });
    const ban = xmlElements(root, 'edge').find((e) => e.attributes.source === 'CHN.GOV.MOFCOM' && e.attributes.target === 'AUS.BUS')!;
    expect(data(ban)).toMatchObject({ weight: '2', type: 'SANCTION', events: 'e05 e08' });
  });

  test('networkGraphml(network) at country level collapses actors into countries', () => {
    const root = parseXml(networkGraphml(actorNetwork(chartsFixture(), { level: 'country' })));
    expect(xmlElements(root, 'node').map((n) => n.attributes.id)).toEqual(['AUS', 'CHN', 'IGO']);
  });

  test('networkGraphml(network) escapes names with &, <, quotes and line breaks, and keeps non-ASCII', () => {
    const name = 'AT&T <Zürich> "Ltd"\nl\'été 株式会社';
    const file = eventsFile([ev('e1', 'SANCTION', ['CHN.GOV'], ['USA.BUS.Q"'])], [], { 'USA.BUS.Q"': name });
    const root = parseXml(networkGraphml(actorNetwork(file, { level: 'actor' })));
    const node = xmlElements(root, 'node').find((n) => n.attributes.id === 'USA.BUS.Q"')!;
    expect(data(node).label).toBe(name);
  });
});
