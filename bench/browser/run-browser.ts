/**
 * The browser half of `npm run bench`: the explorer built and served as a reader gets it, in
 * headless Chromium. Each measure runs on its own, so one that fails is reported with its error
 * and the others still count.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright';
import type { EventsFile } from '../../src/events/types.js';
import type { SourceArticle } from '../generate.js';
import { scaleEvents } from '../scale-events.js';
import { measureDrop, type DropResult } from './drop.js';
import { measureRedraw, type RedrawResult } from './redraw.js';
import { measureSeeds, type SeedsResult } from './seeds.js';
import { buildSite, generatorScript, launch, serve } from './site.js';

export const REDRAW_SIZES = { '1k': 1_000, '10k': 10_000, '100k': 100_000 } as const;
export type RedrawSize = keyof typeof REDRAW_SIZES;

export interface BrowserOptions {
  /** Where the site is built and the events files written. */
  cacheDir: string;
  seed: number;
  /** Articles dropped into the explorer. */
  dropArticles: number;
  seedRuns: number;
  /** Timed cycles of filter changes, changes made before timing, and whether each view is also timed alone. */
  redraw: { cycles: number; warmup: number; perView: boolean };
  sources: SourceArticle[];
  /** A real events file, copied (with other actors and dates) to make the redraw sizes. */
  baseEvents: EventsFile;
  /** A folder for screenshots of what was measured, if any. */
  shots?: string;
  log: (line: string) => void;
}

export interface BrowserFigures {
  chromium?: string;
  seeds?: SeedsResult;
  drop?: DropResult;
  redraw: Partial<Record<RedrawSize, RedrawResult>>;
  errors: { step: string; message: string }[];
}

export async function runBrowser(options: BrowserOptions): Promise<BrowserFigures> {
  const out: BrowserFigures = { redraw: {}, errors: [] };
  const step = async (name: string, run: () => Promise<void>) => {
    options.log(`browser: ${name}`);
    try {
      await run();
    } catch (e) {
      const message = e instanceof Error ? e.message.split('\n').slice(0, 6).join('\n') : String(e);
      out.errors.push({ step: `browser ${name}`, message });
      options.log(`browser: ${name} failed: ${message}`);
    }
  };

  const siteDir = join(options.cacheDir, 'site');
  let server: { url: string; close: () => Promise<void> } | undefined;
  let browser: Browser | undefined;
  const files = new Map<RedrawSize, EventsFile>();
  try {
    await step('build the site', async () => {
      await buildSite(siteDir);
      for (const [key, count] of Object.entries(REDRAW_SIZES) as [RedrawSize, number][]) {
        files.set(key, scaleEvents(options.baseEvents, count, options.seed));
        writeFileSync(join(siteDir, `bench-events-${key}.json`), JSON.stringify(files.get(key)));
      }
      server = await serve(siteDir);
      browser = await launch();
      out.chromium = browser.version();
    });
    if (!server || !browser) return out;
    const [url, b] = [server.url, browser];
    if (options.shots) mkdirSync(options.shots, { recursive: true });

    await step('seeds to charts', async () => {
      out.seeds = await measureSeeds(b, url, options.seedRuns);
    });
    await step(`${options.dropArticles.toLocaleString('en')} articles dropped`, async () => {
      const generator = await generatorScript();
      out.drop = await measureDrop(b, url, {
        generator,
        sources: options.sources,
        articles: options.dropArticles,
        seed: options.seed,
        ...(options.shots ? { shot: join(options.shots, 'bench-drop.png') } : {}),
      });
    });
    for (const key of Object.keys(REDRAW_SIZES) as RedrawSize[]) {
      await step(`redraw at ${key} events`, async () => {
        out.redraw[key] = await measureRedraw(b, `${url}bench/browser/views.html`, `${url}bench-events-${key}.json`, files.get(key)!, {
          ...options.redraw,
          ...(options.shots ? { shots: join(options.shots, `bench-redraw-${key}`) } : {}),
        });
      });
    }
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
  }
  return out;
}
