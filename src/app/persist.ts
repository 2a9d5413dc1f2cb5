/**
 * The session's work kept between visits: what an earlier visit saved is put back (corrections
 * and actors first, so the first extraction already uses and applies them; then the saved corpus,
 * or the built-in one), and from then on every change is saved as it happens.
 */
import type { CorpusStore } from '../components/state/corpus-store.js';
import type { SavedWork } from '../storage/saved-work.js';

/** Whether the corpus came back from an earlier visit, or is the built-in one. */
export type Reopened = 'saved' | 'defaults';

export async function reopen(corpus: CorpusStore, saved: SavedWork): Promise<Reopened> {
  const restored = await saved.load();
  corpus.corrections.reset(restored.corrections);
  await corpus.setActors(restored.actors, { extract: false });
  keepSaving(corpus, saved);
  const files = restored.corpus && !restored.corpus.defaults ? restored.corpus.files : undefined;
  void (files ? corpus.replace(files) : corpus.restore());
  return files ? 'saved' : 'defaults';
}

/** Saves the corrections, the actors and the corpus whenever they change (the corpus once it is read). */
export function keepSaving(corpus: CorpusStore, saved: SavedWork): () => void {
  let corrections = corpus.corrections.list;
  let actors = corpus.actors;
  let files = corpus.files;
  let defaults = corpus.fromDefaults;
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
      if (state.status !== 'ready' || (corpus.files === files && corpus.fromDefaults === defaults)) return;
      files = corpus.files;
      defaults = corpus.fromDefaults;
      void saved.saveCorpus(defaults ? { defaults: true } : { defaults: false, files: [...files] });
    }),
  ];
  return () => stops.forEach((stop) => stop());
}
