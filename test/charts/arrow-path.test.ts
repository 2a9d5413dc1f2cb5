import * as Plot from '@observablehq/plot';
import { describe, expect, test } from 'vitest';
import { arrowPath, bendOfPath, edgeEnds } from '../../src/charts/arrow-path.js';
import { testDocument } from '../support/dom.js';

// The path Plot's arrow mark draws from (x1, y1) to (x2, y2), in identity scales.
function plotArrow(x1: number, y1: number, x2: number, y2: number, bend: number, strokeWidth: number): string {
  const svg = Plot.plot({
    document: testDocument(),
    width: 400,
    height: 400,
    margin: 0,
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null },
    marks: [Plot.arrow([{}], { x1: () => x1, y1: () => y1, x2: () => x2, y2: () => y2, bend, headLength: 7, strokeWidth })],
  });
  return svg.querySelector('path')!.getAttribute('d')!;
}

const numbers = (d: string) => d.match(/-?[\d.]+(?:e-?\d+)?/g)!.map((n) => Math.round(Number(n) * 100) / 100);

describe('arrow geometry', () => {
  test('arrowPath(…) draws what Plot.arrow draws, straight and bent', () => {
    for (const [bend, width] of [[0, 1], [22, 1.3], [-30, 2], [64, 3.2]] as const) {
      expect(numbers(arrowPath(20, 30, 250, 190, { bend, headLength: 7, strokeWidth: width }))).toEqual(numbers(plotArrow(20, 30, 250, 190, bend, width)));
    }
  });

  test('bendOfPath(d) reads back the bend of an arc, 0 for a line', () => {
    expect(bendOfPath(arrowPath(0, 0, 100, 40, { bend: 30 }))).toBeCloseTo(30, 6);
    expect(bendOfPath(arrowPath(0, 0, 100, 40, { bend: -14 }))).toBeCloseTo(-14, 6);
    expect(bendOfPath(arrowPath(0, 0, 100, 40))).toBe(0);
  });

  test('edgeEnds(s, t, bend) leaves the source at its rim and stops outside the target', () => {
    const ends = edgeEnds({ x: 0, y: 0, r: 10 }, { x: 100, y: 0, r: 5 }, 0);
    expect(ends).toEqual({ x1: 12, y1: 0, x2: 92, y2: 0 });
    const bent = edgeEnds({ x: 0, y: 0, r: 10 }, { x: 100, y: 0, r: 5 }, 90);
    expect(bent.x1).toBeCloseTo(0, 9);
    expect(bent.y1).toBeCloseTo(-12, 9);
  });
});
