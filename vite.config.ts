import { defineConfig, type Plugin, type UserConfig } from 'vite';

/**
 * Dependencies to pre-bundle up front: the worker's are found only when it starts, DuckDB's only
 * when a SQL cell first runs (pre-bundled together, the two share one apache-arrow).
 */
export const OPTIMIZED = ['chrono-node', 'lit', 'lit/directives/repeat.js', 'd3', '@observablehq/plot', '@observablehq/runtime', 'acorn', 'acorn-walk', 'marked', '@duckdb/duckdb-wasm', 'apache-arrow', 'idb'];

// The explorer: index.html at the root loads src/app/main.ts. The command line is built apart
// (scripts/build-cli.mjs → lib/), so `vite build` only makes the static site in dist/.
const explorer: UserConfig = {
  server: { host: '127.0.0.1', open: false },
  preview: { host: '127.0.0.1', open: false },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // events-controller.ts imports the corpus dynamically so that the embed build can leave it
    // out; here the app imports it anyway, as intended.
    rolldownOptions: { checks: { ineffectiveDynamicImport: false } },
  },
  worker: { format: 'es' },
  optimizeDeps: { include: OPTIMIZED },
};

// The embed bundle (`vite build --mode embed`, after the explorer in `npm run build`): one ES
// module, dist/embed/reprisal.js, that defines the chart elements for any page (src/embed).
// In this mode import.meta.env.MODE is "embed", which the components test to leave the page's
// corpus and the explorer's export menu out.
const embed: UserConfig = {
  publicDir: false,
  plugins: [withoutCorrectionForm()],
  build: {
    outDir: 'dist/embed',
    emptyOutDir: true,
    target: 'es2022',
    lib: { entry: 'src/embed/reprisal.ts', formats: ['es'], fileName: () => 'reprisal.js' },
    // Minified in full: library mode keeps whitespace and comments for a bundler to remove, but
    // this file goes to browsers as it is.
    minify: 'oxc',
    rolldownOptions: { output: { minify: true, codeSplitting: false } },
  },
};

/**
 * The correction form is drawn only on the page's corpus, which an embedded chart never has, but
 * event-panel.ts imports its module for the side effect of defining <reprisal-correction-form>,
 * and with it the actor lexicons: a quarter of the bundle. Taken as free of side effects, the
 * module stays out unless the bundle uses something it exports.
 */
function withoutCorrectionForm(): Plugin {
  return {
    name: 'reprisal:embed-without-correction-form',
    transform: { filter: { id: /[\\/]src[\\/]components[\\/]correction-form\.ts$/ }, handler: (code) => ({ code, moduleSideEffects: false }) },
  };
}

export default defineConfig(({ mode }) => (mode === 'embed' ? embed : explorer));
