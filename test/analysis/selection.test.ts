import { describe, expect, test } from 'vitest';
import {
  clearSelection,
  isEmptySelection,
  mergeSelection,
  normalizeSelection,
  selectionActors,
  selectionEquals,
  selectionFromAttributes,
  selectionFromParams,
  selectionToAttributes,
  selectionToParams,
  toggleActor,
  toggleSelection,
  type Selection,
} from '../../src/analysis/selection.js';

describe('selection', () => {
  test('normalizeSelection(s) drops empty fields and trims actor lists', () => {
    expect(normalizeSelection({ actor: ' CHN.GOV , ,USA.JUD,CHN.GOV', period: { from: '', to: '' }, document: '' })).toEqual({ actor: 'CHN.GOV,USA.JUD' });
    expect(isEmptySelection({ period: {} })).toBe(true);
  });

  test('selectionEquals(a, b) compares canonical forms', () => {
    expect(selectionEquals({ actor: 'CHN', period: { from: '2014' } }, { period: { from: '2014', to: '' }, actor: ' CHN' })).toBe(true);
    expect(selectionEquals({ actor: 'CHN' }, { actor: 'CHN.GOV' })).toBe(false);
    expect(selectionEquals({ period: { from: '2014' } }, { period: { to: '2014' } })).toBe(false);
  });

  test('mergeSelection(base, patch) overrides named fields and removes undefined ones', () => {
    const base: Selection = { actor: 'CHN', type: 'SANCTION' };
    expect(mergeSelection(base, { type: 'ACCUSE', event: 'e1' })).toEqual({ actor: 'CHN', type: 'ACCUSE', event: 'e1' });
    expect(mergeSelection(base, { type: undefined })).toEqual({ actor: 'CHN' });
  });

  test('toggleSelection(base, patch) sets a field, and clears it on the second click', () => {
    const once = toggleSelection({ type: 'SANCTION' }, { actor: 'CHN.GOV' });
    expect(once).toEqual({ type: 'SANCTION', actor: 'CHN.GOV' });
    expect(toggleSelection(once, { actor: 'CHN.GOV' })).toEqual({ type: 'SANCTION' });
    expect(toggleSelection(once, { actor: 'USA' })).toEqual({ type: 'SANCTION', actor: 'USA' });
    expect(toggleSelection({ period: { from: '2014' } }, { period: { from: '2014' } })).toEqual({});
  });

  test('toggleActor(base, id) adds to or removes from the actor list', () => {
    const two = toggleActor(toggleActor({}, 'CHN.GOV'), 'USA.JUD');
    expect(selectionActors(two)).toEqual(['CHN.GOV', 'USA.JUD']);
    expect(toggleActor(two, 'CHN.GOV')).toEqual({ actor: 'USA.JUD' });
    expect(toggleActor({ actor: 'USA' }, 'USA')).toEqual({});
  });

  test('clearSelection(s, ...keys) removes those fields, or all', () => {
    const s: Selection = { actor: 'CHN', type: 'SANCTION', event: 'e1' };
    expect(clearSelection(s, 'event', 'type')).toEqual({ actor: 'CHN' });
    expect(clearSelection(s)).toEqual({});
  });

  test('selectionToAttributes(s) writes actors, type, from, to, document and event', () => {
    expect(selectionToAttributes({ actor: 'CHN.GOV,USA.JUD', period: { from: '2014-01', to: '2014-12' } })).toEqual({ actors: 'CHN.GOV,USA.JUD', from: '2014-01', to: '2014-12' });
  });

  test('selectionFromAttributes(element) reads an element or a record, leaving out invalid values', () => {
    const element = { getAttribute: (name: string) => ({ actors: 'CHN.GOV, USA.JUD', from: '2014-01', to: 'later', type: 'sanction' })[name] ?? null };
    expect(selectionFromAttributes(element)).toEqual({ actor: 'CHN.GOV,USA.JUD', type: 'SANCTION', period: { from: '2014-01' } });
    expect(selectionFromAttributes({ type: 'SHOUT', event: 'e9', document: null })).toEqual({ event: 'e9' });
  });

  test('selectionToParams and selectionFromParams round-trip through a URL', () => {
    const s: Selection = { actor: 'CHN.GOV,USA.JUD', type: 'ACCUSE', period: { from: '2014-05-21', to: '2015' }, document: 'doc 1', event: 'd1:12' };
    const query = selectionToParams(s).toString();
    expect(query).toBe('actors=CHN.GOV%2CUSA.JUD&type=ACCUSE&from=2014-05-21&to=2015&document=doc+1&event=d1%3A12');
    expect(selectionFromParams(`?${query}`)).toEqual(s);
    expect(selectionFromParams(new URLSearchParams(query))).toEqual(s);
  });
});
