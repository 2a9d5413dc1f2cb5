/**
 * The command line: `reprisal extract DIR`, `reprisal summary DIR`, `reprisal merge SHARD…`, `reprisal render CHART`,
 * `reprisal export FORMAT`, `reprisal import gdelt|polecat FILE`. Messages name the file they are about, go to stderr, and never carry
 * a stack trace.
 */
import { parseArgs } from 'node:util';
import { LexiconError } from '../lexicon/compile.js';
import { FileError, UsageError } from './errors.js';
import { exportEvents } from './export.js';
import { extractCommand, mergeCommand } from './extract-command.js';
import { importCommand } from './import.js';
import { render } from './render.js';
import { Closed } from './sink.js';

const HELP = `reprisal — who took which measure against whom, and what answered what

Usage:
  reprisal extract DIR [--out FILE] [--format json|csv|ndjson] [--workers N] [--lexicon FILE]...
      Reads the .txt, .md and .html files under DIR (and DIR/corpus.json, an optional
      manifest of titles, outlets and publication dates) and writes the events file
      (format reprisal-events/1) to FILE, or to standard output.
        --out FILE        write here instead of standard output
        --format json     the events file (default)
        --format csv      one event per row, for spreadsheets
        --format ndjson   the reports of each document, one per line, as they are
                          read (constant memory): a shard for reprisal merge
        --workers N       extract on N threads (one per core is a good choice)
        --lexicon FILE    add your own actors, measures or cues (JSON; may repeat)
        --corrections FILE  apply an analyst's corrections (reprisal-corrections/1,
                          exported from the explorer); those that no longer apply
                          are reported on stderr
        --quiet           no progress or warnings on stderr
  reprisal summary DIR [--lexicon FILE] [--corrections FILE] [--workers N]
      Prints a readable summary of the events in DIR.
  reprisal merge SHARD.ndjson... [--out FILE] [--format json|csv] [--lexicon FILE]
      The reduce step of a sharded run: merges the reports of shards (each from
      reprisal extract SHARD_DIR --format ndjson, with the same --lexicon files)
      into one events file, the same as extracting all the shards' files at once.
        --corrections FILE  apply an analyst's corrections to the merged events
  reprisal render network|timeline|chains --events FILE [--out chart.svg] [filters]
      Draws the explorer's chart of the selected events as a standalone SVG file.
        --events FILE     an events file (reprisal-events/1), e.g. from extract
        --out FILE        write here (.svg) instead of standard output
        --width PIXELS    the chart's width (default 640)
        --level LEVEL     network: actor, role or country (default: by size);
                          timeline rows and chain lanes: actor (default) or country
  reprisal export gexf|graphml|timelinejs|csv|json|plover-jsonl|gdelt-tsv|arrow
                  --events FILE [--out FILE] [filters]
      Writes the selected events for other tools:
        gexf, graphml     the actor network for Gephi or any graph tool
        timelinejs        a Knight Lab TimelineJS timeline
        csv, json         one event per row; the events file
        plover-jsonl      PLOVER-style JSONL, one event per line (as POLECAT)
        gdelt-tsv         GDELT 2.0's 61 columns, types and measures as CAMEO codes
        arrow             the SQL cells' five tables as Arrow files, for DuckDB,
                          Polars, pandas or Spark: --out names a folder
        --level LEVEL     gexf, graphml: actor (default), role or country;
                          timelinejs: group by the acting country (default) or actor
        --title TEXT      timelinejs: a title slide
  reprisal import gdelt|polecat FILE [--out FILE]
      Reads a GDELT 2.0 event export (tab-separated, 61 columns, .export.CSV) or a
      POLECAT / PLOVER JSONL file, streamed, and writes the events file: CAMEO codes
      become PLOVER types and measures (src/formats/cameo-plover.json), actor codes
      COUNTRY.ROLE codes, each article a document. Rows that cannot be read are
      reported on stderr with their line numbers.
        --out FILE        write here instead of standard output
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
  extract: ['out', 'format', 'lexicon', 'corrections', 'workers', 'quiet'],
  summary: ['lexicon', 'corrections', 'workers', 'quiet'],
  merge: ['out', 'format', 'lexicon', 'corrections', 'quiet'],
  render: ['events', 'out', 'width', 'level', 'quiet', ...FILTERS],
  export: ['events', 'out', 'level', 'title', 'quiet', ...FILTERS],
  import: ['out', 'quiet'],
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
  if (command === 'import') return importCommand(args, values, say);

  if (command === 'merge') return mergeCommand(args, values, say);
  return extractCommand(command as 'extract' | 'summary', args, values, say);
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
        workers: { type: 'string', short: 'j' },
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
    if (e instanceof Closed) {
      process.exitCode = 0;
    } else if (e instanceof UsageError) {
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
