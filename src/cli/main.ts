/**
 * The command line: `reprisal extract DIR`, `reprisal summary DIR`. Messages name the file they
 * are about, go to stderr, and never carry a stack trace.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildCorpus } from '../corpus/corpus.js';
import type { EventsFile } from '../events/types.js';
import { compileLexicon, LexiconError, parseLexiconFile, type Lexicon } from '../lexicon/compile.js';
import { extract } from '../extract/pipeline.js';
import { eventsToCsv } from './csv.js';
import { readFolder } from './files.js';
import { summarise } from './summary.js';

const HELP = `reprisal — who took which measure against whom, and what answered what

Usage:
  reprisal extract DIR [--out FILE] [--format json|csv] [--lexicon FILE]...
      Reads the .txt, .md and .html files under DIR (and DIR/corpus.json, an optional
      manifest of titles, outlets and publication dates) and writes the events file
      (format reprisal-events/1) to FILE, or to standard output.
        --out FILE        write here instead of standard output
        --format json     the events file (default)
        --format csv      one event per row, for spreadsheets
        --lexicon FILE    add your own actors, measures or cues (JSON; may repeat)
        --quiet           no progress or warnings on stderr
  reprisal summary DIR [--lexicon FILE]
      Prints a readable summary of the events in DIR.
  reprisal --help | --version

Exit status: 0 on success (files that cannot be read are reported and skipped),
1 when nothing at all could be read, 2 on a usage error.`;

class UsageError extends Error {}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCli(argv);
  if (values.help || positionals[0] === 'help') {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (values.version) {
    process.stdout.write('reprisal 0.1.0\n');
    return 0;
  }
  const [command, dir, ...rest] = positionals;
  if (!command) throw new UsageError('no command given');
  if (command !== 'extract' && command !== 'summary') throw new UsageError(`unknown command "${command}"`);
  if (!dir) throw new UsageError(`${command} needs a folder: reprisal ${command} DIR`);
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}"`);
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new UsageError(`--format must be json or csv, not "${format}"`);

  const say = (line: string) => values.quiet || process.stderr.write(`reprisal: ${line}\n`);
  const lexicon = loadLexicon(values.lexicon ?? []);
  const events = extractFolder(dir, lexicon, say, !values.quiet);
  if (!events) return 1;
  if (command === 'summary') {
    process.stdout.write(summarise(events));
    return 0;
  }
  const text = format === 'csv' ? eventsToCsv(events) : `${JSON.stringify(events, null, 2)}\n`;
  if (values.out) {
    try {
      writeFileSync(values.out, text);
    } catch (e) {
      say(`${values.out}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      return 1;
    }
    say(`wrote ${events.events.length} events, ${events.links.length} links from ${events.documents.length} documents to ${values.out}`);
  } else {
    process.stdout.write(text);
  }
  return 0;
}

/** Reads and extracts a folder; null (after saying why) when nothing could be read. */
export function extractFolder(dir: string, lexicon: Lexicon, say: (line: string) => void, progress: boolean): EventsFile | null {
  const { files, problems } = readFolder(dir);
  problems.forEach(say);
  const corpus = buildCorpus(files);
  corpus.warnings.forEach(say);
  if (!corpus.docs.length) {
    say(files.length ? `${dir}: no readable .txt, .md or .html file` : `${dir}: no files found`);
    return null;
  }
  const big = progress && corpus.docs.length >= 50;
  const step = Math.max(1, Math.floor(corpus.docs.length / 20));
  return extract(corpus.docs, {
    lexicon,
    onProgress: big ? (done, total) => (done % step === 0 || done === total) && process.stderr.write(`reprisal: extracting ${done}/${total} documents\n`) : undefined,
  });
}

function loadLexicon(paths: string[]): Lexicon {
  const files = paths.map((path) => {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      throw new UsageError(`${path}: cannot read lexicon (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    return parseLexiconFile(text, path);
  });
  return compileLexicon(...files);
}

function parseCli(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        format: { type: 'string', short: 'f' },
        lexicon: { type: 'string', multiple: true },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

async function run() {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`reprisal: ${e.message}\nTry 'reprisal --help'.\n`);
      process.exitCode = 2;
    } else if (e instanceof LexiconError) {
      process.stderr.write(`reprisal: ${e.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`reprisal: internal error: ${(e as Error).message}\n`);
      process.exitCode = 1;
    }
  }
}

if (!process.env.REPRISAL_NO_MAIN) await run();
