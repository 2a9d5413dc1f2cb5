/**
 * A query's rows as an HTML table: how a SQL cell shows its result. Every value is set as text,
 * never parsed as HTML (the rows come from the corpus). Styled by the notebook's shared table
 * rules (.table-wrap scrolls, td.num aligns numbers).
 */

/** At most this many rows are drawn; the caption says how many there are. */
const MAX_ROWS = 250;

export function resultTable(rows: readonly object[], options: { columns?: readonly string[] } = {}): HTMLElement {
  const records = rows as readonly Record<string, unknown>[];
  const columns = options.columns ?? (rows as { columns?: string[] }).columns ?? keysOf(records);
  const numeric = new Set(columns.filter((c) => records.some((r) => typeof r[c] === 'number') && records.every((r) => r[c] == null || typeof r[c] === 'number')));

  const wrap = element('div', 'table-wrap');
  const table = wrap.appendChild(element('table'));
  const shown = Math.min(records.length, MAX_ROWS);
  table.appendChild(element('caption', undefined, caption(records.length, shown)));
  const head = table.appendChild(element('thead')).appendChild(element('tr'));
  for (const c of columns) head.appendChild(element('th', numeric.has(c) ? 'num' : undefined, c)).setAttribute('scope', 'col');
  const body = table.appendChild(element('tbody'));
  for (const row of records.slice(0, shown)) {
    const tr = body.appendChild(element('tr'));
    for (const c of columns) tr.appendChild(element('td', numeric.has(c) ? 'num' : undefined, format(row[c])));
  }
  return wrap;
}

function caption(total: number, shown: number): string {
  const rows = total === 1 ? '1 row' : `${total.toLocaleString('en')} rows`;
  return shown < total ? `${rows}, the first ${shown} shown` : rows;
}

function keysOf(rows: readonly Record<string, unknown>[]): string[] {
  const keys = new Set<string>();
  for (const row of rows.slice(0, MAX_ROWS)) for (const key of Object.keys(row)) keys.add(key);
  return [...keys];
}

/** A cell's text: dates as ISO days (with the time when there is one), lists joined by commas. */
export function format(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.valueOf())) return 'Invalid date';
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
  }
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4)));
  if (Array.isArray(value)) return value.map(format).join(', ');
  if (typeof value === 'object') return JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  return String(value);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}
