/**
 * The built embed bundle on a plain page, as a report would use it: one <script type="module">
 * and the elements, with no app, corpus or notebook. The bundle is built first, as
 * `npm run build` builds it (test/embed/build-embed.ts), and loaded byte for byte from a blob,
 * so nothing of the dev server's transforms or of src/ reaches the page.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { commands } from 'vitest/browser';
import { chains } from '../../src/analysis/chains.js';
import { filterEvents } from '../../src/analysis/filter.js';
import { actorNetwork } from '../../src/analysis/network.js';
import type { EventsFile } from '../../src/events/types.js';
import { inlineJson } from '../../src/export/embed-snippet.js';
import type { BuiltEmbed } from '../embed/build-embed.js';
import { deep, deepAll, shoot, until } from './support.js';

const SRC = 'test/fixtures/charts.events.json';
// The bundle is mostly Plot and d3; past this, something the elements do not need has crept in.
const GZIP_BUDGET = 150_000;

let built: BuiltEmbed;
let file: EventsFile;
let frame: HTMLIFrameElement;
let page: Document;

beforeAll(async () => {
  [built, file] = await Promise.all([commands.buildEmbed(), fetch(`/${SRC}`).then((r) => r.json() as Promise<EventsFile>)]);
  const script = URL.createObjectURL(new Blob([built.code], { type: 'text/javascript' }));
  const json = inlineJson(file);
  frame = document.createElement('iframe');
  frame.style.cssText = 'display:block;width:900px;height:1000px;border:0;background:#fff';
  frame.srcdoc = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <base href="${location.origin}/" />
    <title>A report on the dispute</title>
    <script type="module" src="${script}"></script>
    <style>body { font: 16px/1.5 Georgia, serif; max-width: 52em; margin: 1.5em auto; } h2 { margin-top: 2em; }</style>
  </head>
  <body>
    <h1>Barley, wine and coal: a report</h1>
    <p>The charts below are Reprisal's, embedded with one script.</p>
    <h2>From an events file</h2>
    <reprisal-network id="network-src" src="${SRC}"></reprisal-network>
    <reprisal-timeline id="timeline-src" src="${SRC}"></reprisal-timeline>
    <reprisal-chains id="chains-src" src="${SRC}"></reprisal-chains>
    <reprisal-events id="events-src" src="${SRC}"></reprisal-events>
    <h2>With the events inline, narrowed by attributes</h2>
    <reprisal-network id="network-inline" actors="CHN.GOV.MOFCOM" level="actor"><script type="application/json">${json}</script></reprisal-network>
    <reprisal-timeline id="timeline-inline" type="SANCTION"><script type="application/json">${json}</script></reprisal-timeline>
    <reprisal-chains id="chains-inline" max="1"><script type="application/json">${json}</script></reprisal-chains>
    <reprisal-events id="events-inline" from="2020-05" to="2020-05"><script type="application/json">${json}</script></reprisal-events>
    <h2>Mistakes</h2>
    <reprisal-timeline id="malformed"><script type="application/json">{"format": "reprisal-events/1", "events": [</script></reprisal-timeline>
    <reprisal-chains id="nothing"></reprisal-chains>
  </body>
</html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  page = frame.contentDocument!;
}, 120_000);

afterAll(() => frame?.remove());

const drawn = (id: string) => until(() => page.getElementById(id)?.dataset.drawn, `#${id} to draw`);

describe('the built embed bundle', () => {
  test('is one ES module, without the corpus, worker, notebook or DuckDB, and small', () => {
    expect(built.files).toEqual(['reprisal.js']);
    for (const absent of ['reprisal-corpus', 'reprisal-notebook', 'reprisal-chart-actions', 'duckdb', 'new Worker', 'Lit is in dev mode']) expect(built.code).not.toContain(absent);
    expect(built.gzipBytes).toBeLessThan(GZIP_BUDGET);
    console.info(`dist/embed/reprisal.js: ${built.bytes} bytes, ${built.gzipBytes} gzipped`);
  });

  test('defines the four chart elements, and nothing else of the explorer', async () => {
    const registry = frame.contentWindow!.customElements;
    await until(() => registry.get('reprisal-events'), 'the bundle to run');
    for (const tag of ['reprisal-network', 'reprisal-timeline', 'reprisal-chains', 'reprisal-events']) expect(registry.get(tag), tag).toBeDefined();
    for (const tag of ['reprisal-corpus', 'reprisal-notebook', 'reprisal-cell', 'reprisal-correction-form', 'reprisal-chart-actions']) expect(registry.get(tag), tag).toBeUndefined();
  });

  test('draws each element from `src`: every actor, dated event, chain and row', async () => {
    await Promise.all(['network-src', 'timeline-src', 'chains-src'].map(drawn));
    const nodes = actorNetwork(file, { level: 'auto' }).nodes;
    expect(deepAll<SVGElement>('#network-src >>> circle[data-actor]', page).map((c) => c.dataset.actor).sort()).toEqual(nodes.map((n) => n.id).sort());
    const dated = new Set(file.events.filter((e) => e.date).map((e) => e.id));
    expect(new Set(deepAll<SVGElement>('#timeline-src >>> .chart [data-event]', page).map((m) => m.dataset.event))).toEqual(dated);
    expect(deepAll('#chains-src >>> .chart g[data-chain]', page)).toHaveLength(Math.min(5, chains(file).length));
    await until(() => deepAll('#events-src >>> tbody tr', page).length === file.events.length, 'every event in the table');
  });

  test('draws each element from its inline events, narrowed by its attributes', async () => {
    await Promise.all(['network-inline', 'timeline-inline', 'chains-inline'].map(drawn));
    const mofcom = actorNetwork(filterEvents(file, { actor: 'CHN.GOV.MOFCOM' }), { level: 'actor' }).nodes;
    expect(mofcom.length).toBeGreaterThan(1);
    expect(deepAll<SVGElement>('#network-inline >>> circle[data-actor]', page).map((c) => c.dataset.actor).sort()).toEqual(mofcom.map((n) => n.id).sort());
    const sanctions = new Set(file.events.filter((e) => e.type === 'SANCTION' && e.date).map((e) => e.id));
    expect(new Set(deepAll<SVGElement>('#timeline-inline >>> .chart [data-event]', page).map((m) => m.dataset.event))).toEqual(sanctions);
    expect(deepAll('#chains-inline >>> .chart g[data-chain]', page)).toHaveLength(1);
    const may = filterEvents(file, { period: { from: '2020-05', to: '2020-05' } }).events;
    expect(may.length).toBeGreaterThan(0);
    await until(() => deepAll('#events-inline >>> tbody tr', page).length === may.length, 'the events of May 2020');
  });

  test('says what is wrong on the element: malformed inline events, or none at all', async () => {
    const malformed = await until(() => deep('#malformed >>> .error', page), 'the malformed events message');
    expect(malformed.textContent).toContain('The events inside <reprisal-timeline> (its <script type="application/json">) cannot be read: not valid JSON');
    const nothing = await until(() => deep('#nothing >>> .error', page), 'the missing events message');
    expect(nothing.textContent).toContain('<reprisal-chains> has no events: give it a src attribute');
    expect(deepAll('#malformed >>> .chart svg, #nothing >>> .chart svg', page)).toHaveLength(0);
  });

  test('screenshots of the page, a window at a time (the frame paints only what is in view)', async () => {
    await Promise.all(['network-src', 'timeline-src', 'chains-src', 'network-inline', 'timeline-inline', 'chains-inline'].map(drawn));
    const sections: [string, string][] = [['embed-bundle-src', 'h1'], ['embed-bundle-src-2', '#timeline-src'], ['embed-bundle-src-3', '#chains-src'], ['embed-bundle-inline', 'h2:nth-of-type(2)'], ['embed-bundle-inline-2', '#chains-inline'], ['embed-bundle-mistakes', '#events-inline']];
    for (const [name, selector] of sections) {
      frame.contentWindow!.scrollTo(0, page.querySelector<HTMLElement>(selector)!.offsetTop - 10);
      await shoot(name, frame);
    }
  });
});
