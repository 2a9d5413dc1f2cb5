/**
 * GDELT 2.0 event exports → Reprisal events, streamed: `push` takes text in chunks of any size
 * (a row may break across them) and returns the events first seen in that chunk; `end` finishes.
 *
 * Each row is one event (its GLOBALEVENTID; rows sharing an id, as Reprisal's own GDELT-like
 * export writes them, add their actors and article to one event). EventCode stays a string and
 * goes through the CAMEO → PLOVER crosswalk; the CAMEO 01 statements PLOVER does not code are
 * counted, not imported. Actor fields become COUNTRY.ROLE codes; SQLDATE the event's day; the
 * SOURCEURL a document (title = the URL, source = its host) that the event's mention points at,
 * published on DATEADDED's day. A row that cannot be read is reported with its line number.
 */
import type { Event, EventsFile } from '../events/types.js';
import { fromCameo } from './actor-codes.js';
import { CROSSWALK, type CameoRow, type Crosswalk } from './crosswalk.js';
import { EventsBuilder } from './events-builder.js';
import { ACTOR_FIELD, COL, GDELT_COLUMNS } from './gdelt-columns.js';
import { addProblem, addSkipped, emptyReport, type ImportReport } from './import-report.js';
import { LineSplitter } from './lines.js';

export interface ImportOptions {
  /** The file's name, for messages. */
  file?: string;
  crosswalk?: Crosswalk;
}

export class GdeltImport {
  readonly report: ImportReport;
  readonly #crosswalk: Crosswalk;
  readonly #lines = new LineSplitter();
  readonly #builder = new EventsBuilder();
  readonly #rules = new Map<string, string>();
  #fresh: Event[] = [];

  constructor(options: ImportOptions = {}) {
    this.report = emptyReport(options.file ?? 'GDELT file', 'gdelt');
    this.#crosswalk = options.crosswalk ?? CROSSWALK;
  }

  /** Reads a chunk of the file's text; returns the events it began. */
  push(chunk: string): Event[] {
    this.#lines.push(chunk, this.#row);
    return this.#take();
  }

  /** Reads the last line; returns the events it began. */
  end(): Event[] {
    this.#lines.end(this.#row);
    return this.#take();
  }

  /** Everything read so far, as an events file. */
  result(): EventsFile {
    this.report.events = this.#builder.size;
    this.report.documents = this.#builder.documentCount;
    return this.#builder.build();
  }

  #take(): Event[] {
    const fresh = this.#fresh;
    this.#fresh = [];
    this.report.events = this.#builder.size;
    this.report.documents = this.#builder.documentCount;
    return fresh;
  }

  #row = (raw: string, line: number): void => {
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (!text.trim()) return;
    this.report.rows++;
    const f = text.split('\t');
    if (line === 1 && f[0]?.trim().toUpperCase() === 'GLOBALEVENTID') return; // a header someone added
    if (f.length !== GDELT_COLUMNS.length) {
      const hint = f.length === 57 || f.length === 58 ? ' (a GDELT 1.0 file has 57 or 58)' : f.length === 1 ? ' (no tabs: is this a GDELT event file?)' : '';
      addProblem(this.report, line, `expected ${GDELT_COLUMNS.length} tab-separated columns, found ${f.length}${hint}`);
      return;
    }
    const id = f[COL.id]!.trim();
    if (!/^\d+$/.test(id)) {
      addProblem(this.report, line, `GLOBALEVENTID "${clip(id)}" is not a number`);
      return;
    }
    const date = readDate(f[COL.day]!.trim(), f[COL.monthYear]!.trim(), f[COL.year]!.trim());
    if (typeof date === 'string') {
      addProblem(this.report, line, date);
      return;
    }
    const code = f[COL.eventCode]!.trim();
    if (!/^\d{2,4}$/.test(code)) {
      addProblem(this.report, line, code ? `EventCode "${clip(code)}" is not a CAMEO code` : 'no EventCode');
      return;
    }
    const row = this.#crosswalk.rows.get(code) ?? this.#crosswalk.rows.get(code.slice(0, 3)) ?? this.#crosswalk.rows.get(`${code.slice(0, 2)}0`);
    if (!row) {
      addSkipped(this.report, `CAMEO ${code} (not in the crosswalk)`);
      return;
    }
    if (!row.type) {
      addSkipped(this.report, `CAMEO ${row.code} (${row.cameo})`);
      return;
    }
    const type = row.type;
    const b = this.#builder;
    const { event, fresh } = b.event(`gdelt-${id}`, () => {
      const made: Omit<Event, 'id' | 'source' | 'target' | 'mentions'> = { type };
      if (row.measure) made.measure = b.intern(row.measure);
      if (date) made.date = b.date(date.start, date.precision);
      made.rule = this.#rule(code, row);
      return made;
    });
    b.actor(event, 'source', fromCameo(actorAt(f, COL.actor1)));
    b.actor(event, 'target', fromCameo(actorAt(f, COL.actor2)));
    const url = f[COL.sourceUrl]!.trim();
    if (url) b.mention(event, { ref: url }, { published: dayOf(f[COL.dateAdded]!.trim()) });
    if (fresh) this.#fresh.push(event);
  };

  /** "CAMEO 163 → sanction (Impose embargo, boycott, or sanctions)", one string per code. */
  #rule(code: string, row: CameoRow): string {
    let rule = this.#rules.get(code);
    if (!rule) {
      const read = code === row.code ? '' : `read as ${row.code}: `;
      rule = `CAMEO ${code} → ${row.measure ?? row.type} (${read}${row.cameo})`;
      this.#rules.set(code, rule);
    }
    return rule;
  }
}

function actorAt(f: string[], at: number) {
  const field = (offset: number) => f[at + offset]!.trim();
  return {
    code: field(ACTOR_FIELD.code),
    countryCode: field(ACTOR_FIELD.countryCode),
    knownGroupCode: field(ACTOR_FIELD.knownGroupCode),
    types: [field(ACTOR_FIELD.type1), field(ACTOR_FIELD.type2), field(ACTOR_FIELD.type3)],
  };
}

/**
 * The event's date from SQLDATE (YYYYMMDD), or, when that is empty, MonthYear or Year (Reprisal's
 * GDELT-like export leaves SQLDATE empty for an event dated only to the month or year); null when
 * undated, a reason when the date is not one.
 */
function readDate(day: string, monthYear: string, year: string): { start: string; precision: 'day' | 'month' | 'year' } | null | string {
  if (day) {
    const m = /^(\d{4})(\d{2})(\d{2})$/.exec(day);
    if (!m || !validDay(+m[1]!, +m[2]!, +m[3]!)) return `SQLDATE "${clip(day)}" is not a date (YYYYMMDD)`;
    return { start: `${m[1]}-${m[2]}-${m[3]}`, precision: 'day' };
  }
  if (monthYear) {
    const m = /^(\d{4})(\d{2})$/.exec(monthYear);
    if (!m || +m[2]! < 1 || +m[2]! > 12) return `MonthYear "${clip(monthYear)}" is not a month (YYYYMM)`;
    return { start: `${m[1]}-${m[2]}`, precision: 'month' };
  }
  if (year) {
    if (!/^\d{4}$/.test(year)) return `Year "${clip(year)}" is not a year`;
    return { start: year, precision: 'year' };
  }
  return null;
}

/** DATEADDED (YYYYMMDDHHMMSS) → its day, "2019-05-16"; undefined when it is not one. */
function dayOf(dateAdded: string): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})\d{6}$/.exec(dateAdded);
  return m && validDay(+m[1]!, +m[2]!, +m[3]!) ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function clip(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}

/** Imports a whole GDELT file's text at once (tests, small files). */
export function importGdelt(text: string, options: ImportOptions = {}): { events: EventsFile; report: ImportReport } {
  const run = new GdeltImport(options);
  run.push(text);
  run.end();
  return { events: run.result(), report: run.report };
}
