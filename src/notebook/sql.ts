/**
 * SQL cells: a ```sql fence is a query over the notebook's events, compiled to JavaScript that
 * calls the `sql` builtin (src/sql/builtin.ts), as Observable Framework compiles its SQL cells.
 *
 *   ```sql id=byType
 *   SELECT type, count(*) AS n FROM events WHERE confidence >= ${threshold} GROUP BY type
 *   ```
 *   →
 *   const byType = await sql(events)(["SELECT type, … >= ", " GROUP BY type"], (threshold
 *   ));
 *   display(sql.table(byType));
 *
 * - `id=name` names the result, an array of row objects other cells read; without it the cell
 *   only shows its table. `display=false` shows nothing.
 * - `${expression}` is a parameter of a prepared statement: its value is bound, never spliced
 *   into the SQL, and the cell re-runs when a cell it reads changes. `\${` is a literal `${`.
 * - The query reads `events` (tables rebuilt from it), so it re-runs whenever the events change.
 */
import { parseExpressionAt } from 'acorn';
import type { Options } from 'acorn';
import type { CellBlock, FenceOptions } from './types.js';

const ACORN: Options = { ecmaVersion: 'latest', sourceType: 'module', allowAwaitOutsideFunction: true };
const NAME = /^[A-Za-z_$][\w$]*$/;
const RESERVED = new Set(
  ('await break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if implements import in instanceof interface let new null package private protected public return static ' +
    'super switch this throw true try typeof var void while with yield arguments eval').split(' '),
);

export interface SqlTemplate {
  /** The SQL between the parameters: one more than there are parameters. */
  strings: string[];
  /** Each `${…}`'s JavaScript expression, with its offset in the cell's source. */
  params: { source: string; start: number }[];
}

/** Splits a SQL cell at its `${…}` parameters; throws a SyntaxError with `pos` on a bad one. */
export function parseSqlTemplate(source: string): SqlTemplate {
  const strings: string[] = [];
  const params: SqlTemplate['params'] = [];
  let text = '';
  let i = 0;
  while (i < source.length) {
    const at = source.indexOf('${', i);
    if (at < 0) break;
    if (source[at - 1] === '\\') {
      text += source.slice(i, at - 1) + '${';
      i = at + 2;
      continue;
    }
    text += source.slice(i, at);
    const start = at + 2;
    const end = expressionEnd(source, start);
    strings.push(text);
    params.push({ source: source.slice(start, end).trim(), start });
    text = '';
    i = end + 1;
  }
  strings.push(text + source.slice(i));
  return { strings, params };
}

/** The offset of the `}` closing the expression that starts at `start`. */
function expressionEnd(source: string, start: number): number {
  if (/^\s*\}/.test(source.slice(start))) throw positioned('Empty ${} in a SQL cell: put a value or a cell’s name inside', start);
  let node;
  try {
    node = parseExpressionAt(source, start, ACORN);
  } catch (error) {
    const pos = (error as { pos?: number }).pos ?? start;
    throw positioned((error as Error).message.replace(/ \(\d+:\d+\)$/, ''), pos);
  }
  const rest = source.slice(node.end);
  const close = /^\s*\}/.exec(rest);
  if (!close) throw positioned('Expected } to close ${ in a SQL cell', node.end + /^\s*/.exec(rest)![0].length);
  return node.end + close[0].length - 1;
}

/** The JavaScript a SQL cell runs (see the module comment); throws a positioned SyntaxError. */
export function sqlCellCode(source: string, options: FenceOptions = {}): string {
  const name = sqlCellName(options);
  const { strings, params } = parseSqlTemplate(source);
  const call = `await sql(events)(${JSON.stringify(strings)}${params.map((p) => `, (${p.source}\n)`).join('')})`;
  const shown = options.display !== false;
  if (!name) return shown ? `display(sql.table(${call}));` : `${call};`;
  return `const ${name} = ${call};${shown ? `\ndisplay(sql.table(${name}));` : ''}`;
}

/** The name a SQL cell gives its result (`id=…`), if any; throws when it is not a JavaScript name. */
export function sqlCellName(options: FenceOptions): string | undefined {
  const id = options.id;
  if (id === undefined) return undefined;
  if (typeof id !== 'string' || !NAME.test(id) || RESERVED.has(id)) {
    throw positioned(`A SQL cell's id must be a JavaScript name, like id=byType (not ${JSON.stringify(String(id))})`, 0);
  }
  return id;
}

/** The JavaScript the runtime compiles for a cell: its source, or for a SQL cell the code above. */
export function cellCode(cell: Pick<CellBlock, 'source' | 'options' | 'language'>): string {
  return cell.language === 'sql' ? sqlCellCode(cell.source, cell.options) : cell.source;
}

function positioned(message: string, pos: number): SyntaxError {
  return Object.assign(new SyntaxError(message), { pos });
}
