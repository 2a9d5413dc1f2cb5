/**
 * A legend drawn inside the chart's own SVG (Plot's swatch legends are HTML), so a chart stays
 * one element that exports as one SVG file.
 */
import { svgElement, textWidth } from './svg.js';

export interface LegendEntry {
  label: string;
  color: string;
  /** How the swatch is drawn; default "dot". */
  symbol?: 'dot' | 'ring' | 'bar' | 'square' | 'line' | 'dashed' | 'none';
}

export interface LegendOptions {
  document: Document;
  /** The width to wrap within. */
  width: number;
  x?: number;
  y?: number;
  /** A bold label before the entries. */
  title?: string;
}

const ROW = 16;
const SWATCH = 14;

/** A `<g>` of swatches wrapped in rows within `width`, and the height it takes. */
export function svgLegend(entries: readonly LegendEntry[], options: LegendOptions): { element: SVGGElement; height: number } {
  const { document: doc, width, x = 0, y = 0, title } = options;
  const g = svgElement(doc, 'g', { transform: `translate(${x},${y})`, 'font-size': 10, 'font-family': 'system-ui, sans-serif', 'aria-hidden': 'true', class: 'legend' });
  let cx = 0;
  let row = 0;
  if (title) {
    g.append(text(doc, 0, ROW / 2, title, 'bold'));
    cx = textWidth(title) + 10;
  }
  for (const entry of entries) {
    const swatchWidth = entry.symbol === 'none' ? 0 : SWATCH + 4;
    const w = swatchWidth + textWidth(entry.label) + 12;
    if (cx > 0 && cx + w > width) {
      row++;
      cx = 0;
    }
    const cy = row * ROW + ROW / 2;
    if (entry.symbol !== 'none') g.append(swatch(doc, cx, cy, entry));
    g.append(text(doc, cx + swatchWidth, cy, entry.label));
    cx += w;
  }
  return { element: g, height: entries.length || title ? (row + 1) * ROW : 0 };
}

function text(doc: Document, x: number, y: number, label: string, weight?: string): SVGTextElement {
  const t = svgElement(doc, 'text', { x, y, dy: '0.32em', 'text-anchor': 'start', fill: 'currentColor', 'font-weight': weight });
  t.textContent = label;
  return t;
}

function swatch(doc: Document, x: number, cy: number, entry: LegendEntry): SVGElement {
  const c = entry.color;
  switch (entry.symbol ?? 'dot') {
    case 'ring':
      return svgElement(doc, 'circle', { cx: x + SWATCH / 2, cy, r: 4, fill: 'none', stroke: c, 'stroke-width': 1.5 });
    case 'bar':
      return svgElement(doc, 'rect', { x, y: cy - 4, width: SWATCH, height: 8, rx: 2, fill: c, 'fill-opacity': 0.55, stroke: c });
    case 'square':
      return svgElement(doc, 'rect', { x: x + 2, y: cy - 5, width: 10, height: 10, fill: c });
    case 'line':
    case 'dashed':
      return svgElement(doc, 'line', { x1: x, x2: x + SWATCH, y1: cy, y2: cy, stroke: c, 'stroke-width': 2, 'stroke-dasharray': entry.symbol === 'dashed' ? '4,3' : undefined });
    default:
      return svgElement(doc, 'circle', { cx: x + SWATCH / 2, cy, r: 4.5, fill: c });
  }
}
