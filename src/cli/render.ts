/**
 * `reprisal render network|timeline|chains --events FILE`: a chart as a standalone SVG file,
 * drawn by the explorer's own chart functions in a linkedom document. The charts (with Plot and
 * d3) and linkedom are imported dynamically, once the arguments are known to be good, so the
 * other commands and usage errors never pay for loading them.
 */
import { filterEvents } from '../analysis/filter.js';
import type { Selection } from '../analysis/selection.js';
import type { EventsFile } from '../events/types.js';
import { CHART_KINDS, type ChartKind } from '../export/embed-snippet.js';
import { UsageError } from './errors.js';
import { readEventsFile } from './events-file.js';
import { writeOutput } from './output.js';
import { selectionFromFlags, type SelectionFlags } from './selection-flags.js';

export interface RenderFlags extends SelectionFlags {
  events?: string;
  out?: string;
  width?: string;
  level?: string;
}

export interface RenderOptions {
  /** Default 640; the network is three quarters as high as it is wide. */
  width?: number;
  /** Network nodes per actor, COUNTRY.ROLE or country (default: chosen by size); timeline rows and chain lanes per actor (default) or country. */
  level?: 'actor' | 'role' | 'country';
  /** The document to draw in; default a fresh linkedom one. */
  document?: Document;
}

/** Runs the command; `args` are the positionals after "render". Returns the exit status. */
export async function render(args: string[], flags: RenderFlags, say: (line: string) => void): Promise<number> {
  const [kind, ...rest] = args;
  if (!kind) throw new UsageError(`render needs a chart: reprisal render ${CHART_KINDS.join('|')} --events FILE`);
  if (!isChartKind(kind)) throw new UsageError(`unknown chart "${kind}": expected ${CHART_KINDS.join(', ')}`);
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}"`);
  if (!flags.events) throw new UsageError(`render needs the events file: reprisal render ${kind} --events FILE`);
  if (flags.out && /\.[^./\\]+$/.test(flags.out) && !/\.svg$/i.test(flags.out)) throw new UsageError(`--out ${flags.out}: render writes SVG; name the file .svg`);
  const options: RenderOptions = { width: widthOf(flags.width), level: levelOf(kind, flags.level) };
  const selection = selectionFromFlags(flags);

  const file = readEventsFile(flags.events);
  const { svg, events } = await renderChart(kind, file, selection, options);
  if (!events) say('no events match the filters; the chart is empty');
  if (writeOutput(await standaloneSvg(svg), flags.out)) say(`wrote ${flags.out}: ${svg.getAttribute('aria-label')}`);
  return 0;
}

/** The chart of the events of `file` that match `selection`, as the explorer draws it. */
export async function renderChart(kind: ChartKind, file: EventsFile, selection: Selection, options: RenderOptions = {}): Promise<{ svg: SVGSVGElement; events: number }> {
  const { networkChart, timelineChart, chainsChart } = await import('../charts/index.js');
  const document = options.document ?? (await linkedomDocument());
  const selected = filterEvents(file, selection);
  const width = options.width ?? 640;
  const level = options.level;
  const svg =
    kind === 'network'
      ? networkChart(selected, { document, width, height: Math.round(width * 0.75), ...(level ? { level } : {}) })
      : kind === 'timeline'
        ? timelineChart(selected, { document, width, from: selection.period?.from, to: selection.period?.to, ...(level === 'country' ? { rowBy: 'country' } : {}) })
        : chainsChart(selected, { document, width, ...(level === 'country' ? { laneBy: 'country' } : {}) });
  return { svg, events: selected.events.length };
}

/**
 * The chart as an SVG file that reads on its own: with the namespace, and a white background
 * (on a page the page's white shows through; a file opened in a viewer or placed on a dark slide
 * would otherwise lose its black text).
 */
export async function standaloneSvg(svg: SVGSVGElement): Promise<string> {
  const { SVG_NS, toStandaloneSvg } = await import('../charts/index.js');
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const background = svg.ownerDocument.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({ width: '100%', height: '100%', fill: 'white', 'data-background': '' })) background.setAttribute(k, v);
  copy.prepend(background);
  return toStandaloneSvg(copy);
}

async function linkedomDocument(): Promise<Document> {
  const { parseHTML } = await import('linkedom');
  return parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
}

function isChartKind(kind: string): kind is ChartKind {
  return (CHART_KINDS as readonly string[]).includes(kind);
}

function widthOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const width = Number(value);
  if (!Number.isInteger(width) || width < 200 || width > 4000) throw new UsageError(`--width must be a whole number of pixels from 200 to 4000, not "${value}"`);
  return width;
}

function levelOf(kind: ChartKind, value: string | undefined): RenderOptions['level'] {
  if (value === undefined) return undefined;
  const allowed = kind === 'network' ? ['actor', 'role', 'country'] : ['actor', 'country'];
  if (!allowed.includes(value)) throw new UsageError(`--level for a ${kind} chart must be ${allowed.join(', ')}, not "${value}"`);
  return value as RenderOptions['level'];
}
