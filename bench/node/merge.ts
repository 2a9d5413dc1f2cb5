/**
 * The reduce step of a sharded run, timed as a user runs it: `reprisal merge` over N
 * `reprisal-reports/1` shards (NDJSON, as `reprisal extract --format ndjson` writes them): read
 * line by line, assembled, the events file written; several times after a warm-up. The shards are
 * those in --dir (extract.mjs --shards-out writes them from its timed run), or, if there are
 * none, made here from the generated corpus.
 *
 *   node --expose-gc merge.mjs --size 10000 --shards 10 --seed 1 --runs 3 --dir FOLDER
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeCommand } from '../../src/cli/extract-command.js';
import { extractPart } from '../../src/extract/pipeline.js';
import { headerLine, partLines } from '../../src/extract/reports.js';
import { compileLexicon } from '../../src/lexicon/compile.js';
import { benchCorpus, flags, forceGc, report } from './corpus.js';

export interface MergeResult {
  size: number;
  shards: number;
  /** The shards' total size on disk, bytes. */
  shardBytes: number;
  /** Time to extract the documents into shards here (not part of the merge; 0 when they were given), ms. */
  shardMs: number;
  /** `reprisal merge` over all the shards, ms per run. */
  runs: number[];
  events: number;
  maxRssMb: number;
}

const args = flags();
const size = Number(args.get('size') ?? 1000);
const shards = Number(args.get('shards') ?? 10);
const seed = Number(args.get('seed') ?? 1);
const runs = Number(args.get('runs') ?? 3);
const dir = args.get('dir') ?? '';
if (!dir) throw new Error('merge.mjs needs --dir FOLDER for its shards');

const shardFiles = () => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.ndjson')).sort().map((f) => join(dir, f)) : []);
let paths = shardFiles();
let shardMs = 0;
if (paths.length !== shards) {
  const { docs } = benchCorpus(size, seed);
  const lexicon = compileLexicon();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const start = performance.now();
  // Consecutive documents per shard, as a folder split across machines would be.
  const per = Math.ceil(docs.length / shards);
  for (let k = 0; k < shards; k++) {
    let text = `${headerLine(lexicon.fingerprint)}\n`;
    for (const doc of docs.slice(k * per, (k + 1) * per)) text += partLines(extractPart(doc, lexicon));
    writeFileSync(join(dir, `shard-${String(k).padStart(2, '0')}.ndjson`), text);
  }
  shardMs = performance.now() - start;
  paths = shardFiles();
}

const out = join(dir, 'events.json');
const say = (line: string) => {
  if (!line.startsWith('wrote ')) process.stderr.write(`${line}\n`);
};
const merge = async () => {
  if ((await mergeCommand(paths, { out, quiet: true }, say)) !== 0) throw new Error('reprisal merge failed');
};

await merge(); // warm-up
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  forceGc();
  const start = performance.now();
  await merge();
  times.push(performance.now() - start);
}
const merged = JSON.parse(readFileSync(out, 'utf8')) as { documents: unknown[]; events: unknown[] };
if (merged.documents.length !== size) throw new Error(`the shards in ${dir} hold ${merged.documents.length} documents, not ${size}`);
const events = merged.events.length;
report({
  size,
  shards,
  shardBytes: paths.reduce((s, p) => s + statSync(p).size, 0),
  shardMs,
  runs: times,
  events,
  maxRssMb: (process.resourceUsage().maxRSS * 1024) / 1e6,
} satisfies MergeResult);
rmSync(dir, { recursive: true, force: true });
