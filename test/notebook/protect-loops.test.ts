import { describe, expect, test } from 'vitest';
import { createLoopGuard, LoopTimeoutError } from '../../src/notebook/loop-guard.js';
import { EVERY, GUARD_PARAM, protectLoops } from '../../src/notebook/protect-loops.js';

/** Runs protected code with a guard that counts checks (and stops after `limit` of them). */
function run(source: string, mode: 'program' | 'expression' = 'program', limit = Infinity) {
  let checks = 0;
  const lines: number[] = [];
  const guard = {
    start: () => 0,
    check: (_started: number, line: number) => {
      lines.push(line);
      if (++checks > limit) throw new Error('stopped');
    },
  };
  const code = protectLoops(source, mode);
  const body = mode === 'expression' ? `return (\n${code}\n);` : `${code}\n;return typeof result === 'undefined' ? undefined : result;`;
  let value: unknown;
  let error: unknown;
  try {
    value = new Function(GUARD_PARAM, `"use strict";\n${body}`)(guard);
  } catch (e) {
    error = e;
  }
  return { value, error, checks, lines, code };
}

describe('protectLoops(source, mode)', () => {
  test('every kind of loop looks at its guard every EVERY iterations', () => {
    for (const loop of [
      'for (let i = 0; i < 48; i++) n++;',
      'let i = 0; while (i++ < 48) { n++; }',
      'let i = 0; do n++; while (++i < 48);',
      'for (const x of Array(48).fill(1)) n += x;',
      'for (const k in Object.fromEntries(Array.from({length: 48}, (_, i) => [i, i]))) { n++ }',
    ]) {
      const r = run(`let n = 0; ${loop} const result = n;`);
      expect(r.error, loop).toBeUndefined();
      expect(r.value, loop).toBe(48);
      expect(r.checks, loop).toBe(48 / EVERY);
    }
  });

  test('labels stay on their loops, so break and continue by label still work', () => {
    const r = run('let n = 0; outer: for (let i = 0; i < 4; i++) inner: for (let j = 0; j < 4; j++) { if (j > i) continue outer; if (i === 3) break outer; n++; } const result = n;');
    expect(r.value).toBe(6);
  });

  test('loops inside functions, arrows and expression cells are guarded too', () => {
    const r = run(`(() => { let s = 0; for (let i = 1; i <= ${EVERY}; i++) s += i; return s; })()`, 'expression');
    expect(r.value).toBe((EVERY * (EVERY + 1)) / 2);
    expect(r.checks).toBe(1);
  });

  test('nested loops that end together keep their braces balanced', () => {
    const r = run(`let n = 0; for (let i = 0; i < ${EVERY}; i++) for (let j = 0; j < ${EVERY}; j++) n++; const result = n;`);
    expect(r.value).toBe(EVERY * EVERY);
    expect(r.checks).toBe(1 + EVERY);
  });

  test('an endless loop is stopped by its guard, and lines keep their numbers', () => {
    expect(run('let n = 0;\nwhile (true) {}\n', 'program', 100).error).toMatchObject({ message: 'stopped' });
    const r = run('let n = 0;\n\nfor (;;) n++;', 'program', 0);
    expect(r.error).toMatchObject({ message: 'stopped' });
    expect(r.lines).toEqual([3]);
    const code = protectLoops('a;\nwhile (x) {\n}\nb;', 'program');
    expect(code.split('\n')).toHaveLength(4);
    expect(code).toContain(`${GUARD_PARAM}.check($reprisalLoopStart1, 2, 1)`);
  });

  test('code without loops is left as it was', () => {
    expect(protectLoops('const a = [1, 2].map((x) => x * 2);', 'program')).toBe('const a = [1, 2].map((x) => x * 2);');
  });
});

describe('createLoopGuard(budget)', () => {
  test('lets a short loop be, and stops one that keeps the thread past the budget', () => {
    const guard = createLoopGuard(250);
    try {
      const started = guard.start();
      expect(() => guard.check(started, 1, 1)).not.toThrow();
      let error: unknown;
      for (;;) {
        try {
          guard.check(started, 4, 2);
        } catch (e) {
          error = e;
          break;
        }
      }
      expect(error).toBeInstanceOf(LoopTimeoutError);
      expect(error).toMatchObject({ line: 4, column: 2, message: expect.stringMatching(/ran for more than 250 ms/) });
    } finally {
      guard.dispose();
    }
  });

  test('a loop that yields to the event loop between iterations is not stopped', async () => {
    // The heartbeat ticks every 100 ms, so budgets are longer than that.
    const guard = createLoopGuard(250);
    try {
      const started = guard.start();
      const until = performance.now() + 800;
      while (performance.now() < until) {
        guard.check(started, 1, 1);
        await new Promise((r) => setTimeout(r, 20));
      }
    } finally {
      guard.dispose();
    }
  });
});
