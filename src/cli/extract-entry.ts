/** One file of a folder → its document's part: what the CLI and each of its worker threads run per file. */
import { readDocument } from '../corpus/corpus.js';
import type { ManifestEntry } from '../corpus/manifest.js';
import { extractPart, type DocumentPart } from '../extract/pipeline.js';
import type { Lexicon } from '../lexicon/compile.js';
import { readEntry, type FolderEntry } from './files.js';

export type EntryOutcome = { part: DocumentPart; warning?: string } | { error: string };

export function extractEntry(entry: FolderEntry, meta: ManifestEntry | undefined, lex: Lexicon): EntryOutcome {
  const file = readEntry(entry);
  if ('error' in file) return file;
  const read = readDocument(file, meta);
  if ('error' in read) return read;
  // The text is dropped with the document once its part is made: a corpus never has to fit in memory.
  return { part: extractPart(read.doc, lex), ...(read.warning ? { warning: read.warning } : {}) };
}
