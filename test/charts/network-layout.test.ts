import { describe, expect, test } from 'vitest';
import { actorNetwork } from '../../src/analysis/network.js';
import { layoutNetwork } from '../../src/charts/network-layout.js';
import { ev, eventsFile } from '../support/events.js';
import { chartsFixture } from '../support/fixtures.js';

describe('layoutNetwork', () => {
  test('layoutNetwork(network) gives identical coordinates across runs', () => {
    const network = actorNetwork(chartsFixture(), { level: 'actor' });
    const first = layoutNetwork(network);
    const second = layoutNetwork(actorNetwork(chartsFixture(), { level: 'actor' }));
    expect(second.nodes.map((n) => [n.id, n.x, n.y, n.r])).toEqual(first.nodes.map((n) => [n.id, n.x, n.y, n.r]));
    expect(second.edges).toEqual(first.edges);
  });

  test('layoutNetwork(network) does not depend on layouts computed before it', () => {
    const fixture = actorNetwork(chartsFixture(), { level: 'actor' });
    const other = actorNetwork(eventsFile([ev('a', 'ACCUSE', ['A'], ['B']), ev('b', 'ACCUSE', ['C'], ['D'])]));
    const first = layoutNetwork(fixture);
    layoutNetwork(other, { seed: 9 });
    expect(layoutNetwork(fixture)).toEqual(first);
  });

  test('layoutNetwork(network) keeps every node inside the box, margins included', () => {
    const layout = layoutNetwork(actorNetwork(chartsFixture(), { level: 'actor' }), { width: 400, height: 300, margin: [10, 20, 30, 40] });
    for (const n of layout.nodes) {
      expect(n.x - n.r).toBeGreaterThanOrEqual(40 - 1e-9);
      expect(n.x + n.r).toBeLessThanOrEqual(380 + 1e-9);
      expect(n.y - n.r).toBeGreaterThanOrEqual(10 - 1e-9);
      expect(n.y + n.r).toBeLessThanOrEqual(270 + 1e-9);
    }
  });

  test('layoutNetwork(network) sizes nodes by activity', () => {
    const layout = layoutNetwork(actorNetwork(chartsFixture(), { level: 'actor' }), { radius: [4, 18] });
    const byActivity = [...layout.nodes].sort((a, b) => a.activity - b.activity);
    expect(byActivity.at(-1)!.r).toBe(18);
    expect(byActivity[0]!.r).toBeLessThan(byActivity.at(-1)!.r);
  });

  test('layoutNetwork(network) bends reciprocal edges apart and leaves a lone edge straight', () => {
    const reciprocal = actorNetwork(eventsFile([ev('a', 'ACCUSE', ['A'], ['B']), ev('b', 'REJECT', ['B'], ['A']), ev('c', 'SANCTION', ['A'], ['C'])]));
    const bends = Object.fromEntries(layoutNetwork(reciprocal).edges.map((e) => [`${e.source}>${e.target}`, e.bend]));
    expect(bends).toEqual({ 'A>B': 14, 'A>C': 0, 'B>A': 14 });
  });

  test('layoutNetwork(network) ends edges outside the target circle', () => {
    const layout = layoutNetwork(actorNetwork(chartsFixture(), { level: 'actor' }));
    const at = new Map(layout.nodes.map((n) => [n.id, n]));
    for (const e of layout.edges) {
      const t = at.get(e.target)!;
      expect(Math.hypot(e.x2 - t.x, e.y2 - t.y)).toBeGreaterThan(t.r);
    }
  });
});
