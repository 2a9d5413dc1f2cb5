/**
 * What a chart's export menu hands out, apart from its image: the data of the current selection
 * in the formats other tools read (src/export), the HTML that embeds the chart elsewhere, and
 * the download itself.
 */
import type { ActorNetwork } from '../analysis/network.js';
import type { Selection } from '../analysis/selection.js';
import type { EventsFile } from '../events/types.js';
import { embedSnippet, type ChartKind } from '../export/embed-snippet.js';
import { eventsCsv } from '../export/events-csv.js';
import { eventsJson } from '../export/events-json.js';
import { networkGexf } from '../export/network-gexf.js';
import { networkGraphml } from '../export/network-graphml.js';
import { timelineJs } from '../export/timeline-js.js';

export interface DataExport {
  /** The button's words. */
  label: string;
  /** The downloaded file's name. */
  file: string;
  type: string;
  text(): string;
}

/**
 * The downloads of one chart's data: the events (JSON in the spec's format, and CSV) for every
 * chart, the network for Gephi (GEXF) and other graph tools (GraphML), the timeline for TimelineJS.
 */
export function dataExports(kind: ChartKind, events: EventsFile, network?: ActorNetwork): DataExport[] {
  const name = `reprisal-${kind}`;
  const exports: DataExport[] = [
    { label: 'Events (JSON)', file: `${name}-events.json`, type: 'application/json', text: () => eventsJson(events) },
    { label: 'Events (CSV)', file: `${name}-events.csv`, type: 'text/csv', text: () => eventsCsv(events) },
  ];
  if (kind === 'network' && network) {
    exports.push(
      { label: 'Network (GEXF, for Gephi)', file: `${name}.gexf`, type: 'application/gexf+xml', text: () => networkGexf(network) },
      { label: 'Network (GraphML)', file: `${name}.graphml`, type: 'application/graphml+xml', text: () => networkGraphml(network) },
    );
  }
  if (kind === 'timeline') {
    exports.push({ label: 'Timeline (TimelineJS JSON)', file: `${name}-timelinejs.json`, type: 'application/json', text: () => timelineJs(events) });
  }
  return exports;
}

/**
 * `file` with only the documents its events are reported in: filterEvents keeps every document,
 * which an export or an embedded chart of a few events has no use for.
 */
export function reportedDocuments(file: EventsFile): EventsFile {
  const reported = new Set(file.events.flatMap((e) => e.mentions.map((m) => m.doc)));
  return { ...file, documents: file.documents.filter((d) => reported.has(d.id)) };
}

export interface EmbedSource {
  /** The events file the chart reads (its `src`), if it reads one. */
  src: string | undefined;
  /** The events of the current selection, to write into the snippet when there is no `src` to point to. */
  events: EventsFile;
  /** Where the page is, to make `src` and the script's URL absolute. */
  base: string;
}

/**
 * The HTML that shows this chart on another page, with the current filters as attributes. A file
 * on the web is pointed to by URL; events from the page's corpus (or a file given as a blob, which
 * lives only as long as this page) are written into the snippet. The script is the embed bundle
 * the explorer is published with (embed/reprisal.js beside its index.html).
 */
export function embedCode(kind: ChartKind, selection: Selection, source: EmbedSource): string {
  const script = new URL('embed/reprisal.js', source.base).href;
  const src = source.src ? new URL(source.src, source.base) : undefined;
  if (src && /^https?:$/.test(src.protocol)) return embedSnippet(kind, selection, { src: src.href, script });
  return embedSnippet(kind, selection, { inline: source.events, script });
}

/**
 * Saves `blob` as a file named `name`. The URL is kept a while after the click: a browser may
 * read the blob only once the click has returned (FileSaver.js waits 40 s too).
 */
export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 40_000);
}
