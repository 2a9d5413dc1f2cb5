/** Writing a command's result: to --out FILE, or to standard output. */
import { writeFileSync } from 'node:fs';
import { FileError } from './errors.js';

/** Writes `text` to `out`, or to stdout when there is none. Returns whether it went to a file. */
export function writeOutput(text: string, out: string | undefined): boolean {
  if (!out) {
    process.stdout.write(text);
    return false;
  }
  try {
    writeFileSync(out, text);
  } catch (e) {
    throw new FileError(`${out}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return true;
}
