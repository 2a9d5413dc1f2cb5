/** Reading the events file named by --events: one line naming the file when it cannot be used. */
import { readFileSync } from 'node:fs';
import { EventsFileError, parseEventsFile } from '../events/validate.js';
import type { EventsFile } from '../events/types.js';
import { FileError } from './errors.js';

export function readEventsFile(path: string): EventsFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new FileError(`${path}: cannot read events file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    return parseEventsFile(text);
  } catch (e) {
    if (e instanceof EventsFileError) throw new FileError(`${path}: ${e.message}`);
    throw e;
  }
}
