/**
 * Timeline marks counted per row and month, for corpora too large to draw event by event.
 * Year-precise events get their own year bins rather than being forced into January.
 */
import type { PloverType } from '../events/types.js';
import type { TimelineData } from './timeline.js';

export interface TimelineBin {
  row: string;
  start: Date;
  /** Exclusive. */
  end: Date;
  /** "month" bins hold day- and month-precise events; "year" bins hold year-precise ones. */
  precision: 'month' | 'year';
  count: number;
  /** Counts by PLOVER type. */
  types: Partial<Record<PloverType, number>>;
}

/** Bins in row order, then by start; month bins are keyed by the month each mark starts in. */
export function timelineBins(data: TimelineData): TimelineBin[] {
  const out: TimelineBin[] = [];
  for (const row of data.rows) {
    const bins = new Map<string, TimelineBin>();
    for (const mark of row.marks) {
      const s = mark.start;
      const year = mark.precision === 'year';
      const start = Date.UTC(s.getUTCFullYear(), year ? 0 : s.getUTCMonth(), 1);
      const key = `${year ? 'y' : 'm'}${start}`;
      let bin = bins.get(key);
      if (!bin) {
        const end = year ? Date.UTC(s.getUTCFullYear() + 1, 0, 1) : Date.UTC(s.getUTCFullYear(), s.getUTCMonth() + 1, 1);
        bins.set(key, (bin = { row: row.key, start: new Date(start), end: new Date(end), precision: year ? 'year' : 'month', count: 0, types: {} }));
      }
      bin.count++;
      bin.types[mark.type] = (bin.types[mark.type] ?? 0) + 1;
    }
    out.push(...[...bins.values()].sort((a, b) => +a.start - +b.start || (a.precision === 'year' ? -1 : 1)));
  }
  return out;
}
