/**
 * Where a chart puts its Export menu (chart-actions.ts). The menu's module is loaded the first
 * time a chart asks for it, and the embed bundle leaves it out altogether: a chart embedded in a
 * report shows the chart, not the explorer's tools, and the bundle stays small.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ActorNetwork } from '../analysis/network.js';
import type { Selection } from '../analysis/selection.js';
import type { EventsFile } from '../events/types.js';
import type { ChartKind } from '../export/embed-snippet.js';

/** What the menu reads from its chart. The chart draws its SVG in a `.chart` element of its shadow root. */
export interface ExportableChart extends HTMLElement {
  /** The selection the chart shows: its own attributes, narrowed by the page's selection. */
  readonly value: Selection;
  /** The events file the chart reads, if it reads one. */
  readonly src: string | undefined;
  /** The events of the current selection as the chart draws them: what its data exports and embed code carry. */
  readonly inSelection: EventsFile | undefined;
  /** The network drawn, for the network chart's GEXF and GraphML. */
  readonly network?: ActorNetwork | undefined;
}

let loading: Promise<unknown> | undefined;

/** The menu for `chart`, or nothing in the embed bundle. */
export function chartActions(chart: ExportableChart, kind: ChartKind): TemplateResult | typeof nothing {
  if (import.meta.env.MODE === 'embed') return nothing;
  // Should the module fail to load, the chart goes without the menu rather than failing.
  loading ??= import('./chart-actions.js').catch(() => undefined);
  return html`<reprisal-chart-actions kind=${kind} .chart=${chart}></reprisal-chart-actions>`;
}
