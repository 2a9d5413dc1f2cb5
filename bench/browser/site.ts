/**
 * The built explorer, served as a reader gets it: `vite build` (with the views benchmark page
 * beside the app) into a cache folder, then `vite preview`, and Debian's Chromium driven by
 * Playwright, started with the flags the browser tests use.
 */
import { build as esbuild } from 'esbuild';
import { chromium, type Browser } from 'playwright';
import { build, preview, type PreviewServer } from 'vite';

// The same flags as the browser tests (vitest.config.ts): this closed network refuses
// Chromium's background connections.
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function buildSite(outDir: string): Promise<void> {
  await build({
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, rollupOptions: { input: { app: 'index.html', views: 'bench/browser/views.html' } } },
  });
}

/** The generator bundled as a classic script, to inject into the explorer's page. */
export async function generatorScript(): Promise<string> {
  const result = await esbuild({ entryPoints: ['bench/browser/generate-global.ts'], bundle: true, format: 'iife', platform: 'browser', target: 'es2022', write: false, logLevel: 'warning' });
  return result.outputFiles[0]!.text;
}

export async function serve(outDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({ logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 4317, strictPort: false, open: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview gave no address');
  return { url, close: () => server.close() };
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}
