/**
 * `reprisal import gdelt|polecat FILE [--out events.json]`: a GDELT 2.0 event export or a
 * POLECAT/PLOVER JSONL file → the events file. The file is streamed (never read whole), rows that
 * cannot be read are reported on stderr with their line numbers, and a big file shows its
 * progress there.
 */
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { GdeltImport } from '../formats/gdelt-import.js';
import { reportLines } from '../formats/import-report.js';
import { PolecatImport } from '../formats/polecat-import.js';
import { FileError, UsageError } from './errors.js';
import { writeEventsFile } from './events-writer.js';
import { openSink } from './sink.js';

export const IMPORT_FORMATS = ['gdelt', 'polecat'] as const;

export interface ImportFlags {
  out?: string;
  quiet?: boolean;
}

/** Files this big report their progress on stderr. */
const PROGRESS_BYTES = 16 * 1024 * 1024;

export async function importCommand(args: string[], flags: ImportFlags, say: (line: string) => void): Promise<number> {
  const [format, path, ...rest] = args;
  if (!format) throw new UsageError(`import needs a format and a file: reprisal import ${IMPORT_FORMATS.join('|')} FILE`);
  if (!(IMPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown import format "${format}": expected ${IMPORT_FORMATS.join(' or ')}`);
  if (!path) throw new UsageError(`import needs a file: reprisal import ${format} FILE`);
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}"`);

  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new FileError(`${path}: is a folder; import reads one file`);
    size = stat.size;
  } catch (e) {
    if (e instanceof FileError) throw e;
    throw new FileError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const name = basename(path);
  const run = format === 'gdelt' ? new GdeltImport({ file: name }) : new PolecatImport({ file: name });
  const progress = !flags.quiet && size >= PROGRESS_BYTES;
  const started = Date.now();
  let shown = 0;
  try {
    // The stream decodes UTF-8 across chunk boundaries; the importer joins rows across them.
    const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
    for await (const chunk of stream) {
      run.push(chunk as string);
      const percent = Math.floor((stream.bytesRead / size) * 100);
      if (progress && percent >= shown + 10) {
        shown = percent - (percent % 10);
        process.stderr.write(`reprisal: importing ${name}: ${shown}% (${run.report.rows.toLocaleString('en-US')} rows)\n`);
      }
    }
  } catch (e) {
    throw new FileError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  run.end();
  const events = run.result();
  reportLines(run.report).forEach(say);
  if (!run.report.rows || run.report.bad === run.report.rows) {
    say(`${name}: nothing could be read${run.report.rows ? '' : ' (the file is empty)'}`);
    return 1;
  }
  const sink = openSink(flags.out);
  await writeEventsFile(events, sink);
  await sink.close();
  if (flags.out) say(`wrote ${events.events.length.toLocaleString('en-US')} events from ${events.documents.length.toLocaleString('en-US')} documents to ${flags.out}${progress ? ` in ${((Date.now() - started) / 1000).toFixed(1)} s` : ''}`);
  return 0;
}
