/**
 * Reprisal's web components. Importing this module defines them all:
 *
 *   <reprisal-network>, <reprisal-timeline>, <reprisal-chains>   the three charts
 *   <reprisal-events>                                            the events table and "why" panel
 *   <reprisal-corpus>                                            documents; drop files to add
 *   <reprisal-corrections>                                       the analyst's corrections and actors
 *   <reprisal-selection>                                         what is selected; clear it
 *   <reprisal-notebook>, <reprisal-cell>                         live Markdown notebooks
 *
 * Each view takes an `events` property or a `src` attribute (an events file), else shows the
 * page's corpus; `actors`, `type`, `from` and `to` attributes narrow it; all share one selection.
 */
export { ReprisalNetwork } from './network.js';
export { ReprisalTimeline } from './timeline.js';
export { ReprisalChains } from './chains.js';
export { ReprisalEvents } from './events-table.js';
export { ReprisalCorpus } from './corpus.js';
export { ReprisalCorrections } from './corrections.js';
export { ReprisalCorrectionForm } from './correction-form.js';
export { ReprisalSelection } from './selection-bar.js';
export { ReprisalNotebook } from './notebook.js';
export { ReprisalCell } from './cell.js';
export { html } from './html.js';
export * as Inputs from './inputs.js';
export { inspect } from './inspect.js';
export { CorpusStore, EMPTY_EVENTS, sharedCorpus } from './state/corpus-store.js';
export type { CorpusState, CorpusStatus } from './state/corpus-store.js';
export { SelectionStore, sharedSelection } from './state/selection-store.js';
export { CorrectionsStore } from './state/corrections-store.js';
