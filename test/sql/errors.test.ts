import { describe, expect, test } from 'vitest';
import { parameter } from '../../src/sql/events-database.js';
import { sqlError } from '../../src/sql/errors.js';

describe('sqlError(error)', () => {
  test('names the error after DuckDB’s kind and keeps its excerpt once', () => {
    const raw = new Error('Parser Error: syntax error at or near "SELEC"\n\nLINE 1: SELEC 1\n        ^\n\nLINE 1: SELEC 1\n        ^');
    const error = sqlError(raw);
    expect(error.name).toBe('Parser Error');
    expect(error.message).toBe('syntax error at or near "SELEC"\n\nLINE 1: SELEC 1\n        ^');
    expect(error.cause).toBe(raw);
  });

  test('keeps DuckDB’s hint', () => {
    const error = sqlError(new Error('Catalog Error: Table with name nope does not exist!\nDid you mean "notes"?\n\nLINE 1: SELECT * FROM nope\n                      ^'));
    expect(error.name).toBe('Catalog Error');
    expect(error.message).toMatch(/^Table with name nope does not exist!\nDid you mean "notes"\?\n\nLINE 1: /);
  });

  test('leaves other errors as they are', () => {
    const other = new TypeError('x is not a function');
    expect(sqlError(other)).toBe(other);
    expect(sqlError('text').message).toBe('text');
  });
});

describe('parameter(value, index)', () => {
  test('numbers, strings, booleans and null are bound as they are; undefined is null', () => {
    expect([1.5, 'a', true, null, undefined].map(parameter)).toEqual([1.5, 'a', true, null, null]);
  });

  test('a date is ISO text, the day alone at midnight UTC; a bigint is a number', () => {
    expect(parameter(new Date('2014-05-19T00:00:00Z'), 0)).toBe('2014-05-19');
    expect(parameter(new Date('2014-05-19T08:30:00Z'), 0)).toBe('2014-05-19T08:30:00.000Z');
    expect(parameter(12n, 0)).toBe(12);
  });

  test('arrays and objects are refused, naming the parameter', () => {
    expect(() => parameter([1, 2], 1)).toThrow('SQL parameter 2 is an array');
    expect(() => parameter({}, 0)).toThrow('SQL parameter 1 is a object');
  });
});
