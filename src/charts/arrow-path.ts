/**
 * Edge geometry shared by the network chart and its interactive host: where an edge between two
 * circles starts and ends, and the path Plot's arrow mark draws for it (without insets), so a
 * component can redraw an edge while a node is dragged, exactly as the chart first drew it.
 */

export interface Circle {
  x: number;
  y: number;
  r: number;
}

export interface ArrowOptions {
  /** Degrees; positive bends clockwise. Default 0. */
  bend?: number;
  /** Default 8 (Plot's). */
  headLength?: number;
  /** Default 60 (Plot's). */
  headAngle?: number;
  /** Default 1. */
  strokeWidth?: number;
}

const RADIANS = Math.PI / 180;

/**
 * The ends of an edge from circle `s` to circle `t`, on the circles where an arc of `bend`
 * degrees leaves and arrives (the chord's angle minus and plus the bend), so that parallel arcs
 * fan out instead of meeting in one point. The end stops just outside `t`, where the head ends.
 */
export function edgeEnds(s: Circle, t: Circle, bend: number): { x1: number; y1: number; x2: number; y2: number } {
  const angle = Math.atan2(t.y - s.y, t.x - s.x);
  const [a1, a2] = [angle - bend * RADIANS, angle + bend * RADIANS];
  return {
    x1: s.x + Math.cos(a1) * (s.r + 2),
    y1: s.y + Math.sin(a1) * (s.r + 2),
    x2: t.x - Math.cos(a2) * (t.r + 3),
    y2: t.y - Math.sin(a2) * (t.r + 3),
  };
}

/** The `d` of Plot's arrow from (x1, y1) to (x2, y2): a circular arc (or a line) and a head. */
export function arrowPath(x1: number, y1: number, x2: number, y2: number, options: ArrowOptions = {}): string {
  const { bend = 0, headLength = 8, headAngle = 60, strokeWidth = 1 } = options;
  const length = Math.hypot(x2 - x1, y2 - y1);
  if (length === 0) return '';
  const lineAngle = Math.atan2(y2 - y1, x2 - x1);
  const head = Math.min((headLength / 1.5) * strokeWidth, length / 3);
  const bendAngle = bend * RADIANS;
  const r = Math.hypot(length / Math.tan(bendAngle), length) / 2;
  const endAngle = lineAngle + bendAngle;
  const wing = (headAngle * RADIANS) / 2;
  const [x3, y3] = [x2 - head * Math.cos(endAngle + wing), y2 - head * Math.sin(endAngle + wing)];
  const [x4, y4] = [x2 - head * Math.cos(endAngle - wing), y2 - head * Math.sin(endAngle - wing)];
  const arc = r < 1e5 ? `A${r},${r} 0,0,${bendAngle > 0 ? 1 : 0} ` : 'L';
  return `M${x1},${y1}${arc}${x2},${y2}${head ? `M${x3},${y3}L${x2},${y2}L${x4},${y4}` : ''}`;
}

/** The bend in degrees of a path drawn by arrowPath (or Plot's arrow): 0 for a straight one. */
export function bendOfPath(d: string): number {
  const m = /^M\s*([-\d.e]+)[,\s]([-\d.e]+)\s*A\s*([-\d.e]+)[,\s][-\d.e]+\s+[-\d.e]+[,\s]+[-\d.e]+[,\s]+([01])[,\s]*([-\d.e]+)[,\s]([-\d.e]+)/i.exec(d);
  if (!m) return 0;
  const [x1, y1, r, sweep, x2, y2] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as [number, number, number, number, number, number];
  const chord = Math.hypot(x2 - x1, y2 - y1);
  const angle = Math.asin(Math.min(1, chord / (2 * r))) / RADIANS;
  return sweep ? angle : -angle;
}
