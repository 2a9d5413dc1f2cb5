/**
 * Loop protection, as JSBin and CodePen do it: every `for`, `while`, `do … while`, `for … in` and
 * `for … of` in a cell's code is rewritten to ask a guard, on each iteration, whether it has kept
 * the page's thread for too long; the guard then throws, and the error lands on the cell. Without
 * it a `while (true) {}` in a cell freezes the tab for good, since cells run on the page's thread.
 *
 *   outer: for (const x of xs) if (x) n++;
 *   →
 *   {const $t1 = $guard.start(); let $n1 = 0; outer: for (const x of xs) {if ((++$n1 & 15) === 0) $guard.check($t1, 1, 1); if (x) n++;}}
 *
 * The clock is read every 16th iteration only: reading it costs more than a tight loop's body.
 * The block goes around the loop's labels, so `continue outer` still names the loop. Nothing
 * inserted holds a newline, so line numbers in the cell stay true.
 */
import { parse, parseExpressionAt } from 'acorn';
import type { AnyNode, Options } from 'acorn';
import { ancestor } from 'acorn-walk';
import type { AncestorVisitors } from 'acorn-walk';
import type { CellMode } from './types.js';

/** The parameter through which compiled cells reach their guard (no cell can declare it). */
export const GUARD_PARAM = '$reprisalLoopGuard';

const ACORN: Options = { ecmaVersion: 'latest', sourceType: 'module', allowAwaitOutsideFunction: true, locations: true };
/** Iterations between two looks at the clock (a power of two). */
export const EVERY = 16;
const LOOPS = ['ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement'] as const;

type Loop = Extract<AnyNode, { type: (typeof LOOPS)[number] }>;
interface Insertion {
  at: number;
  text: string;
  /** Among insertions at one offset, lower goes first. */
  order: number;
}

/** The cell's source with every loop guarded. The source must parse (a cell without an error). */
export function protectLoops(source: string, mode: CellMode): string {
  const root: AnyNode = mode === 'expression' ? parseExpressionAt(source, 0, { ...ACORN, preserveParens: true }) : parse(source, ACORN);
  const insertions: Insertion[] = [];
  let count = 0;
  const visit = (node: AnyNode, _state: unknown, ancestors: AnyNode[]) => {
    const loop = node as Loop;
    const n = ++count;
    const [start, iterations] = [`$reprisalLoopStart${n}`, `$reprisalLoop${n}`];
    // Labels stay on the loop: the block opens before the outermost one.
    let outer: AnyNode = loop;
    for (let i = ancestors.length - 2; i >= 0 && ancestors[i]!.type === 'LabeledStatement'; i--) outer = ancestors[i]!;
    const { line, column } = loop.loc!.start;
    const check = `if ((++${iterations} & ${EVERY - 1}) === 0) ${GUARD_PARAM}.check(${start}, ${line}, ${column + 1});`;
    insertions.push({ at: outer.start, text: `{const ${start} = ${GUARD_PARAM}.start(); let ${iterations} = 0; `, order: 2 });
    insertions.push({ at: outer.end, text: '}', order: 0 });
    const body = loop.body;
    if (body.type === 'BlockStatement') insertions.push({ at: body.start + 1, text: check, order: 1 });
    else {
      insertions.push({ at: body.start, text: `{${check} `, order: 1 });
      insertions.push({ at: body.end, text: '}', order: 0 });
    }
  };
  ancestor(root, Object.fromEntries(LOOPS.map((type) => [type, visit])) as AncestorVisitors<unknown>);
  if (!insertions.length) return source;
  // At one offset: closing braces (all alike) first; then a body's opening, which encloses a
  // loop starting at the same place, before that loop's own block.
  insertions.sort((a, b) => a.at - b.at || a.order - b.order);
  let out = '';
  let at = 0;
  for (const insertion of insertions) {
    out += source.slice(at, insertion.at) + insertion.text;
    at = insertion.at;
  }
  return out + source.slice(at);
}
