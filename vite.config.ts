import { defineConfig } from 'vite';

/**
 * Dependencies to pre-bundle up front: the worker's are found only when it starts, DuckDB's only
 * when a SQL cell first runs (pre-bundled together, the two share one apache-arrow).
 */
export const OPTIMIZED = ['chrono-node', 'lit', 'lit/directives/repeat.js', 'd3', '@observablehq/plot', '@observablehq/runtime', 'acorn', 'acorn-walk', 'marked', '@duckdb/duckdb-wasm', 'apache-arrow', 'idb'];

// The explorer: index.html at the root loads src/app/main.ts. The command line is built apart
// (scripts/build-cli.mjs → lib/), so `vite build` only makes the static site in dist/.
export default defineConfig({
  server: { host: '127.0.0.1', open: false },
  preview: { host: '127.0.0.1', open: false },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1500 },
  worker: { format: 'es' },
  optimizeDeps: { include: OPTIMIZED },
});
