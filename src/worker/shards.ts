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

export function splitWork(files: readonly InputFile[], docs: readonly CorpusDoc[], count: number): Shard[] {
  const shards: Shard[] = Array.from({ length: count }, () => ({ files: [], docs: [], bytes: 0 }));
  if (!count) return shards;
  const isManifest = (f: InputFile) => f.name.split('/').pop() === MANIFEST_NAME;
  const groups = new Map<string, InputFile[]>();
  for (const f of files) {
    if (isManifest(f)) continue;
    const id = docIdOf(f.name);
    const group = groups.get(id);
    if (group) group.push(f);
    else groups.set(id, [f]);
  }
  const lightest = () => shards.reduce((a, b) => (b.bytes < a.bytes ? b : a));
  const work: { size: number; add: (s: Shard) => void }[] = [
    ...[...groups.values()].map((group) => ({ size: group.reduce((n, f) => n + f.bytes.length, 0), add: (s: Shard) => s.files.push(...group) })),
    ...docs.map((doc) => ({ size: doc.length, add: (s: Shard) => s.docs.push(doc) })),
  ];
  // Stable: among equal sizes, the input's order.
  for (const item of work.map((w, i) => ({ w, i })).sort((a, b) => b.w.size - a.w.size || a.i - b.i)) {
    const shard = lightest();
    item.w.add(shard);
    shard.bytes += item.w.size;
  }
  const manifests = files.filter(isManifest);
  for (const s of shards) s.files.push(...manifests);
  return shards;
}
