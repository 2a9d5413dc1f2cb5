// Bundles the command line into lib/cli.js on `npm install` (npm's `prepare`), so that
// `npx reprisal` works straight after installing, without a TypeScript loader at run time.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'lib/cli.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
