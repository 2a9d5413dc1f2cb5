/**
 * Small helpers every chart shares: which document to build in (the page's, or linkedom's in
 * Node), SVG elements, data-* attributes on Plot marks, accessible names, standalone export.
 */
import type { RenderFunction } from '@observablehq/plot';

export const SVG_NS = 'http://www.w3.org/2000/svg';

export interface DocumentOption {
  /** The document to build elements in; default the global one. Pass linkedom's in Node. */
  document?: Document;
}

export function documentOf(options: DocumentOption): Document {
  const doc = options.document ?? (globalThis as { document?: Document }).document;
  if (!doc) throw new Error('No document: pass the `document` option (e.g. linkedom parseHTML(...).document) outside a browser.');
  return doc;
}

export type Attributes = Readonly<Record<string, string | number | undefined>>;

/** An SVG element with attributes; undefined values are left out. */
export function svgElement<K extends keyof SVGElementTagNameMap>(doc: Document, name: K, attributes: Attributes = {}): SVGElementTagNameMap[K] {
  const el = doc.createElementNS(SVG_NS, name) as SVGElementTagNameMap[K];
  for (const [key, value] of Object.entries(attributes)) if (value !== undefined) el.setAttribute(key, String(value));
  return el;
}

/**
 * A Plot render transform that sets attributes on each rendered element, in index order, so
 * tests and components can find a mark by data (data-actor, data-event…) rather than position.
 * Only for marks that draw one element (not a group) per datum: dot, rect, arrow, text, rule.
 */
export function markAttributes(attributes: (i: number) => Attributes): RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const g = next!(index, scales, values, dimensions, context);
    if (!g) return g;
    // With `clip`, Plot wraps the elements in one more <g>; the datum elements are never groups here.
    let children = elements(g);
    while (children.length === 1 && children[0]!.localName === 'g') children = elements(children[0]!);
    index.forEach((i, k) => {
      const el = children[k];
      if (el) for (const [key, value] of Object.entries(attributes(i))) if (value !== undefined) el.setAttribute(key, String(value));
    });
    return g;
  };
}

function elements(parent: Element): Element[] {
  return [...parent.childNodes].filter((n): n is Element => n.nodeType === 1);
}

/** Plot's result when no option asks for a figure: its root <svg>. */
export function asSvg(plot: Element): SVGSVGElement {
  if (plot.localName !== 'svg') throw new Error(`expected Plot to return an <svg>, got <${plot.localName}>`);
  return plot as SVGSVGElement;
}

/** Gives a chart an accessible name: role="img" and aria-label (plus aria-description if given). */
export function nameChart(svg: Element, label: string, description?: string): void {
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  if (description) svg.setAttribute('aria-description', description);
}

/** The chart as a standalone SVG file's text: Plot and linkedom leave out the namespace a file needs. */
export function toStandaloneSvg(svg: Element): string {
  if (svg.localName !== 'svg') throw new Error(`expected an <svg>, got <${svg.localName}>`);
  const copy = svg.cloneNode(true) as Element;
  if (!copy.getAttribute('xmlns')) copy.setAttribute('xmlns', SVG_NS);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${copy.outerHTML}\n`;
}

/** A small grey note, right-aligned at (x, y): what the chart leaves out. */
export function note(doc: Document, x: number, y: number, text: string): SVGTextElement {
  const t = svgElement(doc, 'text', { x, y, 'text-anchor': 'end', 'font-size': 10, 'font-family': 'system-ui, sans-serif', fill: '#666', class: 'note' });
  t.textContent = text;
  return t;
}

/** A rough width of `text` in pixels at `fontSize` in a system sans-serif; for layout, not for truth. */
export function textWidth(text: string, fontSize = 10): number {
  return text.length * fontSize * 0.62;
}

/** `text` cut to `max` characters with an ellipsis. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}
