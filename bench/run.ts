/**
 * `npm run bench`: Reprisal's speed, in numbers, beside the alternative a user would reach for.
 *
 *   npm run bench                  100, 1,000 and 10,000 articles; 10,000 dropped in the browser
 *   npm run bench -- --quick       1,000 articles only (about two minutes)
 *   npm run bench -- --no-browser  the Node figures only
 *   npm run bench -- --shots DIR   screenshots of what the browser measured
 *
 * Node figures come from the drivers in bench/node/, each size in its own process; browser figures
 * from bench/browser/, on the built explorer in headless Chromium (CHROME_PATH, or Debian's
 * /usr/bin/chromium). Writes bench/results/latest.json and prints the table the README shows.
 * One measure failing never loses the others: it is reported, with its error, in the JSON.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventsFile } from '../src/events/types.js';
import { runBrowser, type BrowserFigures } from './browser/run-browser.js';
import { machine } from './machine.js';
import { runDriver } from './node/child.js';
import { bundleDrivers } from './node/bundle.js';
import type { CompromiseResult } from './node/compromise.js';
import type { ExtractResult } from './node/extract.js';
import type { MergeResult } from './node/merge.js';
import { benchResults, benchTable, HEADLINE_SIZE, type BenchInput } from './results.js';
import { loadSources } from './sources/node.js';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const noBrowser = argv.includes('--no-browser');
const shotsAt = argv.indexOf('--shots');
const shots = shotsAt >= 0 ? argv[shotsAt + 1] : undefined;
const SEED = 1;
const CACHE = join('node_modules', '.cache', 'reprisal-bench');
const RESULTS = join('bench', 'results', 'latest.json');

/**
 * Runs per size, and a budget (seconds) after which a size stops at the runs it has: the largest
 * corpus is measured fewer times. In --quick, the 1,000-article size only, and fewer runs.
 */
const PLAN = quick
  ? { sizes: [{ size: 1000, runs: 3, budget: 10 }], compromiseRuns: 1, merge: { size: 1000, runs: 2 }, seedRuns: 2, dropArticles: 1000, redraw: { cycles: 1, warmup: 1, perView: false } }
  : {
      sizes: [
        { size: 100, runs: 9, budget: 30 },
        { size: 1000, runs: 5, budget: 90 },
        { size: 10_000, runs: 3, budget: 400 },
      ],
      compromiseRuns: 3,
      merge: { size: 10_000, runs: 3 },
      seedRuns: 5,
      dropArticles: 10_000,
      redraw: { cycles: 3, warmup: 5, perView: true },
    };

const began = performance.now();
const host = machine();
const log = (line: string) => process.stderr.write(`[bench ${((performance.now() - began) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);
const errors: BenchInput['errors'] = [];
const attempt = async <T>(step: string, run: () => Promise<T>): Promise<T | undefined> => {
  log(step);
  try {
    return await run();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    errors.push({ step, message });
    log(`${step} failed: ${message}`);
    return undefined;
  }
};

mkdirSync(CACHE, { recursive: true });
const drivers = await bundleDrivers(join(CACHE, 'node'));
const eventsOut = join(CACHE, `events-${HEADLINE_SIZE}.json`);
const shardsDir = join(CACHE, 'shards');
// Nothing of an earlier run is reused.
rmSync(eventsOut, { force: true });
rmSync(shardsDir, { recursive: true, force: true });
const extract: ExtractResult[] = [];

for (const workers of [0, 2]) {
  for (const { size, runs, budget } of PLAN.sizes) {
    const label = `extraction of ${size.toLocaleString('en')} articles ${workers ? `on ${workers} worker threads` : 'in one thread'}`;
    const args: (string | number)[] = ['--size', size, '--seed', SEED, '--runs', runs, '--min-runs', 2, '--budget', budget, ...(workers ? ['--workers', workers] : [])];
    if (!workers && size === HEADLINE_SIZE) args.push('--events-out', eventsOut);
    // The merge benchmark's shards: this run's parts, so the corpus is not extracted again.
    if (!workers && size === PLAN.merge.size) args.push('--shards-out', shardsDir, '--shards', 10);
    const result = await attempt(label, () => runDriver<ExtractResult>(drivers.extract, args, { timeoutMs: (budget + 600) * 1000 }));
    if (result) {
      extract.push(result);
      const best = Math.min(...result.runs.map((r) => r.ms));
      log(`  ${(result.bytes / 1e6 / (best / 1000)).toFixed(2)} MB/s at best, ${result.runs.length} runs, ${result.events} events`);
    }
  }
}

const compromise = await attempt(`compromise on the same ${HEADLINE_SIZE.toLocaleString('en')} articles`, () =>
  runDriver<CompromiseResult>(drivers.compromise, ['--size', HEADLINE_SIZE, '--seed', SEED, '--runs', PLAN.compromiseRuns], { timeoutMs: 900_000 }),
);
const merge = await attempt(`merge of ${PLAN.merge.size.toLocaleString('en')} articles in 10 shards`, () =>
  runDriver<MergeResult>(drivers.merge, ['--size', PLAN.merge.size, '--shards', 10, '--seed', SEED, '--runs', PLAN.merge.runs, '--dir', shardsDir], { timeoutMs: 1_800_000 }),
);

let browser: BrowserFigures | undefined;
if (noBrowser) errors.push({ step: 'browser', message: 'not run (--no-browser)' });
else
  browser = await attempt('browser', async () =>
    runBrowser({
      cacheDir: CACHE,
      seed: SEED,
      dropArticles: PLAN.dropArticles,
      seedRuns: PLAN.seedRuns,
      redraw: PLAN.redraw,
      sources: loadSources(),
      baseEvents: await baseEvents(),
      log,
      ...(shots ? { shots } : {}),
    }),
  );

const results = benchResults({
  mode: quick ? 'quick' : 'full',
  date: new Date().toISOString(),
  machine: host,
  node: process.version,
  seed: SEED,
  extract,
  ...(compromise ? { compromise } : {}),
  ...(merge ? { merge } : {}),
  ...(browser ? { browser } : {}),
  errors,
  seconds: (performance.now() - began) / 1000,
});
mkdirSync(join('bench', 'results'), { recursive: true });
// Written whole, then renamed: a run stopped midway never leaves half a file.
const temporary = RESULTS.replace(/\.json$/, '.tmp.json');
writeFileSync(temporary, `${JSON.stringify(results, null, 2)}\n`);
renameSync(temporary, RESULTS);
process.stdout.write(`\n${benchTable(results)}\nWrote ${RESULTS} in ${Math.round(results.seconds)} s.\n`);

/** The events of the 1,000-article corpus (written by its extraction run), to copy for the redraw sizes. */
async function baseEvents(): Promise<EventsFile> {
  if (existsSync(eventsOut)) return JSON.parse(readFileSync(eventsOut, 'utf8')) as EventsFile;
  log(`extracting ${HEADLINE_SIZE.toLocaleString('en')} articles for the redraw sizes`);
  const [{ benchCorpus }, { extract: run }] = await Promise.all([import('./node/corpus.js'), import('../src/extract/pipeline.js')]);
  return run(benchCorpus(HEADLINE_SIZE, SEED).docs);
}
