/**
 * A browser command (vitest.config.ts) that builds the embed bundle as `npm run build` does, in a
 * child process with its own environment (the test runner's NODE_ENV=test would otherwise give a
 * development build), into a temporary directory, and hands the browser what came out. So the
 * test of the built bundle needs no earlier build, and leaves dist/ alone.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { BrowserCommand } from 'vitest/node';

export interface BuiltEmbed {
  /** Every file the build wrote, relative to its output directory. */
  files: string[];
  /** The text of reprisal.js. */
  code: string;
  /** Its size in bytes (UTF-8). */
  bytes: number;
  /** Its size gzipped at the default level, as a server would send it. */
  gzipBytes: number;
}

export const buildEmbed: BrowserCommand<[]> = async ({ project }) => {
  const root = project.config.root;
  const out = await mkdtemp(join(tmpdir(), 'reprisal-embed-'));
  try {
    const env = { ...process.env };
    delete env.NODE_ENV;
    delete env.VITEST;
    await promisify(execFile)(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'embed', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: root,
      env,
      maxBuffer: 16 << 20,
    });
    const files = (await readdir(out, { recursive: true, withFileTypes: true })).filter((f) => f.isFile()).map((f) => join(f.parentPath, f.name).slice(out.length + 1));
    const code = await readFile(join(out, 'reprisal.js'), 'utf8');
    return { files, code, bytes: Buffer.byteLength(code), gzipBytes: gzipSync(code).length } satisfies BuiltEmbed;
  } finally {
    await rm(out, { recursive: true, force: true });
  }
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    buildEmbed: () => Promise<BuiltEmbed>;
  }
}
