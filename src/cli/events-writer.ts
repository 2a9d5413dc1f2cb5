/**
 * Writes an events file piece by piece, the same bytes as eventsJson (pretty-printed, keys in the
 * spec's order) without ever making the whole file one string: a million imported events would
 * pass the longest string JavaScript allows.
 */
import type { EventsFile } from '../events/types.js';
import { orderedEvents } from '../export/events-json.js';
import type { Sink } from './sink.js';

const LISTS = ['documents', 'actors', 'events', 'links'] as const;

export async function writeEventsFile(file: EventsFile, sink: Sink): Promise<void> {
  await sink.write(`{\n  "format": ${JSON.stringify(file.format)},\n`);
  for (const [n, key] of LISTS.entries()) {
    const items = file[key] as readonly object[];
    const end = n === LISTS.length - 1 ? '\n' : ',\n';
    if (!items.length) {
      await sink.write(`  "${key}": []${end}`);
      continue;
    }
    await sink.write(`  "${key}": [\n`);
    let batch = '';
    for (let i = 0; i < items.length; i++) {
      batch += `    ${JSON.stringify(ordered(key, items[i]!), null, 2).replace(/\n/g, '\n    ')}${i < items.length - 1 ? ',\n' : '\n'}`;
      if (batch.length > 1 << 20) {
        await sink.write(batch);
        batch = '';
      }
    }
    await sink.write(`${batch}  ]${end}`);
  }
  await sink.write('}\n');
}

/** One item with its keys in the spec's order (orderedEvents on a file holding just it). */
function ordered(key: (typeof LISTS)[number], item: object): unknown {
  const one = { format: 'reprisal-events/1', documents: [], actors: [], events: [], links: [], [key]: [item] } as unknown as EventsFile;
  return orderedEvents(one)[key][0];
}
