/** Streaming output to --out FILE or standard output, waiting when the reader is slower than us. */
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { FileError } from './errors.js';

export interface Sink {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

export function openSink(out: string | undefined): Sink {
  const stream: Writable = out ? createWriteStream(out) : process.stdout;
  const where = out ?? 'standard output';
  let error: Error | undefined;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    // A reader that stops early (`| head`) is not our failure: stop writing and say nothing.
    error = e.code === 'EPIPE' ? new Closed() : new FileError(`${where}: cannot write (${e.code ?? e.message})`);
  });
  const check = () => {
    if (error) throw error;
  };
  return {
    async write(text) {
      check();
      if (!stream.write(text)) await new Promise<void>((resolve) => stream.once('drain', resolve).once('error', () => resolve()));
      check();
    },
    async close() {
      check();
      if (out) await new Promise<void>((resolve) => stream.end(resolve));
      check();
    },
  };
}

/** The reader went away; the command ends quietly. */
export class Closed extends Error {}
