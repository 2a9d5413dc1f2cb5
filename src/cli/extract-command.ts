/**
 * `reprisal extract DIR`, `reprisal summary DIR` and `reprisal merge SHARD…`: a folder or the
 * reports of its shards → the events file. Extracting a whole folder and merging the reports of its
 * shards run the same `assemble`, so both give the same events.
 */
import { readFileSync } from 'node:fs';
import { applyCorrections, CorrectionsError, parseCorrections, type Correction } from '../corrections/index.js';
import type { EventsFile } from '../events/types.js';
import { eventsCsv } from '../export/events-csv.js';
import { eventsJson } from '../export/events-json.js';
import { assemble, type DocumentPart } from '../extract/pipeline.js';
import { headerLine, partLines } from '../extract/reports.js';
import { compileLexicon, parseLexiconFile } from '../lexicon/compile.js';
import type { LexiconFile } from '../lexicon/types.js';
import { UsageError } from './errors.js';
import { extractFolderParts } from './extract-run.js';
import { readShards } from './merge.js';
import { writeOutput } from './output.js';
import { openSink } from './sink.js';
import { summarise } from './summary.js';

export interface ExtractFlags {
  out?: string;
  format?: string;
  lexicon?: string[];
  corrections?: string;
  workers?: string;
  quiet?: boolean;
}

type Say = (line: string) => void;

export async function extractCommand(command: 'extract' | 'summary', args: string[], flags: ExtractFlags, say: Say): Promise<number> {
  const [dir, ...rest] = args;
  if (!dir) throw new UsageError(`${command} needs a folder: reprisal ${command} DIR`);
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}"`);
  const format = flags.format ?? 'json';
  if (!['json', 'csv', 'ndjson'].includes(format)) throw new UsageError(`--format must be json, csv or ndjson, not "${format}"`);
  if (format === 'ndjson' && flags.corrections) throw new UsageError('--format ndjson writes reports before they are merged: apply --corrections when merging (reprisal merge)');
  const workers = workersOf(flags.workers);
  const lexiconFiles = readLexiconFiles(flags.lexicon ?? []);
  const lexicon = compileLexicon(...lexiconFiles);
  const corrections = flags.corrections ? loadCorrections(flags.corrections, say) : [];
  const run = { lexicon, lexiconFiles, workers, say, progress: !flags.quiet };

  if (format === 'ndjson') {
    const sink = openSink(flags.out);
    await sink.write(`${headerLine(lexicon.fingerprint)}\n`);
    const documents = await extractFolderParts(dir, { ...run, onPart: (part) => sink.write(partLines(part)) });
    await sink.close();
    if (!documents) return 1;
    if (flags.out) say(`wrote the reports of ${documents} documents to ${flags.out}; merge shards with reprisal merge`);
    return 0;
  }

  const parts: DocumentPart[] = [];
  if (!(await extractFolderParts(dir, { ...run, onPart: (part) => void parts.push(part) }))) return 1;
  const events = withCorrections(assemble(parts, lexicon), corrections, flags.corrections, say);
  if (command === 'summary') {
    process.stdout.write(summarise(events));
    return 0;
  }
  write(events, format, flags.out, say);
  return 0;
}

export async function mergeCommand(args: string[], flags: ExtractFlags, say: Say): Promise<number> {
  if (!args.length) throw new UsageError('merge needs the reports of one or more shards: reprisal merge SHARD.ndjson… [--out events.json]');
  const format = flags.format ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new UsageError(`--format must be json or csv, not "${format}"`);
  const lexicon = compileLexicon(...readLexiconFiles(flags.lexicon ?? []));
  const corrections = flags.corrections ? loadCorrections(flags.corrections, say) : [];
  const parts = await readShards(args, lexicon, say);
  if (!parts.length) {
    say('no documents in these shards');
    return 1;
  }
  write(withCorrections(assemble(parts, lexicon), corrections, flags.corrections, say), format, flags.out, say);
  return 0;
}

function write(events: EventsFile, format: string, out: string | undefined, say: Say) {
  const text = format === 'csv' ? eventsCsv(events) : eventsJson(events);
  if (writeOutput(text, out)) say(`wrote ${events.events.length} events, ${events.links.length} links from ${events.documents.length} documents to ${out}`);
}

function workersOf(value: string | undefined): number {
  if (value === undefined) return 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--workers must be a whole number from 1 to 256, not "${value}"`);
  return n;
}

function readLexiconFiles(paths: string[]): LexiconFile[] {
  return paths.map((path) => {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      throw new UsageError(`${path}: cannot read lexicon (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    return parseLexiconFile(text, path);
  });
}

function loadCorrections(path: string, say: Say): Correction[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`${path}: cannot read corrections (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    const { corrections, warnings } = parseCorrections(text, path);
    warnings.forEach(say);
    return corrections;
  } catch (e) {
    if (e instanceof CorrectionsError) throw new UsageError(e.message);
    throw e;
  }
}

function withCorrections(file: EventsFile, corrections: Correction[], path: string | undefined, say: Say): EventsFile {
  if (!corrections.length) return file;
  const { file: out, status } = applyCorrections(file, corrections);
  const missed = status.filter((s) => !s.applied);
  for (const s of missed) say(`${path}: correction ${s.id} no longer applies (${s.reason})`);
  say(`${path}: applied ${status.length - missed.length} of ${status.length} corrections`);
  return out;
}
