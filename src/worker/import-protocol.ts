/**
 * Messages between the page and the import worker (import-worker.ts). The page sends the files
 * themselves (File objects are handles: nothing is copied); the worker streams them, then sends
 * the events file back in pieces, so that no message takes the page long to read.
 */
import type { Actor, Doc, Event, Link } from '../events/types.js';

export type EventDataFormat = 'gdelt' | 'polecat';

export type ImportRequest =
  | { files: { file: File; format: EventDataFormat }[] }
  /** The page has read a piece and wants the next. */
  | { type: 'more' };

export type ImportReply =
  /** Now and then while reading: bytes of all the files read so far, rows seen. */
  | { type: 'progress'; bytes: number; rows: number }
  | { type: 'documents'; items: Doc[] }
  | { type: 'actors'; items: Actor[] }
  | { type: 'events'; items: Event[] }
  | { type: 'links'; items: Link[] }
  /** Last: what each file gave, as lines naming it. */
  | { type: 'done'; lines: string[]; events: number }
  | { type: 'failed'; message: string };
