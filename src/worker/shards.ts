/**
 * A run's work split between extractors: files grouped by the document id they give (two files
 * with one id must meet, so the reader can keep the first and name the other), each group to the
 * extractor with the fewest bytes so far, biggest first; a manifest goes to every extractor.
 */
import { docIdOf, type CorpusDoc, type InputFile } from '../corpus/corpus.js';
import { MANIFEST_NAME } from '../corpus/manifest.js';

export interface Shard {
  files: InputFile[];
  /** Documents read before, to extract again. */
  docs: CorpusDoc[];
  bytes: number;
}

/** Below this much text one extractor does it all: starting another costs more than it saves. */
export const SHARD_MIN_BYTES = 256 * 1024;

export function shardCount(bytes: number, most: number): number {
  return bytes === 0 ? 0 : Math.max(1, Math.min(most, Math.ceil(bytes / SHARD_MIN_BYTES)));
}

/**
 * Shares out `files` and `docs` between `count` shards. `pause` is awaited every few thousand
 * items: the page passes one that lets its other tasks run, so 10,000 files dropped at once are
 * shared out without holding its thread.
 */
export async function splitWork(files: readonly InputFile[], docs: readonly CorpusDoc[], count: number, pause: () => Promise<void> = async () => undefined): Promise<Shard[]> {
  const shards: Shard[] = Array.from({ length: count }, () => ({ files: [], docs: [], bytes: 0 }));
  if (!count) return shards;
  const manifests: InputFile[] = [];
  const groups = new Map<string, InputFile[]>();
  for (let i = 0; i < files.length; i++) {
    if (i && i % ITEMS_PER_TURN === 0) await pause();
    const f = files[i]!;
    if (f.name.split('/').pop() === MANIFEST_NAME) {
      manifests.push(f);
      continue;
    }
    const id = docIdOf(f.name);
    const group = groups.get(id);
    if (group) group.push(f);
    else groups.set(id, [f]);
  }
  await pause();
  const items: (InputFile[] | CorpusDoc)[] = [...groups.values(), ...docs];
  const sizes = items.map((item) => (Array.isArray(item) ? item.reduce((n, f) => n + f.bytes.length, 0) : item.length));
  const order = biggestFirst(sizes);
  for (let k = 0; k < order.length; k++) {
    if (k && k % ITEMS_PER_TURN === 0) await pause();
    const i = order[k]!;
    let shard = shards[0]!;
    for (const s of shards) if (s.bytes < shard.bytes) shard = s;
    const item = items[i]!;
    if (Array.isArray(item)) shard.files.push(...item);
    else shard.docs.push(item);
    shard.bytes += sizes[i]!;
  }
  for (const s of shards) s.files.push(...manifests);
  return shards;
}

const ITEMS_PER_TURN = 2000;

/**
 * Indexes of `sizes`, biggest first, in input order among equal sizes. Sorted as numbers packing
 * both (a typed array's own sort, with no comparator to call): 10,000 files dropped at once are
 * split while the page's thread waits.
 */
function biggestFirst(sizes: readonly number[]): number[] {
  const n = sizes.length;
  let most = 0;
  for (const size of sizes) if (size > most) most = size;
  if ((most + 1) * n >= Number.MAX_SAFE_INTEGER) return sizes.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (most - sizes[i]!) * n + i;
  keys.sort();
  return Array.from(keys, (k) => k % n);
}
