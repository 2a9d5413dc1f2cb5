import { describe, expect, test } from 'vitest';
import { actorNetwork } from '../../src/analysis/network.js';
import { networkGexf } from '../../src/export/network-gexf.js';
import { ev, eventsFile } from '../support/events.js';
import { chartsFixture } from '../support/fixtures.js';
import { parseXml, xmlElements, type XmlElement } from '../support/xml.js';

const values = (el: XmlElement) => Object.fromEntries(xmlElements(el, 'attvalue').map((v) => [v.attributes.for, v.attributes.value]));

describe('networkGexf', () => {
  test('networkGexf(network) is GEXF 1.3 with a node per actor and a directed edge per relation', () => {
    const network = actorNetwork(chartsFixture(), { level: 'actor' });
    const root = parseXml(networkGexf(network));
    expect(root.name).toBe('gexf');
    expect(root.attributes).toMatchObject({ xmlns: 'http://gexf.net/1.3', version: '1.3' });
    expect(xmlElements(root, 'graph')[0]!.attributes.defaultedgetype).toBe('directed');
    expect(xmlElements(root, 'node').length).toBe(8);
    expect(xmlElements(root, 'edge').length).toBe(15);
    expect(xmlElements(root, 'nodes')[0]!.attributes.count).toBe('8');
    const ids = xmlElements(root, 'edge').map((e) => e.attributes.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('networkGexf(network) declares the attributes its nodes and edges carry', () => {
    const root = parseXml(networkGexf(actorNetwork(chartsFixture(), { level: 'actor' })));
    const declared = (cls: string) => xmlElements(xmlElements(root, 'attributes').find((a) => a.attributes.class === cls)!, 'attribute').map((a) => a.attributes.id);
    expect(declared('node')).toEqual(expect.arrayContaining(['country', 'role', 'activity']));
    expect(declared('edge')).toEqual(expect.arrayContaining(['type', 'quad', 'events']));
    for (const el of [...xmlElements(root, 'node'), ...xmlElements(root, 'edge')]) {
      for (const key of Object.keys(values(el))) expect(declared(el.name)).toContain(key);
    }
  });

  test('networkGexf(network) gives nodes their label, country, role and activity, and edges their weight and type', () => {
    const root = parseXml(networkGexf(actorNetwork(chartsFixture(), { level: 'actor' })));
    const mofcom = xmlElements(root, 'node').find((n) => n.attributes.id === 'CHN.GOV.MOFCOM')!;
    expect(mofcom.attributes.label).toBe('Chinese commerce ministry');
    expect(values(mofcom)).toMatchObject({ country: 'CHN', role: 'GOV', activity: '3' });
    const ban = xmlElements(root, 'edge').find((e) => e.attributes.source === 'CHN.GOV.MOFCOM' && e.attributes.target === 'AUS.BUS')!;
    expect(ban.attributes).toMatchObject({ weight: '2', kind: 'SANCTION' });
    expect(values(ban)).toMatchObject({ type: 'SANCTION', quad: 'material-conflict', events: 'e05 e08' });
  });

  test('networkGexf(network) keeps parallel edges of different types apart with kind', () => {
    const root = parseXml(networkGexf(actorNetwork(chartsFixture(), { level: 'actor' })));
    const pair = xmlElements(root, 'edge').filter((e) => e.attributes.source === 'AUS.GOV' && e.attributes.target === 'CHN.GOV');
    expect(pair.length).toBeGreaterThan(1);
    expect(new Set(pair.map((e) => e.attributes.kind)).size).toBe(pair.length);
  });

  test('networkGexf(network) escapes names with &, <, quotes and keeps non-ASCII', () => {
    const name = 'AT&T <Zürich> "Ltd" l\'été 株式会社';
    const file = eventsFile([ev('e1', 'SANCTION', ['CHN.GOV'], ['USA.BUS.X&Y'])], [], { 'USA.BUS.X&Y': name, 'CHN.GOV': 'Beijing\nline\tbreak' });
    const text = networkGexf(actorNetwork(file, { level: 'actor' }));
    const root = parseXml(text);
    const node = (id: string) => xmlElements(root, 'node').find((n) => n.attributes.id === id)!;
    expect(node('USA.BUS.X&Y').attributes.label).toBe(name);
    expect(node('CHN.GOV').attributes.label).toBe('Beijing line break');
    expect(xmlElements(root, 'edge')[0]!.attributes.target).toBe('USA.BUS.X&Y');
    expect(text).toContain('株式会社');
  });

  test('networkGexf(network) replaces characters XML cannot hold', () => {
    const file = eventsFile([ev('e1', 'SANCTION', ['CHN.GOV'], ['USA.GOV'])], [], { 'USA.GOV': 'bell\u0007 and lone \uD800 surrogate' });
    const root = parseXml(networkGexf(actorNetwork(file, { level: 'actor' })));
    expect(xmlElements(root, 'node').find((n) => n.attributes.id === 'USA.GOV')!.attributes.label).toBe('bell\uFFFD and lone \uFFFD surrogate');
  });
});
