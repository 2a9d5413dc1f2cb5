/**
 * Importing event data into the page's corpus: the GDELT and POLECAT files of a drop are streamed
 * in the import worker and their events become the corpus (CorpusStore.showImported); the state
 * of the import (progress, what each file gave, why it failed) is kept here for the page to show.
 */
import { ImportCancelled, ImportClient, eventDataFormat, type ImportProgress } from '../../worker/import-client.js';
import type { PickedFile } from '../corpus/files.js';
import type { CorpusStore } from './corpus-store.js';
import { Store } from './store.js';

export interface ImportState {
  /** `empty`: the files gave no event (none could be read, or none is a PLOVER event), so the corpus was kept. */
  status: 'idle' | 'importing' | 'done' | 'empty' | 'cancelled' | 'error';
  /** The files being (or last) imported, in words. */
  files: string;
  progress?: ImportProgress;
  /** What each file gave and the rows that could not be read, one line each naming the file. */
  lines: string[];
  message?: string;
}

export class ImportStore extends Store<ImportState> {
  #state: ImportState = { status: 'idle', files: '', lines: [] };
  readonly #client: ImportClient;

  constructor(client: ImportClient = new ImportClient()) {
    super();
    this.#client = client;
  }

  get state(): ImportState {
    return this.#state;
  }

  /**
   * Imports the event-data files among `picked` (GDELT .CSV, POLECAT .jsonl) into `corpus`,
   * in place of what it held; returns the other files, for the corpus to read as articles. A drop
   * that mixes the two kinds imports the event data and leaves the articles, saying so: they would
   * be read into a corpus the import replaces.
   */
  async take(picked: readonly PickedFile[], corpus: CorpusStore): Promise<PickedFile[]> {
    const data = picked.flatMap(({ file }) => {
      const format = eventDataFormat(file.name);
      return format ? [{ file, format }] : [];
    });
    if (!data.length) {
      if (this.#state.status !== 'importing') this.#set({ status: 'idle', lines: [], message: undefined, progress: undefined });
      return [...picked];
    }
    const others = picked.length - data.length;
    const files = data.length === 1 ? data[0]!.file.name : `${data.length} files`;
    this.#set({ status: 'importing', files, lines: [], message: undefined, progress: { bytes: 0, total: data.reduce((n, d) => n + d.file.size, 0), rows: 0 } });
    try {
      const imported = await this.#client.run(data, (progress) => this.#set({ progress }));
      if (!imported.events.events.length) {
        this.#set({ status: 'empty', lines: [...imported.lines, `No events in ${files}: the corpus is as it was.`], progress: undefined });
        return [];
      }
      corpus.showImported(imported.events, imported.docs, data.map((d) => d.file));
      const left = others ? [`${others.toLocaleString('en-US')} other ${others === 1 ? 'file was' : 'files were'} not read: drop articles on their own (importing ${files} replaced the corpus)`] : [];
      this.#set({ status: 'done', lines: [...imported.lines, ...left], progress: undefined });
    } catch (error) {
      if (error instanceof ImportCancelled) this.#set({ status: 'cancelled', progress: undefined, message: `Import of ${files} cancelled; the corpus is as it was.` });
      else this.#set({ status: 'error', progress: undefined, message: error instanceof Error ? error.message : String(error) });
    }
    return [];
  }

  cancel(): void {
    this.#client.cancel();
  }

  protected get current(): ImportState {
    return this.#state;
  }

  #set(patch: Partial<ImportState>): void {
    this.#state = { ...this.#state, ...patch };
    this.changed();
  }
}

let shared: ImportStore | undefined;

/** The page's imports, shown under the corpus's drop zone. */
export function sharedImports(): ImportStore {
  return (shared ??= new ImportStore());
}
