import { describe, expect, test } from 'vitest';
import { parseRoute, routeHash } from '../../src/app/router.js';

describe('routes', () => {
  test('parseRoute(hash) names the notebook and keeps the selection parameters', () => {
    const route = parseRoute('#/notebook/teach?actors=CHN.GOV%2CUSA.JUD&type=SANCTION', 'tour');
    expect(route.notebook).toBe('teach');
    expect(route.params.get('actors')).toBe('CHN.GOV,USA.JUD');
    expect(route.params.get('type')).toBe('SANCTION');
  });

  test('parseRoute(hash) opens the fallback on an empty hash and names nothing for an unknown path', () => {
    expect(parseRoute('', 'tour').notebook).toBe('tour');
    expect(parseRoute('#/', 'tour').notebook).toBe('tour');
    expect(parseRoute('#/somewhere/else', 'tour').notebook).toBeUndefined();
  });

  test('routeHash(name, params) round-trips through parseRoute', () => {
    const hash = routeHash('byo', new URLSearchParams({ actors: 'USA.BUS.IBM', from: '2014-05' }));
    expect(hash).toBe('#/notebook/byo?actors=USA.BUS.IBM&from=2014-05');
    expect(parseRoute(hash, 'tour').params.get('from')).toBe('2014-05');
    expect(routeHash('tour')).toBe('#/notebook/tour');
  });
});
