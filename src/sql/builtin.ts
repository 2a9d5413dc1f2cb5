/**
 * The notebook's `sql` builtin. `sql(events)` is a tagged template that runs SQL over the tables
 * of an events file, with `${…}` values bound as parameters; a ```sql cell compiles to a call of
 * it (src/notebook/sql.ts). `sql.table(rows)` draws a result as a table.
 *
 *   const byType = await sql(events)`SELECT type, count(*) AS n FROM events GROUP BY type`;
 *
 * DuckDB is imported on the first query, not before: a notebook without SQL never loads it, and
 * the page's main bundle does not contain it (everything DuckDB is behind the dynamic import).
 */
import type { EventsFile } from '../events/types.js';
import type { EventsDatabase } from './events-database.js';
import { resultTable } from './result-table.js';
import type { SqlRows } from './rows.js';

export type { SqlRows } from './rows.js';

export type SqlQuery = (strings: readonly string[], ...params: unknown[]) => Promise<SqlRows>;

export interface Sql {
  /** The query function over `events` (an events file, reprisal-events/1). */
  (events: EventsFile): SqlQuery;
  /** A result (or any array of objects) as a table element. */
  table: typeof resultTable;
  /** The database, loading it if need be (for tests and tools; cells use the tag). */
  database(): Promise<EventsDatabase>;
}

export function createSql(open: () => Promise<EventsDatabase> = openDefault): Sql {
  let database: Promise<EventsDatabase> | undefined;
  const once = () => {
    database ??= open().catch((error: unknown) => {
      database = undefined; // a later query tries again
      throw new Error(`DuckDB could not start: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    });
    return database;
  };
  const sql = (events: EventsFile): SqlQuery => {
    if (!isEventsFile(events)) throw new TypeError('sql(events) needs an events file: an object with events, actors, links and documents');
    return async (strings, ...params) => (await once()).query(events, strings, params);
  };
  return Object.assign(sql, { table: resultTable, database: once });
}

function openDefault(): Promise<EventsDatabase> {
  return import('./events-database.js').then((m) => m.openEventsDatabase());
}

function isEventsFile(value: unknown): value is EventsFile {
  const file = value as Partial<EventsFile> | null;
  return typeof file === 'object' && file !== null && [file.events, file.actors, file.links, file.documents].every(Array.isArray);
}
