/**
 * The components as a reporter would embed them: an events file by `src`, narrowed by
 * attributes, with a selection store of their own, and no corpus or notebook on the page.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import '../../src/components/index.js';
import { SelectionStore } from '../../src/components/state/selection-store.js';
import type { EventsFile } from '../../src/events/types.js';
import { deep, deepAll, shoot, until } from './support.js';

const SRC = '/test/fixtures/charts.events.json';
const mounted: HTMLElement[] = [];

afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

function mount<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, store?: SelectionStore): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  if (store) (el as unknown as { store: SelectionStore }).store = store;
  document.body.append(el);
  mounted.push(el);
  return el;
}

describe('embedded components', () => {
  test('a timeline from `src`, narrowed by its type attribute', async () => {
    const file = (await (await fetch(SRC)).json()) as EventsFile;
    const timeline = mount('reprisal-timeline', { src: SRC, type: 'SANCTION' }, new SelectionStore());
    const marks = await until(() => deepAll<SVGElement>('reprisal-timeline >>> .chart [data-event]'), 'the timeline');
    const sanctions = new Set(file.events.filter((e) => e.type === 'SANCTION' && e.date).map((e) => e.id));
    await until(() => deepAll('reprisal-timeline >>> .chart [data-event]').length === sanctions.size && marks, 'only sanctions');
    expect(new Set(deepAll<SVGElement>('reprisal-timeline >>> .chart [data-event]').map((m) => m.dataset.event))).toEqual(sanctions);
    await shoot('embedded-timeline', timeline);
  });

  test('a network and a table sharing their own store: a click in one filters the other', async () => {
    const file = (await (await fetch(SRC)).json()) as EventsFile;
    const store = new SelectionStore();
    mount('reprisal-network', { src: SRC }, store);
    mount('reprisal-events', { src: SRC }, store);
    await until(() => deep('reprisal-network >>> circle[data-actor]') && deepAll('reprisal-events >>> tbody tr').length === file.events.length, 'both views');
    const actor = file.events[0]!.source[0]!;
    await page.elementLocator(deep(`reprisal-network >>> circle[data-actor="${actor}"]`)!).click();
    expect(store.value.actor).toBe(actor);
    const involved = file.events.filter((e) => [...e.source, ...e.target].some((a) => a === actor || a.startsWith(`${actor}.`)));
    await until(() => deepAll('reprisal-events >>> tbody tr').length === involved.length, 'the table to filter');
  });

  test('a missing file says so', async () => {
    mount('reprisal-chains', { src: '/no/such/events.json' }, new SelectionStore());
    const error = await until(() => deep('reprisal-chains >>> .error'), 'the error');
    expect(error.textContent).toContain('/no/such/events.json');
  });
});
