/**
 * Node labels that do not collide: each label, most important first, takes the first of four
 * places around its node (below, above, right, left) that stays in the box and overlaps no placed
 * label and no obstacle; failing that, the first that overlaps only soft obstacles (arrowheads,
 * which hubs are ringed with). A label with no such place is left out (the node keeps its title).
 */
import { textWidth } from './svg.js';

export interface LabelCandidate {
  id: string;
  text: string;
  x: number;
  y: number;
  r: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** The text's anchor point and alignment. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const HEIGHT = 12;

/** Labels for `labels` (in priority order), avoiding each other and every circle in `obstacles`. */
export function placeLabels(
  labels: readonly LabelCandidate[],
  obstacles: readonly { id: string; x: number; y: number; r: number; soft?: boolean }[],
  bounds: { width: number; height: number; top?: number },
  fontSize = 10,
): PlacedLabel[] {
  // Every node's circle, as a box owned by the node: a label may touch its own node, no other.
  const taken: (Box & { owner?: string; soft?: boolean })[] = obstacles.map((o) => ({ owner: o.id, soft: o.soft, x0: o.x - o.r, y0: o.y - o.r, x1: o.x + o.r, y1: o.y + o.r }));
  const out: PlacedLabel[] = [];
  for (const label of labels) {
    const w = textWidth(label.text, fontSize);
    const { id, text, x, y, r } = label;
    const places: [PlacedLabel, Box][] = [
      [{ id, text, x, y: y + r + 8, anchor: 'middle' }, { x0: x - w / 2, y0: y + r + 2, x1: x + w / 2, y1: y + r + 2 + HEIGHT }],
      [{ id, text, x, y: y - r - 8, anchor: 'middle' }, { x0: x - w / 2, y0: y - r - 2 - HEIGHT, x1: x + w / 2, y1: y - r - 2 }],
      [{ id, text, x: x + r + 4, y, anchor: 'start' }, { x0: x + r + 3, y0: y - HEIGHT / 2, x1: x + r + 4 + w, y1: y + HEIGHT / 2 }],
      [{ id, text, x: x - r - 4, y, anchor: 'end' }, { x0: x - r - 4 - w, y0: y - HEIGHT / 2, x1: x - r - 3, y1: y + HEIGHT / 2 }],
    ];
    const clear = (box: Box, hard: boolean) => inside(box, bounds) && !taken.some((t) => (!hard || !t.soft) && t.owner !== label.id && overlaps(box, t));
    const free = places.find(([, box]) => clear(box, false)) ?? places.find(([, box]) => clear(box, true));
    if (!free) continue;
    out.push(free[0]);
    taken.push(free[1]);
  }
  return out;
}

function inside(box: Box, bounds: { width: number; height: number; top?: number }): boolean {
  return box.x0 >= 2 && box.x1 <= bounds.width - 2 && box.y0 >= (bounds.top ?? 0) && box.y1 <= bounds.height - 2;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}
