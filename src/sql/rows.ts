/**
 * A query's Arrow result → an array of plain objects, the shape Plot, d3 and the notebook's
 * tables read. Values become what a chart expects: dates and timestamps are Dates, 64-bit
 * integers are numbers (or stay bigint past 2^53), lists are arrays, structs are objects.
 */
import * as arrow from 'apache-arrow';

/** A query's result: its rows, with the column names and the Arrow table alongside (not enumerable). */
export type SqlRows = Record<string, unknown>[] & {
  /** The column names, in order (as d3.csvParse gives them). */
  readonly columns: string[];
  /** The result as DuckDB returned it, for Arrow-aware code. */
  readonly arrow: arrow.Table;
};

type Convert = (value: unknown) => unknown;

export function rowsOf(table: arrow.Table): SqlRows {
  const fields = table.schema.fields;
  const converters = fields.map((f) => converter(f.type));
  const columns = fields.map((f) => table.getChild(f.name));
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < table.numRows; i++) {
    const row: Record<string, unknown> = {};
    fields.forEach((f, j) => (row[f.name] = converters[j]!(columns[j]?.get(i) ?? null)));
    rows.push(row);
  }
  Object.defineProperty(rows, 'columns', { value: fields.map((f) => f.name) });
  Object.defineProperty(rows, 'arrow', { value: table });
  return rows as SqlRows;
}

function converter(type: arrow.DataType): Convert {
  const orNull = (convert: Convert): Convert => (value) => (value === null || value === undefined ? null : convert(value));
  if (arrow.DataType.isDate(type) || arrow.DataType.isTimestamp(type)) {
    return orNull((v) => new Date(typeof v === 'bigint' ? Number(v) : (v as number | Date).valueOf()));
  }
  if (arrow.DataType.isList(type) || arrow.DataType.isFixedSizeList(type)) {
    const child = converter(type.children[0]!.type);
    return orNull((v) => Array.from(v as Iterable<unknown>, (item) => child(item ?? null)));
  }
  if (arrow.DataType.isStruct(type)) {
    const children = type.children.map((f) => [f.name, converter(f.type)] as const);
    return orNull((v) => Object.fromEntries(children.map(([name, convert]) => [name, convert((v as Record<string, unknown>)[name] ?? null)])));
  }
  if (arrow.DataType.isMap(type)) return orNull((v) => (v as { toJSON(): unknown }).toJSON());
  return orNull(scalar);
}

function scalar(value: unknown): unknown {
  if (typeof value === 'bigint') {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(value) : value;
  }
  return value;
}
