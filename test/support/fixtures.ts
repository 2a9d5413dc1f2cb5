/**
 * The hand-made events file the chart snapshots are drawn from: a small Australia–China trade
 * dispute (13 events, 8 actors, stated and inferred links, day/month/year precision, one undated).
 */
import { readFileSync } from 'node:fs';
import type { EventsFile } from '../../src/events/types.js';

export function chartsFixture(): EventsFile {
  return JSON.parse(readFileSync(new URL('../fixtures/charts.events.json', import.meta.url), 'utf8')) as EventsFile;
}
