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
import { summarizeSelfTime, type CpuShare, type CpuSummary } from '../profile-summary.js';
import { benchCorpus, flags, report } from './corpus.js';

export type ProfileShare = CpuShare;

export interface ProfileResult extends CpuSummary {
  size: number;
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
  const summary = summarizeSelfTime(
    profile,
    ({ url, functionName }) => {
      const where =
        functionName === '(garbage collector)' ? '(garbage collector)'
        : functionName === '(idle)' || functionName === '(program)' || functionName === '(root)' ? '(V8 and Node)'
        : url.startsWith(root) && !url.includes('/node_modules/') ? url.slice(root.length)
        : url.includes('/node_modules/') ? '(dependencies)'
        : '(V8 and Node)';
      return { where, site: where.startsWith('(') ? undefined : where };
    },
    15,
  );
  return { size, ...summary };
}
