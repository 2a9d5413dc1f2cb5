/**
 * A large, deterministic events file for scale tests: many actors in many countries, every
 * precision, some undated events, links between nearby events. Seeded, so every run is the same.
 */
import { randomLcg } from 'd3';
import { PLOVER_TYPES, type Actor, type Event, type EventsFile, type Link } from '../../src/events/types.js';

const ROLES = ['GOV', 'MIL', 'JUD', 'SPY', 'LEG', 'BUS', 'MED', 'CVL'];

export function syntheticEvents(count: number, options: { countries?: number; actorsPerRole?: number; seed?: number } = {}): EventsFile {
  const { countries = 40, actorsPerRole = 6, seed = 7 } = options;
  const random = randomLcg(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const codes = Array.from({ length: countries }, (_, i) => `C${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`);
  const actors: Actor[] = codes.flatMap((country) =>
    ROLES.flatMap((role) => Array.from({ length: actorsPerRole }, (_, k) => ({ id: `${country}.${role}.N${k}`, name: `${country} ${role.toLowerCase()} ${k}`, country, role }))),
  );
  const events: Event[] = [];
  const links: Link[] = [];
  for (let i = 0; i < count; i++) {
    const day = Math.floor(random() * 3650);
    const d = new Date(Date.UTC(2010, 0, 1) + day * 86_400_000).toISOString();
    const p = random();
    const date = p < 0.05 ? undefined : p < 0.5 ? { start: d.slice(0, 10), precision: 'day' as const } : p < 0.85 ? { start: d.slice(0, 7), precision: 'month' as const } : { start: d.slice(0, 4), precision: 'year' as const };
    const id = `s${i}`;
    const text = `Synthetic event ${i}.`;
    events.push({ id, type: pick(PLOVER_TYPES), source: [pick(actors).id], target: [pick(actors).id], ...(date ? { date } : {}), mentions: [{ doc: `doc${i % 100}`, start: 0, end: text.length, text }] });
    if (i > 0 && random() < 0.3) links.push({ from: `s${Math.max(0, i - 1 - Math.floor(random() * 20))}`, to: id, kind: 'retaliation', confidence: 0.4 });
  }
  const documents = Array.from({ length: 100 }, (_, i) => ({ id: `doc${i}`, length: 1000 }));
  return { format: 'reprisal-events/1', documents, actors, events, links };
}
