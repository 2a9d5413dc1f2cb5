/** The shared scorer (../shared/eval/score.mjs beside the project), on an events file and a corpus folder. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
const SCORER = join(SHARED, 'eval/score.mjs');

export interface Scores {
  detect: { f1: number | null };
  full: { f1: number | null };
  links: { f1: number | null };
  dedup: { share: number | null };
  date: { share: number | null };
  mention: { f1: number | null };
}

export async function scoreEvents(gold: unknown, events: unknown, corpusDir: string): Promise<Scores> {
  if (!existsSync(SCORER)) throw new Error(`the shared scorer is missing: ${SCORER} (shared/ must sit beside the project)`);
  const { score } = (await import(SCORER)) as { score: (g: unknown, e: unknown, t: Map<string, string>) => Scores };
  const texts = new Map<string, string>();
  for (const f of readdirSync(corpusDir)) {
    const m = /^(.*)\.(txt|md|html)$/.exec(f);
    if (m) texts.set(m[1]!, readFileSync(join(corpusDir, f), 'utf8'));
  }
  return score(gold, events, texts);
}
