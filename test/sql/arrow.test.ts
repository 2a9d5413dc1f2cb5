import * as arrow from 'apache-arrow';
import { describe, expect, test } from 'vitest';
import { toArrowTable } from '../../src/sql/arrow-tables.js';
import { rowsOf } from '../../src/sql/rows.js';
import { eventTables, TABLE_NAMES, TABLES } from '../../src/sql/tables.js';
import { chartsFixture } from '../support/fixtures.js';

const tables = eventTables(chartsFixture());

describe('toArrowTable(rows, columns)', () => {
  test('each table keeps every row and its columns’ SQL types', () => {
    for (const name of TABLE_NAMES) {
      const table = toArrowTable(tables[name], TABLES[name]);
      expect(table.numRows, name).toBe(tables[name].length);
      expect(table.schema.fields.map((f) => f.name)).toEqual(TABLES[name].map((c) => c.name));
    }
    const events = toArrowTable(tables.events, TABLES.events).schema;
    const type = (name: string) => events.fields.find((f) => f.name === name)!.type;
    expect(arrow.DataType.isDate(type('date_start'))).toBe(true);
    expect(arrow.DataType.isList(type('source'))).toBe(true);
    expect(arrow.DataType.isInt(type('n_mentions'))).toBe(true);
    expect(arrow.DataType.isFloat(type('confidence'))).toBe(true);
  });

  test('read back with rowsOf, the rows are the same (dates as UTC midnights)', () => {
    for (const name of TABLE_NAMES) {
      const back = rowsOf(toArrowTable(tables[name], TABLES[name]));
      const expected = tables[name].map((row) =>
        Object.fromEntries(Object.entries(row).map(([k, v]) => [k, TABLES[name].find((c) => c.name === k)!.type === 'DATE' && v !== null ? new Date(`${v}T00:00:00Z`) : v])),
      );
      expect(back, name).toEqual(expected);
    }
  });

  test('an empty table has its columns and no rows', () => {
    const table = toArrowTable([], TABLES.links);
    expect(table.numRows).toBe(0);
    expect(table.schema.fields).toHaveLength(TABLES.links.length);
  });
});

describe('rowsOf(table)', () => {
  test('64-bit integers become numbers, past 2^53 they stay bigint; nulls stay null', () => {
    const table = new arrow.Table({
      n: arrow.vectorFromArray([1n, 2n ** 60n, null], new arrow.Int64()),
      s: arrow.vectorFromArray(['a', null, 'c'], new arrow.Utf8()),
    });
    expect(rowsOf(table)).toEqual([{ n: 1, s: 'a' }, { n: 2n ** 60n, s: null }, { n: null, s: 'c' }]);
  });

  test('timestamps are Dates, structs are objects with converted fields', () => {
    const struct = new arrow.Struct([new arrow.Field('k', new arrow.Int64(), true), new arrow.Field('tags', new arrow.List(new arrow.Field('item', new arrow.Utf8(), true)), true)]);
    const table = new arrow.Table({
      t: arrow.vectorFromArray([new Date('2014-05-19T12:30:00Z')], new arrow.TimestampMillisecond()),
      st: arrow.vectorFromArray([{ k: 3n, tags: ['x', 'y'] }], struct),
    });
    expect(rowsOf(table)).toEqual([{ t: new Date('2014-05-19T12:30:00Z'), st: { k: 3, tags: ['x', 'y'] } }]);
  });

  test('the column names and the Arrow table ride along, out of the rows’ keys', () => {
    const table = new arrow.Table({ b: arrow.vectorFromArray([1], new arrow.Float64()), a: arrow.vectorFromArray([2], new arrow.Float64()) });
    const rows = rowsOf(table);
    expect(rows.columns).toEqual(['b', 'a']);
    expect(rows.arrow).toBe(table);
    expect(Object.keys(rows)).toEqual(['0']);
    expect(JSON.stringify(rows)).toBe('[{"b":1,"a":2}]');
  });
});
