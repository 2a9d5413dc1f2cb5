/**
 * The session's work kept between visits: what an earlier visit saved is put back (corrections
 * and actors first, so the first extraction already uses and applies them; then the saved corpus,
 * or the built-in one), and from then on every change is saved as it happens.
 */
import type { InputFile } from '../corpus/corpus.js';
import type { CorpusStore } from '../components/state/corpus-store.js';
import { sharedImports, type ImportStore } from '../components/state/import-store.js';
import type { SavedWork } from '../storage/saved-work.js';

/** Whether the corpus came back from an earlier visit, or is the built-in one. */
export type Reopened = 'saved' | 'defaults';

/** The saved file each re-imported File was made from, so saving it again writes nothing new. */
const madeFrom = new WeakMap<File, InputFile>();

export async function reopen(corpus: CorpusStore, saved: SavedWork, imports: ImportStore = sharedImports()): Promise<Reopened> {
  const restored = await saved.load();
  corpus.corrections.reset(restored.corrections);
  await corpus.setActors(restored.actors, { extract: false });
  keepSaving(corpus, saved);
  const last = restored.corpus;
  if (!last || last.defaults) {
    void corpus.restore();
    return 'defaults';
  }
  if (!last.imported) {
    void corpus.replace(last.files);
    return 'saved';
  }
  // Imported event data is imported again from its files; should that give nothing, the built-in corpus opens.
  const picked = last.files.map((f) => {
    const file = new File([f.bytes as BlobPart], f.name);
    madeFrom.set(file, f);
    return { file, path: f.name };
  });
  void imports.take(picked, corpus).then(() => {
    if (corpus.state.status === 'empty') void corpus.restore();
  });
  return 'saved';
}

/** Saves the corrections, the actors and the corpus whenever they change (the corpus once it is read). */
export function keepSaving(corpus: CorpusStore, saved: SavedWork): () => void {
  let corrections = corpus.corrections.list;
  let actors = corpus.actors;
  let files = corpus.files;
  let defaults = corpus.fromDefaults;
  let imported = corpus.importedFrom;
  const stops = [
    corpus.corrections.subscribe((list) => {
      if (list === corrections) return;
      corrections = list;
      void saved.saveCorrections(list);
    }),
    corpus.subscribe((state) => {
      if (corpus.actors !== actors) {
        actors = corpus.actors;
        void saved.saveActors(actors);
      }
      // Only a corpus that was read whole is saved: a cancelled or failed run leaves the saved one.
      if (state.status !== 'ready' || (corpus.files === files && corpus.fromDefaults === defaults && corpus.importedFrom === imported)) return;
      files = corpus.files;
      defaults = corpus.fromDefaults;
      imported = corpus.importedFrom;
      if (imported.length) void saveImported(corpus, saved, imported);
      else void saved.saveCorpus(defaults ? { defaults: true } : { defaults: false, files: [...files] });
    }),
  ];
  return () => stops.forEach((stop) => stop());
}

/** Saves the event-data files the corpus was imported from, once read (unless the corpus changed meanwhile). */
async function saveImported(corpus: CorpusStore, saved: SavedWork, from: readonly File[]): Promise<void> {
  const files = await Promise.all(from.map(async (file) => madeFrom.get(file) ?? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }));
  if (corpus.importedFrom === from) await saved.saveCorpus({ defaults: false, files, imported: true });
}
