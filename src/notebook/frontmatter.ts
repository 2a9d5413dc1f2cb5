import type { FrontMatter, FrontMatterScalar, FrontMatterValue } from './types.js';

export interface SplitFrontMatter {
  frontMatter?: FrontMatter;
  /** The Markdown after the front matter. */
  body: string;
  /** How many lines the front matter took (0 without one): body line n is file line n + offset. */
  lineOffset: number;
}

const OPEN = /^---[ \t]*\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

/**
 * Splits YAML front matter (`---` on the first line, up to a `---` or `...` line) from the body.
 * An unclosed `---` is not front matter: it stays in the body (where Markdown reads a rule).
 * Only a flat subset of YAML is read into `data` (see FrontMatter); anything else stays in `source`.
 */
export function splitFrontMatter(markdown: string): SplitFrontMatter {
  const open = OPEN.exec(markdown);
  if (!open) return { body: markdown, lineOffset: 0 };
  const rest = markdown.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) return { body: markdown, lineOffset: 0 };
  const source = rest.slice(0, close.index);
  const after = rest.slice(close.index + close[0].length).replace(/^\n/, '');
  const consumed = markdown.length - after.length;
  return {
    frontMatter: { source, data: readYaml(source) },
    body: after,
    lineOffset: countLines(markdown.slice(0, consumed)),
  };
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

const KEY = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*))?$/;
const ITEM = /^[ \t]*-[ \t]+(.*)$/;

function readYaml(source: string): Record<string, FrontMatterValue> {
  const data: Record<string, FrontMatterValue> = {};
  // A `key:` with nothing after it: null, a block list (`- item` lines), or beyond the subset.
  let open: { name: string; items: FrontMatterScalar[]; other: boolean } | undefined;
  const close = () => {
    if (open?.other) delete data[open.name];
    else if (open) data[open.name] = open.items.length ? open.items : null;
    open = undefined;
  };
  for (const line of source.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (open && (/^[ \t]/.test(line) || ITEM.test(line))) {
      const item = ITEM.exec(line);
      if (item && !open.other) open.items.push(scalar(item[1] ?? ''));
      else open.other = true; // a nested map, a block scalar…
      continue;
    }
    close();
    const key = KEY.exec(line);
    if (!key) continue;
    const name = key[1]!;
    const value = (key[2] ?? '').trim();
    if (value === '') {
      open = { name, items: [], other: false };
      data[name] = null;
    } else if (value.startsWith('[') && value.endsWith(']')) data[name] = flowList(value.slice(1, -1));
    else if (value === '|' || value === '>' || /^[|>][-+]?$/.test(value)) open = { name, items: [], other: true };
    else data[name] = scalar(value);
  }
  close();
  return data;
}

function flowList(inner: string): FrontMatterScalar[] {
  return inner.trim() ? inner.split(',').map((s) => scalar(s.trim())) : [];
}

function scalar(raw: string): FrontMatterScalar {
  const quoted = /^"((?:[^"\\]|\\.)*)"|^'((?:[^']|'')*)'/.exec(raw.trim());
  if (quoted) return quoted[1] !== undefined ? unescapeDouble(quoted[1]) : quoted[2]!.replace(/''/g, "'");
  const text = raw.replace(/(?:^|[ \t]+)#.*$/, '').trim();
  if (text === '' || text === '~' || text === 'null') return null;
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (/^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(text)) return Number(text);
  return text;
}

function unescapeDouble(text: string): string {
  return text.replace(/\\(["\\nt])/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
}
