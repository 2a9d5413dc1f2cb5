/**
 * A notebook file → its blocks. Top-level ```js and ```sql fences are live cells; everything else,
 * fences in other languages and fences nested in lists or quotes included, is prose kept as
 * Markdown source.
 */
import { getDefaults, Lexer } from 'marked';
import type { Token, Tokens } from 'marked';
import { parseCells } from './cell.js';
import type { CellSpec } from './cell.js';
import { splitFrontMatter } from './frontmatter.js';
import { hash8 } from './hash.js';
import type { Block, CellBlock, CellLanguage, FenceOptions, Notebook, ProseBlock } from './types.js';

export interface ParseOptions {
  /** The file's path, recorded on the notebook (and used to key stored edits). */
  path: string;
  /** The runtime's builtin names (see NotebookRuntime.builtinNames): inputs even when they shadow a global. */
  builtins?: Iterable<string>;
}

/** The fence languages that make live cells. */
const LIVE: readonly CellLanguage[] = ['js', 'sql'];

export function parseNotebook(markdown: string, options: ParseOptions): Notebook {
  const text = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const { frontMatter, body, lineOffset } = splitFrontMatter(text);
  const tokens = new Lexer(getDefaults()).lex(body);

  const ids = new Map<string, number>();
  const blocks: (ProseBlock | CellSpec)[] = [];
  let prose: { start: number; source: string } | undefined;
  let offset = 0;
  let line = 1 + lineOffset;

  const flush = () => {
    if (prose) blocks.push(...proseBlock(prose.source, prose.start));
    prose = undefined;
  };
  for (const token of tokens) {
    // Tokens' raw texts tile the body; should marked ever skip characters, keep lines right anyway.
    const at = body.indexOf(token.raw, offset);
    if (at > offset) line += countNewlines(body.slice(offset, at));
    if (at >= offset) offset = at;
    const fence = liveFence(token);
    if (fence) {
      flush();
      const id = uniqueId(fence.text, ids);
      const language = languageOf(fence);
      blocks.push({ id, source: fence.text, line, options: fenceOptions(fence.lang ?? ''), ...(language === 'js' ? {} : { language }) });
    } else {
      prose ??= { start: line, source: '' };
      prose.source += token.raw;
    }
    offset += token.raw.length;
    line += countNewlines(token.raw);
  }
  flush();

  const specs = blocks.filter((b): b is CellSpec => !('type' in b));
  const cells = parseCells(specs, { builtins: options.builtins });
  const byId = new Map(cells.map((c) => [c.id, c]));
  const result: Block[] = blocks.map((b) => ('type' in b ? b : byId.get(b.id)!));

  return {
    path: options.path,
    title: titleOf(frontMatter?.data.title, tokens),
    ...(frontMatter ? { frontMatter } : {}),
    blocks: result,
  };
}

/** The cells of a notebook, in page order. */
export function cellsOf(notebook: Notebook): CellBlock[] {
  return notebook.blocks.filter((b): b is CellBlock => b.type === 'cell');
}

function liveFence(token: Token): Tokens.Code | undefined {
  if (token.type !== 'code') return undefined;
  const code = token as Tokens.Code;
  if (code.codeBlockStyle === 'indented') return undefined;
  return (LIVE as readonly string[]).includes(languageOf(code)) ? code : undefined;
}

function languageOf(code: Tokens.Code): CellLanguage {
  return (code.lang ?? '').split(/\s/, 1)[0] as CellLanguage;
}

/** `hash`, then `hash-1`, `hash-2`… for later cells with the same source (as Framework does). */
function uniqueId(source: string, seen: Map<string, number>): string {
  const hash = hash8(source);
  const n = seen.get(hash) ?? 0;
  seen.set(hash, n + 1);
  return n === 0 ? hash : `${hash}-${n}`;
}

const OPTION = /([^\s=]+)(?:=("[^"]*"|'[^']*'|\S*))?/g;

/** `js echo run=false id="a b"` → {echo: true, run: false, id: 'a b'} (the language is not an option). */
export function fenceOptions(info: string): FenceOptions {
  const options: FenceOptions = {};
  const rest = info.trim().replace(/^\S+/, '');
  for (const [, key, raw] of rest.matchAll(OPTION)) {
    if (raw === undefined) options[key!] = true;
    else if (raw === 'true' || raw === 'false') options[key!] = raw === 'true';
    else options[key!] = /^(["']).*\1$/.test(raw) ? raw.slice(1, -1) : raw;
  }
  return options;
}

/** Prose without its surrounding blank lines; nothing for white space alone. */
function proseBlock(raw: string, start: number): ProseBlock[] {
  const leading = /^(?:[ \t]*\n)*/.exec(raw)![0];
  const source = raw.slice(leading.length).trimEnd();
  return source ? [{ type: 'prose', line: start + countNewlines(leading), source }] : [];
}

function titleOf(fromFrontMatter: unknown, tokens: Token[]): string | null {
  if (typeof fromFrontMatter === 'string' && fromFrontMatter.trim()) return fromFrontMatter.trim();
  const heading = tokens.find((t): t is Tokens.Heading => t.type === 'heading' && (t as Tokens.Heading).depth === 1);
  return heading ? plainText(heading.tokens).trim() || null : null;
}

/** The text of inline tokens, without Markdown syntax or HTML tags. */
function plainText(tokens: readonly Token[]): string {
  let text = '';
  for (const token of tokens) {
    if (token.type === 'html') continue;
    if ('tokens' in token && token.tokens) text += plainText(token.tokens);
    else if ('text' in token && typeof token.text === 'string') text += token.text;
  }
  return text;
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
