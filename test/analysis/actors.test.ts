import { describe, expect, test } from 'vitest';
import { actorMatches, collapseActor, countryOf, roleOf } from '../../src/analysis/actors.js';

describe('actors', () => {
  test('actorMatches(id, prefix) matches at segment boundaries only', () => {
    expect(actorMatches('CHN.GOV.PBOC', 'CHN')).toBe(true);
    expect(actorMatches('CHN.GOV.PBOC', 'CHN.GOV')).toBe(true);
    expect(actorMatches('CHN', 'CHN')).toBe(true);
    expect(actorMatches('CHNX.GOV', 'CHN')).toBe(false);
    expect(actorMatches('CHN.GOVX', 'CHN.GOV')).toBe(false);
    expect(actorMatches('CHN', 'CHN.GOV')).toBe(false);
  });

  test('collapseActor(id, level) keeps COUNTRY.ROLE or COUNTRY', () => {
    expect(collapseActor('USA.BUS.IBM', 'actor')).toBe('USA.BUS.IBM');
    expect(collapseActor('USA.BUS.IBM', 'role')).toBe('USA.BUS');
    expect(collapseActor('USA.BUS.IBM', 'country')).toBe('USA');
    expect(collapseActor('USA', 'role')).toBe('USA');
  });

  test('countryOf(id) and roleOf(id) read the first two segments', () => {
    expect(countryOf('IGO.WTO')).toBe('IGO');
    expect(roleOf('IGO.WTO')).toBe('WTO');
    expect(roleOf('USA')).toBeUndefined();
  });
});
