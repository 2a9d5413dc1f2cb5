/**
 * The CAMEO ↔ PLOVER crosswalk (cameo-plover.json), compiled once: a CAMEO event code to the
 * PLOVER type and Reprisal measure it becomes, and an event's type and measure back to a code.
 */
import { PLOVER_TYPES, type PloverType } from '../events/types.js';
import table from './cameo-plover.json';

export interface CameoRow {
  /** The CAMEO code as a string: "010" is not "10". */
  code: string;
  /** null when PLOVER does not code it (the CAMEO 01 public statements). */
  type: PloverType | null;
  mode?: string;
  context?: string[];
  measure?: string;
  /** CAMEO 1.1b3's label: "Impose embargo, boycott, or sanctions". */
  cameo: string;
  goldstein: number | null;
  /** What the published crosswalk says, where Reprisal departs from it. */
  published?: string;
  why?: string;
}

export interface Crosswalk {
  rows: ReadonlyMap<string, CameoRow>;
  /** The code an event goes out as: `export[measure]`, else the first row with its type and measure, else the type's root. */
  toCameo(type: PloverType, measure?: string): CameoRow;
}

interface CrosswalkFile {
  roots: Record<string, string>;
  export: Record<string, string>;
  codes: CameoRow[];
}

/** Compiles a crosswalk table (the project's, or an analyst's copy of it). */
export function compileCrosswalk(file: CrosswalkFile): Crosswalk {
  const rows = new Map<string, CameoRow>();
  const byPair = new Map<string, CameoRow>();
  for (const row of file.codes) {
    if (rows.has(row.code)) throw new Error(`cameo-plover: code ${row.code} is listed twice`);
    if (row.type !== null && !(PLOVER_TYPES as readonly string[]).includes(row.type)) throw new Error(`cameo-plover: code ${row.code} has type ${row.type}, not a PLOVER type`);
    rows.set(row.code, row);
    if (row.type) {
      const key = pairKey(row.type, row.measure);
      if (!byPair.has(key)) byPair.set(key, row);
    }
  }
  const roots = new Map<PloverType, CameoRow>();
  for (const type of PLOVER_TYPES) {
    const row = rows.get(file.roots[type] ?? '');
    if (!row || row.type !== type) throw new Error(`cameo-plover: the root of ${type} must be a code of that type`);
    roots.set(type, row);
  }
  return {
    rows,
    toCameo(type, measure) {
      const preferred = measure ? rows.get(file.export[measure] ?? '') : undefined;
      if (preferred?.type === type) return preferred;
      return byPair.get(pairKey(type, measure)) ?? roots.get(type)!;
    },
  };
}

function pairKey(type: string, measure: string | undefined): string {
  return `${type} ${measure ?? ''}`;
}

/** The project's crosswalk. */
export const CROSSWALK: Crosswalk = compileCrosswalk(table as CrosswalkFile);

/** EventBaseCode and EventRootCode of a CAMEO code, as GDELT writes them: "0251" → "025", "02". */
export function cameoBase(code: string): string {
  return code.slice(0, 3);
}

export function cameoRoot(code: string): string {
  return code.slice(0, 2);
}
