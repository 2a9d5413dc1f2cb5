/**
 * HTML → text without a DOM and without executing anything.
 *
 * The text keeps the file's length: every tag, comment and script becomes white space (a line
 * break where a block ends) and an entity becomes its character padded with spaces. So an offset
 * into the text is also an offset into the original file, and a quote found in either is found
 * at the same place in both. Readers collapse the extra white space when they display it.
 */

export interface HtmlText {
  text: string;
  title?: string;
  published?: string;
  source?: string;
  /** Spans a reader sees but that are page furniture: navigation, asides, footers, forms. */
  furniture: { start: number; end: number; reason: string }[];
}

/** Elements whose content is not text at all. */
const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'head', 'canvas', 'math']);
/** Elements a reader sees that are not the article. */
const FURNITURE = new Set(['nav', 'aside', 'footer', 'form', 'button', 'select', 'textarea', 'dialog', 'menu']);
const BLOCK = new Set([
  'p', 'div', 'br', 'hr', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'tr', 'td', 'th', 'tbody', 'thead',
  'section', 'article', 'header', 'main', 'figure', 'figcaption', 'blockquote', 'pre', 'address',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'title', 'body', 'html', 'nav', 'aside', 'footer', 'form',
]);

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”',
  ldquo: '“', mdash: '—', ndash: '–', hellip: '…', eacute: 'é', egrave: 'è', aacute: 'á', oacute: 'ó',
  uuml: 'ü', ouml: 'ö', auml: 'ä', ccedil: 'ç', copy: '©', reg: '®', trade: '™', euro: '€', pound: '£',
  yen: '¥', middot: '·', bull: '•', laquo: '«', raquo: '»', shy: '', zwnj: '', zwj: '',
};

// One scanner state a match: a comment, a CDATA section, a doctype or processing instruction, a tag.
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>?|<\/?([A-Za-z][A-Za-z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>?/g;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/g;

export function htmlToText(html: string): HtmlText {
  const out = html.split('');
  const furniture: HtmlText['furniture'] = [];
  const meta: { title?: string; published?: string; source?: string } = {};
  const open: { name: string; start: number }[] = [];
  let invisibleUntil = -1; // inside <script>…</script>: skip to this index
  let cursor = 0;

  const blank = (from: number, to: number, lineBreak: boolean) => {
    for (let i = from; i < to; i++) if (out[i] !== '\n') out[i] = ' ';
    if (lineBreak && to > from) out[from] = '\n';
  };

  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start < invisibleUntil) continue;
    decodeEntities(html, out, cursor, start);
    cursor = end;
    const name = m[1]?.toLowerCase();
    const closing = m[0][1] === '/';
    blank(start, end, name !== undefined && BLOCK.has(name));
    if (!name || closing) {
      if (name) closeElement(name, end);
      continue;
    }
    readMeta(name, m[0], meta);
    if (INVISIBLE.has(name) && !m[0].endsWith('/>')) {
      const close = new RegExp(`</${name}\\s*>`, 'ig');
      close.lastIndex = end;
      const c = close.exec(html);
      const stop = c ? c.index + c[0].length : html.length;
      if (name === 'head' || name === 'title') readTitle(html.slice(end, c ? c.index : stop), meta);
      else if (name === 'script' && /application\/ld\+json/i.test(m[0])) readLinkedData(html.slice(end, c ? c.index : stop), meta);
      blank(end, stop, false);
      invisibleUntil = stop;
      cursor = stop;
      TOKEN.lastIndex = stop;
      continue;
    }
    if (name === 'title') {
      const close = /<\/title\s*>/gi;
      close.lastIndex = end;
      const c = close.exec(html);
      meta.title ??= collapse(decodeString(html.slice(end, c ? c.index : end)));
      const stop = c ? c.index + c[0].length : end;
      blank(end, stop, true);
      cursor = stop;
      TOKEN.lastIndex = stop;
      continue;
    }
    if (FURNITURE.has(name)) open.push({ name, start });
  }
  decodeEntities(html, out, cursor, html.length);

  function closeElement(name: string, end: number) {
    for (let i = open.length - 1; i >= 0; i--) {
      if (open[i]!.name !== name) continue;
      const opened = open.splice(i)[0]!;
      if (!open.some((o) => o.start < opened.start)) {
        furniture.push({ start: opened.start, end, reason: `html <${name}>` });
      }
      return;
    }
  }
  for (const o of open) furniture.push({ start: o.start, end: html.length, reason: `html <${o.name}>` });

  return { text: out.join(''), furniture: mergeSpans(furniture), ...meta };
}

/**
 * Writes decoded entities into `out` between two tags, padding each with spaces to keep offsets.
 * The padding goes first, so the character stays against what follows: "China&#8217;s" → "China      ’s".
 */
function decodeEntities(html: string, out: string[], from: number, to: number) {
  if (html.indexOf('&', from) < 0 || html.indexOf('&', from) >= to) return;
  ENTITY.lastIndex = from;
  for (let m = ENTITY.exec(html); m && m.index < to; m = ENTITY.exec(html)) {
    const ch = entityChar(m);
    if (ch === undefined || m.index + m[0].length > to) continue;
    for (let i = 0; i < m[0].length; i++) out[m.index + i] = i === m[0].length - 1 ? ch : ' ';
  }
}

function entityChar(m: RegExpExecArray): string | undefined {
  const code = m[1] ? Number(m[1]) : m[2] ? parseInt(m[2], 16) : undefined;
  if (code !== undefined) return code > 0 && code <= 0x10ffff ? safeChar(code) : undefined;
  return ENTITIES[m[3]!.toLowerCase()];
}

/** A character for a code point, as one UTF-16 unit: astral characters become U+FFFD to keep offsets. */
function safeChar(code: number): string {
  if (code > 0xffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  return code < 32 && code !== 10 ? ' ' : String.fromCharCode(code);
}

function decodeString(s: string): string {
  return s.replace(ENTITY, (whole, dec, hex, name) => {
    if (dec || hex) return String.fromCodePoint(Math.min(Number(dec ? dec : parseInt(hex, 16)) || 0xfffd, 0x10ffff));
    return ENTITIES[String(name).toLowerCase()] ?? whole;
  });
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

function readTitle(head: string, meta: { title?: string; published?: string; source?: string }) {
  const t = /<title[^>]*>([\s\S]*?)<\/title\s*>/i.exec(head);
  if (t) meta.title ??= collapse(decodeString(t[1]!));
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) readMeta('meta', tag, meta);
  for (const m of head.matchAll(/<script\b[^>]*type\s*=\s*["']?application\/ld\+json[^>]*>([\s\S]*?)<\/script\s*>/gi)) readLinkedData(m[1]!, meta);
}

/**
 * schema.org's NewsArticle in JSON-LD, as most news sites publish it: its datePublished and
 * publisher. Read as data (JSON.parse), never run; a block that does not parse is ignored.
 */
function readLinkedData(json: string, meta: { published?: string; source?: string }) {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return;
  }
  const nodes = (Array.isArray(data) ? data : [data]).flatMap((d) => (d && typeof d === 'object' && Array.isArray((d as { '@graph'?: unknown })['@graph']) ? (d as { '@graph': unknown[] })['@graph'] : [d]));
  for (const node of nodes) {
    if (!node || typeof node !== 'object') continue;
    const n = node as { datePublished?: unknown; publisher?: { name?: unknown } };
    if (typeof n.datePublished === 'string') meta.published ??= n.datePublished;
    if (typeof n.publisher?.name === 'string') meta.source ??= n.publisher.name;
  }
}

const ATTR = /([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

function attributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of tag.matchAll(ATTR)) attrs[m[1]!.toLowerCase()] = decodeString(m[2] ?? m[3] ?? m[4] ?? '');
  return attrs;
}

/** Publication date, outlet and title from <meta> and <time>, the way news sites mark them up. */
function readMeta(name: string, tag: string, meta: { title?: string; published?: string; source?: string }) {
  if (name !== 'meta' && name !== 'time') return;
  const a = attributes(tag);
  if (name === 'time') {
    if (a.datetime && (a.pubdate !== undefined || a.itemprop === 'datePublished')) meta.published ??= a.datetime;
    return;
  }
  const key = (a.property ?? a.name ?? a.itemprop ?? '').toLowerCase();
  const content = a.content?.trim();
  if (!content) return;
  if (['article:published_time', 'datepublished', 'date', 'pubdate', 'publish-date', 'dc.date', 'dcterms.created'].includes(key)) {
    meta.published ??= content;
  } else if (key === 'og:site_name' || key === 'application-name') {
    meta.source ??= content;
  } else if (key === 'og:title') {
    meta.title ??= content;
  }
}

function mergeSpans<T extends { start: number; end: number }>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: T[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
