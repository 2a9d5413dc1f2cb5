/**
 * From navigation to the tour's three charts drawn on the built-in corpus: a new browser context
 * (no cache) per run, so each run is a first visit.
 */
import type { Browser } from 'playwright';
import { summarize, type Summary } from '../stats.js';
import { installProbe, type ProbeState } from './probe.js';

export interface SeedsResult {
  /** Navigation start → the frame after the last of the three charts was first drawn. */
  toChartsMs: Summary;
  /** Navigation start → DOMContentLoaded. */
  domContentLoadedMs: Summary;
  /** Per chart, navigation start → its first draw (median). */
  firstDrawMs: Record<string, number>;
}

const CHARTS = ['network', 'timeline', 'chains'];

export async function measureSeeds(browser: Browser, url: string, runs: number): Promise<SeedsResult> {
  const total: number[] = [];
  const dcl: number[] = [];
  const first: Record<string, number[]> = Object.fromEntries(CHARTS.map((c) => [c, []]));
  for (let i = 0; i < runs + 1; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(installProbe);
    await page.goto(`${url}#/notebook/tour`);
    const probe = (await (
      await page.waitForFunction(
        (charts) => {
          const p = (window as unknown as { reprisalProbe?: ProbeState }).reprisalProbe;
          return p && charts.every((c) => p.drawn.some((d) => d.chart === c && d.shown !== undefined)) ? p : undefined;
        },
        CHARTS,
        { timeout: 60_000, polling: 50 },
      )
    ).jsonValue()) as ProbeState;
    const nav = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd);
    await context.close();
    if (i === 0) continue; // the first visit warms the server and Chromium's own caches
    const firsts = CHARTS.map((c) => probe.drawn.find((d) => d.chart === c)!);
    for (const f of firsts) first[f.chart]!.push(f.at);
    total.push(Math.max(...firsts.map((f) => f.shown!)));
    dcl.push(nav);
  }
  return { toChartsMs: summarize(total), domContentLoadedMs: summarize(dcl), firstDrawMs: Object.fromEntries(CHARTS.map((c) => [c, summarize(first[c]!).median])) };
}
