/**
 * Reprisal's charts for any web page: the entry of the embed bundle, dist/embed/reprisal.js
 * (`npm run build`; `vite build --mode embed` alone). One ES module that defines four elements:
 *
 *   <reprisal-network>    who acts against whom
 *   <reprisal-timeline>   measures in time, one row per actor
 *   <reprisal-chains>     retaliation chains: what answered what
 *   <reprisal-events>     the events as a table, with why each was extracted
 *
 *   <script type="module" src="reprisal.js"></script>
 *   <reprisal-timeline src="events.json" actors="CHN.GOV,USA.JUD" from="2014-01" to="2014-12"></reprisal-timeline>
 *
 * Each reads an events file (reprisal-events/1): at the URL of its `src` attribute, or written
 * inside it as a `<script type="application/json">` child. `actors`, `type`, `from`, `to`,
 * `document` and `event` narrow what it shows; every element lists its own attributes in its
 * module (src/components/network.ts, timeline.ts, chains.ts, events-table.ts), and
 * notebooks/embed.md explains them with live examples.
 *
 * The elements on a page share one selection: a click in one narrows the others. To keep two
 * apart, give each its own store: `element.store = new SelectionStore()`.
 *
 * The bundle holds only what the elements draw with (Lit, Plot, d3, the analysis); the explorer's
 * corpus, extractor, worker, notebooks and DuckDB stay out (see events-controller.ts and
 * chart-actions-slot.ts, and the embed build in vite.config.ts).
 */
export { ReprisalNetwork } from '../components/network.js';
export { ReprisalTimeline } from '../components/timeline.js';
export { ReprisalChains } from '../components/chains.js';
export { ReprisalEvents } from '../components/events-table.js';
export { SelectionStore } from '../components/state/selection-store.js';
