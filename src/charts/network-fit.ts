/**
 * Fitting a force layout into the chart's box: turned to lie wide, scaled to fill, then relaxed
 * in pixels so that no two nodes overlap after the scaling.
 */
import { forceCollide, forceSimulation, forceX, forceY, randomLcg, type SimulationNodeDatum } from 'd3';

export interface SimNode extends SimulationNodeDatum {
  index: number;
  r: number;
}

// Turned so the layout's long axis is horizontal (the box is wider than tall), then scaled to
// fit: uniformly, with at most 1.3× extra stretch on one axis to fill the box, and grown at most
// 1.5× so that a few nodes are not thrown to the corners.
/** Pixel positions by node index. */
export interface Fit {
  x(i: number): number;
  y(i: number): number;
}

export function fitInto(nodes: SimNode[], x0: number, y0: number, x1: number, y1: number): Fit {
  const points = principalAxes(nodes);
  const pad = Math.max(0, ...nodes.map((n) => n.r));
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs) - pad, Math.max(...xs) + pad, Math.min(...ys) - pad, Math.max(...ys) + pad];
  const fx = (x1 - x0) / Math.max(1, maxX - minX);
  const fy = (y1 - y0) / Math.max(1, maxY - minY);
  const k = Math.min(1.5, fx, fy);
  const kx = Math.min(fx, k * 1.3);
  const ky = Math.min(fy, k * 1.3);
  const cx = (x0 + x1) / 2 - ((minX + maxX) / 2) * kx;
  const cy = (y0 + y1) / 2 - ((minY + maxY) / 2) * ky;
  return { x: (i: number) => cx + points[i]![0] * kx, y: (i: number) => cy + points[i]![1] * ky };
}

// Fitting to the box shrinks distances but not radii, so nodes can end up overlapping. A short
// second simulation in pixels pushes them apart, held near their fitted places and in the box.
export function relax(nodes: SimNode[], fit: Fit, box: { x0: number; y0: number; x1: number; y1: number }, seed: number): void {
  const targets = nodes.map((_, i) => [fit.x(i), fit.y(i)] as const);
  nodes.forEach((n, i) => ((n.x = targets[i]![0]), (n.y = targets[i]![1]), (n.vx = 0), (n.vy = 0)));
  const simulation = forceSimulation(nodes)
    .randomSource(randomLcg(seed))
    .force('collide', forceCollide<SimNode>((d) => d.r + 16).strength(0.8))
    .force('x', forceX<SimNode>((d) => targets[d.index]![0]).strength(0.08))
    .force('y', forceY<SimNode>((d) => targets[d.index]![1]).strength(0.08))
    .alpha(0.6)
    .stop();
  for (let t = 0; t < 120; t++) {
    simulation.tick();
    for (const n of nodes) {
      n.x = Math.max(box.x0 + n.r, Math.min(box.x1 - n.r, n.x!));
      n.y = Math.max(box.y0 + n.r, Math.min(box.y1 - n.r, n.y!));
    }
  }
}

// Positions rotated onto their principal axes, the major one horizontal.
function principalAxes(nodes: SimNode[]): [number, number][] {
  const n = Math.max(1, nodes.length);
  const mx = nodes.reduce((s, d) => s + (d.x ?? 0), 0) / n;
  const my = nodes.reduce((s, d) => s + (d.y ?? 0), 0) / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const d of nodes) {
    const [dx, dy] = [(d.x ?? 0) - mx, (d.y ?? 0) - my];
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const [cos, sin] = [Math.cos(-angle), Math.sin(-angle)];
  return nodes.map((d) => {
    const [dx, dy] = [(d.x ?? 0) - mx, (d.y ?? 0) - my];
    return [dx * cos - dy * sin, dx * sin + dy * cos];
  });
}
