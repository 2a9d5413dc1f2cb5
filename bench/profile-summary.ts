/**
 * A V8 CPU profile (from Node's inspector or Chromium's DevTools protocol) as self time summed by
 * source file and by function. Where a sample belongs is the caller's to say: Node and the page
 * name their own files and groups differently.
 */
export interface CpuShare {
  /** A project file ("src/extract/dedup.ts"), or a group: "(garbage collector)", "(dependencies)", … */
  where: string;
  /** For functions: its name. */
  name?: string;
  ms: number;
  share: number;
}

export interface CpuSummary {
  totalMs: number;
  byFile: CpuShare[];
  byFunction: CpuShare[];
}

export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

export interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Where a frame's time is counted: its file or group, and the site its functions are listed under (none: not listed). */
export interface Place {
  where: string;
  site?: string;
}

/** `placeOf` returns undefined for frames left out altogether (idle time). */
export function summarizeSelfTime(profile: CpuProfile, placeOf: (frame: CallFrame) => Place | undefined, top: number): CpuSummary {
  const self = new Map<number, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0) / 1000));
  const files = new Map<string, number>();
  const functions = new Map<string, { where: string; name: string; ms: number }>();
  let total = 0;
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    const place = ms ? placeOf(node.callFrame) : undefined;
    if (!place) continue;
    total += ms;
    files.set(place.where, (files.get(place.where) ?? 0) + ms);
    if (place.site === undefined) continue;
    const { functionName } = node.callFrame;
    const key = `${place.site}#${functionName}`;
    const f = functions.get(key) ?? { where: place.site, name: functionName || '(anonymous)', ms: 0 };
    f.ms += ms;
    functions.set(key, f);
  }
  const share = (ms: number) => Math.round((ms / total) * 1000) / 1000;
  return {
    totalMs: Math.round(total),
    byFile: [...files].map(([where, ms]) => ({ where, ms: Math.round(ms), share: share(ms) })).sort((a, b) => b.ms - a.ms),
    byFunction: [...functions.values()].map((f) => ({ ...f, ms: Math.round(f.ms), share: share(f.ms) })).sort((a, b) => b.ms - a.ms).slice(0, top),
  };
}
