/**
 * Messages between the page and the extraction worker. Everything is plain data (structured
 * clone): file bytes in; documents, one part per document, and the assembled events file out.
 */
import type { CorpusDoc, InputFile } from '../corpus/corpus.js';
import type { EventsFile } from '../events/types.js';
import type { DocumentPart } from '../extract/pipeline.js';
import type { LexiconFile } from '../lexicon/types.js';

/** Extract `files` and assemble them with `parts` already extracted (documents kept from before). */
export interface ExtractRequest {
  type: 'extract';
  id: number;
  files: InputFile[];
  parts: DocumentPart[];
  /** The analyst's own lexicon entries (their actors), added to the built-in lexicon. */
  lexicon?: LexiconFile[];
}

export type WorkerReply =
  /** The files read as documents (before extraction), with what could not be read. */
  | { type: 'corpus'; id: number; docs: CorpusDoc[]; warnings: string[] }
  /** One more document extracted. */
  | { type: 'progress'; id: number; done: number; total: number; doc: string; part: DocumentPart }
  /** Every part, old and new, assembled. */
  | { type: 'done'; id: number; events: EventsFile }
  | { type: 'error'; id: number; message: string };
