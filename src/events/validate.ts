/**
 * Reading an events file someone hands us (the CLI's --events, a file dropped on the page):
 * checks the shape every reader relies on and says in one line what is wrong, naming the event.
 * Fields the spec does not know are kept (fields may be added); missing top-level lists of
 * documents, actors or links are taken as empty.
 */
import { EVENTS_FORMAT, PLOVER_TYPES, type EventsFile } from './types.js';

export class EventsFileError extends Error {}

/** Parses and checks an events file's text; throws EventsFileError with a one-line reason. */
export function parseEventsFile(text: string): EventsFile {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new EventsFileError(`not valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
  return validateEventsFile(value);
}

/** Checks a parsed value is an events file; returns it with absent lists as empty ones. */
export function validateEventsFile(value: unknown): EventsFile {
  if (!isRecord(value)) throw new EventsFileError(`not an events file: expected a JSON object with "format": "${EVENTS_FORMAT}"`);
  if (value.format !== EVENTS_FORMAT) {
    const found = value.format === undefined ? 'no "format"' : `"format" is ${JSON.stringify(value.format)}`;
    throw new EventsFileError(`not an events file: ${found}, expected "${EVENTS_FORMAT}"`);
  }
  if (!Array.isArray(value.events)) throw new EventsFileError('"events" must be a list');
  for (const key of ['documents', 'actors', 'links'] as const) {
    if (value[key] !== undefined && !Array.isArray(value[key])) throw new EventsFileError(`"${key}" must be a list`);
  }
  const file = { ...value, documents: value.documents ?? [], actors: value.actors ?? [], links: value.links ?? [] } as EventsFile;
  file.documents.forEach((d, i) => check(isRecord(d) && typeof d.id === 'string', `documents[${i}] needs a string "id"`));
  file.actors.forEach((a, i) => check(isRecord(a) && typeof a.id === 'string' && typeof a.name === 'string', `actors[${i}] needs a string "id" and "name"`));
  file.events.forEach(checkEvent);
  file.links.forEach((l, i) => {
    check(isRecord(l) && typeof l.from === 'string' && typeof l.to === 'string', `links[${i}] needs string "from" and "to" event ids`);
    check(l.kind === 'retaliation' || l.kind === 'response', `links[${i}]: "kind" must be "retaliation" or "response"`);
  });
  return file;
}

function checkEvent(event: unknown, i: number): void {
  check(isRecord(event) && typeof event.id === 'string', `events[${i}] needs a string "id"`);
  const e = event as Record<string, unknown>;
  const where = `events[${i}] (${e.id})`;
  check((PLOVER_TYPES as readonly unknown[]).includes(e.type), `${where}: "type" ${JSON.stringify(e.type)} is not a PLOVER type`);
  for (const side of ['source', 'target'] as const) check(isStringList(e[side]), `${where}: "${side}" must be a list of actor ids`);
  check(Array.isArray(e.mentions) && e.mentions.every((m) => isRecord(m) && typeof m.doc === 'string' && typeof m.text === 'string'), `${where}: "mentions" must be a list of {doc, start, end, text}`);
  if (e.date !== undefined) {
    const d = e.date;
    check(isRecord(d) && typeof d.start === 'string' && (d.end === undefined || typeof d.end === 'string') && ['day', 'month', 'year'].includes(d.precision as string), `${where}: "date" must be {start, end?, precision: day|month|year}`);
  }
}

function check(ok: boolean, message: string): asserts ok {
  if (!ok) throw new EventsFileError(message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}
