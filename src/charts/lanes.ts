/**
 * Interval packing: items that would overlap on screen go to separate lanes, first fit in order
 * of start, so marks in one row never hide each other.
 */

/** The lane of each item (in input order) and how many lanes were needed. */
export function packLanes(items: readonly { x1: number; x2: number }[], gap = 0): { lanes: number[]; count: number } {
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.x1 - items[b]!.x1 || a - b);
  const ends: number[] = [];
  const lanes = new Array<number>(items.length).fill(0);
  for (const i of order) {
    const { x1, x2 } = items[i]!;
    let lane = ends.findIndex((end) => end + gap <= x1);
    if (lane < 0) lane = ends.push(x2) - 1;
    else ends[lane] = x2;
    lanes[i] = lane;
  }
  return { lanes, count: Math.max(1, ends.length) };
}
