/**
 * One DuckDB holding the five tables of an events file (tables.ts), queried with parameters.
 *
 * Work is queued, one task at a time: a query first makes sure the tables hold the events it was
 * asked about (rebuilding them when that events file is not the one loaded), so a query never
 * reads tables half rebuilt, and cells re-running after a change of events cause one rebuild.
 */
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { EventsFile } from '../events/types.js';
import { toArrowTable } from './arrow-tables.js';
import { sqlError } from './errors.js';
import { loadDuckDB } from './load-duckdb.js';
import { rowsOf, type SqlRows } from './rows.js';
import { eventTables, TABLE_NAMES, TABLES } from './tables.js';

export interface EventsDatabase {
  /**
   * Runs the query whose text is `strings` joined by parameter placeholders, with `params` bound
   * to them (a prepared statement: values are never spliced into the text), over `events`.
   */
  query(events: EventsFile, strings: readonly string[], params?: readonly unknown[]): Promise<SqlRows>;
  /** How many times the tables were built, for tests. */
  readonly loads: number;
  close(): Promise<void>;
}

export async function openEventsDatabase(): Promise<EventsDatabase> {
  const db = await loadDuckDB();
  const conn = await db.connect();
  return eventsDatabase(db, conn);
}

function eventsDatabase(db: AsyncDuckDB, conn: AsyncDuckDBConnection): EventsDatabase {
  let loaded: EventsFile | undefined;
  let loads = 0;
  let tail: Promise<unknown> = Promise.resolve();
  const queue = <T>(task: () => Promise<T>): Promise<T> => {
    const result = tail.then(task);
    tail = result.catch(() => undefined);
    return result;
  };

  async function load(events: EventsFile): Promise<void> {
    if (events === loaded) return;
    loaded = undefined;
    const rows = eventTables(events);
    for (const name of TABLE_NAMES) {
      const columns = TABLES[name];
      await conn.query(`CREATE OR REPLACE TABLE ${name} (${columns.map((c) => `"${c.name}" ${c.type}`).join(', ')})`);
      // An empty Arrow table has no record batch to insert: the table stays empty.
      if (rows[name].length) await conn.insertArrowTable(toArrowTable(rows[name], columns), { name, create: false });
    }
    loaded = events;
    loads++;
  }

  return {
    query(events, strings, params = []) {
      const values = params.map(parameter);
      return queue(async () => {
        await load(events);
        const text = strings.join('?');
        try {
          if (!values.length) return rowsOf(await conn.query(text));
          const statement = await conn.prepare(text);
          try {
            return rowsOf(await statement.query(...values));
          } finally {
            await statement.close();
          }
        } catch (error) {
          throw sqlError(error);
        }
      });
    },
    get loads() {
      return loads;
    },
    async close() {
      await tail;
      await conn.close();
      await db.terminate();
    },
  };
}

/**
 * A value as DuckDB-WASM can bind it (it sends parameters as JSON): numbers, strings, booleans,
 * null; a Date as ISO text (the day alone at midnight UTC), which DuckDB casts where it is compared
 * with a DATE or a TIMESTAMP.
 */
export function parameter(value: unknown, index: number): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  throw new TypeError(`SQL parameter ${index + 1} is ${Array.isArray(value) ? 'an array' : `a ${typeof value}`}; a parameter must be a number, string, boolean, date or null`);
}
