/**
 * Tells the page that a chart has just been drawn: the host's `data-drawn` attribute counts its
 * draws, and a performance mark `reprisal:drawn:<chart>` records when, so benchmarks and tests
 * can wait for a chart and time it without guessing.
 */
export function markDrawn(host: HTMLElement, chart: string, detail?: Record<string, number>): void {
  host.dataset.drawn = String(Number(host.dataset.drawn ?? 0) + 1);
  // Only the latest mark of each chart is kept, so a long session does not pile them up;
  // a PerformanceObserver still sees every one.
  const name = `reprisal:drawn:${chart}`;
  performance.clearMarks(name);
  performance.mark(name, { detail });
}
