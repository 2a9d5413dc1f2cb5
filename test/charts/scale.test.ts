import { describe, expect, test } from 'vitest';
import { chains } from '../../src/analysis/chains.js';
import { actorNetwork } from '../../src/analysis/network.js';
import { timelineData } from '../../src/analysis/timeline.js';
import { chainsChart } from '../../src/charts/chains.js';
import { networkChart } from '../../src/charts/network.js';
import { timelineChart } from '../../src/charts/timeline.js';
import { testDocument } from '../support/dom.js';
import { syntheticEvents } from '../support/synthetic.js';

// 10k events over 1,920 actors in 40 countries. Time limits are loose guards against a blow-up
// (an accidental quadratic step), not benchmarks: measured times are well under a second each.
const large = syntheticEvents(10_000);

function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const value = f();
  return [value, performance.now() - t0];
}

describe('charts at 10k events', () => {
  test('timelineChart(file) switches to monthly counts above binAbove, with at most maxRows rows', () => {
    const [svg, ms] = timed(() => timelineChart(large, { document: testDocument(), rowBy: 'country' }));
    expect(svg.getAttribute('data-binned')).toBe('month');
    expect(new Set([...svg.querySelectorAll('rect[data-row]')].map((r) => r.getAttribute('data-row'))).size).toBe(30);
    expect(svg.querySelectorAll('[data-event]').length).toBe(0);
    expect(ms).toBeLessThan(10_000);
  }, 30_000);

  test('timelineChart(file, {binAbove}) still draws every event when asked to', () => {
    const sample = { ...large, events: large.events.slice(0, 1500), links: [] };
    const svg = timelineChart(sample, { document: testDocument(), binAbove: 2000, maxRows: 10 });
    expect(svg.getAttribute('data-binned')).toBeNull();
    const data = timelineData(sample);
    expect(svg.querySelectorAll('[data-event]').length).toBe(data.rows.reduce((n, r) => n + r.marks.length, 0));
  }, 30_000);

  test('networkChart(file) collapses actors past maxNodes and draws at most maxEdges', () => {
    const [svg, ms] = timed(() => networkChart(large, { document: testDocument() }));
    expect(svg.getAttribute('data-level')).toBe('country');
    expect(svg.querySelectorAll('circle[data-actor]').length).toBe(40);
    expect(svg.querySelectorAll('path[data-source]').length).toBe(300);
    expect(ms).toBeLessThan(10_000);
    expect(actorNetwork(large, { maxNodes: 400 }).level).toBe('role');
  }, 30_000);

  test('chains(file) and chainsChart(file) stay fast on many links', () => {
    const [found, ms] = timed(() => chains(large));
    expect(found.reduce((n, c) => n + c.links.length, 0)).toBe(large.links.length);
    expect(ms).toBeLessThan(5_000);
    const svg = chainsChart(found, { document: testDocument(), maxChains: 2 });
    expect(svg.querySelectorAll('g.chain').length).toBe(2);
  }, 30_000);
});
