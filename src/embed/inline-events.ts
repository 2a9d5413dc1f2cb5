/**
 * Events written into the page itself: a chart element's `<script type="application/json">`
 * child, so a report can embed a chart without serving a second file. The text is read and
 * checked like any events file (src/events/validate.ts); what is wrong comes back as a message
 * naming the element, for the element to show, never as an exception.
 *
 *   <reprisal-network>
 *     <script type="application/json">{"format": "reprisal-events/1", "events": […]}</script>
 *   </reprisal-network>
 */
import type { EventsFile } from '../events/types.js';
import { parseEventsFile } from '../events/validate.js';

export type InlineEvents = { file: EventsFile; error?: undefined } | { file?: undefined; error: string };

/** The element's first `<script type="application/json">` child, if it has one. */
export function inlineScript(host: Element): HTMLScriptElement | undefined {
  for (const child of host.children) {
    if (child.localName === 'script' && child.getAttribute('type')?.trim().toLowerCase() === 'application/json') return child as HTMLScriptElement;
  }
  return undefined;
}

/** Reads the text of `tag`'s inline events script ("reprisal-timeline"). */
export function readInlineEvents(text: string, tag: string): InlineEvents {
  const where = `The events inside <${tag}> (its <script type="application/json">)`;
  if (!text.trim()) return { error: `${where} are empty: write an events file there, or give the element a src attribute` };
  try {
    return { file: parseEventsFile(text) };
  } catch (e) {
    return { error: `${where} cannot be read: ${e instanceof Error ? e.message : String(e)}` };
  }
}
