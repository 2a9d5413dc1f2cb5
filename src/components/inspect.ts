/**
 * A small inspector for cell values that are not DOM: a one-line summary, expandable (lazily)
 * for arrays, objects, maps and sets. Text only: values are never parsed as HTML.
 */

const MAX_ITEMS = 100;

export function inspect(value: unknown): HTMLElement {
  const root = document.createElement('div');
  root.className = 'inspector';
  root.append(node(value, undefined, true));
  return root;
}

function node(value: unknown, key: string | undefined, open = false): Node {
  const entries = entriesOf(value);
  if (!entries) return line(key, summary(value), kindOf(value));
  const details = document.createElement('details');
  const head = document.createElement('summary');
  head.append(line(key, summary(value), 'object'));
  details.append(head);
  let filled = false;
  const fill = () => {
    if (filled) return;
    filled = true;
    const list = document.createElement('div');
    list.className = 'entries';
    const all = entries();
    for (const [k, v] of all.slice(0, MAX_ITEMS)) list.append(node(v, k));
    if (all.length > MAX_ITEMS) list.append(line(undefined, `… ${all.length - MAX_ITEMS} more`, 'more'));
    details.append(list);
  };
  details.addEventListener('toggle', fill);
  if (open && !(Array.isArray(value) && value.length > 20)) {
    details.open = true;
    fill();
  }
  return details;
}

function line(key: string | undefined, text: string, kind: string): HTMLElement {
  const div = document.createElement('div');
  div.className = 'line';
  if (key !== undefined) {
    const k = document.createElement('span');
    k.className = 'key';
    k.textContent = `${key}: `;
    div.append(k);
  }
  const v = document.createElement('span');
  v.className = `value ${kind}`;
  v.textContent = text;
  div.append(v);
  return div;
}

function entriesOf(value: unknown): (() => [string, unknown][]) | undefined {
  if (Array.isArray(value)) return () => value.map((v, i) => [String(i), v]);
  if (value instanceof Map) return () => [...value].map(([k, v]) => [summary(k), v]);
  if (value instanceof Set) return () => [...value].map((v, i) => [String(i), v]);
  if (value && typeof value === 'object' && !(value instanceof Date) && !(value instanceof Error) && !(value instanceof RegExp)) {
    return () => Object.entries(value);
  }
  return undefined;
}

function kindOf(value: unknown): string {
  return value === null ? 'null' : typeof value;
}

/** A one-line description: "Array(37)", "Object {id, type, …}", a string in quotes, a number. */
export function summary(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 200 ? `${value.slice(0, 199)}…` : value);
  if (typeof value === 'function') return `ƒ ${value.name || ''}()`;
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return value.toString();
  if (value === null || typeof value !== 'object') return String(value);
  if (value instanceof Date) return Number.isNaN(+value) ? 'Invalid Date' : value.toISOString();
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (value instanceof RegExp) return String(value);
  if (Array.isArray(value)) return `Array(${value.length})`;
  if (value instanceof Map) return `Map(${value.size})`;
  if (value instanceof Set) return `Set(${value.size})`;
  const keys = Object.keys(value);
  const name = value.constructor && value.constructor !== Object ? value.constructor.name : 'Object';
  return `${name} {${keys.slice(0, 5).join(', ')}${keys.length > 5 ? ', …' : ''}}`;
}
