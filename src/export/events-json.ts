/**
 * The events file as text: `reprisal-events/1`, pretty-printed, with every object's keys in the
 * spec's order, so that two exports of the same events are the same bytes and diff cleanly.
 */
import type { EventsFile } from '../events/types.js';

// The spec's field order for each kind of object; fields it does not name follow, sorted.
const FILE = ['format', 'documents', 'actors', 'events', 'links'];
const DOC = ['id', 'title', 'source', 'published', 'length', 'excluded'];
const EXCLUDED = ['start', 'end', 'reason'];
const ACTOR = ['id', 'name', 'country', 'role'];
const EVENT = ['id', 'type', 'measure', 'source', 'target', 'date', 'mentions', 'confidence', 'rule'];
const DATE = ['start', 'end', 'precision'];
const MENTION = ['doc', 'start', 'end', 'text'];
const LINK = ['from', 'to', 'kind', 'evidence', 'confidence'];

type Shape = { keys: readonly string[]; fields?: Readonly<Record<string, Shape>> };

const MENTION_SHAPE: Shape = { keys: MENTION };
const SHAPE: Shape = {
  keys: FILE,
  fields: {
    documents: { keys: DOC, fields: { excluded: { keys: EXCLUDED } } },
    actors: { keys: ACTOR },
    events: { keys: EVENT, fields: { date: { keys: DATE }, mentions: MENTION_SHAPE } },
    links: { keys: LINK, fields: { evidence: MENTION_SHAPE } },
  },
};

/** The events file pretty-printed (two spaces, a final newline), keys in the spec's order. */
export function eventsJson(file: EventsFile): string {
  return `${JSON.stringify(orderedEvents(file), null, 2)}\n`;
}

/** A copy of the events file whose objects list their keys in the spec's order (for JSON.stringify). */
export function orderedEvents(file: EventsFile): EventsFile {
  return ordered(file, SHAPE) as EventsFile;
}

function ordered(value: unknown, shape: Shape | undefined): unknown {
  if (Array.isArray(value)) return value.map((v) => ordered(v, shape));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const known = shape?.keys ?? [];
  const rest = Object.keys(record).filter((k) => !known.includes(k)).sort();
  const out: Record<string, unknown> = {};
  for (const key of [...known, ...rest]) if (key in record) out[key] = ordered(record[key], shape?.fields?.[key]);
  return out;
}
