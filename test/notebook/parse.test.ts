/**
 * Golden files, after Observable Framework's: each test/input/<case>.md is parsed and compared
 * (structurally) with test/output/<case>.md.json.
 * - a missing output is written; the test fails only in CI (process.env.CI), where it must exist;
 * - a mismatch writes test/output/<case>.md-changed.json beside the expected file, for review:
 *   if the change is right, move it over the expected file;
 * - prefix an input `only.` to run it alone, `skip.` to skip it.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, test } from 'vitest';
import { parseNotebook } from '../../src/notebook/parse.js';

const inputDir = new URL('../input/', import.meta.url);
const outputDir = new URL('../output/', import.meta.url);

/** The builtins every golden case is parsed with: `fetch` shows a builtin that shadows a global. */
const BUILTINS = ['corpus', 'd3', 'fetch', 'html', 'Plot'];

describe('parseNotebook(markdown, {path})', () => {
  const files = readdirSync(inputDir).filter((f) => f.endsWith('.md')).sort();
  for (const file of files) {
    const name = file.replace(/^(?:only|skip)\./, '');
    const run = file.startsWith('only.') ? test.only : file.startsWith('skip.') ? test.skip : test;
    run(`test/input/${file}`, () => {
      const markdown = readFileSync(new URL(file, inputDir), 'utf8');
      const actual = JSON.parse(JSON.stringify(parseNotebook(markdown, { path: name, builtins: BUILTINS }))) as unknown;
      const expectedFile = new URL(`${name}.json`, outputDir);
      const changedFile = new URL(`${name}-changed.json`, outputDir);
      const serialized = `${JSON.stringify(actual, null, 2)}\n`;

      if (!existsSync(expectedFile)) {
        writeFileSync(expectedFile, serialized);
        if (process.env.CI) expect.fail(`missing test/output/${name}.json (written now; commit it)`);
        return;
      }
      const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as unknown;
      if (isDeepStrictEqual(actual, expected)) {
        rmSync(changedFile, { force: true });
        return;
      }
      writeFileSync(changedFile, serialized);
      expect(actual, `test/output/${name}-changed.json differs from test/output/${name}.json`).toEqual(expected);
    });
  }
});
