/**
 * The page's session: one corpus (the seeds to begin with, extracted in the worker) and one
 * selection, shared by the notebooks and every component on the page.
 */
import type { EventsFile } from '../events/types.js';
import { sharedCorpus, type CorpusStore } from '../components/state/corpus-store.js';
import { sharedSelection, type SelectionStore } from '../components/state/selection-store.js';
import type { Builtins } from '../notebook/index.js';
import { notebookBuiltins } from './builtins.js';
import { seedFiles } from './seeds.js';

export interface Session {
  corpus: CorpusStore;
  selection: SelectionStore;
  /** The events of the seeds alone (the first extraction). */
  seedEvents: Promise<EventsFile>;
  builtins: Builtins;
}

let session: Session | undefined;

/** The session, started on first use: the seeds begin extracting at once. */
export function startSession(): Session {
  if (session) return session;
  const corpus = sharedCorpus();
  const selection = sharedSelection;
  corpus.defaults = seedFiles();
  const seedEvents = corpus.loaded();
  if (corpus.state.status === 'empty') void corpus.replace(corpus.defaults);
  session = { corpus, selection, seedEvents, builtins: notebookBuiltins({ corpus, selection, seedEvents }) };
  return session;
}
