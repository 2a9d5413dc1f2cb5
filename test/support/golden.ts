/**
 * Golden files, as Observable Framework keeps them: the expected output sits in test/output; a
 * missing file is written (and fails under CI, where nothing may be generated); a mismatch writes
 * `<name>-changed.<ext>` beside it for review and fails.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';

export function expectGolden(path: string, actual: string) {
  const changed = path.replace(/(\.[^./]+)$/, '-changed$1');
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    if (process.env.CI) throw new Error(`${path} was missing; it has been written, review and commit it`);
    return;
  }
  const expected = readFileSync(path, 'utf8');
  if (expected === actual) {
    rmSync(changed, { force: true });
    return;
  }
  if (process.env.UPDATE_GOLDEN) {
    writeFileSync(path, actual);
    return;
  }
  writeFileSync(changed, actual);
  expect(actual, `${path} differs; see ${changed} (UPDATE_GOLDEN=1 accepts it)`).toBe(expected);
}
