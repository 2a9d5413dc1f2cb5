/**
 * The actor network as GraphML (http://graphml.graphdrawing.org), read by Gephi, yEd, Cytoscape,
 * igraph and networkx: every data field declared as a <key> first, then a directed graph whose
 * edges carry their weight (the number of events) and PLOVER type.
 */
import type { ActorNetwork } from '../analysis/network.js';
import { xmlAttribute, xmlText } from './escape.js';

interface Key {
  id: string;
  for: 'node' | 'edge';
  type: 'string' | 'int' | 'double';
}

// Ids double as attr.name; "label" and "weight" are the names Gephi and yEd read as such.
const KEYS: Key[] = [
  { id: 'label', for: 'node', type: 'string' },
  { id: 'country', for: 'node', type: 'string' },
  { id: 'role', for: 'node', type: 'string' },
  { id: 'activity', for: 'node', type: 'int' },
  { id: 'as_source', for: 'node', type: 'int' },
  { id: 'as_target', for: 'node', type: 'int' },
  { id: 'members', for: 'node', type: 'string' },
  { id: 'weight', for: 'edge', type: 'double' },
  { id: 'type', for: 'edge', type: 'string' },
  { id: 'quad', for: 'edge', type: 'string' },
  { id: 'events', for: 'edge', type: 'string' },
];

export function networkGraphml(network: ActorNetwork): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map((k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.id}" attr.type="${k.type}"/>`),
    `  <graph id="reprisal-${network.level}" edgedefault="directed">`,
  ];
  for (const n of network.nodes) {
    lines.push(`    <node id="${xmlAttribute(n.id)}">`);
    lines.push(...data({ label: n.name, country: n.country, role: n.role, activity: n.activity, as_source: n.asSource, as_target: n.asTarget, members: n.members.join(' ') }));
    lines.push('    </node>');
  }
  network.edges.forEach((e, i) => {
    lines.push(`    <edge id="e${i}" source="${xmlAttribute(e.source)}" target="${xmlAttribute(e.target)}">`);
    lines.push(...data({ weight: e.count, type: e.type, quad: e.quad, events: e.events.join(' ') }));
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

function data(record: Record<string, string | number | undefined>): string[] {
  return Object.entries(record)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `      <data key="${key}">${xmlText(value)}</data>`);
}
