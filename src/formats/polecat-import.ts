/**
 * POLECAT / PLOVER JSONL → Reprisal events, streamed like the GDELT import: one JSON record per
 * line, chunks of any size, bad lines reported with their numbers.
 *
 * Both record shapes in use are read: the PLOVER specification's (`event`, `source` and
 * `recipient` lists of actor objects with `code` and `sector`, `date`, `mode`, `context`,
 * `cite_info.url`) and NGEC's, the coder behind POLECAT (`event_type`, `event_mode`, `contexts`,
 * `attributes.ACTOR` / `attributes.RECIP` with `country`, `code_1`, `code_2`, `date_resolved`,
 * `pub_date`, `publisher`, `story_id`, `headline`, `event_text`). Type and mode become a type and
 * measure through plover-modes.json; a record's own `measure`, `mentions`, `links` (Reprisal's
 * PLOVER export writes them) are taken as they are. The article (URL, else story id) is a
 * document; a record's text is its mention.
 */
import { PLOVER_TYPES, type Event, type EventsFile, type LinkKind, type PloverType, type Precision } from '../events/types.js';
import { fromPlover } from './actor-codes.js';
import { EventsBuilder } from './events-builder.js';
import type { ImportOptions } from './gdelt-import.js';
import { addProblem, addSkipped, emptyReport, type ImportReport } from './import-report.js';
import { LineSplitter } from './lines.js';
import { measureOfMode } from './plover-modes.js';

type Json = Record<string, unknown>;

/** Older PLOVER drafts' names for today's types. */
const TYPE_ALIASES: Record<string, PloverType> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', COOPERATION: 'COOPERATE', FIGHT: 'ASSAULT' };

export class PolecatImport {
  readonly report: ImportReport;
  readonly #lines = new LineSplitter();
  readonly #builder = new EventsBuilder();
  #fresh: Event[] = [];

  constructor(options: Pick<ImportOptions, 'file'> = {}) {
    this.report = emptyReport(options.file ?? 'POLECAT file', 'polecat');
  }

  push(chunk: string): Event[] {
    this.#lines.push(chunk, this.#line);
    return this.#take();
  }

  end(): Event[] {
    this.#lines.end(this.#line);
    return this.#take();
  }

  result(): EventsFile {
    this.#take();
    return this.#builder.build();
  }

  #take(): Event[] {
    const fresh = this.#fresh;
    this.#fresh = [];
    this.report.events = this.#builder.size;
    this.report.documents = this.#builder.documentCount;
    return fresh;
  }

  #line = (raw: string, line: number): void => {
    const text = (line === 1 ? raw.replace(/^\uFEFF/, '') : raw).trim();
    if (!text) return;
    this.report.rows++;
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch (e) {
      addProblem(this.report, line, `not JSON (${(e as Error).message.split('\n')[0]})`);
      return;
    }
    if (!isRecord(record)) {
      addProblem(this.report, line, 'not a JSON object');
      return;
    }
    const types = typesOf(record);
    if (!types.length) {
      addProblem(this.report, line, 'no event type ("event" or "event_type")');
      return;
    }
    const date = readDate(record);
    if (typeof date === 'string') {
      addProblem(this.report, line, date);
      return;
    }
    const baseId = str(record.id) ?? str(record.event_id) ?? `line-${line}`;
    types.forEach((name, i) => {
      const type = (PLOVER_TYPES as readonly string[]).includes(name) ? (name as PloverType) : TYPE_ALIASES[name];
      if (!type) {
        addSkipped(this.report, `type "${name}" (not a PLOVER type)`);
        return;
      }
      this.#event(record, types.length > 1 ? `${baseId}#${i + 1}` : baseId, type, date);
    });
  };

  #event(record: Json, id: string, type: PloverType, date: ReturnType<typeof readDate> & object | null): void {
    const b = this.#builder;
    const mode = first(record.mode) ?? first(record.event_mode);
    const { event, fresh } = b.event(id, () => {
      const made: Omit<Event, 'id' | 'source' | 'target' | 'mentions'> = { type };
      // Reprisal's export writes `measure: null` for an event with only a type.
      const measure = 'measure' in record ? str(record.measure) : measureOfMode(type, mode);
      if (measure) made.measure = b.intern(measure);
      if (date) made.date = b.date(date.start, date.precision, date.end);
      const confidence = record.confidence;
      if (typeof confidence === 'number' && confidence >= 0 && confidence <= 1) made.confidence = confidence;
      made.rule = str(record.rule) ?? b.intern(`PLOVER ${type}${mode ? `/${mode}` : ''} → ${measure ?? type}`);
      return made;
    });
    const attributes = isRecord(record.attributes) ? record.attributes : {};
    // A string `source` is an outlet (POLECAT's flat files), not an actor.
    for (const a of actorsOf(sides(record.source) ?? attributes.ACTOR ?? sides(record.actor))) b.actor(event, 'source', a.id, a.name);
    for (const a of actorsOf(sides(record.recipient) ?? attributes.RECIP ?? sides(record.target))) b.actor(event, 'target', a.id, a.name);
    this.#mentions(record, event);
    if (fresh) {
      for (const l of Array.isArray(record.links) ? record.links : []) {
        if (!isRecord(l) || typeof l.from !== 'string' || (l.kind !== 'retaliation' && l.kind !== 'response')) continue;
        const link = { from: l.from, to: id, kind: l.kind as LinkKind } as Parameters<EventsBuilder['link']>[0];
        if (typeof l.confidence === 'number') link.confidence = l.confidence;
        if (isRecord(l.evidence) && typeof l.evidence.doc === 'string') {
          const ev = l.evidence;
          link.evidence = { doc: ev.doc as string, start: num(ev.start) ?? 0, end: num(ev.end) ?? 0, text: str(ev.text) ?? '' };
        }
        b.link(link);
      }
      this.#fresh.push(event);
    }
  }

  /** Reprisal's own `mentions` when there (every article, with its offsets), else the record's article and text. */
  #mentions(record: Json, event: Event): void {
    const b = this.#builder;
    if (Array.isArray(record.mentions)) {
      for (const m of record.mentions) {
        if (!isRecord(m)) continue;
        const ref = str(m.doc) ?? str(m.url);
        if (!ref) continue;
        b.mention(event, { ref, text: typeof m.text === 'string' ? m.text : '', start: num(m.start), end: num(m.end) }, {
          title: str(m.title) ?? (str(m.doc) ? str(m.url) : undefined),
          source: str(m.publication),
          published: isoDay(str(m.published)),
          length: num(m.length),
        });
      }
      return;
    }
    const cite = isRecord(record.cite_info) ? record.cite_info : {};
    const ref = str(cite.url) ?? str(record.url) ?? str(record.source_url) ?? str(record.sourceurl) ?? str(record.story_id) ?? str(cite.citation);
    if (!ref) return;
    const info = isRecord(record.text_info) ? record.text_info : {};
    const text = str(record.text) ?? first(record.event_text) ?? '';
    const start = num(info.start);
    b.mention(event, { ref, text, start, end: start !== undefined ? start + text.length : undefined }, {
      title: str(cite.title) ?? str(record.headline)?.trim(),
      source: str(cite.publication) ?? str(record.publisher) ?? (typeof record.source === 'string' ? record.source : undefined),
      published: isoDay(str(record.pub_date) ?? str(record.publication_date) ?? str(cite.published)),
    });
  }
}

function sides(value: unknown): unknown {
  return Array.isArray(value) || isRecord(value) ? value : undefined;
}

function typesOf(record: Json): string[] {
  const value = record.event ?? record.event_type;
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim().toUpperCase());
}

function actorsOf(value: unknown): { id: string; name?: string }[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.flatMap((a) => {
    if (typeof a === 'string') {
      const id = fromPlover({ country: a, sectors: [] });
      return id ? [{ id }] : [];
    }
    if (!isRecord(a)) return [];
    const own = str(a.actor_id);
    if (own) return [{ id: own, name: str(a.actor_text) }];
    const sectors = [a.sector, a.sector_code, a.code_1, a.code_2, ...(Array.isArray(a.sectors) ? a.sectors : [])].filter((s): s is string => typeof s === 'string' && s !== '');
    const id = fromPlover({ country: str(a.code) ?? str(a.country) ?? str(a.country_code) ?? '', sectors });
    return id ? [{ id }] : [];
  });
}

type DateRead = { start: string; precision: Precision; end?: string };

function readDate(record: Json): DateRead | null | string {
  // NGEC's date_resolved is the event's date as read from the text; its `date` may be the story's.
  const raw = str(record.date_resolved) ?? str(record.date) ?? str(record.event_date) ?? str(record.story_date);
  if (!raw) return null;
  const start = isoPrefix(raw);
  if (!start) return `date "${raw.length > 24 ? `${raw.slice(0, 24)}…` : raw}" is not an ISO date (YYYY-MM-DD)`;
  const declared = str(record.date_precision);
  const own: Precision = start.length === 10 ? 'day' : start.length === 7 ? 'month' : 'year';
  const precision = declared === 'month' || declared === 'year' ? declared : own;
  const end = str(record.enddate) ? isoPrefix(str(record.enddate)!) : undefined;
  return end && end !== start ? { start, precision, end } : { start, precision };
}

/** "2019-08-01", "2019-08-01T12:00:00Z", "2019-08", "2019" → the date part, checked; undefined when not a date. */
function isoPrefix(raw: string): string | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$/.exec(raw.trim());
  if (!m) return undefined;
  const [, y, mo, d] = m;
  if (mo && (+mo < 1 || +mo > 12)) return undefined;
  if (d && (+d < 1 || +d > new Date(Date.UTC(+y!, +mo!, 0)).getUTCDate())) return undefined;
  return d ? `${y}-${mo}-${d}` : mo ? `${y}-${mo}` : y;
}

function isoDay(raw: string | undefined): string | undefined {
  return raw ? isoPrefix(raw) : undefined;
}

function first(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.map(str).find((v) => v !== undefined);
  return str(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function isRecord(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Imports a whole POLECAT/PLOVER JSONL text at once (tests, small files). */
export function importPolecat(text: string, options: Pick<ImportOptions, 'file'> = {}): { events: EventsFile; report: ImportReport } {
  const run = new PolecatImport(options);
  run.push(text);
  run.end();
  return { events: run.result(), report: run.report };
}
