/**
 * The one selection every view shares: which actor, type, period, document or event the reader
 * has picked. Values are plain, immutable objects; helpers return new ones, so views can compare
 * them with `selectionEquals` and skip work when nothing changed.
 */
import { PLOVER_TYPES, type PloverType } from '../events/types.js';
import { periodPrecision } from './dates.js';

/** A span of ISO periods at any precision; an open end is unbounded. */
export interface Period {
  from?: string;
  to?: string;
}

export interface Selection {
  /**
   * An actor code or prefix at a segment boundary ("CHN", "CHN.GOV", "USA.BUS.IBM"). Several may
   * be given separated by commas ("CHN.GOV,USA.JUD"): an event matches when it involves any.
   */
  actor?: string;
  type?: PloverType;
  period?: Period;
  /** A Doc.id: events reported in that document. */
  document?: string;
  /** An Event.id. */
  event?: string;
}

export type SelectionKey = keyof Selection;

/** Attribute and search-parameter names, one per selection field (period is two: from, to). */
export const SELECTION_ATTRIBUTES = ['actors', 'type', 'from', 'to', 'document', 'event'] as const;

export const EMPTY_SELECTION: Selection = Object.freeze({});

/** The actor codes of a selection, split at commas; empty when no actor is selected. */
export function selectionActors(selection: Selection): string[] {
  return splitActors(selection.actor);
}

/** A selection in canonical form: no empty strings, no empty period, actors trimmed and unique. */
export function normalizeSelection(selection: Selection): Selection {
  const out: Selection = {};
  const actors = splitActors(selection.actor);
  if (actors.length) out.actor = actors.join(',');
  if (selection.type && (PLOVER_TYPES as readonly string[]).includes(selection.type)) out.type = selection.type;
  const from = selection.period?.from?.trim();
  const to = selection.period?.to?.trim();
  if (from || to) out.period = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  if (selection.document) out.document = selection.document;
  if (selection.event) out.event = selection.event;
  return out;
}

export function isEmptySelection(selection: Selection): boolean {
  return Object.keys(normalizeSelection(selection)).length === 0;
}

export function selectionEquals(a: Selection, b: Selection): boolean {
  const x = normalizeSelection(a);
  const y = normalizeSelection(b);
  return (
    x.actor === y.actor &&
    x.type === y.type &&
    x.period?.from === y.period?.from &&
    x.period?.to === y.period?.to &&
    x.document === y.document &&
    x.event === y.event
  );
}

/** `base` with the fields `patch` names replaced; a field set to undefined in `patch` is removed. */
export function mergeSelection(base: Selection, patch: Selection): Selection {
  return normalizeSelection({ ...base, ...patch });
}

/**
 * Click-to-select: each field of `patch` is set, or removed when it already has that value, so a
 * second click on the same node clears it. Fields `patch` does not name are kept.
 */
export function toggleSelection(base: Selection, patch: Selection): Selection {
  const out: Selection = { ...base };
  for (const key of Object.keys(patch) as SelectionKey[]) {
    const one: Selection = { [key]: patch[key] };
    const same = selectionEquals({ [key]: base[key] }, one);
    Object.assign(out, same ? { [key]: undefined } : one);
  }
  return normalizeSelection(out);
}

/** Adds `actor` to the selected actors, or removes it when already there (shift-click). */
export function toggleActor(base: Selection, actor: string): Selection {
  const actors = splitActors(base.actor);
  const next = actors.includes(actor) ? actors.filter((a) => a !== actor) : [...actors, actor];
  return normalizeSelection({ ...base, actor: next.join(',') });
}

/** `selection` without the given fields, or empty when none are given. */
export function clearSelection(selection: Selection, ...keys: SelectionKey[]): Selection {
  if (!keys.length) return {};
  const out: Selection = { ...selection };
  for (const key of keys) delete out[key];
  return normalizeSelection(out);
}

/** The selection as attribute values: { actors: "CHN.GOV,USA.JUD", from: "2014-01", to: "2014-12" }. */
export function selectionToAttributes(selection: Selection): Record<string, string> {
  const s = normalizeSelection(selection);
  const values: Record<(typeof SELECTION_ATTRIBUTES)[number], string | undefined> = {
    actors: s.actor,
    type: s.type,
    from: s.period?.from,
    to: s.period?.to,
    document: s.document,
    event: s.event,
  };
  const out: Record<string, string> = {};
  for (const name of SELECTION_ATTRIBUTES) if (values[name] !== undefined) out[name] = values[name];
  return out;
}

/** An element, or anything else with getAttribute, or a plain record of attribute values. */
export type AttributeSource = { getAttribute(name: string): string | null } | Readonly<Record<string, string | null | undefined>>;

/**
 * Reads a selection from attributes: an element (anything with getAttribute) or a plain record.
 * Values that cannot be a selection (an unknown type, a malformed date) are left out.
 */
export function selectionFromAttributes(source: AttributeSource): Selection {
  const get = (name: string): string | undefined => (isElementLike(source) ? source.getAttribute(name) : source[name])?.trim() || undefined;
  const type = get('type')?.toUpperCase();
  const from = get('from');
  const to = get('to');
  return normalizeSelection({
    actor: get('actors') ?? get('actor'),
    type: (PLOVER_TYPES as readonly string[]).includes(type ?? '') ? (type as PloverType) : undefined,
    period: { from: from && periodPrecision(from) ? from : undefined, to: to && periodPrecision(to) ? to : undefined },
    document: get('document'),
    event: get('event'),
  });
}

/** The selection as URL search parameters, with the attribute names: ?actors=CHN.GOV&from=2014-01. */
export function selectionToParams(selection: Selection): URLSearchParams {
  return new URLSearchParams(selectionToAttributes(selection));
}

/** Reads a selection from URL search parameters (or a query string). */
export function selectionFromParams(params: URLSearchParams | string): Selection {
  const p = typeof params === 'string' ? new URLSearchParams(params) : params;
  return selectionFromAttributes({ getAttribute: (name) => p.get(name) });
}

function splitActors(actor: string | undefined): string[] {
  if (!actor) return [];
  return [...new Set(actor.split(',').map((a) => a.trim()).filter(Boolean))];
}

function isElementLike(source: AttributeSource): source is { getAttribute(name: string): string | null } {
  return typeof (source as { getAttribute?: unknown }).getAttribute === 'function';
}
