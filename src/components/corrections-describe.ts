/**
 * A correction in words, for the corrections list and the "saved" line: what it does, and the
 * events it names, quoted from the articles where they are reported. A reference is quoted as it
 * was recorded (else from the document's text at its recorded place), so a correction whose
 * event is gone still says which sentence it was about.
 */
import { formatDate } from '../analysis/dates.js';
import type { Correction, EventChanges, EventRef } from '../corrections/types.js';
import type { EventDate } from '../events/types.js';
import { shorten } from './correction-form-values.js';

export interface DescribeContext {
  /** A document's text, when the corpus has it. */
  text(doc: string): string | undefined;
  title(doc: string): string;
  actorName(id: string): string;
}

export interface Described {
  /** "Changed the type to accuse, who acts to Chinese government" */
  action: string;
  /** The events it names, quoted: "“China ordered its banks …” (ZDNet article)". */
  events: string[];
}

export function describeCorrection(c: Correction, context: DescribeContext): Described {
  const quote = (ref: EventRef) => quoteRef(ref, context);
  switch (c.op) {
    case 'edit':
      return { action: describeChanges(c.set, context), events: [quote(c.event)] };
    case 'delete':
      return { action: 'Deleted the event', events: [quote(c.event)] };
    case 'merge':
      return { action: `Merged ${c.events.length} events into one`, events: c.events.map(quote) };
    case 'add': {
      const e = c.event;
      const who = `${actors(e.source, context)} → ${actors(e.target, context)}`;
      return {
        action: `Added a missed event: ${e.type.toLowerCase()}${e.measure ? ` (${e.measure})` : ''}, ${who}${e.date ? `, ${formatDate(e.date)}` : ''}`,
        events: e.mentions.map((m) => `“${shorten(m.text, 140)}” (${context.title(m.doc)})`),
      };
    }
    case 'link':
      return { action: `Linked as ${c.kind}: the second answers the first`, events: [quote(c.from), quote(c.to)] };
    case 'unlink':
      return { action: 'Removed the link between', events: [quote(c.from), quote(c.to)] };
  }
}

function describeChanges(set: EventChanges, context: DescribeContext): string {
  const parts: string[] = [];
  if (set.type) parts.push(`the type to ${set.type.toLowerCase()}`);
  if (set.measure) parts.push(`the measure to ${set.measure}`);
  if (set.source) parts.push(`who acts to ${actors(set.source, context)}`);
  if (set.target) parts.push(`against whom to ${actors(set.target, context)}`);
  if (set.date !== undefined) parts.push(set.date === null ? 'the date to none' : `the date to ${dateText(set.date)}`);
  return parts.length ? `Changed ${parts.join(', ')}` : 'Changed nothing';
}

function quoteRef(ref: EventRef, context: DescribeContext): string {
  const first = ref.mentions[0];
  if (!first) return `event ${ref.id}`;
  // The sentence as recorded: the article may have changed since, or left the corpus.
  const text = first.text ?? context.text(first.doc)?.slice(first.start, first.end);
  const more = ref.mentions.length > 1 ? ` and ${ref.mentions.length - 1} more report${ref.mentions.length > 2 ? 's' : ''}` : '';
  return text ? `“${shorten(text, 140)}” (${context.title(first.doc)}${more})` : `event ${ref.id} in ${context.title(first.doc)}, characters ${first.start}–${first.end}${more}`;
}

const actors = (ids: readonly string[], context: DescribeContext) => (ids.length ? ids.map((id) => context.actorName(id)).join(', ') : 'someone unnamed');

const dateText = (date: EventDate) => `${formatDate(date)} (${date.precision})`;
