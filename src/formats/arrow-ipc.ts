/**
 * The events file as Arrow IPC files (`.arrow`, the Feather 2 format) that DuckDB, Polars,
 * pandas/pyarrow and Spark read: the same five tables, columns and types the notebook's SQL cells
 * query (src/sql/tables.ts), so a query written in the explorer runs unchanged on an export.
 * This module loads apache-arrow; the CLI imports it only for `export arrow`.
 */
import { tableFromIPC, tableToIPC } from 'apache-arrow';
import type { EventsFile } from '../events/types.js';
import { toArrowTable } from '../sql/arrow-tables.js';
import { rowsOf } from '../sql/rows.js';
import { TABLE_NAMES, TABLES, eventTables, type TableName } from '../sql/tables.js';

/** The five tables as Arrow IPC files, by table name. */
export function arrowFiles(file: EventsFile): Record<TableName, Uint8Array> {
  const rows = eventTables(file);
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, tableToIPC(toArrowTable(rows[name], TABLES[name]), 'file')])) as Record<TableName, Uint8Array>;
}

/** An Arrow IPC file's rows as plain objects (DATE columns as Dates, lists as arrays). */
export function rowsFromArrow(bytes: Uint8Array): Record<string, unknown>[] {
  return [...rowsOf(tableFromIPC(bytes))];
}
