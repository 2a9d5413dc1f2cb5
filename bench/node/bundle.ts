/**
 * The Node drivers bundled into plain ES modules beside the project's node_modules (so their
 * dependencies resolve), each run in its own `node` process: nothing of tsx or of the parent's
 * heap in what is measured, and each process's peak memory its own.
 */
import { join } from 'node:path';
import { build } from 'esbuild';

export const DRIVERS = ['extract', 'extract-worker', 'compromise', 'merge'] as const;
export type Driver = (typeof DRIVERS)[number];

/** Bundles every driver into `outDir`; returns each one's file. */
export async function bundleDrivers(outDir: string): Promise<Record<Driver, string>> {
  await build({
    entryPoints: Object.fromEntries(DRIVERS.map((d) => [d, `bench/node/${d}.ts`])),
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  return Object.fromEntries(DRIVERS.map((d) => [d, join(outDir, `${d}.mjs`)])) as Record<Driver, string>;
}
