/**
 * Redrawing every view after a filter change, with 1k, 10k and 100k events: the views page loads
 * a synthesised events file, then goes through a reader's clicks (an actor, a type on top, the
 * type cleared, a period, everything cleared) a few times; each change is timed until all views
 * have updated and the next frame is shown. Then each view alone, to see which chart limits.
 */
import type { Browser, Page } from 'playwright';
import type { Selection } from '../../src/analysis/selection.js';
import type { EventsFile } from '../../src/events/types.js';
import { summarize, type Summary } from '../stats.js';
import { startCpuProfile, type CpuSummary } from './cpu-profile.js';
import { installProbe, type ProbeState } from './probe.js';
import type { ViewName } from './views.js';

export interface RedrawResult {
  events: number;
  /** All four views: from setting the selection to the frame that shows it. */
  frameMs: Summary;
  /** The same, until every view's update has run (before layout and paint). */
  scriptMs: Summary;
  /** First draw of all four views on the file. */
  loadMs: number;
  /** Each view alone: median ms to the frame, and its first draw (none when skipped). */
  perView: Partial<Record<ViewName, { frameMs: number; loadMs: number; label: string | null; elements: number }>>;
  /** The longest main-thread task during the changes, ms. */
  longestTaskMs: number;
  /** With `profile`: the page's main thread during the timed changes of all four views. */
  profile?: CpuSummary;
}

export const VIEWS: ViewName[] = ['network', 'timeline', 'chains', 'events'];

/** A reader's filter changes on `file`: its most active actor, a type, a period, and back. */
export function filterChanges(file: EventsFile): Selection[] {
  const counts = new Map<string, number>();
  for (const e of file.events) for (const a of e.source) counts.set(a, (counts.get(a) ?? 0) + 1);
  const actor = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  const years = file.events.flatMap((e) => (e.date ? [Number(e.date.start.slice(0, 4))] : [])).sort((a, b) => a - b);
  const year = String(years[years.length >> 1] ?? 2014);
  return [{ actor }, { actor, type: 'SANCTION' }, { actor }, { period: { from: `${year}-01`, to: `${year}-12` } }, {}];
}

interface ViewsApi {
  load(url: string, names?: ViewName[]): Promise<{ loadMs: number; events: number }>;
  change(selection: Selection): Promise<{ scriptMs: number; frameMs: number }>;
  describe(): { view: string; label: string | null; elements: number }[];
}

/**
 * `warmup`: changes made before timing (a whole cycle by default); `perView: false` skips each
 * view alone, leaving `perView` empty (both for the quick run's budget).
 */
export async function measureRedraw(browser: Browser, pageUrl: string, fileUrl: string, file: EventsFile, options: { cycles: number; warmup?: number; shots?: string; perView?: boolean; profile?: boolean }): Promise<RedrawResult> {
  const changes = filterChanges(file);
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(installProbe);
  await page.goto(pageUrl);
  await page.waitForFunction(() => 'reprisalViews' in window);
  const api = (p: Page) => ({
    load: (names?: ViewName[]) => p.evaluate(([u, n]) => (window as unknown as { reprisalViews: ViewsApi }).reprisalViews.load(u, n), [fileUrl, names] as const),
    change: (s: Selection) => p.evaluate((sel) => (window as unknown as { reprisalViews: ViewsApi }).reprisalViews.change(sel), s),
    describe: () => p.evaluate(() => (window as unknown as { reprisalViews: ViewsApi }).reprisalViews.describe()),
  });
  const views = api(page);

  const { loadMs } = await views.load();
  if (options.shots) await page.screenshot({ path: `${options.shots}-all.png`, fullPage: true });
  const taskStart = await page.evaluate(() => performance.now());
  const frames: number[] = [];
  const scripts: number[] = [];
  // A warm-up (a whole cycle, or its first changes), then the timed cycles.
  for (const selection of changes.slice(0, options.warmup ?? changes.length)) await views.change(selection);
  const profiler = options.profile ? await startCpuProfile(page) : undefined;
  for (let cycle = 0; cycle < options.cycles; cycle++) {
    for (const selection of changes) {
      const t = await views.change(selection);
      frames.push(t.frameMs);
      scripts.push(t.scriptMs);
    }
  }
  const profile = await profiler?.stop();
  const tasks = await page.evaluate((since) => (window as unknown as { reprisalProbe: ProbeState }).reprisalProbe.tasks.filter((t) => t.start >= since), taskStart);

  const perView = {} as RedrawResult['perView'];
  for (const name of options.perView === false ? [] : VIEWS) {
    const { loadMs: viewLoad } = await views.load([name]);
    const times: number[] = [];
    for (let cycle = 0; cycle <= Math.max(1, options.cycles - 1); cycle++) {
      for (const selection of changes) {
        const t = await views.change(selection);
        if (cycle > 0) times.push(t.frameMs);
      }
    }
    const [described] = await views.describe();
    if (options.shots) await page.screenshot({ path: `${options.shots}-${name}.png`, fullPage: true });
    perView[name] = { frameMs: summarize(times).median, loadMs: viewLoad, label: described?.label ?? null, elements: described?.elements ?? 0 };
  }
  await context.close();
  return { events: file.events.length, frameMs: summarize(frames), scriptMs: summarize(scripts), loadMs, perView, longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)), ...(profile ? { profile } : {}) };
}
