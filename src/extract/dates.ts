/**
 * Date expressions resolved against the document's publication date, with the precision the text
 * supports. chrono-node reads the expressions; news reports the past, so what chrono resolves into
 * the future is moved back ("on Sunday" in a Friday paper is the Sunday before), a relative
 * expression is never more precise than the date it is relative to, and the forms chrono does not
 * combine ("in May last year", "late last year", "a week later") are handled here.
 */
import { parse } from 'chrono-node';
import type { Precision } from '../events/types.js';
import { MONTHS } from '../corpus/published.js';

export interface DateValue {
  /** ISO date at the given precision: "2014-05-21", "2014-05", "2014". */
  start: string;
  precision: Precision;
}

export interface DateMention extends DateValue {
  /** Character offsets inside the text searched. */
  index: number;
  length: number;
  text: string;
}

export interface Reference {
  y: number;
  m: number;
  d: number;
  precision: Precision;
}

const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const NUMBER: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, several: 3, few: 3 };

// Forms chrono reads apart or not at all, tried before it. Each returns a value or null.
const RULES: [RegExp, (m: RegExpExecArray, ref: Reference | undefined, anchor: DateValue | undefined) => DateValue | null][] = [
  [new RegExp(`\\b(?:(?:early|late|mid)[- ])?${MONTH}\\s+(?:of\\s+)?last\\s+year\\b`, 'i'), (m, ref) => (ref ? month(ref.y - 1, MONTHS[m[1]!.toLowerCase()]!) : null)],
  [new RegExp(`\\b(?:(?:early|late|mid)[- ])?${MONTH}\\s+(?:of\\s+)?this\\s+year\\b`, 'i'), (m, ref) => (ref ? month(ref.y, MONTHS[m[1]!.toLowerCase()]!) : null)],
  [/\b(?:(?:early|late|mid|earlier|later)[- ](?:in\s+)?)?last\s+year\b/i, (_m, ref) => (ref ? year(ref.y - 1) : null)],
  [/\b(?:(?:early|late|mid|earlier|later)[- ](?:in\s+)?)?(?:this|the\s+current)\s+year\b/i, (_m, ref) => (ref ? year(ref.y) : null)],
  [/\b(?:(?:early|late|mid|earlier|later)[- ](?:in\s+)?)?this\s+month\b/i, (_m, ref) => (ref && RANK[ref.precision] >= 1 ? month(ref.y, ref.m) : null)],
  [/\blast\s+month\b/i, (_m, ref) => (ref && RANK[ref.precision] >= 1 ? (ref.m === 1 ? month(ref.y - 1, 12) : month(ref.y, ref.m - 1)) : null)],
  [/\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+(day|week|month)s?\s+later\b/i, (m, _ref, anchor) => shift(anchor, m[0], m[1]!)],
  [/\bthe\s+(?:next|following)\s+(day|week|month)\b/i, (m, _ref, anchor) => shift(anchor, `one ${m[1]}`, m[1]!)],
  [/\bthe\s+same\s+(day|week)\b|\bthat\s+(day)\b|\bat\s+the\s+time\b/i, (m, _ref, anchor) => (anchor ? { ...anchor } : null)],
  [/\b(?:in|since|during|by|from|until|early|late|mid|around|before|after)\s+((?:19|20)\d{2})\b(?![-/]\d)/i, (m) => year(Number(m[1]))],
];

const GLOBAL_RULES = RULES.map(([re, make]) => [new RegExp(re.source, 'gi'), make] as const);

/** The date expressions in `text`, in order of appearance. */
export function findDates(text: string, ref: Reference | undefined, anchor?: DateValue): DateMention[] {
  const out: DateMention[] = [];
  const taken: [number, number][] = [];
  const free = (i: number, n: number) => !taken.some(([a, b]) => i < b && i + n > a);
  for (const [g, make] of GLOBAL_RULES) {
    g.lastIndex = 0;
    for (let m = g.exec(text); m; m = g.exec(text)) {
      if (!free(m.index, m[0].length)) continue;
      const v = make(m, ref, anchor);
      if (!v) continue;
      out.push({ ...v, index: m.index, length: m[0].length, text: m[0] });
      taken.push([m.index, m.index + m[0].length]);
    }
  }
  if (!MAYBE_DATE.test(text)) return out.sort((a, b) => a.index - b.index);
  const refDate = ref ? new Date(ref.y, ref.m - 1, ref.d, 12) : undefined;
  for (const r of parse(text, refDate, { forwardDate: false })) {
    if (!free(r.index, r.text.length) || !plausible(r.text, text, r.index)) continue;
    // "licences required from Aug. 1", "until March": a period's bounds may lie ahead of the paper.
    const ahead = /\b(?:from|starting|effective|beginning|as\s+of|until|till|through)\s+$/i.test(text.slice(Math.max(0, r.index - 14), r.index)) || /^(?:from|starting|effective|until)\b/i.test(r.text);
    const v = fromChrono(r, ref, ahead);
    if (!v) continue;
    out.push({ ...v, index: r.index, length: r.text.length, text: r.text });
    taken.push([r.index, r.index + r.text.length]);
  }
  return out.sort((a, b) => a.index - b.index);
}

const MAYBE_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today|tonight|week|ago|\d{4}|\d{1,2}\/\d{1,2})/i;
const RELATIVE = /\b(?:last|this|next|ago|yesterday|today|tonight|tomorrow|week|earlier|later|past|coming|mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)/i;

/** chrono reads "may" the verb and "March" the noun as months: keep a month name only with a day, a year or a preposition. */
function plausible(found: string, text: string, index: number): boolean {
  // "at midnight", "at 12:01 a.m.": a time of day is not a date.
  if (/^(?:at\s+)?(?:midnight|noon|midday|morning|afternoon|evening|night|\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?)$/i.test(found.trim())) return false;
  // "from 10", "to 25": a bare number is not a date.
  if (!/[a-z]{3}/i.test(found.replace(/^(?:from|to|on|in|at|by|since|until)\s+/i, '')) && !/\d{4}|\d{1,2}\/\d{1,2}/.test(found)) return false;
  // "for one year", "for 90 days": durations, not dates.
  if (/^(?:for\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:day|week|month|year)s?$/i.test(found.trim()) && !/^\s*(?:ago|later|earlier|before|after)/i.test(text.slice(index + found.length))) return false;
  if (/^(?:may|march|sat|sun|wed|mar|jan|dec|now|today)$/i.test(found.trim())) {
    if (/^may$/i.test(found.trim()) && !/^May$/.test(found.trim())) return false;
    const before = text.slice(Math.max(0, index - 12), index).toLowerCase();
    return /\b(?:in|since|during|by|from|until|early|late|mid|last|of|before|after)\s+$/.test(before);
  }
  return true;
}

interface ChronoResult {
  text: string;
  start: { isCertain(c: 'year' | 'month' | 'day' | 'weekday'): boolean; date(): Date };
}

function fromChrono(r: ChronoResult, ref: Reference | undefined, ahead = false): DateValue | null {
  const c = r.start;
  // "last week", "on Wednesday", "two days ago": counted from the publication date, whatever chrono marks certain.
  const relative = RELATIVE.test(r.text) && !/\b(?:19|20)\d{2}\b/.test(r.text);
  if ((relative || !c.isCertain('year')) && !ref) return null;
  let d = c.date();
  // The latest day the paper can have been published on: the end of its month or year when that is all we know.
  const refEnd = ref ? lastDay(ref) : undefined;
  // News reports the past: a weekday or a month without a year that lands after the paper's date goes back.
  if (refEnd && !ahead && d.getTime() > refEnd.getTime() + 36e5 * 24) {
    if (c.isCertain('weekday') && !c.isCertain('day')) d = new Date(d.getTime() - 7 * 864e5);
    else if (!c.isCertain('year') && c.isCertain('month') && !/\bnext\b|\bcoming\b/i.test(r.text)) d = new Date(d.getFullYear() - 1, d.getMonth(), d.getDate(), 12);
  }
  let precision: Precision = c.isCertain('day') || c.isCertain('weekday') || relativeDay(r.text) ? 'day' : c.isCertain('month') ? 'month' : 'year';
  // "last week" or "on Wednesday" is no more precise than the date it counts from.
  if (ref && relative && RANK[ref.precision] < RANK[precision]) {
    precision = ref.precision;
    // Counted from the middle of a month or year, "last week" stays inside it.
    d = new Date(ref.y, ref.precision === 'year' ? 0 : ref.m - 1, 1, 12);
  }
  return at(d.getFullYear(), d.getMonth() + 1, d.getDate(), precision);
}

function lastDay(ref: Reference): Date {
  if (ref.precision === 'day') return new Date(ref.y, ref.m - 1, ref.d, 12);
  if (ref.precision === 'month') return new Date(ref.y, ref.m, 0, 12);
  return new Date(ref.y, 11, 31, 12);
}

const relativeDay = (s: string) => /\b(?:yesterday|today|tonight|ago|last\s+week|this\s+week)\b/i.test(s);

function shift(anchor: DateValue | undefined, amount: string, unit: string): DateValue | null {
  if (!anchor) return null;
  const n = NUMBER[amount.trim().split(/\s+/)[0]!.toLowerCase()] ?? (Number(amount.trim().split(/\s+/)[0]) || 1);
  const [y, m, d] = anchor.start.split('-').map(Number) as [number, number?, number?];
  const base = new Date(y, (m ?? 1) - 1, d ?? 1, 12);
  if (unit.toLowerCase() === 'month') base.setMonth(base.getMonth() + n);
  else base.setDate(base.getDate() + n * (unit.toLowerCase() === 'week' ? 7 : 1));
  return at(base.getFullYear(), base.getMonth() + 1, base.getDate(), anchor.precision);
}

const pad = (n: number) => String(n).padStart(2, '0');
const year = (y: number): DateValue => ({ start: String(y), precision: 'year' });
const month = (y: number, m: number): DateValue => ({ start: `${y}-${pad(m)}`, precision: 'month' });

export function at(y: number, m: number, d: number, precision: Precision): DateValue {
  return precision === 'day' ? { start: `${y}-${pad(m)}-${pad(d)}`, precision } : precision === 'month' ? month(y, m) : year(y);
}

/** A publication date as a reference point; a month or year stands for its middle. */
export function referenceOf(iso: string | undefined): Reference | undefined {
  const m = iso && /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return undefined;
  const y = Number(m[1]);
  if (m[3]) return { y, m: Number(m[2]), d: Number(m[3]), precision: 'day' };
  if (m[2]) return { y, m: Number(m[2]), d: 15, precision: 'month' };
  return { y, m: 7, d: 1, precision: 'year' };
}

// Deduplication and linking ask for the span of the same few thousand dates millions of times.
const spans = new Map<string, readonly [number, number]>();

/** [first day, last day] of an ISO date at its precision, as UTC milliseconds: for comparing dates. */
export function span(iso: string): readonly [number, number] {
  let known = spans.get(iso);
  if (known) return known;
  const [y, m, d] = iso.split('-').map(Number) as [number, number?, number?];
  known = d ? [Date.UTC(y, m! - 1, d), Date.UTC(y, m! - 1, d)] : m ? [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 0)] : [Date.UTC(y, 0, 1), Date.UTC(y, 11, 31)];
  if (spans.size > 100_000) spans.clear();
  spans.set(iso, known);
  return known;
}
