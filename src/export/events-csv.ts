/**
 * Events as CSV, one event per row, for spreadsheets: RFC 4180 (CRLF line ends, fields quoted
 * when they hold a quote, comma or line break, quotes doubled), with formula injection defused.
 */
import type { EventsFile } from '../events/types.js';

export const CSV_COLUMNS = ['id', 'type', 'measure', 'source', 'target', 'date', 'precision', 'confidence', 'documents', 'mentions', 'first_mention', 'rule'] as const;

/**
 * One row per event under a header of `CSV_COLUMNS`. Lists (actors, documents) are joined with
 * ";"; `date` is the ISO start, or "start/end" (an ISO 8601 interval) when the event has an end.
 */
export function eventsCsv(file: EventsFile): string {
  const rows = file.events.map((e) => [
    e.id,
    e.type,
    e.measure ?? '',
    e.source.join(';'),
    e.target.join(';'),
    e.date ? (e.date.end && e.date.end !== e.date.start ? `${e.date.start}/${e.date.end}` : e.date.start) : '',
    e.date?.precision ?? '',
    e.confidence ?? '',
    [...new Set(e.mentions.map((m) => m.doc))].join(';'),
    e.mentions.length,
    e.mentions[0]?.text.replace(/\s+/g, ' ').trim() ?? '',
    e.rule ?? '',
  ]);
  return [CSV_COLUMNS, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * One CSV field. Text a spreadsheet would run as a formula (a leading = + - @, or a tab or
 * carriage return before one) gets a leading apostrophe, as OWASP advises; then the field is
 * quoted if it needs to be.
 */
export function csvCell(value: string | number): string {
  const s = String(value);
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
