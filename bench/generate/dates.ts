/**
 * Dates in an article, found so they can be moved: full dates in the forms news uses, month and
 * year, a month and day with the year left to the reader, bare years, and a month after a
 * preposition ("in May"). Every form moves by the same number of months, so an article stays
 * consistent with itself and with its publication date.
 */

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export type DateForm =
  | 'M D, Y' // July 2, 2019
  | 'D M Y' // 31 May 2019
  | 'M Y' // May 2014
  | 'M D' // July 24
  | 'D M' // 21 May
  | 'M' // (in) May
  | 'ISO' // 2020-08-30
  | 'MDY/' // 05/30/2014
  | 'DMY/' // 17/07/2018
  | 'Y' // 2014
  | 'Y-YY'; // 2017-18

export interface DateSpot {
  start: number;
  end: number;
  form: DateForm;
  year?: number;
  /** 0–11 */
  month?: number;
  day?: number;
  /** Y-YY: the second year. */
  year2?: number;
  /** The month was written short ("Aug"), with a full stop or not ("Aug."). */
  short?: '' | '.';
}

// Full names, or the short forms with an optional full stop (Sept too); "May" is both.
const M = `${MONTHS.join('|')}|(?:${SHORT.join('|')}|Sept)\\.?`;
// Years of the disputes' era only: "the 1965 treaty" or "1910-45 colonial rule" stay as written.
const YEAR = '20[0-3]\\d';
const PATTERNS: [DateForm, RegExp][] = [
  ['M D, Y', new RegExp(`\\b(${M}) (\\d{1,2}),? (${YEAR})\\b`, 'g')],
  ['D M Y', new RegExp(`\\b(\\d{1,2}) (${M}),? (${YEAR})\\b`, 'g')],
  ['M Y', new RegExp(`\\b(${M}),? (${YEAR})\\b`, 'g')],
  ['ISO', new RegExp(`\\b(${YEAR})-(\\d{2})-(\\d{2})\\b`, 'g')],
  ['MDY/', new RegExp(`\\b(\\d{2})/(\\d{2})/(${YEAR})\\b`, 'g')],
  ['Y-YY', new RegExp(`\\b(${YEAR})-(\\d{2})\\b(?!-)`, 'g')],
  ['M D', new RegExp(`\\b(${M}) (\\d{1,2})\\b(?![,\\d])`, 'g')],
  ['D M', new RegExp(`\\b(\\d{1,2}) (${M})\\b`, 'g')],
  ['Y', new RegExp(`(?<![\\d/-])(${YEAR})(?![\\d/]|-\\d)`, 'g')],
  ['M', new RegExp(`(?<=\\b(?:in|since|until|from|by|early|late|mid|between|and|through|during|of|to|last|next|this)[ -])(${M})\\b`, 'g')],
];

/** The date expressions of `text`, in order, none overlapping (earlier patterns win). */
export function findDates(text: string): DateSpot[] {
  const spots: DateSpot[] = [];
  const taken = (s: number, e: number) => spots.some((d) => s < d.end && e > d.start);
  for (const [form, re] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [start, end] = [m.index, m.index + m[0].length];
      if (taken(start, end)) continue;
      const spot = parse(form, m, start, end);
      if (spot) spots.push(spot);
    }
  }
  return spots.sort((a, b) => a.start - b.start);
}

function parse(form: DateForm, m: RegExpExecArray, start: number, end: number): DateSpot | undefined {
  const month = (name: string) => (MONTHS.includes(name) ? MONTHS.indexOf(name) : SHORT.indexOf(name.replace('.', '').slice(0, 3)));
  const g = (i: number) => m[i]!;
  const written = m.slice(1).find((x) => x !== undefined && /^[A-Z]/.test(x));
  const spot = parseSpot(form, g, month, start, end);
  if (spot && written && !MONTHS.includes(written)) spot.short = written.endsWith('.') ? '.' : '';
  return spot;
}

function parseSpot(form: DateForm, g: (i: number) => string, month: (name: string) => number, start: number, end: number): DateSpot | undefined {
  switch (form) {
    case 'M D, Y':
      return { start, end, form, month: month(g(1)), day: +g(2), year: +g(3) };
    case 'D M Y':
      return { start, end, form, day: +g(1), month: month(g(2)), year: +g(3) };
    case 'M Y':
      return { start, end, form, month: month(g(1)), year: +g(2) };
    case 'ISO':
      return validDay(+g(2), +g(3)) ? { start, end, form, year: +g(1), month: +g(2) - 1, day: +g(3) } : undefined;
    case 'MDY/': {
      const [a, b] = [+g(1), +g(2)];
      // Month first unless the first number cannot be a month (17/07/2018 is day-first).
      if (validDay(a, b)) return { start, end, form, month: a - 1, day: b, year: +g(3) };
      if (validDay(b, a)) return { start, end, form: 'DMY/', month: b - 1, day: a, year: +g(3) };
      return undefined;
    }
    case 'Y-YY': {
      const y = +g(1);
      const y2 = Math.floor(y / 100) * 100 + +g(2);
      return y2 > y && y2 - y < 10 ? { start, end, form, year: y, year2: y2 } : undefined;
    }
    case 'M D':
      return +g(2) >= 1 && +g(2) <= 31 ? { start, end, form, month: month(g(1)), day: +g(2) } : undefined;
    case 'D M':
      return +g(1) >= 1 && +g(1) <= 31 ? { start, end, form, day: +g(1), month: month(g(2)) } : undefined;
    case 'Y':
      return { start, end, form, year: +g(1) };
    case 'M':
      return { start, end, form, month: month(g(1)) };
    default:
      return undefined;
  }
}

function validDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * The date moved by `months`. A date without a month (a bare year) moves as if it were in
 * `refMonth`, the month of the article's publication, so "2014" in an article of May 2014 moved
 * by 8 months becomes 2015 exactly when the publication date does. Days past the 28th become
 * the 28th, so that no month overflows.
 */
export function shiftDate(spot: DateSpot, months: number, refMonth: number): string {
  const year = spot.year ?? 2000;
  const total = year * 12 + (spot.month ?? refMonth) + months;
  const [y, mo] = [Math.floor(total / 12), ((total % 12) + 12) % 12];
  const day = Math.min(spot.day ?? 1, 28);
  const name = spot.short === undefined ? MONTHS[mo]! : `${SHORT[mo]!}${spot.short}`;
  const two = (n: number) => String(n).padStart(2, '0');
  switch (spot.form) {
    case 'M D, Y':
      return `${name} ${day}, ${y}`;
    case 'D M Y':
      return `${day} ${name} ${y}`;
    case 'M Y':
      return `${name} ${y}`;
    case 'ISO':
      return `${y}-${two(mo + 1)}-${two(day)}`;
    case 'MDY/':
      return `${two(mo + 1)}/${two(day)}/${y}`;
    case 'DMY/':
      return `${two(day)}/${two(mo + 1)}/${y}`;
    case 'M D':
      return `${name} ${day}`;
    case 'D M':
      return `${day} ${name}`;
    case 'M':
      return name;
    case 'Y':
      return String(y);
    case 'Y-YY': {
      const d = y - year;
      return `${y}-${two((spot.year2! + d) % 100)}`;
    }
  }
}

/** An ISO publication date ("2014", "2014-05", "2014-05-30") moved by `months`, at its own precision. */
export function shiftIso(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number | undefined, number | undefined];
  const total = y * 12 + ((m ?? 7) - 1) + months;
  const [ny, nm] = [Math.floor(total / 12), ((total % 12) + 12) % 12];
  const two = (n: number) => String(n).padStart(2, '0');
  if (m === undefined) return String(ny);
  if (d === undefined) return `${ny}-${two(nm + 1)}`;
  return `${ny}-${two(nm + 1)}-${two(Math.min(d, 28))}`;
}
