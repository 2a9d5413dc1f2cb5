/**
 * Files to bytes for the extractor, read in a worker of their own (read.worker.ts): reading
 * 10,000 files on the page's thread, even a Blob of a hundred at a time, held it for tens of
 * milliseconds a batch. The page only posts File handles and receives transferred buffers.
 */
import type { InputFile } from '../corpus/corpus.js';
import { pieces } from './pieces.js';
import type { ReadOutcome } from './read-batch.js';

export interface ReadRequest {
  id: number;
  files: Blob[];
}

export interface ReadReply {
  id: number;
  outcomes: ReadOutcome[];
}

export interface NamedFile {
  file: Blob;
  /** The name the file goes by in the corpus: its path within what was dropped. */
  name: string;
}

export interface ReadResult {
  files: InputFile[];
  /** One line per file that could not be read, naming it. */
  warnings: string[];
}

/** Files (and bytes) per message to the reading worker. */
const FILES_PER_BATCH = 200;
const BYTES_PER_BATCH = 8 * 1024 * 1024;

export type ReaderFactory = () => Worker;

const defaultFactory: ReaderFactory = () => new Worker(new URL('./read.worker.ts', import.meta.url), { type: 'module', name: 'reprisal-read' });

/**
 * The File each buffer read here came from: a large file goes to the extraction workers as that
 * handle, not as its bytes (copying them holds the page's thread; see protocol.ts, FileHandle).
 */
const sources = new WeakMap<Uint8Array, Blob>();

export function sourceOf(bytes: Uint8Array): Blob | undefined {
  return sources.get(bytes);
}

/** Reads `files` in order; `onRead` is told how many are read after each batch. */
export async function readInWorker(files: readonly NamedFile[], onRead?: (done: number) => void, factory: ReaderFactory = defaultFactory): Promise<ReadResult> {
  const out: ReadResult = { files: [], warnings: [] };
  if (!files.length) return out;
  const worker = factory();
  try {
    let id = 0;
    let done = 0;
    for (const batch of pieces(files, ({ file }) => Math.max(file.size, BYTES_PER_BATCH / FILES_PER_BATCH), BYTES_PER_BATCH)) {
      const reply = await ask(worker, { id: ++id, files: batch.map((f) => f.file) }, batch);
      reply.outcomes.forEach((outcome, i) => {
        const { name } = batch[i]!;
        if (outcome.ok) {
          const bytes = new Uint8Array(outcome.buffer);
          sources.set(bytes, batch[i]!.file);
          out.files.push({ name, bytes });
        }
        else out.warnings.push(`${name}: ${outcome.reason}`);
      });
      done += batch.length;
      onRead?.(done);
    }
    return out;
  } finally {
    worker.terminate();
  }
}

function ask(worker: Worker, request: ReadRequest, batch: readonly NamedFile[]): Promise<ReadReply> {
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<ReadReply>) => {
      if (event.data?.id !== request.id) return;
      cleanup();
      resolve(event.data);
    };
    const onError = (event: Event) => {
      event.preventDefault();
      cleanup();
      const what = batch.length === 1 ? batch[0]!.name : `${batch[0]!.name} and ${batch.length - 1} other files`;
      reject(new Error(`The reading worker failed while reading ${what}${event instanceof ErrorEvent && event.message ? ` (${event.message})` : ''}; nothing was added. Try again.`));
    };
    const cleanup = () => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    worker.postMessage(request);
  });
}
