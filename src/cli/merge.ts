/** `reprisal merge SHARD…`: the reduce step over the reports streams of shards, read line by line. */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { ReportsError, ReportsReader } from '../extract/reports.js';
import type { DocumentPart } from '../extract/pipeline.js';
import type { Lexicon } from '../lexicon/compile.js';
import { FileError } from './errors.js';

export async function readShards(paths: string[], lexicon: Lexicon, say: (line: string) => void): Promise<DocumentPart[]> {
  const reader = new ReportsReader(lexicon.fingerprint);
  try {
    for (const path of paths) {
      const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
      let n = 0;
      try {
        for await (const line of lines) reader.read(line, path, ++n);
      } catch (e) {
        if (e instanceof ReportsError) throw e;
        throw new FileError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      }
      if (n === 0) say(`${path}: empty; nothing to merge from it`);
    }
    const parts = reader.parts();
    reader.warnings.forEach(say);
    return parts;
  } catch (e) {
    reader.warnings.forEach(say);
    if (e instanceof ReportsError) throw new FileError(e.message);
    throw e;
  }
}
