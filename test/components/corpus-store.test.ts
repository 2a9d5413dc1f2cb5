/**
 * The corpus store's overlay of corrections, with a stand-in for the extraction workers that
 * answers with a fixed extraction (renumbered when the analyst's actors are in the lexicon, as
 * a new lexicon may do): the extractor's output is never changed, and the corrections are applied
 * again to every extraction, those that no longer find their event kept and marked.
 */
import { describe, expect, it } from 'vitest';
import { refOf } from '../../src/corrections/apply.js';
import type { CorpusDoc, InputFile } from '../../src/corpus/corpus.js';
import type { EventsFile } from '../../src/events/types.js';
import type { LexiconFile } from '../../src/lexicon/types.js';
import { CorpusStore } from '../../src/components/state/corpus-store.js';
import { ExtractionCancelled, type ExtractionClient, type ExtractionHandlers, type ExtractionResult, type KeptPart } from '../../src/worker/client.js';
import { chartsFixture } from '../support/fixtures.js';

const fixture = chartsFixture();
const encode = (text: string) => new TextEncoder().encode(text);

interface Call {
  files: readonly InputFile[];
  lexicon: LexiconFile[];
}

/** Extracts the fixture's events from whichever of its documents the files name. */
class FakeClient {
  calls: Call[] = [];
  /** The next run fails with this, once. */
  failNext: Error | undefined;
  #pending: (() => void)[] = [];
  /** Runs wait until release() when held. */
  hold = false;

  async run(files: readonly InputFile[], parts: readonly KeptPart[], _handlers: ExtractionHandlers = {}, lexicon: LexiconFile[] = []): Promise<ExtractionResult> {
    this.calls.push({ files, lexicon });
    if (this.hold) await new Promise<void>((resolve) => this.#pending.push(resolve));
    const error = this.failNext;
    this.failNext = undefined;
    if (error) throw error;
    const ids = new Set([...files.map((f) => f.name.replace(/\.\w+$/, '')), ...parts.map((p) => p.doc.id)]);
    const events = structuredClone(fixture);
    events.documents = events.documents.filter((d) => ids.has(d.id));
    events.events = events.events.filter((e) => e.mentions.every((m) => ids.has(m.doc)));
    const kept = new Set(events.events.map((e) => e.id));
    events.links = events.links.filter((l) => kept.has(l.from) && kept.has(l.to));
    // The analyst's actors change the lexicon, and a new lexicon may number the events anew.
    if (lexicon.length) {
      events.events.forEach((e) => (e.id = `x-${e.id}`));
      events.links.forEach((l) => ((l.from = `x-${l.from}`), (l.to = `x-${l.to}`)));
    }
    const docs = files.map((f) => doc(f.name.replace(/\.\w+$/, ''), f.name));
    return { events, docs, warnings: [], parts: docs.map((d, i) => ({ doc: d, ref: `p${i}`, assembler: 0 })) };
  }

  release(): void {
    this.#pending.splice(0).forEach((resolve) => resolve());
  }

  cancel(): void {}
  dispose(): void {}
}

function doc(id: string, file: string): CorpusDoc {
  const d = fixture.documents.find((x) => x.id === id);
  return { id, file, length: d?.length ?? 0, text: 'x'.repeat(d?.length ?? 0), excluded: [] };
}

function setup() {
  const client = new FakeClient();
  const store = new CorpusStore(client as unknown as ExtractionClient);
  const files = fixture.documents.map((d) => ({ name: `${d.id}.txt`, bytes: encode(d.id) }));
  return { client, store, files };
}

const byMentions = (file: EventsFile, ref: { mentions: { doc: string; start: number }[] }) =>
  file.events.find((e) => e.mentions.some((m) => m.doc === ref.mentions[0]!.doc && m.start === ref.mentions[0]!.start));

describe('CorpusStore corrections', () => {
  it('shows the extraction with the corrections applied, and never changes the extraction itself', async () => {
    const { store, files } = setup();
    await store.replace(files);
    const extracted = store.state.extracted;
    const before = JSON.stringify(extracted);
    const target = extracted.events[0]!;
    const other = extracted.events[1]!;
    store.corrections.add({ op: 'edit', event: refOf(target), set: { type: 'ACCUSE', measure: 'denial' } });
    store.corrections.add({ op: 'delete', event: refOf(other) });

    expect(JSON.stringify(store.state.extracted)).toBe(before);
    expect(store.events.events.find((e) => e.id === target.id)).toMatchObject({ type: 'ACCUSE', measure: 'denial' });
    expect(store.events.events.some((e) => e.id === other.id)).toBe(false);
    expect(store.events.events).toHaveLength(extracted.events.length - 1);
    expect(store.state.applied.map((s) => s.applied)).toEqual([true, true]);

    store.corrections.undo();
    expect(store.events.events.some((e) => e.id === other.id)).toBe(true);
    expect(store.state.applied).toHaveLength(1);
  });

  it('applies the corrections again after a new lexicon renumbers the events, finding them by their reports', async () => {
    const { client, store, files } = setup();
    await store.replace(files);
    const target = store.state.extracted.events[0]!;
    store.corrections.add({ op: 'edit', event: refOf(target), set: { type: 'ACCUSE' } });

    await store.setActors([{ id: 'USA.BUS.ACME', name: 'Acme Robotics', aliases: ['Acme Robotics'] }]);
    expect(client.calls).toHaveLength(2);
    expect(client.calls[1]!.lexicon).toEqual([{ organisations: [{ id: 'USA.BUS.ACME', name: 'Acme Robotics', aliases: ['Acme Robotics'] }] }]);
    // Every document read again from its file.
    expect(client.calls[1]!.files.map((f) => f.name)).toEqual(files.map((f) => f.name));
    const again = byMentions(store.events, refOf(target))!;
    expect(again.id).toBe(`x-${target.id}`);
    expect(again.type).toBe('ACCUSE');
    expect(store.state.applied).toEqual([{ id: store.corrections.list[0]!.id, applied: true, events: [again.id] }]);
  });

  it('keeps a correction that no longer finds its event, and says why', async () => {
    const { store, files } = setup();
    await store.replace(files);
    const target = store.state.extracted.events[0]!;
    const made = store.corrections.add({ op: 'delete', event: refOf(target) });
    await store.remove([target.mentions[0]!.doc]);
    expect(store.corrections.list).toEqual([made]);
    expect(store.state.applied).toEqual([{ id: made.id, applied: false, reason: 'event not found', events: [] }]);
  });

  it('before the first extraction, no correction is said to be missing its event', async () => {
    const { client, store, files } = setup();
    store.corrections.reset([{ id: 'c1', op: 'delete', event: refOf(fixture.events[0]!) }]);
    client.hold = true;
    const run = store.replace(files);
    expect(store.state.status).toBe('extracting');
    expect(store.state.applied).toEqual([]);
    client.release();
    await run;
    expect(store.state.applied).toEqual([{ id: 'c1', applied: true, events: [fixture.events[0]!.id] }]);
  });

  it('actors changed while a run is under way: that run finishes, then the corpus is read again with them', async () => {
    const { client, store, files } = setup();
    client.hold = true;
    const run = store.replace(files);
    await store.setActors([{ id: 'USA.BUS.ACME', name: 'Acme', aliases: ['Acme'] }]);
    expect(client.calls).toHaveLength(1);
    client.hold = false;
    client.release();
    await run;
    await until(() => client.calls.length === 2 && store.state.status === 'ready');
    expect(client.calls[1]!.lexicon).toHaveLength(1);
    expect(store.events.events.every((e) => e.id.startsWith('x-'))).toBe(true);
  });

  it('keeps the files a corpus was read from; a failed or cancelled run leaves them as they were', async () => {
    const { client, store, files } = setup();
    await store.replace(files);
    expect(store.files.map((f) => f.name)).toEqual(files.map((f) => f.name));
    expect(store.fromDefaults).toBe(false);
    client.failNext = new Error('the worker died');
    await store.add([{ name: 'new.txt', bytes: encode('new') }]);
    expect(store.state.status).toBe('error');
    expect(store.files.map((f) => f.name)).toEqual(files.map((f) => f.name));
    client.failNext = new ExtractionCancelled();
    await store.remove([fixture.documents[0]!.id]);
    expect(store.state.status).toBe('cancelled');
    expect(store.files).toHaveLength(files.length);
  });

  it('knows when the corpus is the built-in one', async () => {
    const { store, files } = setup();
    store.defaults = files;
    await store.restore();
    expect(store.fromDefaults).toBe(true);
    await store.remove([fixture.documents[0]!.id]);
    expect(store.fromDefaults).toBe(false);
    expect(store.files).toHaveLength(files.length - 1);
  });
});

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}
