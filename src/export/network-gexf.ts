/**
 * The actor network as GEXF 1.3, Gephi's own format (https://gexf.net): actors as nodes with
 * their country, role and activity; one directed edge per source, target and PLOVER type, its
 * weight the number of events. Edges of different types between the same two actors are kept
 * apart by GEXF 1.3's `kind`, so Gephi does not merge them.
 */
import type { ActorNetwork } from '../analysis/network.js';
import { xmlAttribute, xmlText } from './escape.js';

export interface GexfOptions {
  /** The file's <description>; default one that names the network's level. */
  description?: string;
}

interface Column {
  id: string;
  title: string;
  type: 'string' | 'integer';
}

const NODE_COLUMNS: Column[] = [
  { id: 'country', title: 'country', type: 'string' },
  { id: 'role', title: 'role', type: 'string' },
  { id: 'activity', title: 'activity', type: 'integer' },
  { id: 'as_source', title: 'as_source', type: 'integer' },
  { id: 'as_target', title: 'as_target', type: 'integer' },
  { id: 'members', title: 'members', type: 'string' },
];

const EDGE_COLUMNS: Column[] = [
  { id: 'type', title: 'type', type: 'string' },
  { id: 'quad', title: 'quad', type: 'string' },
  { id: 'events', title: 'events', type: 'string' },
];

export function networkGexf(network: ActorNetwork, options: GexfOptions = {}): string {
  const description = options.description ?? `Reprisal actor network at ${network.level} level: who acts against whom; an edge's weight is its number of events`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    '    <creator>Reprisal</creator>',
    `    <description>${xmlText(description)}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed">',
    ...columns('node', NODE_COLUMNS),
    ...columns('edge', EDGE_COLUMNS),
    `    <nodes count="${network.nodes.length}">`,
  ];
  for (const n of network.nodes) {
    lines.push(`      <node id="${xmlAttribute(n.id)}" label="${xmlAttribute(token(n.name))}">`);
    lines.push(...values({ country: n.country, role: n.role, activity: n.activity, as_source: n.asSource, as_target: n.asTarget, members: n.members.join(' ') }));
    lines.push('      </node>');
  }
  lines.push('    </nodes>', `    <edges count="${network.edges.length}">`);
  network.edges.forEach((e, i) => {
    lines.push(`      <edge id="${i}" source="${xmlAttribute(e.source)}" target="${xmlAttribute(e.target)}" weight="${e.count}" kind="${e.type}" label="${e.type}">`);
    lines.push(...values({ type: e.type, quad: e.quad, events: e.events.join(' ') }));
    lines.push('      </edge>');
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}

function columns(kind: 'node' | 'edge', list: Column[]): string[] {
  return [
    `    <attributes class="${kind}">`,
    ...list.map((c) => `      <attribute id="${c.id}" title="${c.title}" type="${c.type}"/>`),
    '    </attributes>',
  ];
}

function values(record: Record<string, string | number | undefined>): string[] {
  const set = Object.entries(record).filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '');
  return ['        <attvalues>', ...set.map(([k, v]) => `          <attvalue for="${k}" value="${xmlAttribute(v)}"/>`), '        </attvalues>'];
}

// Labels are xsd:token in GEXF: no line breaks, tabs or runs of spaces.
function token(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
