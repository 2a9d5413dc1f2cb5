/** Events as CSV, one event per row, for spreadsheets. */
import type { EventsFile } from '../events/types.js';

export const CSV_COLUMNS = ['id', 'type', 'measure', 'source', 'target', 'date', 'precision', 'confidence', 'documents', 'mentions', 'first_mention', 'rule'];

export function eventsToCsv(file: EventsFile): string {
  const rows = file.events.map((e) => [
    e.id,
    e.type,
    e.measure ?? '',
    e.source.join(';'),
    e.target.join(';'),
    e.date?.start ?? '',
    e.date?.precision ?? '',
    e.confidence ?? '',
    [...new Set(e.mentions.map((m) => m.doc))].join(';'),
    e.mentions.length,
    e.mentions[0]?.text.replace(/\s+/g, ' ').trim() ?? '',
    e.rule ?? '',
  ]);
  return [CSV_COLUMNS, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

function cell(v: unknown): string {
  const s = String(v);
  // Quote what needs it, and defuse spreadsheet formulas.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
