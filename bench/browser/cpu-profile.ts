/**
 * Where a page's main thread spends its time: Chromium's sampling profiler (through the DevTools
 * protocol) over part of a benchmark, its self time summed by source file and by function. Run on
 * Vite's dev server, where each module keeps its own URL (/src/extract/dedup.ts), so samples fall
 * in the project's files rather than in one minified bundle.
 */
import type { CDPSession, Page } from 'playwright';
import { summarizeSelfTime, type CpuProfile, type CpuShare, type CpuSummary } from '../profile-summary.js';

export type { CpuShare, CpuSummary };

export async function startCpuProfile(page: Page): Promise<{ stop(): Promise<CpuSummary> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  return {
    async stop() {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      await cdp.detach();
      return summarizeCpuProfile(profile);
    },
  };
}

export function summarizeCpuProfile(profile: CpuProfile, top = 20): CpuSummary {
  return summarizeSelfTime(
    profile,
    ({ url, functionName, lineNumber }) => {
      if (functionName === '(idle)') return undefined;
      const path = url.replace(/^https?:\/\/[^/]+\//, '').replace(/\?.*$/, '');
      const where =
        functionName === '(garbage collector)' ? '(garbage collector)'
        : path.includes('node_modules/') ? '(dependencies)'
        : /^(src|bench)\//.test(path) ? path
        : '(browser)';
      // Dependencies and the browser's own work by function too: "(program)" (parsing, style, layout), a d3 or Plot function.
      const dependency = path.includes('node_modules/') ? path.replace(/^.*node_modules\/(?:\.vite\/deps\/)?/, '') : undefined;
      return { where, site: where.startsWith('(') ? (dependency ? `${where} ${dependency}` : where) : `${where}:${lineNumber + 1}` };
    },
    top,
  );
}
