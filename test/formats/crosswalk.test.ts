/**
 * The CAMEO ↔ PLOVER crosswalk (src/formats/cameo-plover.json) holds together: codes are strings,
 * types are PLOVER's, measures are the lexicon's with a type it allows, every departure from the
 * published crosswalk says why, and every type and measure can go out as a code and come back.
 */
import { describe, expect, test } from 'vitest';
import { PLOVER_TYPES, type PloverType } from '../../src/events/types.js';
import table from '../../src/formats/cameo-plover.json';
import { compileCrosswalk, CROSSWALK } from '../../src/formats/crosswalk.js';
import measuresFile from '../../src/lexicon/measures.json';

interface MeasureRow {
  type: PloverType;
  typeBySourceRole?: Record<string, PloverType>;
}
const MEASURES = measuresFile.measures as Record<string, MeasureRow>;
const typesOf = (m: MeasureRow) => [m.type, ...Object.values(m.typeBySourceRole ?? {})];
const rows = [...CROSSWALK.rows.values()];

describe('cameo-plover.json', () => {
  test('codes are 3- or 4-digit strings, listed once, in order', () => {
    const codes = table.codes.map((r) => r.code);
    expect(codes.every((c) => typeof c === 'string' && /^\d{3,4}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual([...codes].sort());
  });

  test('"010" and "10" are different codes: 010 is a statement PLOVER does not code, 100 a demand', () => {
    expect(CROSSWALK.rows.get('010')).toMatchObject({ type: null, cameo: 'Make statement, not specified below' });
    expect(CROSSWALK.rows.has('10')).toBe(false);
    expect(CROSSWALK.rows.get('100')).toMatchObject({ type: 'REQUEST', measure: 'demand' });
  });

  test('every type is a PLOVER type, and only the CAMEO 01 statements other than 016 have none', () => {
    for (const r of rows) if (r.type !== null) expect(PLOVER_TYPES).toContain(r.type);
    const uncoded = rows.filter((r) => r.type === null).map((r) => r.code);
    expect(uncoded).toEqual(['010', '011', '012', '013', '014', '015', '017', '018', '019']);
  });

  test('every measure is a lexicon measure whose type (or type by source role) is the row\'s type', () => {
    for (const r of rows.filter((r) => r.measure)) {
      const measure = MEASURES[r.measure!];
      expect(measure, `${r.code}: ${r.measure}`).toBeDefined();
      expect(typesOf(measure!), `${r.code}: ${r.measure}`).toContain(r.type);
    }
  });

  test('every departure from the published crosswalk names what it departs from and why', () => {
    const departures = rows.filter((r) => r.published !== undefined);
    for (const r of departures) expect(r.why?.length ?? 0, r.code).toBeGreaterThan(20);
    // The ones the README and the brief name.
    expect(CROSSWALK.rows.get('163')).toMatchObject({ type: 'SANCTION', measure: 'sanction', published: 'COERCE, restrict, diplomatic' });
    expect(CROSSWALK.rows.get('016')).toMatchObject({ type: 'REJECT', measure: 'denial' });
    expect(CROSSWALK.rows.get('0254')).toMatchObject({ type: 'REQUEST', mode: 'yield' });
    expect(CROSSWALK.rows.get('0354')).toMatchObject({ type: 'CONCEDE', published: 'AGREE' });
  });

  test('where it follows the published crosswalk, it says what PLOVER says (spot checks from CAMEO2PLOVER-2021)', () => {
    expect(CROSSWALK.rows.get('085')).toMatchObject({ type: 'RETREAT', mode: 'ease', measure: 'easing' });
    expect(CROSSWALK.rows.get('1712')).toMatchObject({ type: 'ASSAULT', mode: 'destroy' });
    expect(CROSSWALK.rows.get('173')).toMatchObject({ type: 'COERCE', mode: 'arrest', measure: 'arrest' });
    expect(CROSSWALK.rows.get('174')).toMatchObject({ type: 'COERCE', mode: 'deport' });
    expect(CROSSWALK.rows.get('1125')).toMatchObject({ type: 'ACCUSE', mode: 'disapprove', measure: 'accusation' });
    expect(CROSSWALK.rows.get('191')).toMatchObject({ type: 'COERCE', mode: 'restrict' });
    expect(CROSSWALK.rows.get('1312')).toMatchObject({ type: 'THREATEN', mode: 'restrict', measure: 'threat' });
  });
});

describe('toCameo (going back)', () => {
  test('a type alone goes out as a code that comes back as that type alone', () => {
    for (const type of PLOVER_TYPES) {
      const row = CROSSWALK.toCameo(type);
      expect([row.type, row.measure], type).toEqual([type, undefined]);
    }
  });

  test('every type and measure a code gives goes out as a code giving the same type and measure', () => {
    for (const r of rows.filter((r) => r.type)) {
      const back = CROSSWALK.toCameo(r.type!, r.measure);
      expect([back.type, back.measure], r.code).toEqual([r.type, r.measure]);
    }
  });

  test('every lexicon measure, with each type it may have, goes out as a code of that type', () => {
    for (const [label, m] of Object.entries(MEASURES)) {
      for (const type of typesOf(m)) expect(CROSSWALK.toCameo(type, label).type, `${type} ${label}`).toBe(type);
    }
  });

  test('measures CAMEO has no code for take the documented one: tariffs, export controls and entity listings go out as 163', () => {
    for (const m of ['tariff', 'export-control', 'entity-list', 'import-ban']) expect(CROSSWALK.toCameo('SANCTION', m).code).toBe('163');
    expect(CROSSWALK.toCameo('ACCUSE', 'indictment').code).toBe('1121');
    expect(CROSSWALK.toCameo('ACCUSE', 'WTO-complaint').code).toBe('114');
  });

  test('an analyst\'s table is checked when compiled: a wrong type or a duplicate code is an error', () => {
    const base = table as unknown as Parameters<typeof compileCrosswalk>[0];
    expect(() => compileCrosswalk({ ...base, codes: [...base.codes, { ...base.codes[0]! }] })).toThrow(/listed twice/);
    expect(() => compileCrosswalk({ ...base, codes: base.codes.map((r) => (r.code === '163' ? { ...r, type: 'EMBARGO' as PloverType } : r)) })).toThrow(/163 has type EMBARGO/);
  });
});
