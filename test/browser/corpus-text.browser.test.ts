/**
 * Corpus text is only ever text on the page. Two articles full of markup are dropped into the
 * explorer: a .txt file whose title and sentences hold `<img src=x onerror=…>`, `<script>` and an
 * event-handler attribute, and an HTML page with scripts, handlers and entity-escaped markup that
 * decodes to `<img … onerror=…>`. Their events are shown everywhere a sentence or a title goes:
 * the corpus list, the events table, the why panel with the reports highlighted in their
 * articles, the timeline's tip and the chains' panel. No element is made from that text and no
 * handler runs.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import '../../src/app/app.js';
import '../../src/app/theme.css';
import { sharedCorpus } from '../../src/components/state/corpus-store.js';
import { sharedSelection } from '../../src/components/state/selection-store.js';
import { deep, deepAll, settle, shoot, until } from './support.js';

const FIXTURES = '/test/fixtures/bad-input/markup';
/** What the fixtures' handlers and scripts would set, had any of them run. */
const PWNED = '__pwned';
/** Elements and attributes the fixtures' markup would make, were it parsed. */
const MADE = 'img, script, [onerror], [onload], [onclick], [onmouseover], b';

let app: HTMLElement;
let before: number;

const made = () => deepAll(MADE).length;
const pwned = () => (window as unknown as Record<string, unknown>)[PWNED];

async function fixture(name: string): Promise<File> {
  const response = await fetch(`${FIXTURES}/${name}`);
  expect(response.ok, name).toBe(true);
  return new File([await response.arrayBuffer()], name);
}

/** A few frames and a while: long enough for an image's error or a script to have run. */
async function grace(): Promise<void> {
  await settle();
  await new Promise((resolve) => setTimeout(resolve, 200));
}

beforeAll(async () => {
  localStorage.clear();
  history.replaceState(null, '', '#/notebook/byo');
  app = document.createElement('reprisal-app');
  document.body.append(app);
  await sharedCorpus().loaded();
  await until(() => deep('reprisal-corpus') && deep('reprisal-timeline >>> [data-event]') && deep('reprisal-events >>> tbody tr'), 'the byo notebook drawn');
  before = made();

  const corpus = deep<HTMLElement>('reprisal-corpus')!;
  const data = new DataTransfer();
  for (const name of ['markup-in-text.txt', 'scripted-page.html']) data.items.add(await fixture(name));
  const zone = deep<HTMLElement>('.drop', corpus.shadowRoot!)!;
  zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
  zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  await until(() => sharedCorpus().state.status === 'ready' && sharedCorpus().docs.some((d) => d.id === 'scripted-page'), 'the two articles read', 30_000);
  await until(() => deep('reprisal-events >>> tr[data-event^="markup-in-text:"]'), 'their events in the table');
});

afterAll(async () => {
  sharedSelection.clear();
  // Back to the built-in corpus, as the page keeps it for the next visit (and the next test file).
  await sharedCorpus().restore();
  app.remove();
  localStorage.clear();
});

describe('an article full of markup, dropped into the explorer', () => {
  test('its title and its sentences hold the markup as text (the extractor keeps it)', () => {
    const text = sharedCorpus().docs.find((d) => d.id === 'markup-in-text')!;
    expect(text.title).toContain('<img src=x onerror=');
    const page = sharedCorpus().docs.find((d) => d.id === 'scripted-page')!;
    // The page's own scripts and handlers are gone; its escaped markup is text now.
    expect(page.text).not.toContain('page-script');
    expect(page.text).not.toContain('onload');
    expect(page.text).toContain(`<img src=x onerror="window.${PWNED}='entity'"`);
    const mentions = sharedCorpus().events.events.flatMap((e) => e.mentions.map((m) => m.text));
    expect(mentions.some((m) => m.includes('<script>'))).toBe(true);
    expect(mentions.some((m) => m.includes('onerror='))).toBe(true);
  });

  test('the corpus list shows the titles as text', async () => {
    const corpus = deep<HTMLElement>('reprisal-corpus')!;
    const row = await until(() => deep('tr[data-doc="markup-in-text"]', corpus.shadowRoot!), 'the article listed');
    expect(row.querySelector('button.doc')!.textContent!.trim()).toBe(sharedCorpus().docs.find((d) => d.id === 'markup-in-text')!.title);
    await grace();
    expect(made()).toBe(before);
    expect(pwned()).toBeUndefined();
    await shoot('corpus-text-list', corpus);
  });

  test('the why panel highlights the reports in their articles, as text', async () => {
    const event = sharedCorpus().events.events.find((e) => e.mentions.some((m) => m.doc === 'markup-in-text' && m.text.includes('<script>')))!;
    const row = deep<HTMLTableRowElement>(`reprisal-events >>> tr[data-event="${event.id}"]`)!;
    await page.elementLocator(row).click();
    const panel = await until(() => deep('reprisal-events >>> .event-panel'), 'the why panel');
    const marks = [...panel.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toContain(event.mentions.find((m) => m.text.includes('<script>'))!.text);
    expect(panel.textContent).toContain(`onerror="window.${PWNED}='sentence'"`);
    // Only the highlights are elements in the articles' text.
    expect([...panel.querySelectorAll('.article *')].every((el) => el.localName === 'mark')).toBe(true);
    await grace();
    expect(made()).toBe(before);
    expect(pwned()).toBeUndefined();
    await shoot('corpus-text-panel', deep('reprisal-events')!);
    sharedSelection.clear();
  });

  test('the timeline’s tip tells the sentence as text', async () => {
    const event = sharedCorpus().events.events.find((e) => e.date && e.mentions[0]!.doc === 'markup-in-text')!;
    const mark = await until(() => deep<SVGElement>(`reprisal-timeline >>> .chart [data-event="${event.id}"]`), 'the event on the timeline');
    mark.focus();
    const tip = await until(() => deep<HTMLElement>('reprisal-timeline >>> .tip:not([hidden])'), 'the tip');
    expect(tip.querySelector('.sentence')!.textContent).toBe(`“${event.mentions[0]!.text}”`);
    expect(tip.querySelector('.doc')!.textContent).toContain('<img src=x onerror=');
    await grace();
    expect(made()).toBe(before);
    expect(pwned()).toBeUndefined();
    await shoot('corpus-text-tip', deep('reprisal-timeline')!);
    mark.blur();
  });

  test('the chains’ panel shows the reports and the article’s title as text', async () => {
    const event = sharedCorpus().events.events.find((e) => e.mentions.some((m) => m.doc === 'scripted-page' && m.text.includes('onerror')))!;
    sharedSelection.patch({ event: event.id });
    const panel = await until(() => deep('reprisal-chains >>> .event-panel'), 'the chains’ panel');
    expect(panel.textContent).toContain(`onerror="window.${PWNED}='entity'"`);
    expect([...panel.querySelectorAll('.article *')].every((el) => el.localName === 'mark')).toBe(true);
    await grace();
    expect(made()).toBe(before);
    expect(pwned()).toBeUndefined();
    sharedSelection.clear();
  });
});
