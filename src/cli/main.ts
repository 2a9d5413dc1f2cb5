/**
 * The command line: `reprisal extract DIR`, `reprisal summary DIR`, `reprisal render CHART`,
 * `reprisal export FORMAT`. Messages name the file they are about, go to stderr, and never carry
 * a stack trace.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildCorpus } from '../corpus/corpus.js';
import { applyCorrections, CorrectionsError, parseCorrections, type Correction } from '../corrections/index.js';
import type { EventsFile } from '../events/types.js';
import { compileLexicon, LexiconError, parseLexiconFile, type Lexicon } from '../lexicon/compile.js';
import { extract } from '../extract/pipeline.js';
import { eventsCsv } from '../export/events-csv.js';
import { eventsJson } from '../export/events-json.js';
import { FileError, UsageError } from './errors.js';
import { exportEvents } from './export.js';
import { readFolder } from './files.js';
import { writeOutput } from './output.js';
import { render } from './render.js';
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
        --corrections FILE  apply an analyst's corrections (reprisal-corrections/1,
                          exported from the explorer); those that no longer apply
                          are reported on stderr
        --quiet           no progress or warnings on stderr
  reprisal summary DIR [--lexicon FILE] [--corrections FILE]
      Prints a readable summary of the events in DIR.
  reprisal render network|timeline|chains --events FILE [--out chart.svg] [filters]
      Draws the explorer's chart of the selected events as a standalone SVG file.
        --events FILE     an events file (reprisal-events/1), e.g. from extract
        --out FILE        write here (.svg) instead of standard output
        --width PIXELS    the chart's width (default 640)
        --level LEVEL     network: actor, role or country (default: by size);
                          timeline rows and chain lanes: actor (default) or country
  reprisal export gexf|graphml|timelinejs|csv|json --events FILE [--out FILE] [filters]
      Writes the selected events for other tools: the actor network for Gephi (gexf)
      or any graph tool (graphml), a Knight Lab TimelineJS timeline, CSV, or JSON.
        --level LEVEL     gexf, graphml: actor (default), role or country;
                          timelinejs: group by the acting country (default) or actor
        --title TEXT      timelinejs: a title slide
  Filters (render and export):
        --actors CODES    events involving any of these actor codes or prefixes,
                          comma-separated: CHN.GOV,USA.JUD
        --type TYPE       one PLOVER type: SANCTION, ACCUSE, THREATEN, …
        --from DATE       events from this ISO date on: 2014, 2014-01, 2014-01-15
        --to DATE         events up to the end of this ISO date
  reprisal --help | --version

Exit status: 0 on success (files that cannot be read are reported and skipped),
1 when nothing at all could be read or an events file is malformed, 2 on a usage error.`;

// The options each command takes; any other is a usage error rather than silently ignored.
const FILTERS = ['actors', 'type', 'from', 'to'];
const COMMAND_OPTIONS: Record<string, string[]> = {
  extract: ['out', 'format', 'lexicon', 'corrections', 'quiet'],
  summary: ['lexicon', 'corrections', 'quiet'],
  render: ['events', 'out', 'width', 'level', 'quiet', ...FILTERS],
  export: ['events', 'out', 'level', 'title', 'quiet', ...FILTERS],
};

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
  const [command, ...args] = positionals;
  if (!command) throw new UsageError('no command given');
  const allowed = COMMAND_OPTIONS[command];
  if (!allowed) throw new UsageError(`unknown command "${command}"`);
  const other = Object.keys(values).find((name) => !allowed.includes(name));
  if (other) throw new UsageError(`--${other} is not an option of ${command}`);
  const say = (line: string) => values.quiet || process.stderr.write(`reprisal: ${line}\n`);
  if (command === 'render') return render(args, values, say);
  if (command === 'export') return exportEvents(args, values, say);

  const [dir, ...rest] = args;
  if (!dir) throw new UsageError(`${command} needs a folder: reprisal ${command} DIR`);
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}"`);
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new UsageError(`--format must be json or csv, not "${format}"`);

  const lexicon = loadLexicon(values.lexicon ?? []);
  const corrections = values.corrections ? loadCorrections(values.corrections, say) : [];
  const extracted = extractFolder(dir, lexicon, say, !values.quiet);
  if (!extracted) return 1;
  const events = corrections.length ? corrected(extracted, corrections, values.corrections!, say) : extracted;
  if (command === 'summary') {
    process.stdout.write(summarise(events));
    return 0;
  }
  const text = format === 'csv' ? eventsCsv(events) : eventsJson(events);
  if (writeOutput(text, values.out)) say(`wrote ${events.events.length} events, ${events.links.length} links from ${events.documents.length} documents to ${values.out}`);
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

function loadCorrections(path: string, say: (line: string) => void): Correction[] {
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

function corrected(file: EventsFile, corrections: Correction[], path: string, say: (line: string) => void): EventsFile {
  const { file: out, status } = applyCorrections(file, corrections);
  const missed = status.filter((s) => !s.applied);
  for (const s of missed) say(`${path}: correction ${s.id} no longer applies (${s.reason})`);
  say(`${path}: applied ${status.length - missed.length} of ${status.length} corrections`);
  return out;
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
        corrections: { type: 'string', short: 'c' },
        events: { type: 'string', short: 'e' },
        actors: { type: 'string' },
        type: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        width: { type: 'string' },
        level: { type: 'string' },
        title: { type: 'string' },
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
    } else if (e instanceof FileError) {
      process.stderr.write(`reprisal: ${e.message}\n`);
      process.exitCode = 1;
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
