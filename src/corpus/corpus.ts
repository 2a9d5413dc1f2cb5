/**
 * Files → documents: decoding, HTML to text, page furniture, title, outlet and publication date.
 * Pure (bytes in, documents out), so the CLI, a Web Worker and the page share it.
 */
import type { Doc, Excluded, Precision } from '../events/types.js';
import { decodeText } from './decode.js';
import { findFurniture, splitLines, type Line } from './furniture.js';
import { htmlToText } from './html.js';
import { MANIFEST_NAME, parseManifest, type ManifestEntry } from './manifest.js';
import { findPublished, type Published } from './published.js';

export interface InputFile {
  /** File name, possibly with folders: "seeds/000_0aadf95a2081af90.txt". */
  name: string;
  bytes: Uint8Array;
}

/** A document ready for extraction: the spec's Doc plus its text and how its date was found. */
export interface CorpusDoc extends Doc {
  text: string;
  /** The file name it came from. */
  file: string;
  /** Publication date as a value the extractor can compute with. */
  date?: Published;
  excluded: Excluded[];
}

export interface Corpus {
  docs: CorpusDoc[];
  /** One line each, naming the file: what could not be read, and why. */
  warnings: string[];
}

export const TEXT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

export function docIdOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** Reads every text file; a manifest named corpus.json among the files supplies metadata. */
export function buildCorpus(files: InputFile[]): Corpus {
  const manifestFile = files.find((f) => isManifest(f.name));
  const { entries: manifest, warnings } = readManifest(manifestFile);
  const docs: CorpusDoc[] = [];
  const seen = new Set<string>();
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (file === manifestFile) continue;
    const skip = skipReason(file.name);
    if (skip) {
      warnings.push(`${file.name}: ${skip}`);
      continue;
    }
    const result = readDocument(file, manifest.get(docIdOf(file.name)));
    const read = 'error' in result ? result : { id: result.doc.id, warning: result.warning };
    const { admitted, message } = admit(read, seen);
    if (message) warnings.push(`${file.name}: ${message}`);
    if (admitted && !('error' in result)) docs.push(result.doc);
  }
  return { docs, warnings };
}

export const isManifest = (name: string) => name.split('/').pop() === MANIFEST_NAME;

/** Why a file is not read as an article, if it is not. */
export function skipReason(name: string): string | undefined {
  return TEXT_EXTENSIONS.includes(extensionOf(name)) ? undefined : 'skipped, not a .txt, .md or .html file';
}

/** The manifest's entries (none without one), and what was wrong with it. */
export function readManifest(file: InputFile | undefined): { entries: Map<string, ManifestEntry>; warnings: string[] } {
  if (!file) return { entries: new Map(), warnings: [] };
  const decoded = decodeText(file.bytes);
  return decoded.ok ? parseManifest(decoded.text, file.name) : { entries: new Map(), warnings: [`${file.name}: ${decoded.reason}; manifest ignored`] };
}

/**
 * Whether a document read joins the corpus (`seen` holds the ids so far, in name order), and the
 * message to show for its file, if any.
 */
export function admit(read: { id: string; warning?: string } | { error: string }, seen: Set<string>): { admitted: boolean; message?: string } {
  if ('error' in read) return { admitted: false, message: read.error };
  if (seen.has(read.id)) return { admitted: false, message: `skipped, another file already has the id ${read.id}` };
  seen.add(read.id);
  return { admitted: true, message: read.warning };
}

/** One file → one document, or the reason it cannot be read. */
export function readDocument(
  file: InputFile,
  meta: ManifestEntry = {},
): { doc: CorpusDoc; warning?: string } | { error: string } {
  const decoded = decodeText(file.bytes);
  if (!decoded.ok) return { error: decoded.reason };
  const ext = extensionOf(file.name);
  const isHtml = ext === '.html' || ext === '.htm';
  const html = isHtml ? htmlToText(decoded.text) : undefined;
  const text = html ? html.text : decoded.text;
  if (!text.trim()) return { error: isHtml ? 'no text in this HTML page' : 'empty file' };
  // Split once: a 50 MB article has a million lines.
  const lines = splitLines(text);
  const excluded = mergeExcluded([...(html?.furniture ?? []), ...findFurniture(text, lines)]);
  const kept = keptLines(lines, excluded);
  if (kept.length === 0) return { error: 'nothing but page furniture' };
  // Date lines often look like furniture ("July 2, 2019 | Materials | 5 min read"), so the head is read whole;
  // the tail only as kept, since comment threads carry dates of their own.
  const head = lines.slice(0, 12).map((l) => l.text);
  const date = datedFromManifest(meta.published) ?? datedFromHtml(html?.published) ?? findPublished(head, kept, keptText(text, excluded), text);
  const doc: CorpusDoc = {
    id: docIdOf(file.name),
    file: file.name,
    text,
    length: text.length,
    excluded,
  };
  const title = meta.title ?? html?.title ?? headline(kept, ext);
  if (title) doc.title = title;
  const source = meta.source ?? html?.source;
  if (source) doc.source = source;
  if (date) {
    doc.date = date;
    doc.published = date.date;
  }
  return decoded.warning ? { doc, warning: decoded.warning } : { doc };
}

function datedFromManifest(published?: string): Published | undefined {
  if (!published) return undefined;
  return { date: published, precision: precisionOf(published), how: 'manifest' };
}

function datedFromHtml(published?: string): Published | undefined {
  const m = published && /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim());
  return m ? { date: `${m[1]}-${m[2]}-${m[3]}`, precision: 'day', how: 'html-meta' } : undefined;
}

export const precisionOf = (iso: string): Precision => (iso.length >= 10 ? 'day' : iso.length >= 7 ? 'month' : 'year');

/**
 * The first line near the top that reads as a headline: a few words, not a sentence ending in a
 * full stop, not a masthead in capitals, a section label, a byline or a date.
 */
function headline(lines: string[], ext: string): string | undefined {
  for (const raw of lines.slice(0, 8)) {
    let line = ext === '.md' || ext === '.markdown' ? raw.replace(/^#+\s*/, '').replace(/^[*_]+|[*_]+$/g, '') : raw;
    line = line.replace(/^UPDATE \d+-/, '').replace(/^(?:ANALYSIS|EXCLUSIVE|OPINION|EXPLAINER|FACTBOX|BREAKING)\s*[|:-]\s*/i, '');
    const words = line.split(/\s+/).length;
    if (line.length > 200 || words < 3 || /[.!?]["”’]?$/.test(line) && words > 12) continue;
    if (line === line.toUpperCase() || /^by\s/i.test(line) || /\d{4}/.test(line) && words < 8) continue;
    return line;
  }
  return undefined;
}

/**
 * The lines outside the excluded spans (sorted and apart, as mergeExcluded leaves them). Both
 * lists are walked once, side by side: a 50 MB file has a million lines and thousands of spans.
 */
function keptLines(lines: readonly Line[], excluded: Excluded[]): string[] {
  const out: string[] = [];
  let j = 0;
  for (const l of lines) {
    while (j + 1 < excluded.length && excluded[j + 1]!.start <= l.start) j++;
    const e = excluded[j];
    if (!(e && l.start >= e.start && l.end <= e.end)) out.push(l.text);
  }
  return out;
}

function keptText(text: string, excluded: Excluded[]): string {
  let out = '';
  let at = 0;
  for (const e of excluded) {
    out += text.slice(at, e.start);
    at = Math.max(at, e.end);
  }
  return out + text.slice(at);
}

function mergeExcluded(spans: Excluded[]): Excluded[] {
  const out: Excluded[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
