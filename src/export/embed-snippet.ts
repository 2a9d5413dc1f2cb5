/**
 * The HTML a reporter pastes into a page to embed a chart with the filters they set: the module
 * that defines Reprisal's elements, and the element with the selection as its attributes.
 *
 *   <script type="module" src="https://example.org/reprisal.js"></script>
 *   <reprisal-timeline src="events.json" actors="CHN.GOV,USA.JUD" from="2014-01" to="2014-12"></reprisal-timeline>
 */
import { selectionToAttributes, type Selection } from '../analysis/selection.js';
import type { EventsFile } from '../events/types.js';
import { htmlAttribute } from './escape.js';
import { orderedEvents } from './events-json.js';

export const CHART_KINDS = ['network', 'timeline', 'chains'] as const;

export type ChartKind = (typeof CHART_KINDS)[number];

export interface EmbedOptions {
  /** The events file's URL, the element's `src`. Not written when the events are inline. */
  src?: string;
  /** The URL of the module that defines the elements. Default "reprisal.js". */
  script?: string;
  /**
   * The events themselves, written into the element as a `<script type="application/json">`
   * child, so the page needs no second file. Pass the selection's events (filterEvents) to keep
   * the page small.
   */
  inline?: EventsFile;
}

/** The snippet for `<reprisal-{kind}>` showing `selection`; it needs `src` or `inline`. */
export function embedSnippet(kind: ChartKind, selection: Selection, options: EmbedOptions): string {
  if (!CHART_KINDS.includes(kind)) throw new Error(`unknown chart "${kind}": expected ${CHART_KINDS.join(', ')}`);
  if (!options.inline && !options.src) throw new Error('embedSnippet needs the events file: a src URL or inline events');
  const attributes = { ...(options.inline ? {} : { src: options.src! }), ...selectionToAttributes(selection) };
  const open = `<reprisal-${kind}${Object.entries(attributes).map(([name, value]) => ` ${name}="${htmlAttribute(value)}"`).join('')}>`;
  const inline = options.inline ? `\n  <script type="application/json">${inlineJson(options.inline)}</script>\n` : '';
  return `<script type="module" src="${htmlAttribute(options.script ?? 'reprisal.js')}"></script>\n${open}${inline}</reprisal-${kind}>\n`;
}

/**
 * JSON that is safe as the text of a <script> element: every "<" is written as \u003c, so no
 * "</script" or "<!--" in the events' text can end or alter the element. JSON.parse reads it back unchanged.
 */
export function inlineJson(file: EventsFile): string {
  return JSON.stringify(orderedEvents(file)).replace(/</g, '\\u003c');
}
