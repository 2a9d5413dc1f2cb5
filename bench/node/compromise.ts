/**
 * The baseline a user would otherwise reach for: compromise finding organisations, places and
 * people in the same generated articles, in its own process.
 *
 *   node --expose-gc compromise.mjs --size 1000 --seed 1 --runs 3
 */
import nlp from 'compromise';
import { benchCorpus, flags, forceGc, report } from './corpus.js';

export interface CompromiseResult {
  size: number;
  bytes: number;
  runs: number[];
  found: { organizations: number; places: number; people: number };
  version: string;
  maxRssMb: number;
}

const args = flags();
const size = Number(args.get('size') ?? 1000);
const seed = Number(args.get('seed') ?? 1);
const runs = Number(args.get('runs') ?? 3);
const { docs, bytes } = benchCorpus(size, seed);

const found = { organizations: 0, places: 0, people: 0 };
const once = (texts: string[]) => {
  const counts = { organizations: 0, places: 0, people: 0 };
  for (const text of texts) {
    const doc = nlp(text);
    counts.organizations += doc.organizations().out('array').length;
    counts.places += doc.places().out('array').length;
    counts.people += doc.people().out('array').length;
  }
  return counts;
};
once(docs.slice(0, 50).map((d) => d.text));
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  forceGc();
  const start = performance.now();
  Object.assign(found, once(docs.map((d) => d.text)));
  times.push(performance.now() - start);
}
report({ size, bytes, runs: times, found, version: (nlp as unknown as { version: string }).version, maxRssMb: (process.resourceUsage().maxRSS * 1024) / 1e6 } satisfies CompromiseResult);
