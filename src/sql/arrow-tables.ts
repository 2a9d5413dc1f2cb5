/**
 * The tables' rows as Apache Arrow tables, typed column by column, for DuckDB's insertArrowTable.
 *
 * DuckDB-WASM serialises what it is given with its own `apache-arrow`: a table built by another
 * copy of the library is not recognised and inserts nothing, without an error. package.json pins
 * apache-arrow to the exact version @duckdb/duckdb-wasm depends on, so there is one copy.
 */
import * as arrow from 'apache-arrow';
import type { Column, ColumnType, Row } from './tables.js';

/** `rows` as an Arrow table with exactly `columns`, in order; nulls where a row has no value. */
export function toArrowTable(rows: readonly Row[], columns: readonly Column[]): arrow.Table {
  const vectors: Record<string, arrow.Vector> = {};
  for (const { name, type } of columns) {
    const values = rows.map((row) => toArrowValue(row[name] ?? null, type));
    vectors[name] = arrow.vectorFromArray(values, arrowType(type));
  }
  return new arrow.Table(vectors);
}

function arrowType(type: ColumnType): arrow.DataType {
  switch (type) {
    case 'VARCHAR':
      return new arrow.Utf8();
    case 'VARCHAR[]':
      return new arrow.List(new arrow.Field('item', new arrow.Utf8(), true));
    case 'DATE':
      return new arrow.DateDay();
    case 'DOUBLE':
      return new arrow.Float64();
    case 'INTEGER':
      return new arrow.Int32();
  }
}

function toArrowValue(value: Row[string], type: ColumnType): unknown {
  if (value === null) return null;
  // Arrow's date builder takes Dates; "2014-05-01" parses as UTC midnight, the day itself.
  if (type === 'DATE') return new Date(value as string);
  return value;
}
