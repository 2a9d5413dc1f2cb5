/**
 * Events → PLOVER-style JSONL, one event per line, in the PLOVER specification's field names:
 * `id`, `date`, `enddate`, `source` and `recipient` (lists of actor objects: `code` the country or
 * IGO/NGO…, `sector` the PLOVER sector, `actor_text` the name), `event` (a list of one type),
 * `quad_code`, `event_scale` (the PLOVER score), `mode` and `context` (from the measure,
 * plover-modes.json), `event_text`, `cite_info` (the first article: url, title, publication).
 *
 * PLOVER invites extra named fields, so what Reprisal knows beyond the specification rides along
 * and comes back on import: `measure` (null when the event has only a type), `confidence`, `rule`,
 * each actor's `actor_id`, `mentions` (every article, with offsets), `links` (the events this one
 * answers), and `date_precision` when the date is only a month or a year.
 */
import { QUAD_OF, type Actor, type Doc, type Event, type EventsFile, type Link } from '../events/types.js';
import { toPlover } from './actor-codes.js';
import { urlOf } from './doc-ref.js';
import { contextOfMeasure, modeOfMeasure, ploverScore } from './plover-modes.js';

const QUAD_CODE = { 'verbal-cooperation': 1, 'material-cooperation': 2, 'verbal-conflict': 3, 'material-conflict': 4 } as const;

/** One JSON line per event (no trailing newline), for writing as they come. */
export function* ploverLines(file: EventsFile): Generator<string> {
  const docs = new Map(file.documents.map((d) => [d.id, d]));
  const actors = new Map(file.actors.map((a) => [a.id, a]));
  const answers = new Map<string, Link[]>();
  for (const l of file.links) answers.set(l.to, [...(answers.get(l.to) ?? []), l]);
  for (const event of file.events) yield JSON.stringify(ploverRecord(event, docs, actors, answers.get(event.id) ?? []));
}

/** The whole file as JSONL text, a newline after each line. */
export function ploverJsonl(file: EventsFile): string {
  let text = '';
  for (const line of ploverLines(file)) text += `${line}\n`;
  return text;
}

function ploverRecord(e: Event, docs: Map<string, Doc>, actors: Map<string, Actor>, links: Link[]): Record<string, unknown> {
  const record: Record<string, unknown> = { id: e.id };
  if (e.date) {
    record.date = e.date.start;
    if (e.date.end) record.enddate = e.date.end;
    if (e.date.precision !== 'day') record.date_precision = e.date.precision;
  }
  record.source = e.source.map((id) => actorObject(id, actors));
  record.recipient = e.target.map((id) => actorObject(id, actors));
  record.event = [e.type];
  record.quad_code = QUAD_CODE[QUAD_OF[e.type]];
  record.event_scale = ploverScore(e.type);
  const mode = ownMode(e) ?? modeOfMeasure(e.type, e.measure);
  if (mode) record.mode = mode;
  const context = contextOfMeasure(e.measure);
  if (context) record.context = [context];
  const texts = [...new Set(e.mentions.map((m) => m.text).filter((t) => t))];
  if (texts.length) record.event_text = texts;
  const first = e.mentions[0] ? docs.get(e.mentions[0].doc) : undefined;
  if (first) record.cite_info = citeInfo(first);
  record.coder = 'Reprisal';
  // null, not absent: a type-only event must not come back with the measure its type's mode implies.
  record.measure = e.measure ?? null;
  if (e.confidence !== undefined) record.confidence = e.confidence;
  if (e.rule) record.rule = e.rule;
  record.mentions = e.mentions.map((m) => {
    const doc = docs.get(m.doc);
    return { doc: m.doc, start: m.start, end: m.end, text: m.text, ...(doc ? { ...citeInfo(doc), length: doc.length } : {}) };
  });
  if (links.length) {
    record.links = links.map((l) => {
      const link: Record<string, unknown> = { from: l.from, kind: l.kind };
      if (l.confidence !== undefined) link.confidence = l.confidence;
      if (l.evidence) link.evidence = l.evidence;
      return link;
    });
  }
  return record;
}

/** The mode an imported POLECAT event came with (its rule says "PLOVER SANCTION/discontinue → …"). */
function ownMode(e: Event): string | undefined {
  const m = /^PLOVER ([A-Z]+)\/(\S+) →/.exec(e.rule ?? '');
  return m && m[1] === e.type ? m[2] : undefined;
}

function actorObject(id: string, actors: Map<string, Actor>): Record<string, string> {
  const { code, sector } = toPlover(id);
  const object: Record<string, string> = { code };
  if (sector) object.sector = sector;
  object.actor_text = actors.get(id)?.name ?? id;
  object.actor_id = id;
  return object;
}

function citeInfo(doc: Doc): Record<string, string> {
  const info: Record<string, string> = {};
  const url = urlOf(doc);
  if (url) info.url = url;
  if (doc.title && doc.title !== url) info.title = doc.title;
  if (doc.source) info.publication = doc.source;
  if (doc.published) info.published = doc.published;
  return info;
}
