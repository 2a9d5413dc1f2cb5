/**
 * Corrections that persist, in Chromium: the explorer's page (explorer.html, as index.html) in a
 * frame, so that a reload is a real one, over the browser's real IndexedDB. An event corrected, deleted,
 * merged, linked, unlinked and added in the events table; the corrections there after a reload;
 * exported, the storage cleared, imported again: the same events; applied again after the corpus
 * is read again with new actors; one that no longer finds its event shown as such; the corpus
 * itself restored on reopening. Screenshots of the corrections UI go to test/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type * as SessionModule from '../../src/app/session.js';
import { shorten } from '../../src/components/correction-form-values.js';
import { describeEvent, indexFile } from '../../src/components/describe.js';
import { CORRECTIONS_FORMAT, parseCorrections, serialiseCorrections } from '../../src/corrections/index.js';
import type { Event as Measure, EventsFile } from '../../src/events/types.js';
import { DB_NAME, openSavedWork } from '../../src/storage/db.js';
import { deep, deepAll, deleteDatabase, settle, shoot, until } from './support.js';

type Session = SessionModule.Session;

interface AppPage {
  win: Window & typeof globalThis;
  doc: Document;
  session: Session;
}

const WIDTH = 1280;
const HEIGHT = 900;
let frame: HTMLIFrameElement | undefined;
let app: AppPage;

/** Opens the explorer in a new frame (a browser started afresh over the same storage). */
async function openApp(hash = '#/notebook/tour'): Promise<AppPage> {
  frame?.remove();
  frame = document.createElement('iframe');
  frame.title = 'Reprisal';
  frame.style.cssText = `display:block;width:${WIDTH}px;height:${HEIGHT}px;border:0`;
  const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/browser/explorer.html${hash}`;
  document.body.append(frame);
  await loaded;
  return started();
}

/** Reloads the frame: the page and everything in it start again from what was saved. */
async function reload(): Promise<AppPage> {
  const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
  frame!.contentWindow!.location.reload();
  await loaded;
  return started();
}

/** The page's session (its own module, in the frame's realm), once its corpus is read. */
async function started(): Promise<AppPage> {
  const win = frame!.contentWindow as Window & typeof globalThis;
  const load = new win.Function('return import("/src/app/session.ts")') as () => Promise<typeof SessionModule>;
  const session = (await load()).startSession();
  await session.reopened;
  await until(() => session.corpus.state.status === 'ready', 'the corpus to be read');
  return { win, doc: win.document, session };
}

const corpus = () => app.session.corpus;
const q = <E extends Element = HTMLElement>(selector: string) => deep<E>(selector, app.doc);
const qAll = <E extends Element = HTMLElement>(selector: string) => deepAll<E>(selector, app.doc);
const table = () => until(() => q('reprisal-events >>> tbody tr') && q<HTMLElement>('reprisal-events'), 'the events table');
const form = () => q<HTMLElement>('reprisal-events >>> reprisal-correction-form');
const inForm = <E extends Element = HTMLElement>(selector: string) => deep<E>(selector, form()!.shadowRoot!);

/** Selects an event in the table (clicking its row) and waits for its panel. */
async function selectRow(event: Measure): Promise<HTMLElement> {
  const events = await table();
  const row = await until(() => events.shadowRoot!.querySelector<HTMLElement>(`tbody tr[data-event="${event.id}"]`), `the row of ${event.id}`);
  if (row.getAttribute('aria-selected') !== 'true') row.click();
  await until(() => form()?.shadowRoot?.querySelector('.actions'), 'the correction buttons');
  return row;
}

function setField(element: HTMLInputElement | HTMLSelectElement, value: string): void {
  element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true }));
  element.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Scrolls `element` to the top of the frame (below the sticky selection bar, or in the middle) and saves what the frame shows. */
async function shootPage(name: string, element?: Element, block: 'start' | 'center' = 'start'): Promise<void> {
  if (element) {
    element.scrollIntoView({ block });
    if (block === 'start') app.win.scrollBy(0, -70);
  }
  await settle();
  await shoot(name, frame);
}

const find = (file: EventsFile, id: string) => file.events.find((e) => e.id === id);

beforeAll(async () => {
  await deleteDatabase(DB_NAME);
  app = await openApp();
});

afterAll(async () => {
  frame?.remove();
  await deleteDatabase(DB_NAME);
});

/** The events the tests correct, chosen once from the seeds' extraction. */
interface Chosen {
  edit: Measure;
  remove: Measure;
  merge: [Measure, Measure];
  link: [Measure, Measure];
  unlink: { from: string; to: string };
  addFrom: Measure;
}
let chosen: Chosen;
/** The corrected events and the exported file, carried from one test to the next. */
let corrected: string;
let exported: string;

function choose(file: EventsFile): Chosen {
  const edit = file.events.find((e) => e.type === 'SANCTION' && e.date && e.mentions.length > 1)!;
  const used = new Set([edit.id]);
  const pick = (ok: (e: Measure) => boolean) => {
    const e = file.events.find((x) => !used.has(x.id) && ok(x))!;
    used.add(e.id);
    return e;
  };
  const linked = new Set(file.links.flatMap((l) => [l.from, l.to]));
  // Deleted, then its article taken out of the corpus: it must be reported in no article the edited event is.
  const remove = pick((e) => e.mentions.length === 1 && !edit.mentions.some((m) => m.doc === e.mentions[0]!.doc) && !linked.has(e.id));
  const gone = remove.mentions[0]!.doc;
  const elsewhere = (e: Measure) => e.mentions.every((m) => m.doc !== gone);
  const merge: [Measure, Measure] = [pick((e) => elsewhere(e) && !linked.has(e.id)), pick((e) => elsewhere(e) && !linked.has(e.id))];
  const unlinkOf = file.links.find((l) => !used.has(l.from) && !used.has(l.to) && [l.from, l.to].every((id) => elsewhere(find(file, id)!)))!;
  used.add(unlinkOf.from).add(unlinkOf.to);
  const link: [Measure, Measure] = [pick(elsewhere), pick(elsewhere)];
  const addFrom = pick(elsewhere);
  return { edit, remove, merge, link, unlink: { from: unlinkOf.from, to: unlinkOf.to }, addFrom };
}

describe('corrections in the explorer', () => {
  test('an event is edited from its panel, marked in the table, and still corrected after a reload', async () => {
    const extracted = corpus().state.extracted;
    expect(extracted.documents).toHaveLength(5);
    chosen = choose(extracted);
    const target = chosen.edit;
    await selectRow(target);

    inForm<HTMLButtonElement>('button.open-edit')!.click();
    const edit = await until(() => inForm<HTMLFormElement>('form.correction'), 'the edit form');
    setField(edit.querySelector('select[name="type"]')!, 'ACCUSE');
    setField(edit.querySelector('input[name="measure"]')!, 'accusation');
    setField(edit.querySelector('input[name="note"]')!, 'the article reports a charge, not a ban');
    await shootPage('corrections-edit-form', q('reprisal-events >>> .event-panel')!);
    edit.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();

    await until(() => find(corpus().events, target.id)?.type === 'ACCUSE', 'the edit to apply');
    const events = await table();
    expect(find(corpus().events, target.id)).toMatchObject({ type: 'ACCUSE', measure: 'accusation' });
    // The extractor's output is left as it was.
    expect(find(corpus().state.extracted, target.id)!.type).toBe('SANCTION');
    const row = await until(() => events.shadowRoot!.querySelector<HTMLElement>(`tbody tr[data-event="${target.id}"]`), 'the row');
    await until(() => row.querySelector('.corrected'), 'the corrected mark');
    expect(events.shadowRoot!.querySelector('.last-correction')!.textContent).toContain('Saved: changed the type to accuse, the measure to accusation');
    const panel = events.shadowRoot!.querySelector('.event-panel')!;
    expect(panel.querySelector('.by-hand')!.textContent).toContain('Changed the type to accuse, the measure to accusation — the article reports a charge, not a ban');
    await shootPage('corrections-edited-row', row, 'center');

    await app.session.saved.whenSaved();
    app = await reload();
    expect(corpus().corrections.list).toHaveLength(1);
    expect(corpus().corrections.list[0]).toMatchObject({ op: 'edit', note: 'the article reports a charge, not a ban', set: { type: 'ACCUSE', measure: 'accusation' } });
    expect(find(corpus().events, target.id)).toMatchObject({ type: 'ACCUSE', measure: 'accusation' });
    expect(corpus().state.applied).toEqual([{ id: corpus().corrections.list[0]!.id, applied: true, events: [target.id] }]);
    const again = await table();
    await until(() => again.shadowRoot!.querySelector(`tbody tr[data-event="${target.id}"] .corrected`), 'the corrected mark after the reload');
  });

  test('the correction controls work from the keyboard: Enter opens a form at its first field, Escape closes it and goes back', async () => {
    await selectRow(chosen.edit);
    const open = inForm<HTMLButtonElement>('button.open-edit')!;
    open.focus();
    await userEvent.keyboard('{Enter}');
    const edit = await until(() => inForm<HTMLFormElement>('form.correction'), 'the edit form');
    await until(() => form()!.shadowRoot!.activeElement === edit.querySelector('select[name="type"]'), 'focus on the type');
    expect(open.getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard('{Escape}');
    await until(() => !inForm('form.correction'), 'the form to close');
    await until(() => form()!.shadowRoot!.activeElement === open, 'focus back on Edit');
    expect(corpus().corrections.list).toHaveLength(1);
  });

  test('an event is deleted (and the deletion undone, then made again), two merged, two linked, a link removed', async () => {
    const { remove, merge, link, unlink } = chosen;
    const events = await table();
    const before = corpus().events;

    await selectRow(remove);
    inForm<HTMLButtonElement>('button.delete')!.click();
    await until(() => !find(corpus().events, remove.id), 'the deletion');
    const said = () => events.shadowRoot!.querySelector('.last-correction')?.textContent ?? '';
    expect(said()).toContain('Saved: deleted the event.');
    events.shadowRoot!.querySelector<HTMLButtonElement>('.last-correction button.undo')!.click();
    await until(() => find(corpus().events, remove.id), 'the undo');
    expect(said()).toContain('Undone: the deletion.');
    await selectRow(remove);
    inForm<HTMLButtonElement>('button.delete')!.click();
    await until(() => !find(corpus().events, remove.id), 'the deletion again');

    await selectRow(merge[0]);
    inForm<HTMLButtonElement>('button.open-merge')!.click();
    const mergeForm = await until(() => inForm<HTMLFormElement>('form.correction'), 'the merge form');
    setField(mergeForm.querySelector('select[name="other"]')!, merge[1].id);
    await shootPage('corrections-merge-form', q('reprisal-events >>> .event-panel')!);
    mergeForm.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(() => !find(corpus().events, merge[1].id), 'the merge');
    const merged = find(corpus().events, merge[0].id)!;
    expect(merged.mentions).toHaveLength(new Set([...merge[0].mentions, ...merge[1].mentions].map((m) => `${m.doc}:${m.start}`)).size);

    await selectRow(link[0]);
    inForm<HTMLButtonElement>('button.open-link')!.click();
    const linkForm = await until(() => inForm<HTMLFormElement>('form.correction'), 'the link form');
    setField(linkForm.querySelector('select[name="other"]')!, link[1].id);
    setField(linkForm.querySelector('select[name="direction"]')!, 'answers');
    setField(linkForm.querySelector('select[name="kind"]')!, 'retaliation');
    linkForm.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(() => corpus().events.links.some((l) => l.from === link[1].id && l.to === link[0].id && l.kind === 'retaliation'), 'the new link');

    await selectRow(find(before, unlink.to)!);
    const label = `Remove the link with ${describeEvent(find(corpus().events, unlink.from)!, indexFile(corpus().events).actors)}`;
    const removeLink = await until(() => qAll<HTMLButtonElement>('reprisal-events >>> .event-panel button.unlink').find((b) => b.getAttribute('aria-label') === label), label);
    removeLink.click();
    await until(() => !corpus().events.links.some((l) => l.from === unlink.from && l.to === unlink.to), 'the link to go');

    expect(corpus().corrections.list.map((c) => c.op)).toEqual(['edit', 'delete', 'merge', 'link', 'unlink']);
    expect(corpus().state.applied.every((s) => s.applied)).toBe(true);
  });

  test('a missed event is added from text selected in an article', async () => {
    const source = chosen.addFrom;
    await selectRow(source);
    const panel = q('reprisal-events >>> .event-panel')!;
    const box = panel.querySelector<HTMLElement>(`.report[data-doc="${source.mentions[0]!.doc}"] .article`)!;
    // A run of plain text (outside the highlighted reports) long enough to be a sentence.
    const walker = app.doc.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    let node: Text | undefined;
    while (walker.nextNode()) {
      const t = walker.currentNode as Text;
      if (t.parentElement === box && t.data.trim().length > 60) node = t;
    }
    expect(node).toBeDefined();
    const start = node!.data.search(/\S/);
    const end = start + node!.data.slice(start).search(/[.\n]/) + 1;
    app.win.getSelection()!.setBaseAndExtent(node!, start, node!, end);
    const selected = node!.data.slice(start, end).trim();
    const open = await until(() => inForm<HTMLButtonElement>('button.open-add')?.textContent === 'Add an event from the selected text…' && inForm<HTMLButtonElement>('button.open-add'), 'the Add button to offer the selection');
    open.click();
    const add = await until(() => inForm<HTMLFormElement>('form.correction'), 'the add form');
    const span = add.querySelector<HTMLSelectElement>('select[name="span"]')!;
    expect(span.selectedOptions[0]!.textContent).toContain(`The selected text: “${selected.slice(0, 40)}`);
    setField(add.querySelector('select[name="type"]')!, 'THREATEN');
    const sourceInput = add.querySelector<HTMLInputElement>('fieldset[data-role="source"] input')!;
    setField(sourceInput, 'Chinese government');
    sourceInput.closest('fieldset')!.querySelector<HTMLButtonElement>('button.actor-add')!.click();
    await until(() => add.querySelector('fieldset[data-role="source"] .chips code')?.textContent === 'CHN.GOV', 'the actor chip');
    // A code typed and left in its field counts as added.
    setField(add.querySelector<HTMLInputElement>('fieldset[data-role="target"] input')!, 'usa.bus.ibm');
    const undated = add.querySelector<HTMLInputElement>('input[name="undated"]')!;
    expect(undated.checked).toBe(true);
    undated.click();
    setField(add.querySelector('input[name="date"]')!, '2014-05');
    setField(add.querySelector('select[name="precision"]')!, 'month');
    await shootPage('corrections-add-form', panel);
    add.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();

    const made = await until(() => corpus().corrections.list.find((c) => c.op === 'add'), 'the added correction');
    const added = await until(() => find(corpus().events, `added:${made.id}`), 'the added event');
    const mention = added.mentions[0]!;
    expect(mention.text).toBe(selected);
    expect(corpus().text(mention.doc)!.slice(mention.start, mention.end)).toBe(selected);
    expect(added).toMatchObject({ type: 'THREATEN', source: ['CHN.GOV'], target: ['USA.BUS.IBM'], date: { start: '2014-05', precision: 'month' } });
    // The new event is the one selected now.
    await until(() => q('reprisal-events >>> .event-panel')?.getAttribute('data-event') === added.id, 'the added event selected');
    corrected = JSON.stringify(corpus().events);
  });

  test('the corrections view lists them all; exported, the storage cleared and imported again, they give the same events', async () => {
    app.win.location.hash = '#/corrections';
    const view = await until(() => q('reprisal-corrections'), 'the corrections view');
    await until(() => view.shadowRoot!.querySelectorAll('tbody tr[data-correction]').length === 6, 'six corrections listed');
    expect([...view.shadowRoot!.querySelectorAll('tbody tr')].map((r) => r.querySelector('td.status-ok')?.textContent)).toEqual(Array(6).fill('Applies'));
    expect(q('reprisal-app >>> nav a.corrections')!.textContent).toBe('Corrections (6)');
    await shootPage('corrections-list', view);

    let blob: Blob | undefined;
    const createObjectURL = app.win.URL.createObjectURL.bind(app.win.URL);
    app.win.URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), createObjectURL(b));
    view.shadowRoot!.querySelector<HTMLButtonElement>('button.export')!.click();
    exported = await (await until(() => blob, 'the exported file')).text();
    expect(exported).toBe(serialiseCorrections([...corpus().corrections.list]));
    // The file the command line reads: `reprisal extract DIR --corrections FILE`.
    expect(JSON.parse(exported).format).toBe(CORRECTIONS_FORMAT);
    expect(parseCorrections(exported).corrections).toEqual(corpus().corrections.list);

    // Storage cleared, as by the browser's "clear site data": the page starts from nothing.
    frame!.remove();
    frame = undefined;
    await deleteDatabase(DB_NAME);
    app = await openApp('#/corrections');
    expect(corpus().corrections.list).toEqual([]);
    expect(JSON.stringify(corpus().events)).not.toBe(corrected);

    const fresh = await until(() => q('reprisal-corrections'), 'the corrections view');
    await importFile(fresh, 'reprisal-corrections.json', exported);
    await until(() => fresh.shadowRoot!.querySelector('.message')?.textContent === 'Imported 6 corrections from reprisal-corrections.json.', 'the import message');
    expect(JSON.stringify(corpus().events)).toBe(corrected);
    // Imported twice: nothing is added twice.
    await importFile(fresh, 'reprisal-corrections.json', exported);
    await until(() => fresh.shadowRoot!.querySelector('.message')?.textContent?.includes('0 corrections from reprisal-corrections.json; 6 were already here'), 'the second import');
    expect(corpus().corrections.list).toHaveLength(6);
  });

  test('a corrections file that cannot be read is named, and nothing is lost', async () => {
    const view = q('reprisal-corrections')!;
    const list = corpus().corrections.list;
    await importFile(view, 'broken.json', '{"format": "reprisal-corrections/1", "corrections": [');
    const alert = await until(() => view.shadowRoot!.querySelector('.message[role="alert"]'), 'the alert');
    expect(alert.textContent).toMatch(/^broken\.json: not valid JSON \(.+\)\. Nothing was imported; your corrections are as they were\.$/);
    expect(corpus().corrections.list).toBe(list);

    await importFile(view, 'events.json', '{"format": "reprisal-events/1", "events": []}');
    await until(() => view.shadowRoot!.querySelector('.message[role="alert"]')?.textContent?.startsWith('events.json: expected {"format": "reprisal-corrections/1"'), 'the second alert');

    const mixed = { format: CORRECTIONS_FORMAT, corrections: [{ id: 'x1', op: 'edit', event: { id: 'e', mentions: [] }, set: { type: 'EXPLODE' } }, JSON.parse(exported).corrections[0]] };
    await importFile(view, 'mixed.json', JSON.stringify(mixed));
    await until(() => view.shadowRoot!.querySelector('.warnings li'), 'the warnings');
    expect(view.shadowRoot!.querySelector('.message')!.textContent).toBe('Imported 0 corrections from mixed.json; 1 was already here; 1 entry could not be read (listed below).');
    expect([...view.shadowRoot!.querySelectorAll('.warnings li')].map((li) => li.textContent)).toEqual(['mixed.json: correction #0 sets an unknown type (EXPLODE); left out']);
    expect(corpus().corrections.list).toBe(list);
    await shootPage('corrections-import-warnings', view);
  });

  test('an actor of the analyst’s own: the corpus is read again with it, and every correction applied again', async () => {
    const view = q('reprisal-corrections')!;
    const actors = view.shadowRoot!.querySelector('reprisal-user-actors')!;
    const before = corpus().state.extracted;
    const addForm = actors.shadowRoot!.querySelector<HTMLFormElement>('form')!;
    setField(addForm.querySelector('input[name="name"]')!, 'Inspur Group');
    setField(addForm.querySelector('input[name="aliases"]')!, 'Inspur, Langchao');
    setField(addForm.querySelector('input[name="code"]')!, 'chn.bus.inspur');
    addForm.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const said = await until(() => actors.shadowRoot!.querySelector('[role="status"]')?.textContent?.match(/is in the lexicon: \d+ events, corrections applied again\./), 'the corpus read again');
    expect(said).toBeTruthy();
    expect(corpus().state.extracted).not.toBe(before);
    expect(corpus().actors).toEqual([{ id: 'CHN.BUS.INSPUR', name: 'Inspur Group', aliases: ['Inspur Group', 'Inspur', 'Langchao'] }]);
    expect(corpus().state.applied.map((s) => s.applied)).toEqual(Array(6).fill(true));
    expect(JSON.stringify(corpus().events.events.find((e) => e.mentions.some((m) => m.doc === chosen.edit.mentions[0]!.doc && m.start === chosen.edit.mentions[0]!.start)))).toContain('"type":"ACCUSE"');
    await shootPage('corrections-actors', actors);

    await app.session.saved.whenSaved();
    app = await reload();
    expect(corpus().actors.map((a) => a.id)).toEqual(['CHN.BUS.INSPUR']);
    expect(corpus().state.applied.map((s) => s.applied)).toEqual(Array(6).fill(true));
  });

  test('a correction whose event is gone is shown as no longer applying, and kept; the corpus as left comes back on reopening', async () => {
    const gone = chosen.remove.mentions[0]!.doc;
    await corpus().remove([gone]);
    const view = await until(() => q('reprisal-corrections'), 'the corrections view');
    const deletion = corpus().corrections.list.find((c) => c.op === 'delete')!;
    const row = await until(() => view.shadowRoot!.querySelector<HTMLElement>(`tr.stale[data-correction="${deletion.id}"]`), 'the stale row');
    expect(row.querySelector('.status-stale')!.textContent).toBe('No longer applies: event not found');
    expect(view.shadowRoot!.querySelector('caption')!.textContent!.trim()).toBe('6 corrections, 1 no longer applies');
    // It still quotes the sentence it was about, though the article is gone from the corpus.
    expect(corpus().text(gone)).toBeUndefined();
    expect(row.querySelector('.events')!.textContent).toContain(`“${shorten(chosen.remove.mentions[0]!.text, 140)}” (${gone})`);
    const edit = corpus().corrections.list.find((c) => c.op === 'edit')!;
    expect(corpus().state.applied.find((s) => s.id === edit.id)!.applied).toBe(true);
    await shootPage('corrections-stale', row, 'center');

    // A file of the analyst's own added to the corpus.
    const text = 'Beijing bans Australian barley\n\nCANBERRA, May 18, 2020 (Reuters) - China imposed an 80 percent tariff on Australian barley on Monday.\n';
    await corpus().add([{ name: 'barley-2020.txt', bytes: new TextEncoder().encode(text) }]);
    const docs = corpus().docs.map((d) => d.id);
    expect(docs).toHaveLength(5);
    expect(docs).toContain('barley-2020');
    expect(docs).not.toContain(gone);
    const barley = corpus().text('barley-2020');
    await app.session.saved.whenSaved();

    app = await reload();
    expect(corpus().docs.map((d) => d.id)).toEqual(docs);
    expect(corpus().text('barley-2020')).toBe(barley);
    expect(corpus().fromDefaults).toBe(false);
    expect(q('reprisal-app >>> .status')!.textContent).toMatch(/^5 documents · \d+ events · \d+ links · 6 corrections$/);
    const again = await until(() => q('reprisal-corrections'), 'the corrections view');
    await until(() => again.shadowRoot!.querySelector(`tr.stale[data-correction="${deletion.id}"]`), 'the stale row after reopening');

    // Back to the built-in corpus: that is what the next visit opens.
    await corpus().restore();
    await app.session.saved.whenSaved();
    app = await reload();
    expect(corpus().fromDefaults).toBe(true);
    expect(corpus().docs).toHaveLength(5);
    expect(corpus().state.applied.every((s) => s.applied)).toBe(true);
  });

  test('a corpus imported from a GDELT export is imported again on reopening', async () => {
    app.win.location.hash = '#/notebook/byo';
    const view = await until(() => q('reprisal-corpus'), 'the corpus view');
    const text = await (await fetch('/test/fixtures/gdelt/trade-dispute.export.CSV')).text();
    const data = new app.win.DataTransfer();
    data.items.add(new app.win.File([text], '20190701.export.CSV', { type: 'text/tab-separated-values' }));
    const zone = view.shadowRoot!.querySelector<HTMLElement>('.drop')!;
    zone.dispatchEvent(new app.win.DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new app.win.DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    await until(() => corpus().importedFrom.length === 1 && corpus().state.status === 'ready', 'the import', 30_000);
    const events = JSON.stringify(corpus().state.extracted);
    const docs = corpus().docs.map((d) => d.id);
    expect(docs.length).toBeGreaterThan(0);
    for (let i = 0; i < 200 && !(await savedMeta())?.imported; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await savedMeta()).toEqual({ defaults: false, imported: true });

    app = await reload();
    await until(() => corpus().importedFrom.length === 1 && corpus().state.status === 'ready', 'the import again', 30_000);
    expect(corpus().importedFrom[0]!.name).toBe('20190701.export.CSV');
    expect(corpus().docs.map((d) => d.id)).toEqual(docs);
    expect(JSON.stringify(corpus().state.extracted)).toBe(events);
    // The corrections of the seeds' events find none of theirs here, and say so.
    expect(corpus().state.applied.filter((s) => s.applied)).toEqual([]);
    expect(corpus().corrections.list).toHaveLength(6);

    await corpus().restore();
    await app.session.saved.whenSaved();
    expect(await savedMeta()).toEqual({ defaults: true });
  });

  test('the corrections view in the dark theme', async () => {
    const theme = q<HTMLSelectElement>('reprisal-app >>> .theme select')!;
    setField(theme, 'dark');
    app.win.location.hash = '#/corrections';
    const view = await until(() => q('reprisal-corrections'), 'the corrections view');
    await shootPage('corrections-list-dark', view);
    app.win.location.hash = '#/notebook/tour';
    await selectRow(chosen.edit);
    inForm<HTMLButtonElement>('button.open-edit')!.click();
    await until(() => inForm('form.correction'), 'the edit form');
    await shootPage('corrections-edit-form-dark', q('reprisal-events >>> .event-panel')!);
    setField(theme, 'auto');
  });
});

/** What the saved work says of the corpus, read from the database as the next visit will. */
async function savedMeta(): Promise<{ defaults: boolean; imported?: boolean } | undefined> {
  const db = await openSavedWork(DB_NAME);
  try {
    return await db.get('meta', 'corpus');
  } finally {
    db.close();
  }
}

/** Chooses a file in a corrections view's file input, as the Import button does. */
async function importFile(view: Element, name: string, text: string): Promise<void> {
  const input = view.shadowRoot!.querySelector<HTMLInputElement>('input.import-file')!;
  const data = new app.win.DataTransfer();
  data.items.add(new app.win.File([text], name, { type: 'application/json' }));
  input.files = data.files;
  input.dispatchEvent(new app.win.Event('change', { bubbles: true }));
  await settle();
}
