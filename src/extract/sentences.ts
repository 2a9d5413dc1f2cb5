/**
 * Sentences with offsets. A line break always ends a sentence (news text puts headlines, datelines
 * and paragraphs on lines of their own); inside a line, a full stop ends one unless it belongs to
 * an abbreviation (U.S., Corp., Inc., Ltd., Jan., No.), an initial or a number.
 */
import type { Excluded } from '../events/types.js';

export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph (line) it belongs to. */
  para: number;
  /** A line without closing punctuation near the top: a headline or standfirst. */
  headline: boolean;
}

const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof gen col lt sgt capt gov sen rep st mt ft jr sr inc corp ltd co plc llc bros dept est vs etc ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun no nos vol fig ' +
    'approx ave blvd rd e.g i.e u.s u.k u.n e.u a.m p.m op cf al').split(' '),
);
/** Abbreviations that often end a sentence too: "… sold to the U.S. The company said …". */
const ALSO_FINAL = new Set(['inc', 'corp', 'ltd', 'co', 'plc', 'llc', 'u.s', 'u.k', 'u.n', 'e.u', 'etc', 'a.m', 'p.m']);
const SENTENCE_STARTERS = new Set(
  ('the a an it its he she they we this that these those in on at but and however meanwhile last earlier since after ' +
    'while although as his her their our there such some many both one two three four five').split(' '),
);

export function splitSentences(text: string, excluded: Excluded[] = []): Sentence[] {
  const out: Sentence[] = [];
  let para = 0;
  let lineStart = 0;
  let lineNo = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (text.slice(lineStart, lineEnd).trim()) {
      const before = out.length;
      splitLine(text, lineStart, lineEnd, para, out);
      // The first few lines that do not end like a sentence are headlines.
      const headline = lineNo < 6 && !/[.!?]["”’)]?\s*$/.test(text.slice(lineStart, lineEnd));
      for (let i = before; i < out.length; i++) out[i]!.headline = headline;
      para++;
      lineNo++;
    }
    lineStart = lineEnd + 1;
  }
  return excluded.length ? out.filter((s) => !excluded.some((e) => s.start < e.end && s.end > e.start)) : out;
}

// "WASHINGTON/BEIJING, July 6 (Meridian Wire) - ", "BRUSSELS - ": where and when, not part of the first sentence.
export const DATELINE = /^[A-Z][A-Z .'’/-]{2,40}(?:,\s*[A-Z][A-Za-z .]{1,25})?(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^)\n]{2,40}\))?\s*[-–—]{1,2}\s+/;

function splitLine(text: string, from: number, to: number, para: number, out: Sentence[]) {
  let start = skipSpace(text, from, to);
  const dateline = DATELINE.exec(text.slice(start, Math.min(to, start + 120)));
  if (dateline && start + dateline[0].length < to) start += dateline[0].length;
  for (let i = start; i < to; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let end = i + 1;
    while (end < to && /["”’')\]]/.test(text[end]!)) end++;
    if (end < to && !/\s/.test(text[end]!)) continue;
    const next = skipSpace(text, end, to);
    if (next >= to) break;
    if (c === '.' && !endsSentence(text, start, i, next)) continue;
    if (!/[A-Z0-9"“‘'(À-Þ]/.test(text[next]!)) continue;
    pushSentence(text, start, end, para, out);
    start = next;
    i = next - 1;
  }
  if (start < to) pushSentence(text, start, to, para, out);
}

function endsSentence(text: string, start: number, dot: number, next: number): boolean {
  let w = dot;
  while (w > start && /[A-Za-z.]/.test(text[w - 1]!)) w--;
  const word = text.slice(w, dot).toLowerCase();
  if (/^[a-z]$/i.test(word) && /[A-Z]/.test(text[w]!)) return false; // an initial: "John F. Kennedy"
  if (/\d$/.test(text.slice(start, dot)) && /^\d/.test(text.slice(next))) return false;
  if (!ABBREVIATIONS.has(word.replace(/\.$/, ''))) return true;
  if (!ALSO_FINAL.has(word.replace(/\.$/, ''))) return false;
  const nextWord = /^[A-Za-z]+/.exec(text.slice(next, next + 20))?.[0].toLowerCase() ?? '';
  return SENTENCE_STARTERS.has(nextWord);
}

function pushSentence(text: string, start: number, end: number, para: number, out: Sentence[]) {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  if (e > start) out.push({ start, end: e, para, headline: false });
}

function skipSpace(text: string, i: number, to: number): number {
  while (i < to && /\s/.test(text[i]!)) i++;
  return i;
}
