import { describe, expect, test } from 'vitest';
import { placeLabels } from '../../src/charts/label-placement.js';
import { packLanes } from '../../src/charts/lanes.js';

describe('packLanes', () => {
  test('packLanes(items, gap) puts overlapping items in separate lanes, first fit', () => {
    expect(packLanes([{ x1: 0, x2: 10 }, { x1: 5, x2: 15 }, { x1: 12, x2: 20 }, { x1: 16, x2: 30 }], 1)).toEqual({ lanes: [0, 1, 0, 1], count: 2 });
    expect(packLanes([{ x1: 0, x2: 10 }, { x1: 10, x2: 20 }], 0)).toEqual({ lanes: [0, 0], count: 1 });
    expect(packLanes([], 2)).toEqual({ lanes: [], count: 1 });
  });
});

describe('placeLabels', () => {
  test('placeLabels(labels, obstacles) puts a label below its node when free, above when not', () => {
    const a = { id: 'a', text: 'Alpha', x: 100, y: 100, r: 10 };
    const b = { id: 'b', text: 'Beta', x: 100, y: 128, r: 6 };
    const placed = placeLabels([a, b], [a, b], { width: 300, height: 300 });
    expect(placed.map((p) => [p.id, p.anchor, p.y])).toEqual([['a', 'middle', 82], ['b', 'middle', 142]]);
  });

  test('placeLabels(labels, obstacles) leaves out a label with no free place', () => {
    const boxed = { id: 'boxed', text: 'A rather long label', x: 20, y: 20, r: 5 };
    expect(placeLabels([boxed], [boxed], { width: 40, height: 40 })).toEqual([]);
  });

  test('placeLabels(labels, obstacles) lets a label cover soft obstacles when nothing else is free', () => {
    const hub = { id: 'hub', text: 'Hub', x: 100, y: 100, r: 10 };
    const heads = [[0, 18], [0, -18], [20, 0], [-20, 0]].map(([dx, dy]) => ({ id: '', x: 100 + dx!, y: 100 + dy!, r: 5, soft: true }));
    expect(placeLabels([hub], [hub, ...heads], { width: 300, height: 300 })).toEqual([{ id: 'hub', text: 'Hub', x: 100, y: 118, anchor: 'middle' }]);
  });
});
