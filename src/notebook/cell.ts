/**
 * One cell's JavaScript → its record. Parsing never throws: a cell that can't be parsed becomes a
 * record with an `error`, so the notebook still loads and the runtime shows the error in place.
 */
import { getLineInfo, parse, parseExpressionAt, tokenizer, tokTypes } from 'acorn';
import type { AnyNode, Options, Token } from 'acorn';
import { analyze, selectInputs } from './analyze.js';
import { sqlCellCode } from './sql.js';
import type { CellBlock, CellError, CellLanguage, CellMode, FenceOptions } from './types.js';

/** Module code (strict), with top-level `await`, as in Framework. */
const ACORN: Options = { ecmaVersion: 'latest', sourceType: 'module', allowAwaitOutsideFunction: true, locations: true };

export interface CellSpec {
  id: string;
  source: string;
  /** 1-based line of the fence in its file (1 for a cell with no file). */
  line?: number;
  options?: FenceOptions;
  /** The fence's language; `js` unless given. */
  language?: CellLanguage;
}

export interface Supplied {
  /** Names the runtime supplies: inputs even when a global has the same name. */
  builtins?: Iterable<string>;
  /** Names other cells declare: inputs even when a global has the same name. */
  defined?: Iterable<string>;
}

/** A cell's JavaScript, before its inputs are chosen (that needs the whole notebook). */
export type ScannedCell =
  | { mode: CellMode; declarations: string[]; references: string[] }
  | { error: CellError };

/** Parses and analyses one cell's source (a SQL cell's through the JavaScript it compiles to). */
export function scanCell(source: string, language: CellLanguage = 'js', options: FenceOptions = {}): ScannedCell {
  try {
    const { mode, node } = parseJavaScript(language === 'sql' ? sqlCellCode(source, options) : source);
    return { mode, ...analyze(node) };
  } catch (error) {
    return { error: cellError(error, source) };
  }
}

/** One cell → its record. Inside a notebook use parseCells, which knows what other cells define. */
export function parseCell(source: string, spec: Omit<CellSpec, 'source'>, supplied: Supplied = {}): CellBlock {
  return toRecord({ ...spec, source }, scanCell(source, spec.language, spec.options), set(supplied.builtins), set(supplied.defined));
}

/** A notebook's cells → records: a cell's outputs take precedence over globals in every other cell. */
export function parseCells(specs: readonly CellSpec[], supplied: Pick<Supplied, 'builtins'> = {}): CellBlock[] {
  const scanned = specs.map((spec) => scanCell(spec.source, spec.language, spec.options));
  const defined = new Set(scanned.flatMap((s) => ('error' in s ? [] : s.declarations)));
  const builtins = set(supplied.builtins);
  return specs.map((spec, i) => toRecord(spec, scanned[i]!, builtins, defined));
}

function toRecord(spec: CellSpec, scanned: ScannedCell, builtins: Set<string>, defined: Set<string>): CellBlock {
  const base = { type: 'cell', id: spec.id, line: spec.line ?? 1, source: spec.source } as const;
  const options = spec.options ?? {};
  const language = spec.language === 'sql' ? { language: 'sql' as const } : {};
  if ('error' in scanned) return { ...base, mode: 'program', inputs: [], outputs: [], options, ...language, error: scanned.error };
  const inputs = selectInputs(scanned.references, { builtins, defined });
  return { ...base, mode: scanned.mode, inputs, outputs: scanned.declarations, options, ...language };
}

/**
 * An expression cell is one expression and nothing after it but comments and white space, so
 * `{a: 1}` is an object and `x;` is a program. A cell that starts with `function`, `async
 * function` or `class` is a program, so that it declares the name instead of displaying a value.
 */
export function parseJavaScript(source: string): { mode: CellMode; node: AnyNode } {
  if (!startsWithDeclaration(source)) {
    const expression = tryParseExpression(source);
    if (expression) return { mode: 'expression', node: expression };
  }
  const program = parse(source, ACORN);
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration') {
      throw positioned('Static import is not supported in cells; use `await import(…)`', statement.start);
    }
    if (statement.type.startsWith('Export')) throw positioned('Cells cannot export; declare a top-level name instead', statement.start);
  }
  return { mode: 'program', node: program };
}

function tryParseExpression(source: string): AnyNode | undefined {
  try {
    // With parens preserved, `(a)` ends after its `)`, so what follows starts at node.end.
    const node = parseExpressionAt(source, 0, { ...ACORN, preserveParens: true });
    return firstTokens(source.slice(node.end), 1)[0]?.type === tokTypes.eof ? node : undefined;
  } catch {
    return undefined;
  }
}

function startsWithDeclaration(source: string): boolean {
  try {
    const [first, second] = firstTokens(source, 2);
    if (first?.type === tokTypes._function || first?.type === tokTypes._class) return true;
    const isAsync = first?.type === tokTypes.name && source.slice(first.start, first.end) === 'async';
    return isAsync && second?.type === tokTypes._function;
  } catch {
    return false; // unterminated string and the like: the parser will report it
  }
}

function firstTokens(source: string, n: number): Token[] {
  const tokens: Token[] = [];
  for (const token of tokenizer(source, ACORN)) {
    tokens.push(token);
    if (tokens.length === n) return tokens;
  }
  // The tokenizer's iterator stops before the end-of-input token: stand in for it.
  tokens.push({ type: tokTypes.eof } as Token);
  return tokens;
}

function positioned(message: string, pos: number): SyntaxError {
  return Object.assign(new SyntaxError(message), { pos });
}

/** acorn's and our errors → {message, line, column}, 1-based in the cell's source. */
function cellError(error: unknown, source: string): CellError {
  const message = error instanceof Error ? error.message : String(error);
  const pos = typeof error === 'object' && error !== null && 'pos' in error && typeof error.pos === 'number' ? error.pos : 0;
  const { line, column } = getLineInfo(source, Math.min(pos, source.length));
  return { message: message.replace(/ \(\d+:\d+\)$/, ''), line, column: column + 1 };
}

function set(names: Iterable<string> | undefined): Set<string> {
  return new Set(names ?? []);
}
