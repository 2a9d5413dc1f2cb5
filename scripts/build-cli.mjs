// Bundles the command line into lib/cli.js on `npm install` (npm's `prepare`), so that
// `npx reprisal` works straight after installing, without a TypeScript loader at run time.
//
// Code splitting keeps `reprisal extract` fast to start: what only `reprisal render` needs (the
// charts, Plot, d3, linkedom) is imported dynamically and lands in lib/chunks/, loaded on demand.
// Each file is written to a temporary name and renamed, so a CLI started while a build runs (tests
// build and run it in parallel) never reads a half-written file.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { build } from 'esbuild';

const result = await build({
  entryPoints: { cli: 'src/cli/main.ts', 'extract-worker': 'src/cli/extract-worker.ts' },
  outdir: 'lib',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
  write: false,
});

for (const file of result.outputFiles) {
  mkdirSync(dirname(file.path), { recursive: true });
  const temporary = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temporary, file.contents);
  renameSync(temporary, file.path);
}

// Chunks of earlier builds (their names carry a content hash) would otherwise pile up.
const current = new Set(result.outputFiles.map((f) => basename(f.path)));
for (const name of existsSync('lib/chunks') ? readdirSync('lib/chunks') : []) if (!current.has(name)) rmSync(`lib/chunks/${name}`, { force: true });
