/**
 * `reprisal render`: the explorer's charts as standalone SVG files, drawn in Node by the same
 * chart functions. Runs the built CLI (lib/cli.js, rebuilt here first) as a user would.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import { networkChart } from '../../src/charts/network.js';
import { testDocument } from '../support/dom.js';
import { chartsFixture } from '../support/fixtures.js';
import { expectSvgSnapshot, normalizeSvg } from '../support/snapshot.js';
import { parseXml } from '../support/xml.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'lib/cli.js');
const fixture = join(root, 'test/fixtures/charts.events.json');
let dir: string;

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: dir });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Renders to a file and returns its text and the parsed <svg> (linkedom, for querySelector). */
function render(kind: string, ...args: string[]) {
  const out = join(dir, `${kind}-${args.join('_').replace(/[^\w.-]+/g, '') || 'all'}.svg`);
  const r = run('render', kind, '--events', fixture, '--out', out, ...args);
  expect(r.err).not.toMatch(/\n\s+at /);
  expect(r.code).toBe(0);
  const text = readFileSync(out, 'utf8');
  return { text, svg: new DOMParser().parseFromString(text, 'image/svg+xml').documentElement as unknown as Element, err: r.err };
}

const attrs = (svg: Element, selector: string, name: string) => [...svg.querySelectorAll(selector)].map((e) => e.getAttribute(name)!);

beforeAll(() => {
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`building the CLI failed:\n${build.stderr}`);
  dir = mkdtempSync(join(tmpdir(), 'reprisal-render-'));
}, 60_000);

describe('reprisal render', () => {
  test.each(['network', 'timeline', 'chains'])('render %s writes a standalone SVG file: well-formed XML with the SVG namespace and a background', (kind) => {
    const { text, err } = render(kind);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    const svg = parseXml(text);
    expect(svg.name).toBe('svg');
    expect(svg.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(svg.attributes.role).toBe('img');
    expect(Number(svg.attributes.width)).toBe(640);
    const first = svg.children.find((c) => typeof c !== 'string');
    expect(first).toMatchObject({ name: 'rect', attributes: { fill: 'white', width: '100%', height: '100%' } });
    expect(err).toBe(`reprisal: wrote ${join(dir, `${kind}-all.svg`)}: ${svg.attributes['aria-label']}\n`);
  });

  test('render network draws every actor and relation, marked with data-* attributes', () => {
    const { svg } = render('network');
    expect(svg.getAttribute('aria-label')).toBe('Actor network: 8 actors, 15 relations');
    expect(attrs(svg, 'circle[data-actor]', 'data-actor').length).toBe(8);
    expect(svg.querySelectorAll('path[data-source]').length).toBe(15);
    expect(svg.querySelector('path[data-source="CHN.GOV.MOFCOM"][data-target="AUS.BUS"]')?.getAttribute('data-count')).toBe('2');
    expect(svg.querySelector('g.legend')).not.toBeNull();
  });

  test('render timeline draws each dated event, day events as dots and month or year events as spans', () => {
    const { svg } = render('timeline');
    expect(new Set(attrs(svg, '[data-event]', 'data-event')).size).toBe(12);
    expect(attrs(svg, 'circle[data-event]', 'data-precision').every((p) => p === 'day')).toBe(true);
    expect(new Set(attrs(svg, 'rect[data-event]', 'data-precision'))).toEqual(new Set(['month', 'year']));
  });

  test('render chains draws each chain with its events and links', () => {
    const { svg } = render('chains');
    expect(attrs(svg, 'g.chain', 'data-chain')).toEqual(['chain:e02', 'chain:e01', 'chain:e12']);
    expect(svg.querySelectorAll('circle[data-event]').length).toBe(12);
    expect(svg.querySelectorAll('path[data-from]').length).toBe(9);
  });

  test('render network --actors narrows the network to events involving those actors', () => {
    const { svg } = render('network', '--actors', 'CHN.GOV.MOFCOM');
    expect(attrs(svg, 'circle[data-actor]', 'data-actor').sort()).toEqual(['AUS.BUS', 'AUS.BUS.CBH', 'AUS.GOV', 'CHN.GOV.MOFCOM']);
    expect(attrs(svg, 'path[data-source]', 'data-type').sort()).toEqual(['REJECT', 'SANCTION', 'SANCTION']);
  });

  test('render timeline --type --from --to narrows the marks and sets the time axis to the period', () => {
    const { svg } = render('timeline', '--type', 'sanction', '--from', '2020', '--to', '2020-12');
    expect([...new Set(attrs(svg, '[data-event]', 'data-event'))].sort()).toEqual(['e04', 'e05', 'e08']);
    expect(attrs(svg, '[data-event]', 'data-type').every((t) => t === 'SANCTION')).toBe(true);
    const ticks = [...svg.querySelectorAll('[aria-label="x-axis tick label"] text')].map((t) => t.textContent);
    expect(ticks[0]).toMatch(/2020/);
  });

  test('render chains --actors keeps the links among the selected actors\' events only', () => {
    const { svg } = render('chains', '--actors', 'CHN.GOV.MOFCOM');
    expect(attrs(svg, 'g.chain', 'data-chain')).toEqual(['chain:e05']);
    expect(attrs(svg, 'circle[data-event]', 'data-event')).toEqual(['e05', 'e06', 'e08']);
    expect(attrs(svg, 'path[data-from]', 'data-to').sort()).toEqual(['e06', 'e08']);
  });

  test('render network --width 800 --level country draws a wider chart of countries', () => {
    const { svg } = render('network', '--width', '800', '--level', 'country');
    expect([svg.getAttribute('width'), svg.getAttribute('height')]).toEqual(['800', '600']);
    expect(attrs(svg, 'circle[data-actor]', 'data-actor').sort()).toEqual(['AUS', 'CHN', 'IGO']);
  });

  test('render with filters that match nothing still writes a chart, and says so', () => {
    const { svg, err } = render('network', '--actors', 'NOWHERE');
    expect(svg.querySelectorAll('circle[data-actor]').length).toBe(0);
    expect(err).toMatch(/no events match the filters/);
  });

  test('render without --out writes the SVG to standard output', () => {
    const r = run('render', 'timeline', '--events', fixture);
    expect(r.code).toBe(0);
    expect(parseXml(r.out).name).toBe('svg');
  });

  test('render network draws the same chart as networkChart does in process (the CLI only adds a background)', () => {
    const { svg } = render('network');
    expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    svg.removeAttribute('xmlns');
    svg.querySelector('rect[data-background]')!.remove();
    const inProcess = networkChart(chartsFixture(), { document: testDocument(), width: 640, height: 480 });
    expect(normalizeSvg(svg)).toBe(normalizeSvg(inProcess));
  });

  test('render timeline output matches its snapshot', () => {
    expectSvgSnapshot('cliRenderTimeline', render('timeline', '--actors', 'AUS.GOV', '--from', '2020').svg);
  });
});

describe('reprisal render with bad input', () => {
  test.each([
    ['invalid JSON', '{"format": "reprisal-events/1", "events": [', /not valid JSON/],
    ['another format', '{"format": "polecat", "events": []}', /not an events file: "format" is "polecat"/],
    ['events not a list', '{"format": "reprisal-events/1", "events": {"e1": {}}}', /"events" must be a list/],
    ['a malformed event', '{"format": "reprisal-events/1", "events": [{"id": "e1", "type": "SANCTION", "source": "CHN", "target": [], "mentions": []}]}', /events\[0\] \(e1\): "source" must be a list/],
  ])('a malformed events file (%s) exits 1 with one line naming the file', (_case, content, message) => {
    const file = join(dir, `${_case.replace(/\W+/g, '-')}.json`);
    writeFileSync(file, content);
    const r = run('render', 'network', '--events', file, '--out', join(dir, 'never.svg'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
    expect(r.err.trimEnd().split('\n')).toEqual([expect.stringContaining(file)]);
    expect(r.out).toBe('');
  });

  test('a missing events file exits 1 naming it', () => {
    const r = run('render', 'chains', '--events', join(dir, 'nope.json'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/nope\.json: cannot read events file \(ENOENT\)/);
  });

  test.each([
    ['an unknown chart', ['render', 'pie', '--events', fixture], /unknown chart "pie": expected network, timeline, chains/],
    ['no chart', ['render', '--events', fixture], /render needs a chart/],
    ['no events file', ['render', 'network'], /render needs the events file/],
    ['an unknown type', ['render', 'network', '--events', fixture, '--type', 'BAN'], /--type must be a PLOVER type/],
    ['a malformed date', ['render', 'timeline', '--events', fixture, '--from', 'May 2014'], /--from must be an ISO date/],
    ['from after to', ['render', 'timeline', '--events', fixture, '--from', '2021', '--to', '2020'], /--from 2021 is after --to 2020/],
    ['a bad width', ['render', 'network', '--events', fixture, '--width', 'wide'], /--width must be a whole number/],
    ['a level the chart lacks', ['render', 'chains', '--events', fixture, '--level', 'role'], /--level for a chains chart must be actor, country/],
    ['a PNG file name', ['render', 'network', '--events', fixture, '--out', 'chart.png'], /render writes SVG/],
    ['an option of another command', ['render', 'network', '--events', fixture, '--lexicon', 'x.json'], /--lexicon is not an option of render/],
  ])('%s is a usage error: exit 2', (_case, args, message) => {
    const r = run(...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

describe('reprisal start-up', () => {
  // Every module the bundle imports statically, following its own chunks.
  function staticImports(file: string, seen = new Set<string>()): Set<string> {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s[^;]*?\sfrom\s*"([^"]+)"|^import\s*"([^"]+)"/gm)) {
      const spec = (m[1] ?? m[2])!;
      if (seen.has(spec)) continue;
      seen.add(spec);
      if (spec.startsWith('.')) staticImports(join(file, '..', spec), seen);
    }
    return seen;
  }

  test('the CLI loads Plot, d3 and linkedom only for render (dynamic import)', () => {
    const imports = [...staticImports(cli)];
    expect(imports).toContain('chrono-node');
    for (const heavy of ['linkedom', '@observablehq/plot', 'd3']) expect(imports).not.toContain(heavy);
    const text = readFileSync(cli, 'utf8');
    expect(text).toMatch(/await import\("linkedom"\)/);
    expect(text).toMatch(/await import\("\.\/chunks\/charts-[\w-]+\.js"\)/);
  });

  test('--help lists render and export with their options', () => {
    const r = run('--help');
    for (const word of ['render network|timeline|chains', 'export gexf|graphml|timelinejs|csv|json', '--events', '--actors', '--type', '--from', '--to', '--width']) expect(r.out).toContain(word);
  });
});
