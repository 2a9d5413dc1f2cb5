import { describe, expect, test } from 'vitest';
import { chains } from '../../src/analysis/chains.js';
import { actorNetwork } from '../../src/analysis/network.js';
import { timelineData } from '../../src/analysis/timeline.js';
import { chainsChart } from '../../src/charts/chains.js';
import { networkChart } from '../../src/charts/network.js';
import { toStandaloneSvg } from '../../src/charts/svg.js';
import { timelineChart } from '../../src/charts/timeline.js';
import { testDocument } from '../support/dom.js';
import { chartsFixture } from '../support/fixtures.js';

const attr = (els: Iterable<Element>, name: string) => [...els].map((e) => e.getAttribute(name));

describe('chart marks carry data attributes and accessible names', () => {
  test('networkChart(network) marks nodes with data-actor and edges with data-source/target/type', () => {
    const file = chartsFixture();
    const network = actorNetwork(file, { level: 'actor' });
    const svg = networkChart(network, { document: testDocument() });
    expect(svg.localName).toBe('svg');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Actor network: 8 actors, 15 relations');
    expect(attr(svg.querySelectorAll('circle[data-actor]'), 'data-actor').sort()).toEqual(network.nodes.map((n) => n.id).sort());
    const edges = svg.querySelectorAll('path[data-source]');
    expect(edges.length).toBe(network.edges.length);
    const ban = svg.querySelector('path[data-source="CHN.GOV.MOFCOM"][data-target="AUS.BUS"]');
    expect(ban?.getAttribute('data-type')).toBe('SANCTION');
    expect(ban?.getAttribute('data-count')).toBe('2');
    expect(ban?.querySelector('title')?.textContent).toBe('Chinese commerce ministry → Australian exporters: SANCTION ×2');
  });

  test('networkChart(file, {maxEdges}) draws the strongest edges and says how many it left out', () => {
    const svg = networkChart(chartsFixture(), { document: testDocument(), level: 'actor', maxEdges: 3 });
    expect(svg.querySelectorAll('path[data-source]').length).toBe(3);
    expect(svg.querySelector('path[data-source="CHN.GOV.MOFCOM"][data-target="AUS.BUS"]')).not.toBeNull();
    expect(svg.getAttribute('aria-description')).toBe('12 weaker relations are not drawn');
  });

  test('timelineChart(file) draws day events as dots and month/year events as spans, each with data-event', () => {
    const svg = timelineChart(chartsFixture(), { document: testDocument() });
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Timeline of 12 measures in 4 rows');
    expect(svg.getAttribute('aria-description')).toBe('1 undated event is not shown');
    expect(attr(svg.querySelectorAll('circle[data-event]'), 'data-precision').every((p) => p === 'day')).toBe(true);
    expect(new Set(attr(svg.querySelectorAll('rect[data-event]'), 'data-precision'))).toEqual(new Set(['month', 'year']));
    expect(svg.querySelector('rect[data-event="e01"]')?.getAttribute('data-type')).toBe('SANCTION');
  });

  test('timelineChart(data, {from, to}) leaves out marks outside the period', () => {
    const svg = timelineChart(timelineData(chartsFixture()), { document: testDocument(), from: '2023' });
    expect(attr(svg.querySelectorAll('[data-event]'), 'data-event').sort()).toEqual(['e11', 'e12']);
    expect(svg.getAttribute('aria-label')).toBe('Timeline of 2 measures in 2 rows');
  });

  test('chainsChart(chains) marks events with data-event and links with data-from/to/inferred', () => {
    const file = chartsFixture();
    const svg = chainsChart(chains(file), { document: testDocument(), actors: file.actors });
    expect(svg.getAttribute('aria-label')).toBe('Retaliation chains: 3 chains, the longest of 8 events');
    expect(attr(svg.querySelectorAll('g.chain'), 'data-chain')).toEqual(['chain:e02', 'chain:e01', 'chain:e12']);
    expect(svg.querySelectorAll('circle[data-event]').length).toBe(12);
    const inferred = svg.querySelectorAll('path[data-inferred="true"]');
    expect(attr(inferred, 'data-from').map((f, i) => `${f}>${inferred[i]!.getAttribute('data-to')}`).sort()).toEqual(['e02>e04', 'e06>e08']);
    expect(svg.querySelectorAll('path[data-inferred="false"]').length).toBe(7);
    expect(svg.querySelector('path[data-from="e02"][data-to="e05"]')?.getAttribute('data-kind')).toBe('retaliation');
  });

  test('chainsChart(chains, {maxChains}) draws the longest and says so', () => {
    const svg = chainsChart(chartsFixture(), { document: testDocument(), maxChains: 1 });
    expect(svg.querySelectorAll('g.chain').length).toBe(1);
    expect(svg.getAttribute('aria-description')).toBe('the 1 longest are shown');
  });

  test('toStandaloneSvg(svg) adds the SVG namespace a file needs', () => {
    const text = toStandaloneSvg(networkChart(chartsFixture(), { document: testDocument() }));
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
  });

  test('charts without a document option and no global document say what to pass', () => {
    expect(() => networkChart(chartsFixture())).toThrow(/document/);
  });
});

describe('charts of nothing', () => {
  const empty = { format: 'reprisal-events/1' as const, documents: [], actors: [], events: [], links: [] };

  test('networkChart, timelineChart and chainsChart draw an empty file without failing', () => {
    const document = testDocument();
    expect(networkChart(empty, { document }).getAttribute('aria-label')).toBe('Actor network: 0 actors, 0 relations');
    expect(timelineChart(empty, { document }).getAttribute('aria-label')).toBe('Timeline of 0 measures in 0 rows');
    expect(chainsChart(empty, { document }).textContent).toContain('No linked events.');
  });
});
