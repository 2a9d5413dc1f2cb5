/**
 * Where extraction spends its time: a CPU profile (V8's sampling profiler, through the
 * inspector) of the whole pipeline on one generated corpus, with the time spent in each
 * function's own code summed by source file and by function. Run from the sources (tsx), so
 * that samples fall in the project's own files, not in one bundle.
 *
 *   node --import tsx bench/node/profile.ts --size 1000 --seed 1
 */
import { Session, type Profiler } from 'node:inspector/promises';
import { pathToFileURL } from 'node:url';
import { extract } from '../../src/extract/pipeline.js';
import { compileLexicon } from '../../src/lexicon/compile.js';
import { benchCorpus, flags, report } from './corpus.js';

export interface ProfileShare {
  /** A project file ("src/extract/links.ts"), or a group: "(garbage collector)", "(dependencies)", "(V8 and Node)". */
  where: string;
  /** For functions: its name. */
  name?: string;
  ms: number;
  share: number;
}

export interface ProfileResult {
  size: number;
  totalMs: number;
  byFile: ProfileShare[];
  byFunction: ProfileShare[];
}

const args = flags();
const size = Number(args.get('size') ?? 1000);
const seed = Number(args.get('seed') ?? 1);
const { docs } = benchCorpus(size, seed);
const lexicon = compileLexicon();
extract(docs.slice(0, Math.min(100, size)), { lexicon });

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 500 });
await session.post('Profiler.start');
extract(docs, { lexicon });
const { profile } = await session.post('Profiler.stop');
session.disconnect();
report(summarizeProfile(profile, size));

function summarizeProfile(profile: Profiler.Profile, size: number): ProfileResult {
  const root = pathToFileURL(process.cwd()).href + '/';
  const self = new Map<number, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0) / 1000));
  const files = new Map<string, number>();
  const functions = new Map<string, { where: string; name: string; ms: number }>();
  let total = 0;
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (!ms) continue;
    const { url, functionName } = node.callFrame;
    const where =
      functionName === '(garbage collector)' ? '(garbage collector)'
      : functionName === '(idle)' || functionName === '(program)' || functionName === '(root)' ? '(V8 and Node)'
      : url.startsWith(root) && !url.includes('/node_modules/') ? url.slice(root.length)
      : url.includes('/node_modules/') ? '(dependencies)'
      : '(V8 and Node)';
    total += ms;
    files.set(where, (files.get(where) ?? 0) + ms);
    if (where.startsWith('(')) continue;
    const key = `${where}#${functionName}`;
    const f = functions.get(key) ?? { where, name: functionName || '(anonymous)', ms: 0 };
    f.ms += ms;
    functions.set(key, f);
  }
  const share = (ms: number) => Math.round((ms / total) * 1000) / 1000;
  return {
    size,
    totalMs: Math.round(total),
    byFile: [...files].map(([where, ms]) => ({ where, ms: Math.round(ms), share: share(ms) })).sort((a, b) => b.ms - a.ms),
    byFunction: [...functions.values()].map((f) => ({ ...f, ms: Math.round(f.ms), share: share(f.ms) })).sort((a, b) => b.ms - a.ms).slice(0, 15),
  };
}
