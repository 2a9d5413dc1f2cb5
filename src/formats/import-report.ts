/**
 * What an import made of a file: rows read, events made, and the rows it could not use, with the
 * line numbers of the first few so an analyst can find them. Bad rows are counted, never thrown.
 */

export interface RowProblem {
  /** 1-based line number in the file. */
  line: number;
  reason: string;
}

export interface ImportReport {
  /** The file, as named in messages. */
  file: string;
  format: 'gdelt' | 'polecat';
  /** Non-empty lines read (a header line included). */
  rows: number;
  events: number;
  documents: number;
  /** Rows that could not be read at all (wrong column count, bad date, not JSON…). */
  bad: number;
  /** The first bad rows, in file order. */
  problems: RowProblem[];
  /** Rows that were read but carry no PLOVER event (CAMEO 01 statements…), by why: "CAMEO 010 (Make statement…)": 12. */
  skipped: Record<string, number>;
}

/** How many bad rows are kept with their line numbers. */
export const MAX_PROBLEMS = 20;

export function emptyReport(file: string, format: ImportReport['format']): ImportReport {
  return { file, format, rows: 0, events: 0, documents: 0, bad: 0, problems: [], skipped: {} };
}

export function addProblem(report: ImportReport, line: number, reason: string): void {
  report.bad++;
  if (report.problems.length < MAX_PROBLEMS) report.problems.push({ line, reason });
}

export function addSkipped(report: ImportReport, why: string): void {
  report.skipped[why] = (report.skipped[why] ?? 0) + 1;
}

/** The report as lines for a terminal or the page, each naming the file. */
export function reportLines(report: ImportReport): string[] {
  const n = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
  const lines = [`${report.file}: ${n(report.events, 'event')} from ${n(report.rows, 'row')}, ${n(report.documents, 'document')}`];
  const skipped = Object.entries(report.skipped).sort((a, b) => b[1] - a[1]);
  const skippedRows = skipped.reduce((sum, [, count]) => sum + count, 0);
  if (skippedRows) {
    const top = skipped.slice(0, 5).map(([why, count]) => `${why}: ${count.toLocaleString('en-US')}`).join('; ');
    lines.push(`${report.file}: ${n(skippedRows, 'row')} left out, no PLOVER event (${top}${skipped.length > 5 ? '; …' : ''})`);
  }
  if (report.bad) {
    lines.push(`${report.file}: ${n(report.bad, 'row')} could not be read${report.bad > report.problems.length ? ` (the first ${report.problems.length} follow)` : ''}`);
    for (const p of report.problems) lines.push(`${report.file}:${p.line}: ${p.reason}`);
  }
  return lines;
}
