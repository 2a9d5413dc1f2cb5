/**
 * An events file as five flat tables, the shape SQL wants: one row per event, mention, actor,
 * link and document. Pure: the same rows feed DuckDB (arrow-tables.ts) and the tests.
 *
 * Dates are DATE columns spanning the period the text gives: an event dated "2014-05" (month
 * precision) has date_start 2014-05-01 and date_end 2014-05-31, both days included, so
 * `date_start <= d AND d <= date_end` asks whether it may have happened on day d.
 */
import { periodEnd, periodStart } from '../analysis/dates.js';
import { QUAD_OF, type EventsFile } from '../events/types.js';

/** The SQL types the tables use. */
export type ColumnType = 'VARCHAR' | 'VARCHAR[]' | 'DATE' | 'DOUBLE' | 'INTEGER';

export interface Column {
  name: string;
  type: ColumnType;
}

/** A row: DATE values as "YYYY-MM-DD", lists as arrays, missing values as null. */
export type Row = Record<string, string | number | string[] | null>;

export type TableName = 'events' | 'mentions' | 'actors' | 'links' | 'documents';

/** The tables' columns, in order. The SQL notebook (notebooks/sql.md) documents each one. */
export const TABLES: Record<TableName, readonly Column[]> = {
  events: columns(
    'id VARCHAR', 'type VARCHAR', 'measure VARCHAR', 'quad VARCHAR', 'date_start DATE', 'date_end DATE',
    'precision VARCHAR', 'confidence DOUBLE', 'rule VARCHAR', 'first_doc VARCHAR', 'n_mentions INTEGER',
    'source VARCHAR[]', 'target VARCHAR[]',
  ),
  mentions: columns('event_id VARCHAR', 'doc VARCHAR', 'start INTEGER', 'end INTEGER', 'text VARCHAR'),
  actors: columns('id VARCHAR', 'name VARCHAR', 'country VARCHAR', 'role VARCHAR'),
  links: columns('from_id VARCHAR', 'to_id VARCHAR', 'kind VARCHAR', 'confidence DOUBLE', 'evidence_text VARCHAR'),
  documents: columns('id VARCHAR', 'title VARCHAR', 'source VARCHAR', 'published VARCHAR', 'length INTEGER'),
};

export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** The five tables' rows for an events file, each table's rows in the file's order. */
export function eventTables(file: EventsFile): Record<TableName, Row[]> {
  return {
    events: file.events.map((e) => {
      const start = e.date ? periodStart(e.date.start, e.date.precision) : NaN;
      // periodEnd is exclusive; the column is the last day of the period.
      const end = e.date ? periodEnd(e.date.end ?? e.date.start, e.date.precision) - DAY : NaN;
      return {
        id: e.id,
        type: e.type,
        measure: e.measure ?? null,
        quad: QUAD_OF[e.type] ?? null,
        date_start: isoDay(start),
        date_end: isoDay(Math.max(end, start)),
        precision: e.date?.precision ?? null,
        confidence: e.confidence ?? null,
        rule: e.rule ?? null,
        first_doc: e.mentions[0]?.doc ?? null,
        n_mentions: e.mentions.length,
        source: [...e.source],
        target: [...e.target],
      };
    }),
    mentions: file.events.flatMap((e) =>
      e.mentions.map((m) => ({ event_id: e.id, doc: m.doc, start: m.start, end: m.end, text: m.text })),
    ),
    actors: file.actors.map((a) => ({ id: a.id, name: a.name, country: a.country ?? null, role: a.role ?? null })),
    links: file.links.map((l) => ({
      from_id: l.from,
      to_id: l.to,
      kind: l.kind,
      confidence: l.confidence ?? null,
      evidence_text: l.evidence?.text ?? null,
    })),
    documents: file.documents.map((d) => ({
      id: d.id,
      title: d.title ?? null,
      source: d.source ?? null,
      published: d.published ?? null,
      length: d.length,
    })),
  };
}

const DAY = 86_400_000;

function isoDay(ms: number): string | null {
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : null;
}

function columns(...specs: string[]): Column[] {
  return specs.map((spec) => {
    const [name, type] = spec.split(' ') as [string, ColumnType];
    return { name, type };
  });
}
