/** Reads a corrections file, naming what is wrong with it; entries that cannot be read are reported and left out. */
import { PLOVER_TYPES } from '../events/types.js';
import { CORRECTIONS_FORMAT, type Correction, type CorrectionsFile } from './types.js';

export class CorrectionsError extends Error {}

const OPS = ['edit', 'delete', 'merge', 'add', 'link', 'unlink'];
const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);
const isRef = (x: unknown) => isObject(x) && typeof x.id === 'string' && Array.isArray(x.mentions);

export function parseCorrections(json: string, file = 'corrections.json'): { corrections: Correction[]; warnings: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new CorrectionsError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  if (!isObject(data) || !Array.isArray(data.corrections)) throw new CorrectionsError(`${file}: expected {"format": "${CORRECTIONS_FORMAT}", "corrections": [...]}`);
  if (data.format !== undefined && data.format !== CORRECTIONS_FORMAT) throw new CorrectionsError(`${file}: format is "${String(data.format)}", expected "${CORRECTIONS_FORMAT}"`);
  const warnings: string[] = [];
  const corrections: Correction[] = [];
  data.corrections.forEach((c, i) => {
    const problem = check(c);
    if (problem) warnings.push(`${file}: correction #${i} ${problem}; left out`);
    else corrections.push(c as Correction);
  });
  return { corrections, warnings };
}

function check(c: unknown): string | undefined {
  if (!isObject(c)) return 'is not an object';
  if (typeof c.id !== 'string') return 'has no "id"';
  if (!OPS.includes(c.op as string)) return `has an unknown "op" (${String(c.op)})`;
  if ((c.op === 'edit' || c.op === 'delete') && !isRef(c.event)) return 'names no event ({id, mentions})';
  if (c.op === 'edit' && !isObject(c.set)) return 'has nothing to "set"';
  if (c.op === 'edit' && isObject(c.set) && c.set.type !== undefined && !PLOVER_TYPES.includes(c.set.type as never)) return `sets an unknown type (${String(c.set.type)})`;
  if (c.op === 'merge' && !(Array.isArray(c.events) && c.events.length >= 2 && c.events.every(isRef))) return 'needs two or more events to merge';
  if ((c.op === 'link' || c.op === 'unlink') && !(isRef(c.from) && isRef(c.to))) return 'needs "from" and "to" events';
  if (c.op === 'link' && c.kind !== 'retaliation' && c.kind !== 'response') return 'needs a kind: retaliation or response';
  if (c.op === 'add') {
    const e = c.event;
    if (!isObject(e) || !PLOVER_TYPES.includes(e.type as never) || !Array.isArray(e.source) || !Array.isArray(e.target) || !Array.isArray(e.mentions)) {
      return 'adds an event without type, source, target and mentions';
    }
  }
  return undefined;
}

export function serialiseCorrections(corrections: Correction[]): string {
  const file: CorrectionsFile = { format: CORRECTIONS_FORMAT, corrections };
  return `${JSON.stringify(file, null, 2)}\n`;
}
