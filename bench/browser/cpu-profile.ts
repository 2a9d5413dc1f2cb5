/**
 * Where a page's main thread spends its time: Chromium's sampling profiler (through the DevTools
 * protocol) over part of a benchmark, its self time summed by source file and by function. Run on
 * Vite's dev server, where each module keeps its own URL (/src/extract/dedup.ts), so samples fall
 * in the project's files rather than in one minified bundle.
 */
import type { CDPSession, Page } from 'playwright';

export interface CpuShare {
  /** A project file ("src/charts/network.ts"), or a group: "(garbage collector)", "(dependencies)", "(browser)". */
  where: string;
  name?: string;
  ms: number;
  share: number;
}

export interface CpuSummary {
  totalMs: number;
  byFile: CpuShare[];
  byFunction: CpuShare[];
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export async function startCpuProfile(page: Page): Promise<{ stop(): Promise<CpuSummary> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  return {
    async stop() {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      await cdp.detach();
      return summarizeCpuProfile(profile);
    },
  };
}

export function summarizeCpuProfile(profile: Profile, top = 20): CpuSummary {
  const self = new Map<number, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0) / 1000));
  const files = new Map<string, number>();
  const functions = new Map<string, { where: string; name: string; ms: number }>();
  let total = 0;
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (!ms) continue;
    const { url, functionName, lineNumber } = node.callFrame;
    if (functionName === '(idle)') continue;
    const path = url.replace(/^https?:\/\/[^/]+\//, '').replace(/\?.*$/, '');
    const where =
      functionName === '(garbage collector)' ? '(garbage collector)'
      : path.includes('node_modules/') ? '(dependencies)'
      : /^(src|bench)\//.test(path) ? path
      : '(browser)';
    total += ms;
    files.set(where, (files.get(where) ?? 0) + ms);
    // Dependencies and the browser's own work by function too: "(program)" (parsing, style, layout), a d3 or Plot function.
    const dependency = path.includes('node_modules/') ? path.replace(/^.*node_modules\/(?:\.vite\/deps\/)?/, '') : undefined;
    const site = where.startsWith('(') ? (dependency ? `${where} ${dependency}` : where) : `${where}:${lineNumber + 1}`;
    const key = `${site}#${functionName}`;
    const f = functions.get(key) ?? { where: site, name: functionName || '(anonymous)', ms: 0 };
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
