/**
 * Every chart's Export menu in the explorer: the chart as SVG and PNG that look as on the page,
 * the embed code with the current filters, and the data of the current selection, each read back
 * (XML parsed, CSV rows counted, JSON shapes checked, PNG pixels sampled). Downloads are caught
 * at the click on their link, so the browser saves nothing.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { filterEvents } from '../../src/analysis/filter.js';
import '../../src/components/index.js';
import type { ReprisalChartActions } from '../../src/components/chart-actions.js';
import { SelectionStore } from '../../src/components/state/selection-store.js';
import type { EventsFile } from '../../src/events/types.js';
import { deep, deepAll, shoot, until } from './support.js';

const SRC = '/test/fixtures/charts.events.json';
const mounted: HTMLElement[] = [];
let downloads: { name: string; url: string }[] = [];

const catchDownload = (event: MouseEvent) => {
  const link = event.target as HTMLAnchorElement;
  if (link.localName !== 'a' || !link.download) return;
  event.preventDefault();
  downloads.push({ name: link.download, url: link.href });
};

beforeEach(() => {
  downloads = [];
  document.addEventListener('click', catchDownload, true);
});

afterEach(() => {
  document.removeEventListener('click', catchDownload, true);
  for (const el of mounted.splice(0)) el.remove();
});

function mount<K extends 'reprisal-network' | 'reprisal-timeline' | 'reprisal-chains'>(tag: K, attributes: Record<string, string>, store: SelectionStore, events?: EventsFile): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  el.store = store;
  if (events) el.events = events;
  el.style.cssText = 'display:block;width:900px';
  document.body.append(el);
  mounted.push(el);
  return el;
}

/** The chart drawn and its menu ready. */
async function menuOf(host: HTMLElement): Promise<ReprisalChartActions> {
  await until(() => host.dataset.drawn, `${host.localName} to draw`);
  const menu = await until(() => host.shadowRoot?.querySelector('reprisal-chart-actions') as ReprisalChartActions | null, 'the Export menu');
  await until(() => customElements.get('reprisal-chart-actions') && menu.shadowRoot?.querySelector('summary'), 'the menu to load');
  return menu;
}

async function openWithKeyboard(menu: ReprisalChartActions): Promise<void> {
  menu.shadowRoot!.querySelector('summary')!.focus();
  await userEvent.keyboard('{Enter}');
  await until(() => menu.shadowRoot!.querySelector('details')!.open, 'the menu to open');
}

async function open(menu: ReprisalChartActions): Promise<void> {
  menu.shadowRoot!.querySelector('summary')!.click();
  await until(() => menu.shadowRoot!.querySelector('.menu'), 'the menu to open');
}

function button(menu: ReprisalChartActions, label: string): HTMLButtonElement {
  const found = [...menu.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

async function downloaded(name: string): Promise<Blob> {
  const found = await until(() => downloads.find((d) => d.name === name), `the download of ${name}`);
  return (await fetch(found.url)).blob();
}

/** Keeps a downloaded file in test/screenshots/, to look at. */
async function keep(name: string, blob: Blob): Promise<void> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  await commands.writeFile(`test/screenshots/${name}`, btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join('')), { encoding: 'base64' });
}

const xml = async (blob: Blob) => {
  const doc = new DOMParser().parseFromString(await blob.text(), 'application/xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
};

describe('the Export menu', () => {
  test('opens from the keyboard, reaches every action with Tab, and closes with Escape', async () => {
    const network = mount('reprisal-network', { src: SRC }, new SelectionStore());
    const menu = await menuOf(network);
    await openWithKeyboard(menu);
    const labels = [...menu.shadowRoot!.querySelectorAll('.menu button')].map((b) => b.textContent!.trim());
    expect(labels).toEqual(['Download SVG', 'Download PNG', 'Copy embed code', 'Events (JSON)', 'Events (CSV)', 'Network (GEXF, for Gephi)', 'Network (GraphML)']);
    await userEvent.tab();
    expect(menu.shadowRoot!.activeElement?.textContent?.trim()).toBe('Download SVG');
    await userEvent.keyboard('{Enter}');
    await downloaded('reprisal-network.svg');
    await shoot('chart-actions-network-menu', network);
    await userEvent.keyboard('{Escape}');
    await until(() => !menu.shadowRoot!.querySelector('details')!.open, 'the menu to close');
    expect(menu.shadowRoot!.activeElement?.localName).toBe('summary');
  });

  test('the network as SVG: every node, the styles of the page written in, on its background', async () => {
    const network = mount('reprisal-network', { src: SRC }, new SelectionStore());
    const menu = await menuOf(network);
    await open(menu);
    button(menu, 'Download SVG').click();
    const file = await downloaded('reprisal-network.svg');
    await keep('chart-actions-network-download.svg', file);
    const svg = (await xml(file)).documentElement;
    expect(svg.localName).toBe('svg');
    expect(svg.querySelectorAll('circle[data-actor]')).toHaveLength(network.network!.nodes.length);
    expect(svg.firstElementChild?.getAttribute('class')).toBe('background');
    const onPage = network.shadowRoot!.querySelector<SVGCircleElement>('.chart > svg circle[data-actor]')!;
    const inFile = svg.querySelector(`circle[data-actor="${onPage.dataset.actor}"]`) as SVGElement;
    // The file draws the node in the colour the page does, whatever stylesheet set it there.
    expect(inFile.style.fill || inFile.getAttribute('fill')).toBeTruthy();
    expect(svg.getAttribute('style')).toContain('font-family');
  });

  test('the network as PNG, at twice its size, with each node in its colour on the page', async () => {
    const network = mount('reprisal-network', { src: SRC }, new SelectionStore());
    const menu = await menuOf(network);
    await open(menu);
    button(menu, 'Download PNG').click();
    const png = await downloaded('reprisal-network.png');
    expect(png.type).toBe('image/png');
    await keep('chart-actions-network-download.png', png);
    const svg = network.shadowRoot!.querySelector<SVGSVGElement>('.chart > svg')!;
    const width = Number(svg.getAttribute('width'));
    const height = Number(svg.getAttribute('height'));
    const bitmap = await createImageBitmap(png);
    expect([bitmap.width, bitmap.height]).toEqual([2 * width, 2 * height]);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const frame = svg.getBoundingClientRect();
    const scale = width / frame.width;
    for (const node of svg.querySelectorAll<SVGCircleElement>('circle[data-actor]')) {
      const box = node.getBoundingClientRect();
      const [x, y] = [(box.x + box.width / 2 - frame.x) * scale * 2, (box.y + box.height / 2 - frame.y) * scale * 2];
      const [r, g, b] = context.getImageData(Math.round(x), Math.round(y), 1, 1).data;
      const expected = getComputedStyle(node).fill.match(/\d+/g)!.map(Number);
      expect([r, g, b].every((v, i) => Math.abs(v! - expected[i]!) <= 3), `${node.dataset.actor}: rgb(${r}, ${g}, ${b}), not ${expected}`).toBe(true);
    }
  });

  test('the timeline and the chains as SVG and PNG: the marks on the page, in the file', async () => {
    const store = new SelectionStore();
    for (const [tag, marks] of [['reprisal-timeline', '[data-event]'], ['reprisal-chains', 'circle[data-event]']] as const) {
      const chart = mount(tag, { src: SRC }, store);
      const menu = await menuOf(chart);
      await open(menu);
      button(menu, 'Download SVG').click();
      button(menu, 'Download PNG').click();
      const kind = tag.replace('reprisal-', '');
      const svg = (await xml(await downloaded(`reprisal-${kind}.svg`))).documentElement;
      const onPage = chart.shadowRoot!.querySelectorAll(`.chart > svg ${marks}`).length;
      expect(onPage).toBeGreaterThan(1);
      expect(svg.querySelectorAll(marks)).toHaveLength(onPage);
      const png = await downloaded(`reprisal-${kind}.png`);
      await keep(`chart-actions-${kind}-download.png`, png);
      const bitmap = await createImageBitmap(png);
      expect(bitmap.width).toBe(2 * Number(chart.shadowRoot!.querySelector('.chart > svg')!.getAttribute('width')));
    }
  });

  test('the network as GEXF and GraphML: the nodes and edges drawn', async () => {
    const network = mount('reprisal-network', { src: SRC }, new SelectionStore());
    const menu = await menuOf(network);
    const { nodes, edges } = network.network!;
    await open(menu);
    button(menu, 'Network (GEXF, for Gephi)').click();
    const gexf = await xml(await downloaded('reprisal-network.gexf'));
    expect(gexf.getElementsByTagName('node')).toHaveLength(nodes.length);
    expect(gexf.getElementsByTagName('edge')).toHaveLength(edges.length);
    button(menu, 'Network (GraphML)').click();
    const graphml = await xml(await downloaded('reprisal-network.graphml'));
    expect(graphml.getElementsByTagName('node')).toHaveLength(nodes.length);
    expect(graphml.getElementsByTagName('edge')).toHaveLength(edges.length);
  });

  test('the timeline: the events of the selection as JSON, CSV and TimelineJS, and its embed code with the filters', async () => {
    const store = new SelectionStore();
    store.set({ type: 'SANCTION', period: { from: '2020-01', to: '2020-12' } });
    const timeline = mount('reprisal-timeline', { src: SRC }, store);
    const file = (await (await fetch(SRC)).json()) as EventsFile;
    const selected = filterEvents(file, store.value).events;
    expect(selected.length).toBeGreaterThan(1);
    expect(selected.length).toBeLessThan(file.events.filter((e) => e.type === 'SANCTION').length);
    const menu = await menuOf(timeline);
    await openWithKeyboard(menu);
    expect(menu.shadowRoot!.querySelector('.heading')!.textContent).toContain(`${selected.length} events`);

    button(menu, 'Events (JSON)').click();
    const json = JSON.parse(await (await downloaded('reprisal-timeline-events.json')).text()) as EventsFile;
    expect(json.format).toBe('reprisal-events/1');
    expect(json.events.map((e) => e.id)).toEqual(selected.map((e) => e.id));
    button(menu, 'Events (CSV)').click();
    const csv = (await (await downloaded('reprisal-timeline-events.csv')).text()).trimEnd().split('\r\n');
    expect(csv).toHaveLength(selected.length + 1);
    button(menu, 'Timeline (TimelineJS JSON)').click();
    const timelineJs = JSON.parse(await (await downloaded('reprisal-timeline-timelinejs.json')).text()) as { events: { start_date: { year: number } }[] };
    expect(timelineJs.events).toHaveLength(selected.length);
    expect(timelineJs.events.every((s) => s.start_date.year === 2020)).toBe(true);

    button(menu, 'Copy embed code').click();
    const code = await until(() => menu.shadowRoot!.querySelector('textarea')?.value, 'the embed code');
    const snippet = new DOMParser().parseFromString(code, 'text/html');
    expect(snippet.querySelector('script[type="module"]')!.getAttribute('src')).toBe(new URL('embed/reprisal.js', document.baseURI).href);
    const element = snippet.querySelector('reprisal-timeline')!;
    expect(Object.fromEntries([...element.attributes].map((a) => [a.name, a.value]))).toEqual({ src: new URL(SRC, document.baseURI).href, type: 'SANCTION', from: '2020-01', to: '2020-12' });
    expect(menu.shadowRoot!.querySelector('[role="status"]')!.textContent).toMatch(/Embed code copied|select the code below/);
    await shoot('chart-actions-timeline-embed-code');
  });

  test('chains shown from events given in code: the embed code carries their events inline', async () => {
    const file = (await (await fetch(SRC)).json()) as EventsFile;
    const chains = mount('reprisal-chains', { actors: 'CHN.GOV.GACC' }, new SelectionStore(), file);
    const menu = await menuOf(chains);
    await open(menu);
    button(menu, 'Copy embed code').click();
    const code = await until(() => menu.shadowRoot!.querySelector('textarea')?.value, 'the embed code');
    const element = new DOMParser().parseFromString(code, 'text/html').querySelector('reprisal-chains')!;
    expect(element.hasAttribute('src')).toBe(false);
    expect(element.getAttribute('actors')).toBe('CHN.GOV.GACC');
    const inline = JSON.parse(element.querySelector('script[type="application/json"]')!.textContent!) as EventsFile;
    const drawn = new Set(chains.chains.flatMap((c) => c.events.map((e) => e.id)));
    expect(drawn.size).toBeGreaterThan(1);
    expect(new Set(inline.events.map((e) => e.id))).toEqual(drawn);
    expect(inline.links.length).toBe(chains.chains.reduce((n, c) => n + c.links.length, 0));
    // Only the documents the events are reported in travel with them.
    expect(inline.documents.map((d) => d.id).sort()).toEqual([...new Set(inline.events.flatMap((e) => e.mentions.map((m) => m.doc)))].sort());
    expect(deepAll('reprisal-chains >>> reprisal-chart-actions')).toHaveLength(1);
    expect(deep('reprisal-chains >>> reprisal-chart-actions >>> summary')).toBeDefined();
  });
});
