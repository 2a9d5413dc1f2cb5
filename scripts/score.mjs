// Extracts a corpus folder with the built CLI and scores it against a gold file with the shared scorer.
//   node scripts/score.mjs                       the seeds, against ../shared/gold/seeds.gold.json
//   node scripts/score.mjs test/disputes/*       each folder against its own gold.json
//   add --brief for one line per folder, --min-* bounds are passed to the scorer.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCORER = '../shared/eval/score.mjs';
const args = process.argv.slice(2);
const brief = args.includes('--brief');
const bounds = args.filter((a, i) => a.startsWith('--min-') || args[i - 1]?.startsWith('--min-'));
const folders = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--min-') && statSync(a).isDirectory());
if (!existsSync(SCORER)) {
  console.error(`score: the scorer ${SCORER} is missing (shared/ must sit beside the project)`);
  process.exit(2);
}
const jobs = folders.length ? folders.map((f) => [f, join(f, 'gold.json')]) : [['seeds', '../shared/gold/seeds.gold.json']];
const tmp = mkdtempSync(join(tmpdir(), 'reprisal-score-'));
let status = 0;
try {
  for (const [folder, gold] of jobs) {
    const out = join(tmp, 'events.json');
    execFileSync(process.execPath, ['lib/cli.js', 'extract', folder, '--out', out, '--quiet'], { stdio: 'inherit' });
    const scoreArgs = [SCORER, '--gold', gold, '--corpus', folder, '--events', out, ...bounds];
    try {
      if (brief) {
        const r = JSON.parse(execFileSync(process.execPath, [...scoreArgs, '--json'], { encoding: 'utf8' }));
        const f = (x) => (x === null ? ' n/a' : x.toFixed(2));
        console.log(`${folder.padEnd(52)} detect ${f(r.detect.f1)}  full ${f(r.full.f1)}  dedup ${f(r.dedup.share)}  date ${f(r.date.share)}  links ${f(r.links.f1)}`);
      } else {
        console.log(`== ${folder}`);
        execFileSync(process.execPath, scoreArgs, { stdio: 'inherit' });
      }
    } catch {
      status = 1;
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(status);
