/**
 * The import worker: streams GDELT event exports and POLECAT/PLOVER JSONL files dropped on the
 * page into one events file (src/formats), off the page's thread, a chunk at a time so a file of
 * a million rows is never one string; then sends the result back in pieces small enough that
 * the page reads each between two frames.
 */
import type { Event, EventsFile } from '../events/types.js';
import { combineEventsFiles } from '../formats/combine.js';
import { GdeltImport } from '../formats/gdelt-import.js';
import { reportLines } from '../formats/import-report.js';
import { PolecatImport } from '../formats/polecat-import.js';
import type { ImportReply, ImportRequest } from './import-protocol.js';
import { pieces } from './pieces.js';

const PROGRESS_EVERY_MS = 100;
/** Records per message: each message is read on the page's thread in one go. */
const EVENTS_PER_MESSAGE = 1000;
const RECORDS_PER_MESSAGE = 2500;

const reply = (message: ImportReply) => (self as unknown as Worker).postMessage(message);

/** Resolves when the page asks for the next piece. */
let more: (() => void) | undefined;

self.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  if ('type' in event.data) {
    more?.();
    return;
  }
  void run(event.data).catch((error: unknown) => reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) }));
});

/**
 * Sends a piece, then waits for the page to ask for the next: the page reads each in a task of
 * its own and has time between them for its frames and its garbage collector, instead of a queue
 * of pieces read back to back (which, measured, gave tasks of 100 ms and more).
 */
async function send(message: ImportReply): Promise<void> {
  const asked = new Promise<void>((resolve) => (more = resolve));
  reply(message);
  await asked;
}

async function run({ files }: Extract<ImportRequest, { files: unknown }>): Promise<void> {
  const results: EventsFile[] = [];
  const lines: string[] = [];
  let bytes = 0;
  let rows = 0;
  let said = 0;
  for (const { file, format } of files) {
    const importer = format === 'gdelt' ? new GdeltImport({ file: file.name }) : new PolecatImport({ file: file.name });
    const reader = file.stream().getReader();
    // Bad UTF-8 becomes U+FFFD: the rows around it are still read, and a broken row is reported.
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        bytes += value.byteLength;
        importer.push(decoder.decode(value, { stream: true }));
        const now = performance.now();
        if (now - said >= PROGRESS_EVERY_MS) {
          said = now;
          reply({ type: 'progress', bytes, rows: rows + importer.report.rows });
        }
      }
    } catch (error) {
      throw new Error(`${file.name}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
    }
    importer.push(decoder.decode());
    importer.end();
    rows += importer.report.rows;
    results.push(importer.result());
    lines.push(...reportLines(importer.report));
    if (!importer.report.rows) lines.push(`${file.name}: the file is empty`);
  }
  reply({ type: 'progress', bytes, rows });
  const { file, repeated } = combineEventsFiles(results);
  if (repeated) lines.push(`${repeated.toLocaleString('en-US')} events were in more than one file; each is kept once`);
  for (const items of pieces(file.documents, () => 1, RECORDS_PER_MESSAGE)) await send({ type: 'documents', items });
  for (const items of pieces(file.actors, () => 1, RECORDS_PER_MESSAGE)) await send({ type: 'actors', items });
  for (const items of pieces<Event>(file.events, () => 1, EVENTS_PER_MESSAGE)) await send({ type: 'events', items });
  for (const items of pieces(file.links, () => 1, RECORDS_PER_MESSAGE)) await send({ type: 'links', items });
  reply({ type: 'done', lines, events: file.events.length });
}
