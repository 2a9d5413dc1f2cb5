/**
 * The page the redraw benchmark drives: the explorer's four views (network, timeline, chains,
 * events table) on one events file, sharing one selection, as a notebook shows them. The bench
 * loads an events file, then changes the selection and times how long until every view has
 * redrawn and the browser has shown the frame.
 */
import { ReprisalChains, ReprisalEvents, ReprisalNetwork, ReprisalTimeline } from '../../src/components/index.js';
import { SelectionStore } from '../../src/components/state/selection-store.js';
import type { Selection } from '../../src/analysis/selection.js';
import type { EventsFile } from '../../src/events/types.js';

type View = ReprisalNetwork | ReprisalTimeline | ReprisalChains | ReprisalEvents;
export type ViewName = 'network' | 'timeline' | 'chains' | 'events';

const TAGS: Record<ViewName, string> = { network: 'reprisal-network', timeline: 'reprisal-timeline', chains: 'reprisal-chains', events: 'reprisal-events' };

let store = new SelectionStore();
let views: View[] = [];

/** A frame after the current one has been produced: layout and paint of what changed are done. */
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))));

async function settled(): Promise<void> {
  await Promise.all(views.map((v) => v.updateComplete));
}

const api = {
  /** Fetches an events file and shows it in the given views (all four by default); ms to first frame. */
  async load(url: string, names: ViewName[] = ['network', 'timeline', 'chains', 'events']): Promise<{ loadMs: number; events: number }> {
    const file = (await (await fetch(url)).json()) as EventsFile;
    const main = document.getElementById('views')!;
    main.replaceChildren();
    store = new SelectionStore();
    const start = performance.now();
    views = names.map((name) => {
      const el = document.createElement(TAGS[name]) as View;
      el.store = store;
      el.events = file;
      const section = document.createElement('section');
      section.append(el);
      main.append(section);
      return el;
    });
    // The charts draw once they know their width (a ResizeObserver, then a frame).
    const charts = views.filter((v) => !(v instanceof ReprisalEvents));
    for (let i = 0; i < 600 && charts.some((v) => !v.dataset.drawn); i++) await nextFrame();
    await settled();
    const end = await nextFrame();
    return { loadMs: end - start, events: file.events.length };
  },

  /** Sets the selection; ms until every view has updated (script) and until the next frame (shown). */
  async change(selection: Selection): Promise<{ scriptMs: number; frameMs: number }> {
    await nextFrame();
    const start = performance.now();
    store.set(selection);
    await settled();
    const script = performance.now();
    const frame = await nextFrame();
    return { scriptMs: script - start, frameMs: frame - start };
  },

  /** What each view shows now, for the bench's notes: drawn marks and the chart's accessible name. */
  describe(): { view: string; label: string | null; elements: number }[] {
    return views.map((v) => ({
      view: v.localName,
      label: v.shadowRoot?.querySelector('svg[aria-label]')?.getAttribute('aria-label') ?? v.shadowRoot?.querySelector('caption')?.textContent?.trim() ?? null,
      elements: v.shadowRoot?.querySelectorAll('*').length ?? 0,
    }));
  },
};

(window as unknown as { reprisalViews: typeof api }).reprisalViews = api;
