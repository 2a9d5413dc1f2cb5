/**
 * Export → import keeps every event. PLOVER JSONL carries everything Reprisal knows (extra named
 * fields, as PLOVER invites), so events, actors, links and articles come back as they were. A
 * GDELT-like TSV has room for less (one CAMEO code, COUNTRY.ROLE actors, one day), so every event
 * comes back with its type, day, actors' countries and roles, and articles; and a file that came
 * from GDELT goes out and back unchanged. Arrow files read back with apache-arrow hold the rows
 * of the SQL tables.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, test } from 'vitest';
import type { Doc, EventsFile } from '../../src/events/types.js';
import { arrowFiles } from '../../src/formats/arrow-ipc.js';
import { CROSSWALK } from '../../src/formats/crosswalk.js';
import { importGdelt } from '../../src/formats/gdelt-import.js';
import { gdeltTsv } from '../../src/formats/gdelt-tsv.js';
import { ploverJsonl } from '../../src/formats/plover-jsonl.js';
import { importPolecat } from '../../src/formats/polecat-import.js';
import { eventTables, TABLE_NAMES, TABLES } from '../../src/sql/tables.js';
import { chartsFixture } from '../support/fixtures.js';

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
/** The seeds as the extractor reads them (multi-article events, stated links with evidence, month dates). */
const seeds = JSON.parse(read('../output/seeds.events.json')) as EventsFile;
/** Hand-made: year and month precision, an undated event, actors with a NAME segment, inferred links. */
const charts = chartsFixture();
const gdelt = importGdelt(read('../fixtures/gdelt/trade-dispute.export.CSV')).events;
const polecat = importPolecat(read('../fixtures/polecat/trade-dispute.ngec.jsonl')).events;

const cited = (file: EventsFile) => new Set(file.events.flatMap((e) => e.mentions.map((m) => m.doc)));
const named = (file: EventsFile) => new Set(file.events.flatMap((e) => [...e.source, ...e.target]));
/** A document as an export can carry it: the spans the extractor left out of its reading stay behind. */
const carried = ({ excluded: _, ...doc }: Doc) => doc;
const byLink = (l: { from: string; to: string }) => `${l.from}→${l.to}`;

describe('PLOVER JSONL → import polecat', () => {
  for (const [name, file] of [['the seeds', seeds], ['the charts fixture', charts]] as const) {
    test(`${name}: every event, with its type, measure, date, actors, mentions, confidence and rule`, () => {
      const back = importPolecat(ploverJsonl(file)).events;
      expect(file.events.length).toBeGreaterThan(10);
      expect(back.events).toEqual(file.events);
    });

    test(`${name}: every link with its evidence, the actors the events name, the articles they cite`, () => {
      const back = importPolecat(ploverJsonl(file)).events;
      expect(file.links.length).toBeGreaterThan(5);
      expect([...back.links].sort((a, b) => byLink(a).localeCompare(byLink(b)))).toEqual([...file.links].sort((a, b) => byLink(a).localeCompare(byLink(b))));
      expect(back.actors).toEqual(file.actors.filter((a) => named(file).has(a.id)));
      expect(back.documents).toEqual(file.documents.filter((d) => cited(file).has(d.id)).map(carried));
    });
  }

  test('an imported POLECAT file goes out and comes back unchanged', () => {
    expect(polecat.events.length).toBe(160);
    expect(importPolecat(ploverJsonl(polecat)).events).toEqual(polecat);
  });

  test('an imported GDELT file goes out as PLOVER and comes back unchanged, SOURCEURLs and CAMEO rules included', () => {
    expect(importPolecat(ploverJsonl(gdelt)).events).toEqual(gdelt);
  });
});

describe('GDELT-like TSV → import gdelt', () => {
  for (const [name, file] of [['the seeds', seeds], ['the charts fixture', charts]] as const) {
    test(`${name}: every event, in order, with its type, its day (or month, or year), its actors' countries and roles, and its articles`, () => {
      const { events: back, report } = importGdelt(gdeltTsv(file));
      expect([report.bad, report.skipped]).toEqual([0, {}]);
      expect(back.events.map((e) => e.id)).toEqual(file.events.map((_, i) => `gdelt-${i + 1}`));
      file.events.forEach((event, i) => {
        const got = back.events[i]!;
        expect(got.type, event.id).toBe(event.type);
        expect(got.date && { start: got.date.start, precision: got.date.precision }, event.id).toEqual(event.date && { start: event.date.start, precision: event.date.precision });
        const countryRole = (ids: string[]) => [...new Set(ids.map((id) => id.split('.').slice(0, 2).join('.')))];
        expect(got.source, event.id).toEqual(countryRole(event.source));
        expect(got.target, event.id).toEqual(countryRole(event.target));
        expect(got.mentions.map((m) => m.doc), event.id).toEqual([...new Set(event.mentions.map((m) => m.doc))]);
      });
    });

    test(`${name}: a measure CAMEO has a code for comes back as it went; any other comes back as its code's measure, of the same type`, () => {
      const back = importGdelt(gdeltTsv(file)).events;
      const coded = (type: string, measure: string | undefined) => [...CROSSWALK.rows.values()].some((r) => r.type === type && r.measure === measure);
      let kept = 0;
      file.events.forEach((event, i) => {
        const got = back.events[i]!;
        if (coded(event.type, event.measure)) expect(got.measure, event.id).toBe(event.measure), kept++;
        else expect(coded(got.type, got.measure), `${event.id}: ${event.measure} → ${got.measure}`).toBe(true);
      });
      expect(kept).toBeGreaterThan(0);
    });
  }

  test('an imported GDELT file goes out and comes back unchanged: codes, actors, days and SOURCEURLs', () => {
    expect(gdelt.events.length).toBeGreaterThan(250);
    expect(importGdelt(gdeltTsv(gdelt)).events).toEqual(gdelt);
  });
});

describe('Arrow IPC files, read back with apache-arrow', () => {
  test('each of the five files holds every row of its SQL table, with its columns', () => {
    const files = arrowFiles(seeds);
    const tables = eventTables(seeds);
    expect(Object.keys(files).sort()).toEqual([...TABLE_NAMES].sort());
    for (const name of TABLE_NAMES) {
      const table = tableFromIPC(files[name]);
      expect(table.numRows, name).toBe(tables[name].length);
      expect(table.schema.fields.map((f) => f.name), name).toEqual(TABLES[name].map((c) => c.name));
    }
    const events = tableFromIPC(files.events);
    expect(events.getChild('id')!.toArray()).toEqual(seeds.events.map((e) => e.id));
    expect(events.getChild('type')!.toArray()).toEqual(seeds.events.map((e) => e.type));
    expect([...events.getChild('source')!].map((list) => [...list!])).toEqual(seeds.events.map((e) => e.source));
    const mentions = tableFromIPC(files.mentions);
    expect([...mentions.getChild('text')!]).toEqual(seeds.events.flatMap((e) => e.mentions.map((m) => m.text)));
    const links = tableFromIPC(files.links);
    expect([...links.getChild('from_id')!].map((from, i) => `${from}→${links.getChild('to_id')!.get(i)}`).sort()).toEqual(seeds.links.map(byLink).sort());
  });
});
