/**
 * Messages between the page and its extraction workers. Everything is plain data (structured
 * clone), sent in pieces small enough that reading one never holds the page's thread for long.
 *
 *   page ──files──▶ extractor × N ──parts──▶ assembler ──events──▶ page
 *        ◀─documents, progress─┘              (keeps every part)
 *
 * Extractors read files into documents and extract each document alone; the assembler keeps
 * the parts of every document of the corpus (the page never holds them: at 10,000 documents
 * they weigh more than 100 MB) and merges them into the events file, corpus-wide.
 */
import type { CorpusDoc, InputFile } from '../corpus/corpus.js';
import type { Actor, Doc, Event, Link } from '../events/types.js';
import type { DocumentPart } from '../extract/pipeline.js';
import type { LexiconFile } from '../lexicon/types.js';

/** The analyst's own lexicon entries (their actors), added to the built-in lexicon. */
export type ExtraLexicon = LexiconFile[];

export type ExtractorRequest =
  /** The port to the assembler, once, when the extractor starts. */
  | { type: 'connect'; port: MessagePort }
  /** Files of run `id`, in pieces, before its `extract`. */
  | { type: 'files'; id: number; files: (InputFile | FileHandle)[] }
  /**
   * Read the files sent for run `id` and extract them, and extract again `docs` (documents read
   * earlier whose parts were lost with an assembler that stopped).
   */
  | { type: 'extract'; id: number; docs: CorpusDoc[]; lexicon: ExtraLexicon };

/**
 * A file sent as the File it was read from: a handle, where its bytes would be copied on the
 * page's thread (a quarter of a second for 50 MB, or for 10,000 articles). The extractor reads
 * it itself.
 */
export interface FileHandle {
  name: string;
  blob: Blob;
}

export type ExtractorReply =
  /**
   * A piece of a long document's text, sent before the 'corpus' message that carries the
   * document (with the last piece as its text): the page puts the pieces back together.
   */
  | { type: 'text'; id: number; doc: string; text: string }
  /**
   * Some of the documents read, in file-name order, with their texts apart: `text` is them one
   * after the other (the page cuts it up again; see client.ts), each document's own `text` empty.
   * `last` once all are sent.
   */
  | { type: 'corpus'; id: number; docs: CorpusDoc[]; text: string; warnings: string[]; last: boolean }
  /**
   * `done` of the shard's documents extracted: sent as each document begins (the one at index
   * `done`), with its length when it is long (`next`), so the page knows what a silence is spent
   * on and how long a silence to expect.
   */
  | { type: 'progress'; id: number; done: number; total: number; next?: { doc: string; length: number } }
  /** A document the extractor failed on: left out, the others go on. */
  | { type: 'warning'; id: number; doc: string; warning: string }
  | { type: 'shard-done'; id: number }
  | { type: 'error'; id: number; message: string };

/** From an extractor to the assembler, through the port. */
export type PartsMessage = { type: 'parts'; id: number; parts: DocumentPart[] } | { type: 'shard-done'; id: number };

export type AssemblerRequest =
  | { type: 'connect'; port: MessagePort }
  /**
   * Assemble run `id` once `shards` extractors have sent their parts: the fresh parts, with the
   * parts kept under the `keep` references (a fresh document replaces a kept one of the same id).
   * Fresh parts are kept as `${id}/${docId}`.
   */
  | { type: 'assemble'; id: number; keep: string[]; shards: number; lexicon: ExtraLexicon }
  /** Forget run `id` (cancelled or failed): its parts are not kept. */
  | { type: 'abort'; id: number };

export type AssemblerReply =
  /** Merging has begun (every part is in). */
  | { type: 'merging'; id: number; documents: number }
  | { type: 'events'; id: number; events: Event[] }
  | { type: 'links'; id: number; links: Link[] }
  /** The rest of the events file, after its events and links; the run is over. */
  | { type: 'assembled'; id: number; documents: Doc[]; actors: Actor[] }
  | { type: 'error'; id: number; message: string };

/** The reference under which the assembler keeps a document's part. */
export const partRef = (run: number, docId: string): string => `${run}/${docId}`;
