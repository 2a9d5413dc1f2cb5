/**
 * SVG snapshot tests in the manner of Observable Plot's: a test is a named function, and its name
 * is the file in test/output/ that the normalised SVG is compared with. A missing snapshot is
 * written (and fails only in CI); a mismatch writes <name>-changed.svg beside it and fails.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'vitest';
import { testDocument } from './dom.js';

const OUTPUT = fileURLToPath(new URL('../output/', import.meta.url));
const SVG_NS = 'http://www.w3.org/2000/svg';

/** Registers `render` as a snapshot test named after the function: snapshotTest(function timelineMonthSpans(document) {…}). */
export function snapshotTest(render: (document: Document) => Element | Promise<Element>): void {
  const name = render.name;
  if (!name) throw new Error('snapshotTest needs a named function: its name is the snapshot file');
  test(name, async () => expectSvgSnapshot(name, await render(testDocument())));
}

/** Compares `element`, normalised, with test/output/<name>.svg. */
export function expectSvgSnapshot(name: string, element: Element): void {
  const actual = normalizeSvg(element);
  const file = join(OUTPUT, `${name}.svg`);
  const changed = join(OUTPUT, `${name}-changed.svg`);
  if (!existsSync(file)) {
    if (process.env.CI) throw new Error(`missing snapshot test/output/${name}.svg (snapshots are not written in CI)`);
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  const expected = readFileSync(file, 'utf8');
  if (actual === expected) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  const a = actual.split('\n');
  const e = expected.split('\n');
  const line = a.findIndex((l, i) => l !== e[i]);
  throw new Error(`test/output/${name}.svg changed; see ${name}-changed.svg. First difference at line ${line + 1}:\n- ${e[line] ?? '(end)'}\n+ ${a[line] ?? '(end)'}`);
}

/**
 * The element as stable text: one element per line, indented; numbers in attributes rounded to
 * 2 decimals; generated ids (clip paths, markers, patterns) renumbered in order of appearance.
 */
export function normalizeSvg(element: Element): string {
  const ids = new Map<string, string>();
  const counters = new Map<string, number>();
  for (const el of [element, ...element.querySelectorAll('[id]')]) {
    const id = el.getAttribute('id');
    if (!id || ids.has(id)) continue;
    const prefix = id.replace(/\d+$/, '');
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    ids.set(id, `${prefix}${n}`);
  }
  const lines: string[] = [];
  write(element, 0, lines, ids, true);
  return lines.join('\n') + '\n';
}

function write(el: Element, depth: number, lines: string[], ids: Map<string, string>, root = false): void {
  const indent = '  '.repeat(depth);
  const attrs = [...el.attributes].map((a) => [a.name, attribute(a.name, a.value, ids)] as const);
  if (root && el.localName === 'svg' && !el.hasAttribute('xmlns')) attrs.unshift(['xmlns', SVG_NS]);
  const open = `<${el.localName}${attrs.map(([k, v]) => ` ${k}="${escape(v, true)}"`).join('')}`;
  const children = [...el.childNodes].filter((n) => n.nodeType === 1 || (n.nodeType === 3 && n.textContent!.trim()));
  if (!children.length) {
    lines.push(`${indent}${open}/>`);
  } else if (children.every((n) => n.nodeType === 3)) {
    lines.push(`${indent}${open}>${escape(el.textContent ?? '', false)}</${el.localName}>`);
  } else {
    lines.push(`${indent}${open}>`);
    for (const child of children) {
      if (child.nodeType === 1) write(child as Element, depth + 1, lines, ids);
      else lines.push(`${indent}  ${escape(child.textContent!.trim(), false)}`);
    }
    lines.push(`${indent}</${el.localName}>`);
  }
}

function attribute(name: string, value: string, ids: Map<string, string>): string {
  if (name === 'id') return ids.get(value) ?? value;
  const v = value.replace(/#([\w-]+)/g, (m, id: string) => (ids.has(id) ? `#${ids.get(id)}` : m));
  return v.replace(/-?\d*\.\d+(?:e[-+]?\d+)?/gi, (n) => {
    const r = Math.round(Number(n) * 100) / 100;
    return String(Object.is(r, -0) ? 0 : r);
  });
}

function escape(text: string, quoted: boolean): string {
  const t = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return quoted ? t.replace(/"/g, '&quot;') : t;
}
