/**
 * Makes a drawn network (networkChart's SVG) explorable: hover or focus a node to see its
 * neighbours, click (or Enter) to select it, drag nodes, zoom with a pinch, Ctrl/⌘+wheel or the
 * host's buttons, and pan by dragging the background. Nodes become keyboard-focusable buttons.
 * The chart's own marks are moved into one transformed group; legend and notes stay put.
 */
import { drag, select, zoom, zoomIdentity, type D3DragEvent, type D3ZoomEvent, type ZoomBehavior } from 'd3';
import { arrowPath, bendOfPath, edgeEnds } from '../../charts/arrow-path.js';
import { NETWORK_HEAD_LENGTH } from '../../charts/network.js';

export interface NetworkInteraction {
  /** Emphasises `focus` (selected actors) with their neighbours, and `matches` (search hits); both empty shows all. */
  highlight(focus: ReadonlySet<string>, matches?: ReadonlySet<string>): void;
  zoomBy(factor: number): void;
  resetZoom(): void;
  /** The actors one edge away from `actor`. */
  neighbours(actor: string): Set<string>;
}

export interface InteractionOptions {
  /** A node was clicked or pressed; `additive` with Shift (or Ctrl/⌘). */
  onSelect(actor: string, additive: boolean): void;
}

interface Edge {
  path: SVGPathElement;
  source: string;
  target: string;
  bend: number;
  strokeWidth: number;
}

export function interactNetwork(svg: SVGSVGElement, options: InteractionOptions): NetworkInteraction {
  const viewport = wrapMarks(svg);
  const nodes = new Map<string, SVGCircleElement>();
  for (const circle of svg.querySelectorAll<SVGCircleElement>('circle[data-actor]')) nodes.set(circle.dataset.actor!, circle);
  const labels = [...svg.querySelectorAll<SVGTextElement>('text[data-actor]')];
  const edges: Edge[] = [...svg.querySelectorAll<SVGPathElement>('path[data-source]')].map((path) => ({
    path,
    source: path.dataset.source!,
    target: path.dataset.target!,
    bend: bendOfPath(path.getAttribute('d') ?? ''),
    strokeWidth: Number(path.getAttribute('stroke-width') ?? 1),
  }));
  const adjacent = new Map<string, Set<string>>();
  for (const { source, target } of edges) {
    if (!adjacent.has(source)) adjacent.set(source, new Set());
    if (!adjacent.has(target)) adjacent.set(target, new Set());
    adjacent.get(source)!.add(target);
    adjacent.get(target)!.add(source);
  }
  const neighbours = (actor: string) => new Set([actor, ...(adjacent.get(actor) ?? [])]);

  let persistent: { focus: ReadonlySet<string>; matches: ReadonlySet<string> } = { focus: new Set(), matches: new Set() };
  const paint = (focus: ReadonlySet<string>, matches: ReadonlySet<string>, transient = false) => {
    const near = new Set([...focus].flatMap((a) => [...neighbours(a)]));
    const lit = (id: string) => (focus.size === 0 && matches.size === 0) || near.has(id) || matches.has(id);
    for (const [id, circle] of nodes) {
      circle.classList.toggle('faded', !lit(id));
      circle.classList.toggle('selected', !transient && persistent.focus.has(id));
      circle.classList.toggle('match', matches.has(id));
      circle.setAttribute('aria-pressed', String(persistent.focus.has(id)));
    }
    for (const label of labels) label.classList.toggle('faded', !lit(label.dataset.actor!));
    for (const e of edges) e.path.classList.toggle('faded', focus.size > 0 ? !(focus.has(e.source) || focus.has(e.target)) : matches.size > 0 && !(matches.has(e.source) || matches.has(e.target)));
  };
  const restore = () => paint(persistent.focus, persistent.matches);

  for (const [id, circle] of nodes) {
    circle.setAttribute('tabindex', '0');
    circle.setAttribute('role', 'button');
    circle.setAttribute('aria-label', circle.querySelector('title')?.textContent ?? id);
    const hover = () => paint(new Set([id]), new Set(), true);
    circle.addEventListener('pointerenter', hover);
    circle.addEventListener('focus', hover);
    circle.addEventListener('pointerleave', restore);
    circle.addEventListener('blur', restore);
    circle.addEventListener('click', (event) => options.onSelect(id, event.shiftKey || event.ctrlKey || event.metaKey));
    circle.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      options.onSelect(id, event.shiftKey);
    });
  }

  // Dragging a node moves its circle, its label and the edges that touch it.
  const move = (id: string, x: number, y: number) => {
    const circle = nodes.get(id)!;
    const [dx, dy] = [x - Number(circle.getAttribute('cx')), y - Number(circle.getAttribute('cy'))];
    circle.setAttribute('cx', String(x));
    circle.setAttribute('cy', String(y));
    for (const label of labels) if (label.dataset.actor === id) label.setAttribute('transform', shifted(label.getAttribute('transform'), dx, dy));
    for (const e of edges) {
      if (e.source !== id && e.target !== id) continue;
      const [s, t] = [circleOf(nodes.get(e.source)!), circleOf(nodes.get(e.target)!)];
      const { x1, y1, x2, y2 } = edgeEnds(s, t, e.bend);
      e.path.setAttribute('d', arrowPath(x1, y1, x2, y2, { bend: e.bend, headLength: NETWORK_HEAD_LENGTH, strokeWidth: e.strokeWidth }));
    }
  };
  for (const [id, circle] of nodes) {
    select(circle).call(
      drag<SVGCircleElement, unknown>()
        .container(() => viewport)
        .subject(() => ({ x: Number(circle.getAttribute('cx')), y: Number(circle.getAttribute('cy')) }))
        .on('start', () => circle.classList.add('dragging'))
        .on('drag', (event: D3DragEvent<SVGCircleElement, unknown, { x: number; y: number }>) => move(id, event.x, event.y))
        .on('end', () => circle.classList.remove('dragging')),
    );
  }

  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.4, 8])
    // The page scrolls under a plain wheel; a pinch (which browsers send as Ctrl+wheel) or Ctrl/⌘+wheel zooms.
    .filter((event: Event) => (event.type === 'wheel' ? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey : !(event as MouseEvent).button))
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => viewport.setAttribute('transform', event.transform.toString()));
  const root = select(svg);
  root.call(behaviour).on('dblclick.zoom', null);
  svg.classList.add('interactive');

  return {
    highlight(focus, matches = new Set()) {
      persistent = { focus, matches };
      restore();
    },
    zoomBy(factor) {
      const box = svg.viewBox.baseVal;
      behaviour.scaleBy(root, factor, [box.width / 2, box.height / 2]);
    },
    resetZoom() {
      behaviour.transform(root, zoomIdentity);
    },
    neighbours,
  };
}

/** Moves every mark (not the style, legend or notes) into a <g class="viewport"> that zoom transforms. */
function wrapMarks(svg: SVGSVGElement): SVGGElement {
  const viewport = svg.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'g');
  viewport.setAttribute('class', 'viewport');
  const marks = [...svg.children].filter((el) => el.localName === 'g' && !el.classList.contains('legend'));
  marks[0]?.before(viewport);
  viewport.append(...marks);
  // The legend stays on top of panned marks, on a backdrop (once the chart is on the page and
  // the legend can be measured).
  const legend = svg.querySelector<SVGGElement>(':scope > g.legend');
  if (legend) {
    svg.append(legend);
    requestAnimationFrame(() => {
      if (!legend.isConnected) return;
      const box = legend.getBBox();
      const backdrop = svg.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'rect');
      for (const [k, v] of Object.entries({ class: 'legend-backdrop', x: box.x - 4, y: box.y - 3, width: box.width + 8, height: box.height + 6, rx: 4 })) backdrop.setAttribute(k, String(v));
      legend.prepend(backdrop);
    });
  }
  return viewport;
}

function circleOf(circle: SVGCircleElement): { x: number; y: number; r: number } {
  return { x: Number(circle.getAttribute('cx')), y: Number(circle.getAttribute('cy')), r: Number(circle.getAttribute('r')) };
}

function shifted(transform: string | null, dx: number, dy: number): string {
  const m = /translate\(\s*([-\d.e]+)[,\s]+([-\d.e]+)\s*\)/.exec(transform ?? '');
  const [x, y] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
  return `translate(${x + dx},${y + dy})`;
}
