/**
 * The page's session: one corpus and one selection, shared by the notebooks and every component
 * on the page. The corpus is the one the analyst left, with their corrections and actors (kept in
 * the browser's database), or on a first visit the seeds; it is extracted in the worker.
 */
import type { EventsFile } from '../events/types.js';
import { sharedCorpus, type CorpusStore } from '../components/state/corpus-store.js';
import { sharedSelection, type SelectionStore } from '../components/state/selection-store.js';
import { lexiconOf } from '../components/state/user-actors.js';
import type { Builtins } from '../notebook/index.js';
import { SavedWork } from '../storage/saved-work.js';
import { ExtractionClient } from '../worker/client.js';
import { notebookBuiltins } from './builtins.js';
import { reopen, type Reopened } from './persist.js';
import { seedFiles } from './seeds.js';

export interface Session {
  corpus: CorpusStore;
  selection: SelectionStore;
  /** Where the analyst's work is kept between visits, and whether it can be. */
  saved: SavedWork;
  /** Resolves once the saved work is back and the corpus has begun extracting. */
  reopened: Promise<Reopened>;
  /** The events extracted from the seeds alone (before any correction). */
  seedEvents: Promise<EventsFile>;
  builtins: Builtins;
}

export interface SessionOptions {
  /** The database kept between visits (tests use their own). */
  saved?: SavedWork;
}

let session: Session | undefined;

/** The session, started on first use: the saved work is read back, then the corpus extracts. */
export function startSession(options: SessionOptions = {}): Session {
  if (session) return session;
  const corpus = sharedCorpus();
  const selection = sharedSelection;
  const saved = options.saved ?? new SavedWork();
  corpus.defaults = seedFiles();
  const reopened = corpus.state.status === 'empty' ? reopen(corpus, saved) : Promise.resolve<Reopened>('defaults');
  const seedEvents = reopened.then((how) => (how === 'defaults' ? corpus.loaded().then(() => corpus.state.extracted) : seedsApart(corpus)));
  session = { corpus, selection, saved, reopened, seedEvents, builtins: notebookBuiltins({ corpus, selection, seedEvents }) };
  return session;
}

/**
 * The seeds' events when the corpus is the analyst's own: extracted in a worker of their own,
 * once the corpus is read (so the two do not compete for the processor), with the analyst's actors.
 */
async function seedsApart(corpus: CorpusStore): Promise<EventsFile> {
  await corpus.loaded();
  const client = new ExtractionClient();
  try {
    return (await client.run(corpus.defaults ?? [], [], {}, lexiconOf(corpus.actors))).events;
  } finally {
    client.dispose();
  }
}
