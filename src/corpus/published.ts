/**
 * A document's publication date, as precise as its text supports: datelines and date lines first
 * ("May 30, 2014", "(China Daily USA 05/30/2014 page18)", "Published 31 May 2019",
 * "WASHINGTON, July 6 (Reuters) -", "Posted on 2020-08-30"), else the latest date the text itself
 * states in full. The manifest, when there is one, overrides all of this (see corpus.ts).
 */
import type { Precision } from '../events/types.js';

export interface Published {
  /** ISO 8601: "2014-05-30", "2014-05" or "2014". */
  date: string;
  precision: Precision;
  /** How it was found, for the notebook's "why?". */
  how: 'manifest' | 'html-meta' | 'date-line' | 'dateline' | 'trailer' | 'inferred';
}

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?';
// "May 30, 2014" | "30 May 2014" | "2014-05-30" | "05/30/2014"
const MDY = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'i');
const DMY = new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})`, 'i');
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/;
const NUMERIC = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)/;

/** Parses a date at the start of `s`; null when there is none. */
export function parseDateAt(s: string): { y: number; m: number; d: number; length: number } | null {
  let m = MDY.exec(s);
  if (m) return valid(+m[3]!, MONTHS[m[1]!.toLowerCase().replace('.', '')]!, +m[2]!, m[0].length);
  m = DMY.exec(s);
  if (m) return valid(+m[3]!, MONTHS[m[2]!.toLowerCase().replace('.', '')]!, +m[1]!, m[0].length);
  m = ISO.exec(s);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!, m[0].length);
  m = NUMERIC.exec(s);
  if (m) {
    const [a, b] = [+m[1]!, +m[2]!];
    // "10.08.2021" is written day first wherever dots are used; "05/30/2014" month first (US style)
    // unless the first number cannot be a month.
    const dayFirst = m[0].includes('.') ? b <= 12 : a > 12;
    return dayFirst ? valid(+m[3]!, b, a, m[0].length) : valid(+m[3]!, a, b, m[0].length);
  }
  return null;
}

function valid(y: number, m: number, d: number, length: number) {
  if (!m || m < 1 || m > 12 || d < 1 || y < 1900 || y > 2200) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCDate() === d ? { y, m, d, length } : null;
}

const iso = (y: number, m?: number, d?: number) =>
  [String(y), m && String(m).padStart(2, '0'), d && String(d).padStart(2, '0')].filter(Boolean).join('-');

const TAIL_LINES = 12;
const DATE_LINE_PREFIX = /^(?:(?:first |originally |last )?(?:published|posted|posted on|dated|date|released|issued|updated)\b(?:\s+on)?\s*:?\s*|(?:by\s+[^|•·]{2,60}\s*[|•·]\s*))/i;
const DATELINE = new RegExp(`^[A-Z][A-Z .'/-]{2,40}(?:,\\s*[A-Za-z .]{2,30})?,\\s+${MONTH}\\s+(\\d{1,2})\\b[^\\n]{0,40}?[-–—]`);
const TRAILER = /\(([^()\n]{0,60}?)(\d{1,2}\/\d{1,2}\/\d{4})[^()\n]{0,20}\)/;

/**
 * Finds the publication date: `head` is the first lines as written, `kept` the lines that are not
 * furniture, `keptText` their text, `fullText` everything (copyright lines carry the year).
 */
export function findPublished(head: string[], kept: string[], keptText: string, fullText: string): Published | undefined {
  const tail = kept.slice(-TAIL_LINES);
  for (const line of head) {
    const found = dateLine(line);
    if (found) return found;
  }
  for (const line of [...head, ...tail]) {
    const t = TRAILER.exec(line);
    const d = t && parseDateAt(t[2]!);
    if (d) return { date: iso(d.y, d.m, d.d), precision: 'day', how: 'trailer' };
  }
  for (const line of tail) {
    const found = dateLine(line);
    if (found) return found;
  }
  const year = copyrightYear(fullText) ?? latestYear(keptText);
  for (const line of head) {
    const m = DATELINE.exec(line);
    if (m && year) {
      const month = MONTHS[m[1]!.toLowerCase().replace('.', '')]!;
      const d = valid(year, month, +m[2]!, 0);
      if (d) return { date: iso(d.y, d.m, d.d), precision: 'day', how: 'dateline' };
    }
  }
  return inferFromText(keptText);
}

/** "(c) 2018 Meridian Wire", "© 2019": the year a page was published in. */
function copyrightYear(text: string): number | undefined {
  const m = /(?:\(c\)|©|copyright)\s*((?:19|20)\d{2})\b/i.exec(text);
  return m ? Number(m[1]) : undefined;
}

/**
 * A line that is a date, or says when it was published or posted: "May 30, 2014",
 * "Posted on 2020-08-30 by …", "June 26, 2018 at 7:14 am | by …", "17/07/2018 - 08:15 GMT | By …", "Issue #212 - Tuesday, May 21, 2019".
 */
function dateLine(raw: string): Published | undefined {
  const line = raw.replace(/^[*_#>\s]+|[*_\s]+$/g, '');
  const prefix = DATE_LINE_PREFIX.exec(line);
  const rest = prefix ? line.slice(prefix[0].length) : line;
  const d = parseDateAt(rest);
  if (d) {
    // A bare date counts when the line holds little else, or the rest is set apart (a time, a byline, a section).
    const after = rest.slice(d.length).trim();
    if (prefix || after.length <= 30 || /^[|•·–—-]/.test(after) || /^(?:at\s+)?\d{1,2}[:.]\d{2}\b/i.test(after)) return { date: iso(d.y, d.m, d.d), precision: 'day', how: 'date-line' };
    return undefined;
  }
  // A short header line with a date after a separator: "Issue #212 - Tuesday, May 21, 2019".
  if (line.length > 80) return undefined;
  const sep = /(?:^|\s)[|•·–—-]\s+/g;
  for (let m = sep.exec(line); m; m = sep.exec(line)) {
    const later = parseDateAt(line.slice(m.index + m[0].length));
    if (later) return { date: iso(later.y, later.m, later.d), precision: 'day', how: 'date-line' };
  }
  return undefined;
}

const FULL_DATE = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b|\\b(\\d{1,2})\\s+${MONTH},?\\s+((?:19|20)\\d{2})\\b|\\b${MONTH}\\s+((?:19|20)\\d{2})\\b`, 'gi');

/**
 * With no date line, the year of the latest date the text itself states: it bounds the publication
 * date from below, so nothing finer than the year is claimed.
 */
function inferFromText(text: string): Published | undefined {
  let best: number | undefined;
  for (const m of text.matchAll(FULL_DATE)) {
    const y = +(m[3] ?? m[6] ?? m[8])!;
    if (!best || y > best) best = y;
  }
  const year = best ?? latestYear(text);
  return year ? { date: iso(year), precision: 'year', how: 'inferred' } : undefined;
}

/** The latest plausible year written in the text ("in 2018", "2019-20"), ignoring numbers that are not years and decades ("the 2000s"). */
function latestYear(text: string): number | undefined {
  let best: number | undefined;
  for (const m of text.matchAll(/(?<![\d$€£¥.,])((?:19[5-9]|20[0-9])\d)(?![\d%]|s\b|,\d|\.\d)/g)) {
    const y = +m[1]!;
    if (!best || y > best) best = y;
  }
  return best;
}
