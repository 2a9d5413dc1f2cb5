/**
 * `reprisal export`: the selected events for Gephi, graph tools, TimelineJS and spreadsheets.
 * Runs the built CLI (lib/cli.js, rebuilt here first) as a user would.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { filterEvents } from '../../src/analysis/filter.js';
import { chartsFixture } from '../support/fixtures.js';
import { parseXml, xmlElements } from '../support/xml.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'lib/cli.js');
const fixture = join(root, 'test/fixtures/charts.events.json');
let dir: string;

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: dir });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`building the CLI failed:\n${build.stderr}`);
  dir = mkdtempSync(join(tmpdir(), 'reprisal-export-'));
}, 60_000);

describe('reprisal export', () => {
  test('export gexf --out writes the actor network (every actor, by default) for Gephi', () => {
    const out = join(dir, 'network.gexf');
    const r = run('export', 'gexf', '--events', fixture, '--out', out);
    expect(r.code).toBe(0);
    expect(r.err).toBe(`reprisal: wrote 13 events as gexf to ${out}\n`);
    const gexf = parseXml(readFileSync(out, 'utf8'));
    expect([xmlElements(gexf, 'node').length, xmlElements(gexf, 'edge').length]).toEqual([8, 15]);
  });

  test('export graphml --level country --type SANCTION writes the filtered network of countries', () => {
    const r = run('export', 'graphml', '--events', fixture, '--level', 'country', '--type', 'SANCTION');
    expect(r.code).toBe(0);
    const graphml = parseXml(r.out);
    expect(xmlElements(graphml, 'node').map((n) => n.attributes.id)).toEqual(['AUS', 'CHN']);
    expect(xmlElements(graphml, 'edge').map((e) => `${e.attributes.source}>${e.attributes.target}`)).toEqual(['AUS>CHN', 'CHN>AUS']);
  });

  test('export timelinejs --title --from writes TimelineJS JSON of the selected period', () => {
    const r = run('export', 'timelinejs', '--events', fixture, '--title', 'Barley & beyond', '--from', '2023');
    expect(r.code).toBe(0);
    const timeline = JSON.parse(r.out);
    expect(timeline.title.text.headline).toBe('Barley &amp; beyond');
    expect(timeline.events.map((s: { unique_id: string }) => s.unique_id)).toEqual(['e11', 'e12']);
  });

  test('export csv --actors writes one row per selected event', () => {
    const r = run('export', 'csv', '--events', fixture, '--actors', 'CHN.GOV.MOFCOM');
    expect(r.code).toBe(0);
    const rows = r.out.trimEnd().split('\r\n');
    expect(rows[0]).toMatch(/^id,type,measure,/);
    expect(rows.slice(1).map((row) => row.split(',')[0])).toEqual(['e05', 'e06', 'e08']);
  });

  test('export json writes the selection as an events file', () => {
    const r = run('export', 'json', '--events', fixture, '--actors', 'IGO');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(filterEvents(chartsFixture(), { actor: 'IGO' }));
  });

  test.each([
    ['an unknown format', ['export', 'pdf', '--events', fixture], /unknown export format "pdf"/],
    ['a level the format lacks', ['export', 'csv', '--events', fixture, '--level', 'country'], /--level does not apply to csv/],
    ['a title for a network', ['export', 'gexf', '--events', fixture, '--title', 'x'], /--title applies to timelinejs only/],
    ['a width', ['export', 'gexf', '--events', fixture, '--width', '800'], /--width is not an option of export/],
  ])('%s is a usage error: exit 2', (_case, args, message) => {
    const r = run(...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  test('a malformed events file exits 1 with one line naming it', () => {
    const file = join(dir, 'old.json');
    writeFileSync(file, JSON.stringify({ format: 'reprisal-events/0', events: [] }));
    const r = run('export', 'csv', '--events', file);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`reprisal: ${file}: not an events file: "format" is "reprisal-events/0", expected "reprisal-events/1"\n`);
  });
});
