/**
 * The shared palettes. Types run on one conflict → cooperation scale (PLOVER's four quads as
 * four hue families: reds, oranges, teals, greens, darkest at the extremes), so the same type
 * has the same colour in every chart. Countries get fixed categorical colours by code, so CHN
 * does not change colour when another country joins the picture.
 */
import type { PloverType, Quad } from '../events/types.js';

/** PLOVER types from the most conflictual to the most cooperative: the order of every legend. */
export const TYPE_ORDER: readonly PloverType[] = [
  'ASSAULT', 'COERCE', 'MOBILIZE', 'SANCTION', 'PROTEST',
  'THREATEN', 'REJECT', 'ACCUSE', 'REQUEST',
  'CONCEDE', 'SUPPORT', 'CONSULT', 'AGREE',
  'RETREAT', 'AID', 'COOPERATE',
];

export const TYPE_COLORS: Readonly<Record<PloverType, string>> = {
  // material conflict: darkest reds
  ASSAULT: '#4d0013',
  COERCE: '#8c0c25',
  MOBILIZE: '#b2182b',
  SANCTION: '#d6301f',
  PROTEST: '#e0607a',
  // verbal conflict: oranges and ambers
  THREATEN: '#e8590c',
  REJECT: '#a0522d',
  ACCUSE: '#f29a2e',
  REQUEST: '#c9a227',
  // verbal cooperation: teals
  CONCEDE: '#7ccbbf',
  SUPPORT: '#3aa39a',
  CONSULT: '#1d6f8a',
  AGREE: '#0f5f57',
  // material cooperation: greens
  RETREAT: '#a6d96a',
  AID: '#5cb85c',
  COOPERATE: '#1a7a36',
};

export const QUAD_ORDER: readonly Quad[] = ['material-conflict', 'verbal-conflict', 'verbal-cooperation', 'material-cooperation'];

export const QUAD_COLORS: Readonly<Record<Quad, string>> = {
  'material-conflict': '#b2182b',
  'verbal-conflict': '#f29a2e',
  'verbal-cooperation': '#3aa39a',
  'material-cooperation': '#1a7a36',
};

export const QUAD_LABELS: Readonly<Record<Quad, string>> = {
  'material-conflict': 'material conflict',
  'verbal-conflict': 'verbal conflict',
  'verbal-cooperation': 'verbal cooperation',
  'material-cooperation': 'material cooperation',
};

/**
 * Observable's ten categorical colours. Countries that recur in the domain have a fixed slot;
 * others take a slot from a hash of their code (so collisions are possible, but never flicker).
 */
const CATEGORICAL = ['#4269d0', '#efb118', '#ff725c', '#6cc5b0', '#3ca951', '#ff8ab7', '#a463f2', '#97bbf5', '#9c6b4e', '#9498a0'];

const FIXED_COUNTRIES: Readonly<Record<string, string>> = {
  USA: '#4269d0',
  CHN: '#efb118',
  EUR: '#a463f2',
  JPN: '#ff8ab7',
  KOR: '#97bbf5',
  RUS: '#9c6b4e',
  GBR: '#6cc5b0',
  AUS: '#3ca951',
  CAN: '#ff725c',
  IGO: '#9498a0',
};

export function typeColor(type: PloverType): string {
  return TYPE_COLORS[type];
}

export function quadColor(quad: Quad): string {
  return QUAD_COLORS[quad];
}

/** A stable colour for a country code (the first segment of an actor code). */
export function countryColor(country: string): string {
  const fixed = FIXED_COUNTRIES[country];
  if (fixed) return fixed;
  let hash = 0;
  for (const c of country) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return CATEGORICAL[hash % CATEGORICAL.length]!;
}

/** The types present in `types`, in legend order (conflict → cooperation). */
export function typesInOrder(types: Iterable<PloverType>): PloverType[] {
  const present = new Set(types);
  return TYPE_ORDER.filter((t) => present.has(t));
}
