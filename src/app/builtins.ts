/**
 * What notebook cells can read without defining it. The runtime calls a builtin's definition
 * once, lazily, so every value is wrapped in a function; `corpus`, `events` and `selection` are
 * generators that yield again whenever the corpus or the selection changes, so the cells reading
 * them re-run.
 */
import * as Plot from '@observablehq/plot';
import * as d3 from 'd3';
import * as analysis from '../analysis/index.js';
import type { Selection } from '../analysis/selection.js';
import {
  chainsChart,
  countryColor,
  layoutNetwork,
  networkChart,
  QUAD_COLORS,
  timeDomain,
  timelineChart,
  toStandaloneSvg,
  TYPE_COLORS,
  TYPE_ORDER,
  typeColor,
  typesInOrder,
} from '../charts/index.js';
import type { InputFile } from '../corpus/corpus.js';
import type { EventsFile } from '../events/types.js';
import { ReprisalChains, ReprisalCorpus, ReprisalEvents, ReprisalNetwork, ReprisalSelection, ReprisalTimeline } from '../components/index.js';
import { html } from '../components/html.js';
import * as Inputs from '../components/inputs.js';
import { inspect } from '../components/inspect.js';
import { EMPTY_EVENTS, type CorpusStore } from '../components/state/corpus-store.js';
import type { SelectionStore } from '../components/state/selection-store.js';
import { observe, type Builtins } from '../notebook/index.js';
import { createSql } from '../sql/builtin.js';

export interface BuiltinSources {
  corpus: CorpusStore;
  selection: SelectionStore;
  /** The events of the built-in corpus alone, for comparisons. */
  seedEvents: Promise<EventsFile>;
}

/** The components' classes, for cells that build them in code rather than with html`<reprisal-…>`. */
const components = { ReprisalChains, ReprisalCorpus, ReprisalEvents, ReprisalNetwork, ReprisalSelection, ReprisalTimeline };

/** One DuckDB for the page, started by the first SQL query (src/sql/builtin.ts). */
const sql = createSql();

const charts = { chainsChart, countryColor, layoutNetwork, networkChart, QUAD_COLORS, timeDomain, timelineChart, toStandaloneSvg, TYPE_COLORS, TYPE_ORDER, typeColor, typesInOrder };

export function notebookBuiltins({ corpus, selection, seedEvents }: BuiltinSources): Builtins {
  const constants = Object.fromEntries(Object.entries({ ...analysis, ...charts, ...components, Plot, d3, html, Inputs, inspect }).map(([name, value]) => [name, () => value]));
  return {
    ...constants,
    /** The documents of the corpus (with their text), again after every change. */
    corpus: () => observe((change) => watch(corpus, () => change(corpus.docs))),
    /** The events file of the corpus, again whenever the corpus changes. */
    events: () => observe((change) => watch(corpus, () => change(corpus.events))),
    /** The shared selection, again whenever a view changes it. */
    selection: () => observe<Selection>((change) => {
      change(selection.value);
      return selection.subscribe(change);
    }),
    seedEvents: () => seedEvents,
    /** SQL over an events file's tables: sql(events)`SELECT …`; ```sql cells compile to it. */
    sql: () => sql,
    /** Sets fields of the shared selection: setSelection({actor: "CHN.GOV"}). */
    setSelection: () => (patch: Selection) => selection.patch(patch),
    /** Reads files into the corpus: File objects (from an input) or {name, bytes}. */
    addFiles: () => async (files: readonly (File | InputFile)[]) =>
      corpus.add(await Promise.all(files.map(async (f) => (f instanceof File ? { name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) } : f)))),
  };
}

/** Calls `emit` once the corpus has events, then whenever they change; returns the unsubscribe. */
function watch(corpus: CorpusStore, emit: () => void): () => void {
  let last: unknown;
  const check = () => {
    if (corpus.events === EMPTY_EVENTS || corpus.events === last) return;
    last = corpus.events;
    emit();
  };
  check();
  return corpus.subscribe(check);
}
