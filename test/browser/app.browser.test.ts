/**
 * The explorer in Chromium, on the seeds: the three charts drawn from the events the worker
 * extracts, one selection shared by every view, notebooks whose cells can be edited, and files
 * dropped into the corpus. Screenshots of each view go to test/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { actorMatches } from '../../src/analysis/actors.js';
import { chains } from '../../src/analysis/chains.js';
import '../../src/app/app.js';
import { startSession } from '../../src/app/session.js';
import '../../src/app/theme.css';
import { sharedCorpus } from '../../src/components/state/corpus-store.js';
import { sharedSelection } from '../../src/components/state/selection-store.js';
import type { EventsFile } from '../../src/events/types.js';
import { SavedWork } from '../../src/storage/saved-work.js';
import { deep, deepAll, deleteDatabase, settle, shoot, shootWindow, until } from './support.js';

// The app saves the analyst's work in IndexedDB: a database of this file's own, emptied first,
// so that what another test file left there cannot change the corpus these tests expect.
const DATABASE = 'reprisal-test-app';

let app: HTMLElement;
let events: EventsFile;

const notebook = () => deep<HTMLElement & { notebook?: unknown }>('reprisal-notebook')!;
const cellWith = (text: string) => until(() => deepAll<HTMLElement & { cell?: { source: string } }>('reprisal-cell').find((c) => c.cell?.source.includes(text)), `a cell containing ${text}`);
const timelineEvents = () => new Set(deepAll<SVGElement>('reprisal-timeline >>> .chart [data-event]').map((m) => m.dataset.event!));

async function open(name: string): Promise<void> {
  location.hash = `#/notebook/${name}`;
  await until(() => (notebook() as unknown as { path?: string })?.path === `notebooks/${name}.md`, `the ${name} notebook`);
  await settle();
}

beforeAll(async () => {
  localStorage.clear();
  await deleteDatabase(DATABASE);
  startSession({ saved: new SavedWork({ name: DATABASE }) });
  history.replaceState(null, '', '#/notebook/tour');
  app = document.createElement('reprisal-app');
  document.body.append(app);
  events = await sharedCorpus().loaded();
  await until(() => deep('reprisal-network >>> path[data-source]') && deep('reprisal-timeline >>> [data-event]') && deep('reprisal-chains >>> circle[data-event]'), 'the three charts');
});

afterAll(async () => {
  app.remove();
  localStorage.clear();
  await startSession().saved.close();
  await deleteDatabase(DATABASE);
});

describe('the explorer on the seeds', () => {
  test('opens the tour, with the notebooks in the sidebar', async () => {
    const links = deepAll<HTMLAnchorElement>('reprisal-app >>> nav ul.notebooks a');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['#/notebook/tour', '#/notebook/byo', '#/notebook/teach', '#/notebook/sql', '#/notebook/embed']);
    expect(links[0]!.getAttribute('aria-current')).toBe('page');
    // Below them, the analyst's own work.
    expect(deepAll<HTMLAnchorElement>('reprisal-app >>> nav ul.work a').map((a) => a.getAttribute('href'))).toEqual(['#/corrections']);
    expect(events.documents).toHaveLength(5);
    await shootWindow('app-1280', app);
  });

  test('the network draws the seeds’ actors, with the Chinese government’s edge to IBM', async () => {
    const edge = deep<SVGPathElement>('reprisal-network >>> path[data-source="CHN.GOV"][data-target="USA.BUS.IBM"]');
    expect(edge).toBeDefined();
    expect(events.events.some((e) => e.source.includes('CHN.GOV') && e.target.includes('USA.BUS.IBM'))).toBe(true);
    const actors = new Set(events.events.flatMap((e) => [...e.source, ...e.target]));
    const nodes = deepAll<SVGCircleElement>('reprisal-network >>> circle[data-actor]').map((c) => c.dataset.actor!);
    expect(new Set(nodes)).toEqual(actors);
    expect(deep('reprisal-network >>> svg')!.getAttribute('aria-label')).toMatch(/^Actor network: \d+ actors, \d+ relations$/);
    await shoot('network', deep('reprisal-network')!);
  });

  test('the timeline has a mark for every dated event, and its tip tells the whole sentence and the article', async () => {
    const dated = events.events.filter((e) => e.date).map((e) => e.id);
    expect(timelineEvents()).toEqual(new Set(dated));
    expect(deep('reprisal-timeline >>> svg')!.getAttribute('aria-label')).toMatch(/^Timeline of \d+ measures/);
    const denial = events.events.find((e) => e.measure === 'denial') ?? events.events.find((e) => e.date)!;
    const mark = deep<SVGElement>(`reprisal-timeline >>> .chart [data-event="${denial.id}"]`)!;
    await page.elementLocator(mark).hover();
    const tip = await until(() => deep<HTMLElement>('reprisal-timeline >>> .tip:not([hidden])'), 'the tip');
    expect(tip.querySelector('.sentence')!.textContent).toBe(`“${denial.mentions[0]!.text}”`);
    expect(tip.querySelector('.doc')!.textContent).toContain(events.documents.find((d) => d.id === denial.mentions[0]!.doc)!.title!);
    // Keyboard focus shows it too (and keeps it for the screenshot).
    mark.focus();
    await until(() => deep<HTMLElement>('reprisal-timeline >>> .tip:not([hidden])'), 'the tip on focus');
    await shoot('timeline-tip', deep('reprisal-timeline')!);
    mark.blur();
    await shoot('timeline', deep('reprisal-timeline')!);
  });

  test('the chains view shows the chain that begins with the indictment', async () => {
    const indictment = events.events.find((e) => e.measure === 'indictment' && e.source.some((a) => a.startsWith('USA')));
    expect(indictment).toBeDefined();
    const chain = chains(events).find((c) => c.events[0]!.id === indictment!.id);
    expect(chain).toBeDefined();
    expect(deep(`reprisal-chains >>> g.chain[data-chain="${chain!.id}"]`)).toBeDefined();
    const answers = deepAll<SVGPathElement>(`reprisal-chains >>> path[data-from="${indictment!.id}"]`).map((p) => p.dataset.to);
    expect(answers.length).toBeGreaterThanOrEqual(3);
    expect(new Set(answers)).toEqual(new Set(events.links.filter((l) => l.from === indictment!.id).map((l) => l.to)));
    await shoot('chains', deep('reprisal-chains')!);
  });

  test('clicking an actor in the network filters the timeline, the chains and the table', async () => {
    const before = timelineEvents();
    const ibm = deep<SVGCircleElement>('reprisal-network >>> circle[data-actor="USA.BUS.IBM"]')!;
    await page.elementLocator(ibm).click();
    expect(sharedSelection.value.actor).toBe('USA.BUS.IBM');
    const involved = new Set(events.events.filter((e) => e.date && [...e.source, ...e.target].some((a) => actorMatches(a, 'USA.BUS.IBM'))).map((e) => e.id));
    await until(() => timelineEvents().size === involved.size, 'the timeline to filter');
    expect(timelineEvents()).toEqual(involved);
    expect(involved.size).toBeLessThan(before.size);
    const rows = deepAll<HTMLTableRowElement>('reprisal-events >>> tbody tr').map((r) => r.dataset.event!);
    expect(rows.every((id) => events.events.find((e) => e.id === id)!.source.concat(events.events.find((e) => e.id === id)!.target).includes('USA.BUS.IBM'))).toBe(true);
    expect(ibm.classList.contains('selected') || deep('reprisal-network >>> circle.selected')).toBeTruthy();
    expect(location.hash).toContain('actors=USA.BUS.IBM');
    await shoot('network-ibm-selected', deep('reprisal-network')!);

    await page.elementLocator(deep('reprisal-selection >>> button.clear')!).click();
    await until(() => timelineEvents().size === before.size, 'the timeline to show everything again');
    expect(sharedSelection.value).toEqual({});
  });

  test('selecting an event in the table shows why, with its reports marked in their articles', async () => {
    const indictment = events.events.find((e) => e.measure === 'indictment')!;
    const row = deep<HTMLTableRowElement>(`reprisal-events >>> tr[data-event="${indictment.id}"]`)!;
    await page.elementLocator(row).click();
    const panel = await until(() => deep('reprisal-events >>> .event-panel'), 'the why panel');
    expect(panel.textContent).toContain('indict');
    const marks = deepAll('reprisal-events >>> .event-panel mark');
    expect(marks.length).toBeGreaterThanOrEqual(indictment.mentions.length);
    expect(marks.map((m) => m.textContent).join(' ')).toContain(indictment.mentions[0]!.text);
    // The sentences are text, never HTML.
    expect(deepAll('reprisal-events >>> .event-panel .article *').every((el) => el.localName === 'mark')).toBe(true);
    await shoot('events', deep('reprisal-events')!);
    sharedSelection.clear();
  });

  test('clicking an event in a chain shows its reports and the words that link it', async () => {
    const stated = events.links.find((l) => l.evidence)!;
    const dot = deep<SVGCircleElement>(`reprisal-chains >>> circle[data-event="${stated.to}"]`)!;
    await page.elementLocator(dot).click();
    expect(sharedSelection.value.event).toBe(stated.to);
    const panel = await until(() => deep('reprisal-chains >>> .event-panel'), 'the evidence panel');
    const cues = [...panel.querySelectorAll('.links q')].map((q) => q.textContent);
    expect(cues).toContain(stated.evidence!.text);
    expect(panel.querySelectorAll('mark').length).toBeGreaterThan(0);
    await shoot('chains-evidence', deep('reprisal-chains')!);
    sharedSelection.clear();
  });

  test('an actor can be selected from the keyboard', async () => {
    const node = deep<SVGCircleElement>('reprisal-network >>> circle[data-actor="CHN.GOV"]')!;
    expect(node.getAttribute('tabindex')).toBe('0');
    expect(node.getAttribute('role')).toBe('button');
    node.focus();
    await userEvent.keyboard('{Enter}');
    expect(sharedSelection.value.actor).toBe('CHN.GOV');
    expect(node.getAttribute('aria-pressed')).toBe('true');
    await userEvent.keyboard('{Enter}');
    expect(sharedSelection.value.actor).toBeUndefined();
  });

  test('a node can be dragged, and its edges follow it', async () => {
    const node = deep<SVGCircleElement>('reprisal-network >>> circle[data-actor="USA.BUS.IBM"]')!;
    const edge = deep<SVGPathElement>('reprisal-network >>> path[data-target="USA.BUS.IBM"]')!;
    const [cx, d] = [node.getAttribute('cx'), edge.getAttribute('d')];
    await userEvent.dragAndDrop(page.elementLocator(node), page.elementLocator(deep('reprisal-network >>> circle[data-actor="GBR.GOV"]')!));
    expect(node.getAttribute('cx')).not.toBe(cx);
    expect(edge.getAttribute('d')).not.toBe(d);
    expect(sharedSelection.value.actor).toBeUndefined();
  });

  test('brushing the strip under the timeline sets the period for every view', async () => {
    const overlay = deep<SVGRectElement>('reprisal-timeline >>> .period-strip .overlay')!;
    const box = overlay.getBoundingClientRect();
    await userEvent.dragAndDrop(page.elementLocator(overlay), page.elementLocator(overlay), {
      sourcePosition: { x: box.width * 0.05, y: box.height / 2 },
      targetPosition: { x: box.width * 0.6, y: box.height / 2 },
    });
    const period = await until(() => sharedSelection.value.period, 'a period');
    expect(period.from! < period.to!).toBe(true);
    await until(() => deep('reprisal-selection >>> .chip[data-key="period"]'), 'the period chip');
    const kept = new Set(deepAll<HTMLTableRowElement>('reprisal-events >>> tbody tr').map((r) => r.dataset.event!));
    expect(kept.size).toBeGreaterThan(0);
    expect(kept.size).toBeLessThan(events.events.length);
    sharedSelection.clear();
  });

  test('a chart can be read as a table', async () => {
    const network = deep('reprisal-network')!;
    await page.elementLocator(deep('reprisal-network >>> button.toggle-table')!).click();
    const table = await until(() => deep('table', network.shadowRoot!), 'the network as a table');
    expect(table.querySelectorAll('tbody tr').length).toBe(deepAll('reprisal-network >>> path[data-source]').length);
    await page.elementLocator(deep('reprisal-network >>> button.toggle-table')!).click();
  });

  test('editing a cell re-runs the cells that read it, and the edit survives a reload until reset', async () => {
    await open('teach');
    const chooser = await cellWith('const chosenType');
    const count = await cellWith('const chosen = filterEvents');
    await until(() => count.shadowRoot?.textContent?.includes('of type sanction'), 'the count of sanctions');
    const textarea = deep<HTMLTextAreaElement>('textarea', chooser.shadowRoot!)!;
    await userEvent.fill(textarea, 'const chosenType = "ACCUSE";');
    textarea.focus();
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    const accusations = events.events.filter((e) => e.type === 'ACCUSE').length;
    await until(() => count.shadowRoot?.textContent?.includes(`${accusations} of ${events.events.length} events are of type accuse`), 'the count to re-run');
    await until(() => deepAll<SVGElement>('reprisal-timeline[type="ACCUSE"] >>> .chart [data-event]').length > 0, 'the timeline to follow');
    expect(JSON.stringify(localStorage)).toContain('ACCUSE');

    // A reload: the app is built again from scratch and reads the stored edit.
    app.remove();
    app = document.createElement('reprisal-app');
    document.body.append(app);
    const again = await cellWith('"ACCUSE"');
    expect(again.shadowRoot!.querySelector('.badge')?.textContent).toContain('edited');
    await shootWindow('teach-edited', app, again.getBoundingClientRect().top - app.getBoundingClientRect().top - 160);

    await page.elementLocator(deep('button.reset', again.shadowRoot!)!).click();
    const count2 = await cellWith('const chosen = filterEvents');
    await until(() => count2.shadowRoot?.textContent?.includes('of type sanction'), 'the reset to re-run the count');
    expect(JSON.stringify(localStorage)).not.toContain('ACCUSE');
  });

  test('a dropped text file is extracted in the worker and its events appear', async () => {
    await open('byo');
    const corpus = await until(() => deep('reprisal-corpus'), 'the corpus view');
    const text = [
      'Beijing bans Australian barley',
      '',
      'CANBERRA, May 18, 2020 (Reuters) - China imposed an 80 percent tariff on Australian barley on Monday, in what was seen as retaliation after Australia called for an inquiry into the origins of the coronavirus.',
      '',
      'Australia said it would appeal the tariff at the World Trade Organization.',
    ].join('\n');
    const file = new File([text], 'barley-2020.txt', { type: 'text/plain' });
    const data = new DataTransfer();
    data.items.add(file);
    data.items.add(new File(['%PDF-1.4'], 'scan.pdf', { type: 'application/pdf' }));
    const zone = deep<HTMLElement>('.drop', corpus.shadowRoot!)!;
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    const added = await until(() => sharedCorpus().state.status === 'ready' && sharedCorpus().docs.find((d) => d.id === 'barley-2020'), 'the dropped file in the corpus');
    expect(added.title).toBe('Beijing bans Australian barley');
    const fresh = sharedCorpus().events.events.filter((e) => e.mentions.some((m) => m.doc === 'barley-2020'));
    expect(fresh.length).toBeGreaterThan(0);
    await until(() => deep(`tr[data-doc="barley-2020"]`, corpus.shadowRoot!), 'the document listed');
    const warnings = await until(() => deep('.warnings', corpus.shadowRoot!), 'the warnings');
    expect(warnings.textContent).toContain('scan.pdf');
    await until(() => fresh.every((e) => deep(`reprisal-events >>> tr[data-event="${e.id}"]`)), 'its events in the table');
    await shoot('corpus', corpus);
  });

  test('cancelling an extraction leaves the corpus as it was', async () => {
    const store = sharedCorpus();
    const before = store.docs.length;
    // About two seconds of work for the worker (120 documents of 40 sentences): time enough to cancel.
    const text = 'China banned imports of Australian coal in October 2020, in retaliation for calls for an inquiry.\n'.repeat(40);
    const files = Array.from({ length: 120 }, (_, i) => ({ name: `many/coal-${i}.txt`, bytes: new TextEncoder().encode(text) }));
    const running = store.add(files);
    const corpus = deep('reprisal-corpus')!;
    const cancel = await until(() => deep<HTMLButtonElement>('button.cancel', corpus.shadowRoot!), 'the Cancel button');
    await page.elementLocator(cancel).click();
    expect(await running).toBeUndefined();
    expect(store.state.status).toBe('cancelled');
    expect(store.docs.length).toBe(before);
    await until(() => deep('.message', corpus.shadowRoot!)?.textContent?.includes('Cancelled'), 'the cancelled message');
  });

  test('the page at tablet width, and in the dark', async () => {
    await open('tour');
    await page.viewport(768, 1024);
    await settle();
    await until(() => deep('reprisal-network >>> svg')?.getAttribute('width') !== null && Number(deep('reprisal-network >>> svg')!.getAttribute('width')) < 760, 'the network to fit 768px');
    await shootWindow('app-768', app);
    await shootWindow('app-768-network', app, (deep('reprisal-network')!.getBoundingClientRect().top - app.getBoundingClientRect().top) - 120);
    await shoot('network-768', deep('reprisal-network')!);
    await shoot('timeline-768', deep('reprisal-timeline')!);
    await shoot('chains-768', deep('reprisal-chains')!);
    await shoot('events-768', deep('reprisal-events')!);
    const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    expect(overflow).toBeLessThanOrEqual(0);
    await page.viewport(1280, 900);
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
    await settle();
    expect(getComputedStyle(document.documentElement).getPropertyValue('--reprisal-bg').trim()).toBe('#131518');
    await shootWindow('app-dark', app);
    await shoot('network-dark', deep('reprisal-network')!);
    await shoot('timeline-dark', deep('reprisal-timeline')!);
    await shoot('chains-dark', deep('reprisal-chains')!);
    await shoot('events-dark', deep('reprisal-events')!);
    await cdp().send('Emulation.setEmulatedMedia', { features: [] });
  });
});
