/**
 * What the bench injects into a page before its own scripts run: it records when each chart
 * says it was drawn (the components' performance marks) and when the frame after it was shown,
 * and every main-thread task over 50 ms (the Long Tasks API). Injected as the function's source,
 * so it must not refer to anything outside itself.
 */
export interface ProbeState {
  drawn: { chart: string; at: number; shown?: number }[];
  tasks: { start: number; duration: number }[];
}

export function installProbe(): void {
  const state: ProbeState = { drawn: [], tasks: [] };
  (window as unknown as { reprisalProbe: ProbeState }).reprisalProbe = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.name.startsWith('reprisal:drawn:')) continue;
      const record: ProbeState['drawn'][number] = { chart: entry.name.slice('reprisal:drawn:'.length), at: entry.startTime };
      state.drawn.push(record);
      requestAnimationFrame(() => setTimeout(() => (record.shown = performance.now())));
    }
  }).observe({ type: 'mark', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** An element found through shadow roots (page context; no closure over anything outside). */
export function deepQuery(selector: string): Element | null {
  const seek = (root: ParentNode): Element | null => {
    const found = root.querySelector(selector);
    if (found) return found;
    for (const el of root.querySelectorAll('*')) {
      const inner = el.shadowRoot && seek(el.shadowRoot);
      if (inner) return inner;
    }
    return null;
  };
  return seek(document);
}
