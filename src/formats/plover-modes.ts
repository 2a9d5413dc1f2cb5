/**
 * PLOVER modes ↔ Reprisal measures (plover-modes.json), PLOVER contexts of measure families, and
 * the PLOVER score of each type.
 */
import type { PloverType } from '../events/types.js';
import measuresFile from '../lexicon/measures.json';
import table from './plover-modes.json';

const MODES: Partial<Record<string, Record<string, string>>> = table.modes;
const MEASURE_MODES: Record<string, string> = table.measureModes;
const CONTEXTS: Record<string, string> = table.contexts;
const SCORES: Record<string, number> = table.scores;
const FAMILIES = new Map(Object.entries(measuresFile.measures as Record<string, { family?: string }>).map(([label, m]) => [label, m.family]));

/** The measure a PLOVER type and mode give, if any: SANCTION/discontinue → "sanction". */
export function measureOfMode(type: PloverType, mode: string | undefined): string | undefined {
  const modes = MODES[type];
  if (!modes) return undefined;
  return (mode ? modes[mode.trim().toLowerCase()] : undefined) ?? modes['*'];
}

/** The PLOVER mode for an event's type and measure: the mode that gives it back, else measureModes. */
export function modeOfMeasure(type: PloverType, measure: string | undefined): string | undefined {
  if (!measure) return undefined;
  const modes = MODES[type] ?? {};
  const mode = Object.keys(modes).find((m) => m !== '*' && modes[m] === measure);
  return mode ?? MEASURE_MODES[measure];
}

/** The PLOVER context of a measure, from its family: tariff → "economic". */
export function contextOfMeasure(measure: string | undefined): string | undefined {
  const family = measure ? FAMILIES.get(measure) : undefined;
  return family ? CONTEXTS[family] : undefined;
}

/** The type's PLOVER score (PLOVER manual), written as event_scale. */
export function ploverScore(type: PloverType): number {
  return SCORES[type] ?? 0;
}
