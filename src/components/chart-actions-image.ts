/**
 * A chart as an image file that looks as it does on the page. On the page, much of a chart's
 * look comes from outside its SVG: the theme's colours, the component's shadow-root rules, the
 * highlighted and faded marks. A file carries none of that, so every element's computed style is
 * written onto it (only what differs from its parent, to keep the file small), on the chart's
 * own background. As PNG, that SVG is drawn through a canvas at twice its size.
 */
import { SVG_NS } from '../charts/svg.js';

// Properties children take from their parents: written on the root, then where a child differs.
const INHERITED = [
  'color',
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'visibility',
] as const;

// Properties that do not inherit: written where they are not their initial value.
const OWN: Readonly<Record<string, string>> = { opacity: '1', 'dominant-baseline': 'auto' };

// Elements that draw nothing themselves.
const SKIPPED = new Set(['style', 'title', 'desc', 'script', 'metadata']);

export interface SvgSize {
  width: number;
  height: number;
}

/** The chart's size in user units: its width and height attributes, else its viewBox, else its box. */
export function svgSize(svg: SVGSVGElement): SvgSize {
  const box = svg.viewBox.baseVal;
  const width = Number(svg.getAttribute('width')) || box?.width || svg.getBoundingClientRect().width;
  const height = Number(svg.getAttribute('height')) || box?.height || svg.getBoundingClientRect().height;
  return { width, height };
}

/** The chart, on the page, as the text of a standalone SVG file with its styles written in. */
export function chartSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')] as Element[];
  const computed = new Map<Element, CSSStyleDeclaration>();
  originals.forEach((original, i) => {
    const style = getComputedStyle(original);
    computed.set(original, style);
    const target = copies[i] as SVGElement;
    if (SKIPPED.has(original.localName)) return;
    const parent = original === svg ? undefined : computed.get(original.parentElement!);
    for (const name of INHERITED) {
      const value = style.getPropertyValue(name);
      if (value && value !== parent?.getPropertyValue(name)) target.style.setProperty(name, value);
    }
    for (const [name, initial] of Object.entries(OWN)) {
      const value = style.getPropertyValue(name);
      if (value && value !== initial) target.style.setProperty(name, value);
    }
    if (style.display === 'none') target.style.setProperty('display', 'none');
  });
  const { width, height } = svgSize(svg);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.insertBefore(background(svg, width, height), copy.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
}

// What the chart is drawn on: Plot's --plot-background (the theme's surface), else the nearest
// opaque background around it, else white.
function background(svg: SVGSVGElement, width: number, height: number): SVGRectElement {
  const box = svg.viewBox.baseVal;
  const rect = svg.ownerDocument.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({ x: box?.width ? box.x : 0, y: box?.height ? box.y : 0, width: box?.width || width, height: box?.height || height })) rect.setAttribute(k, String(v));
  rect.setAttribute('fill', backgroundOf(svg));
  rect.setAttribute('class', 'background');
  return rect;
}

function backgroundOf(svg: SVGSVGElement): string {
  const plot = getComputedStyle(svg).getPropertyValue('--plot-background').trim();
  if (plot) return plot;
  for (let node: Element | null = svg; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const color = getComputedStyle(node).backgroundColor;
    if (color && !/^(transparent|rgba\(.*,\s*0\))$/.test(color)) return color;
  }
  return 'white';
}

/** An SVG file's text drawn as PNG, `scale` times its size (2: sharp on high-density screens and in print). */
export async function svgPng(text: string, size: SvgSize, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(size.width * scale);
    canvas.height = Math.round(size.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw on a canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, size.width, size.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas could not be saved as PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
