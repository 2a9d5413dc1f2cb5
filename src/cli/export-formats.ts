/**
 * The export formats for other event-data tools: `plover-jsonl` (PLOVER-style JSONL, what POLECAT
 * users read), `gdelt-tsv` (GDELT 2.0's 61 columns with CAMEO codes) and `arrow` (five Arrow IPC
 * files, the tables of the SQL cells, for DuckDB, Polars, pandas or Spark). Rows are written as
 * they are made; apache-arrow is loaded only for `arrow`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventsFile } from '../events/types.js';
import { gdeltRows } from '../formats/gdelt-tsv.js';
import { ploverLines } from '../formats/plover-jsonl.js';
import { FileError, UsageError } from './errors.js';
import { openSink } from './sink.js';

export const DATA_FORMATS = ['plover-jsonl', 'gdelt-tsv', 'arrow'] as const;

export type DataFormat = (typeof DATA_FORMATS)[number];

export function isDataFormat(format: string): format is DataFormat {
  return (DATA_FORMATS as readonly string[]).includes(format);
}

/** Writes `file` as `format` to `out` (a folder for arrow); returns what was written, for the message. */
export async function exportData(format: DataFormat, file: EventsFile, out: string | undefined): Promise<string> {
  if (format === 'arrow') {
    if (!out) throw new UsageError('export arrow writes five files (events, mentions, actors, links, documents): give a folder with --out DIR');
    const { arrowFiles } = await import('../formats/arrow-ipc.js');
    const files = arrowFiles(file);
    try {
      mkdirSync(out, { recursive: true });
      for (const [name, bytes] of Object.entries(files)) writeFileSync(join(out, `${name}.arrow`), bytes);
    } catch (e) {
      throw new FileError(`${out}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    return `${Object.keys(files).map((name) => `${name}.arrow`).join(', ')} in ${out}`;
  }
  const sink = openSink(out);
  const lines = format === 'gdelt-tsv' ? gdeltRows(file) : ploverLines(file);
  let batch = '';
  let rows = 0;
  for (const line of lines) {
    batch += `${line}\n`;
    rows++;
    if (batch.length > 1 << 20) {
      await sink.write(batch);
      batch = '';
    }
  }
  await sink.write(batch);
  await sink.close();
  return `${rows.toLocaleString('en-US')} ${format === 'gdelt-tsv' ? 'rows' : 'lines'} to ${out ?? 'standard output'}`;
}
