/**
 * DuckDB-WASM, started from the npm package's own files, which Vite serves with the page (the
 * `?url` imports): nothing is fetched from a CDN, so SQL cells work offline. Only imported
 * dynamically (src/sql/builtin.ts), so the page's main bundle carries none of it.
 *
 * Two builds: `eh` (WebAssembly exceptions, every current browser) and `mvp` for the rest;
 * selectBundle picks one, and the page downloads only that one's module and worker. The `coi`
 * build needs a cross-origin-isolated page, which Reprisal does not ask its hosts for.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';

const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

/** A fresh in-memory DuckDB in its own worker. */
export async function loadDuckDB(): Promise<duckdb.AsyncDuckDB> {
  const bundle = await duckdb.selectBundle(BUNDLES);
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  try {
    await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
    await db.open({
      // Counts are BIGINT and sums HUGEINT in DuckDB: as doubles they are plain numbers for Plot.
      query: { castBigIntToDouble: true, castDecimalToDouble: true, castTimestampToDate: true },
    });
  } catch (error) {
    worker.terminate();
    throw error;
  }
  return db;
}

export type { AsyncDuckDB } from '@duckdb/duckdb-wasm';
