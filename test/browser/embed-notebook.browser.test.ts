/**
 * notebooks/embed.md in the explorer: its live examples draw what their attributes ask for,
 * from an events file by `src` and from events written inside the element, and a malformed
 * one is named on the element.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { filterEvents } from '../../src/analysis/filter.js';
import { actorNetwork } from '../../src/analysis/network.js';
import '../../src/app/app.js';
import { startSession } from '../../src/app/session.js';
import '../../src/app/theme.css';
import { sharedCorpus } from '../../src/components/state/corpus-store.js';
import type { EventsFile } from '../../src/events/types.js';
import { SavedWork } from '../../src/storage/saved-work.js';
import { deep, deepAll, deleteDatabase, shootWindow, until } from './support.js';

const DATABASE = 'reprisal-test-embed-notebook';

let app: HTMLElement;
let events: EventsFile;

beforeAll(async () => {
  localStorage.clear();
  await deleteDatabase(DATABASE);
  startSession({ saved: new SavedWork({ name: DATABASE }) });
  history.replaceState(null, '', '#/notebook/embed');
  app = document.createElement('reprisal-app');
  document.body.append(app);
  events = await sharedCorpus().loaded();
  await until(() => (deep('reprisal-notebook') as unknown as { path?: string } | undefined)?.path === 'notebooks/embed.md', 'the embed notebook');
});

afterAll(async () => {
  app.remove();
  localStorage.clear();
  await startSession().saved.close();
  await deleteDatabase(DATABASE);
});

describe('the embedding notebook', () => {
  test('is listed in the sidebar', () => {
    const link = deepAll<HTMLAnchorElement>('reprisal-app >>> nav ul.notebooks a').find((a) => a.getAttribute('href') === '#/notebook/embed');
    expect(link?.textContent).toContain("Embedding Reprisal's charts");
  });

  test('its timeline reads the events file at `src`, narrowed by actors, type, from and to', async () => {
    const timeline = await until(() => deepAll<HTMLElement>('reprisal-timeline').find((t) => t.getAttribute('src')?.startsWith('blob:') && t.dataset.drawn), 'the timeline from src');
    const expected = filterEvents(events, { actor: 'CHN.GOV', type: 'SANCTION', period: { from: '2014-05', to: '2014-06' } }).events;
    expect(expected.length).toBeGreaterThan(1);
    expect(expected.length).toBeLessThan(events.events.filter((e) => e.type === 'SANCTION').length);
    await until(() => timeline.shadowRoot!.querySelectorAll('.chart [data-event]').length, 'its marks');
    expect(new Set([...timeline.shadowRoot!.querySelectorAll<SVGElement>('.chart [data-event]')].map((m) => m.dataset.event))).toEqual(new Set(expected.map((e) => e.id)));
  });

  test('its network reads the events written inside it, by country', async () => {
    const network = await until(() => deepAll<HTMLElement>('reprisal-network[level="country"]').find((n) => n.dataset.drawn), 'the network with inline events');
    expect(network.querySelector('script[type="application/json"]')).not.toBeNull();
    const countries = actorNetwork(events, { level: 'country' }).nodes.map((n) => n.id).sort();
    expect(deepAll<SVGElement>('circle[data-actor]', network.shadowRoot!).map((c) => c.dataset.actor).sort()).toEqual(countries);
  });

  test('a malformed events script is named on its element, and the notebook goes on', async () => {
    const error = await until(() => deep('reprisal-chains >>> .error'), 'the message');
    expect(error.textContent).toContain('The events inside <reprisal-chains> (its <script type="application/json">) cannot be read: not valid JSON');
    await until(() => deepAll<HTMLElement>('reprisal-network:not([level])').find((n) => n.dataset.drawn), 'the network after it');
  });

  test('every chart in it has its Export menu', async () => {
    const charts = deepAll<HTMLElement>('reprisal-network, reprisal-timeline');
    expect(charts.length).toBe(3);
    for (const chart of charts) await until(() => chart.shadowRoot?.querySelector('reprisal-chart-actions')?.shadowRoot?.querySelector('summary'), `the Export menu of ${chart.localName}`);
    await shootWindow('embed-notebook', app);
    const timeline = deepAll<HTMLElement>('reprisal-timeline')[0]!;
    await shootWindow('embed-notebook-examples', app, timeline.getBoundingClientRect().top - 40);
  });
});
