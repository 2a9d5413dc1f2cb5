/**
 * A large generated corpus dropped into the explorer's "Bring your own corpus" notebook, as a
 * reader drops a folder: from the drop until the three charts are drawn again on the whole corpus
 * (extraction in the page's workers, the merge, every view), and the longest main-thread task
 * meanwhile (Long Tasks API). The articles are generated in the page before the clock starts, so
 * only what the explorer does is timed.
 */
import type { Browser, Page } from 'playwright';
import type { SourceArticle } from '../generate.js';
import { startCpuProfile, type CpuSummary } from './cpu-profile.js';
import { installProbe, type ProbeState } from './probe.js';

export interface DropResult {
  articles: number;
  /** UTF-8 bytes of the dropped files. */
  bytes: number;
  /** Drop → the corpus says it holds every document and its progress bar is gone (polled every 50 ms). */
  extractedMs: number;
  /** Drop → the frame after the last of the three charts was drawn on the whole corpus. */
  drawnMs: number;
  /** The longest main-thread task between the drop and that frame, ms (0 if none over 50 ms). */
  longestTaskMs: number;
  /** Main-thread tasks over 50 ms in that time. */
  longTasks: number;
  /** Events in the corpus afterwards, as its caption says. */
  caption: string;
  /** With `profile`: the page's main thread from the drop to the charts drawn. */
  profile?: CpuSummary;
}

const CHARTS = ['network', 'timeline', 'chains'];

interface BenchWindow {
  reprisalProbe: ProbeState;
  reprisalBench: { corpusFiles(articles: unknown[], folder?: string): { name: string; bytes: Uint8Array }[]; generateArticles(options: unknown): unknown[] };
  benchDrop?: { data: DataTransfer; bytes: number; t0?: number; readyAt?: number };
}

export async function measureDrop(browser: Browser, url: string, options: { generator: string; sources: SourceArticle[]; articles: number; seed: number; shot?: string; profile?: boolean }): Promise<DropResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(installProbe);
    await page.addInitScript({ content: options.generator });
    await page.goto(`${url}#/notebook/byo`);
    await page.waitForFunction(
      (charts) => {
        const p = (window as unknown as BenchWindow).reprisalProbe;
        return charts.every((c) => p.drawn.some((d) => d.chart === c && d.shown !== undefined));
      },
      CHARTS,
      { timeout: 60_000, polling: 100 },
    );
    const before = await corpusCount(page);

    // The files, as the browser hands them to a drop: made before the clock starts.
    await page.evaluate(
      ({ sources, articles, seed }) => {
        const w = window as unknown as BenchWindow;
        const files = w.reprisalBench.corpusFiles(w.reprisalBench.generateArticles({ seed, count: articles, sources }), 'large');
        const data = new DataTransfer();
        for (const f of files) data.items.add(new File([f.bytes as BlobPart], f.name.split('/').pop()!, { type: f.name.endsWith('.json') ? 'application/json' : 'text/plain' }));
        w.benchDrop = { data, bytes: files.reduce((n, f) => n + f.bytes.length, 0) };
      },
      { sources: options.sources, articles: options.articles, seed: options.seed },
    );
    await page.waitForTimeout(1000);
    const profiler = options.profile ? await startCpuProfile(page) : undefined;

    const t0 = await page.evaluate(() => {
      const w = window as unknown as BenchWindow;
      const corpus = (window as unknown as { benchCorpus?: Element }).benchCorpus;
      const zone = corpus?.shadowRoot?.querySelector('.drop');
      if (!zone) throw new Error('no drop zone in the byo notebook');
      const data = w.benchDrop!.data;
      const t0 = performance.now();
      w.benchDrop!.t0 = t0;
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      return t0;
    });

    const expected = before.documents + options.articles;
    await page.waitForFunction(
      (n) => {
        const w = window as unknown as BenchWindow;
        const corpus = (window as unknown as { benchCorpus?: Element }).benchCorpus;
        const root = corpus?.shadowRoot;
        const caption = root?.querySelector('caption')?.textContent ?? '';
        const documents = Number((caption.match(/^\s*([\d,]+) document/)?.[1] ?? '0').replace(/,/g, ''));
        if (documents !== n || root?.querySelector('progress')) return false;
        w.benchDrop!.readyAt ??= performance.now();
        return true;
      },
      expected,
      { timeout: 900_000, polling: 50 },
    );
    // Every chart drawn again after the corpus was ready, then nothing new drawn for 1.5 s.
    const probe = (await (
      await page.waitForFunction(
        (charts) => {
          const w = window as unknown as BenchWindow & { benchQuiet?: { count: number; since: number } };
          const { readyAt, t0 } = w.benchDrop!;
          const after = w.reprisalProbe.drawn.filter((d) => d.at >= t0!);
          const redrawn = charts.every((c) => after.some((d) => d.chart === c && d.at >= readyAt! - 50 && d.shown !== undefined));
          if (!redrawn || after.some((d) => d.shown === undefined)) return undefined;
          const now = performance.now();
          if (!w.benchQuiet || w.benchQuiet.count !== after.length) w.benchQuiet = { count: after.length, since: now };
          return now - w.benchQuiet.since >= 1500 ? { drawn: after, tasks: w.reprisalProbe.tasks.filter((t) => t.start >= t0!) } : undefined;
        },
        CHARTS,
        { timeout: 300_000, polling: 100 },
      )
    ).jsonValue()) as ProbeState;
    const profile = await profiler?.stop();
    const { readyAt, bytes } = await page.evaluate(() => {
      const d = (window as unknown as BenchWindow).benchDrop!;
      return { readyAt: d.readyAt!, bytes: d.bytes };
    });
    const end = Math.max(...probe.drawn.map((d) => d.shown!));
    const tasks = probe.tasks.filter((t) => t.start <= end);
    const after = await corpusCount(page);
    if (options.shot) await page.screenshot({ path: options.shot, fullPage: false });
    return {
      articles: options.articles,
      bytes,
      extractedMs: readyAt - t0,
      drawnMs: end - t0,
      longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
      longTasks: tasks.length,
      caption: after.caption,
      ...(profile ? { profile } : {}),
    };
  } finally {
    await context.close();
  }
}

/** The corpus view's caption ("1,005 documents, … events, … links"), its element kept on window for the polls. */
async function corpusCount(page: Page): Promise<{ documents: number; caption: string }> {
  return page.evaluate(() => {
    // A loop, not a named helper: tsx would wrap a named function in a helper the page lacks.
    const roots: ParentNode[] = [document];
    let corpus: Element | null = null;
    while (roots.length && !corpus) {
      const root = roots.pop()!;
      corpus = root.querySelector('reprisal-corpus');
      for (const el of corpus ? [] : root.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    }
    if (!corpus) throw new Error('no corpus view in the byo notebook');
    (window as unknown as { benchCorpus?: Element }).benchCorpus = corpus;
    const caption = corpus.shadowRoot?.querySelector('caption')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    return { documents: Number((caption.match(/^([\d,]+) document/)?.[1] ?? '0').replace(/,/g, '')), caption };
  });
}
