import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { AssignmentError } from '../../src/notebook/analyze.js';
import { parseCell } from '../../src/notebook/cell.js';
import { cellsOf, fenceOptions, parseNotebook } from '../../src/notebook/parse.js';

const cell = (source: string, builtins: string[] = []) => parseCell(source, { id: 'test' }, { builtins });

describe('parseCell(source) inputs and outputs', () => {
  test.each([
    ['a + b', ['a', 'b'], []],
    ['const {x, y: [z = w]} = p;', ['p', 'w'], ['x', 'z']],
    ['function f(a, {b}, ...c) { return a + b + c + d; }', ['d'], ['f']],
    ['(a) => a + b', ['b'], []],
    ['try { t() } catch ({message}) { message + m }', ['m', 't'], []],
    ['class A { static s = A; m() { return B; } }', ['B'], ['A']],
    ['const o = {k: v, [c]: 1, s}; o.k.j', ['c', 's', 'v'], ['o']],
    ['l: while (x) { break l; }', ['x'], []],
    ['const f = function g() { return g(h); }', ['h'], ['f']],
    ['for (const [k, v] of Object.entries(m)) use(k, v)', ['m', 'use'], []],
    ['{ const inner = 1; } inner', ['inner'], []],
    ['let n = 0; n++; n += 1; [n] = [2]; ({n} = {n: 3});', [], ['n']],
    ['function f(a = x) { var x; return x; }', ['x'], ['f']],
    ['new.target; import.meta.url', [], []],
    ['`${t}` + tag`${u}`', ['t', 'tag', 'u'], []],
    ['a?.b?.[c]', ['a', 'c'], []],
    ['class C { #p = q; static { const r = s; } }', ['q', 's'], ['C']],
  ])('%s → inputs %j, outputs %j', (source, inputs, outputs) => {
    expect(cell(source)).toMatchObject({ inputs, outputs });
  });

  test('globals are not inputs, builtins are, even when they shadow a global', () => {
    expect(cell('Math.max(document.body, JSON, window, console, fetch(u))').inputs).toEqual(['u']);
    expect(cell('fetch(u)', ['fetch']).inputs).toEqual(['fetch', 'u']);
  });

  test('a name another cell defines beats a global of that name', () => {
    const notebook = parseNotebook('```js\nconst location = 1;\n```\n\n```js\nlocation + 1\n```', { path: 'n.md' });
    expect(cellsOf(notebook).map((c) => c.inputs)).toEqual([[], ['location']]);
  });

  test('an assignment to a name the cell does not declare is an error at that name', () => {
    expect(cell('a = 1')).toMatchObject({ error: { message: "Assignment to external variable 'a'", line: 1, column: 1 } });
    expect(cell('const b = 1;\nfor (c of b) {}').error).toMatchObject({ line: 2, column: 6 });
    expect(cell('x.y = 1; z[0] = 2').error).toBeUndefined();
    expect(new AssignmentError('a', 0)).toBeInstanceOf(SyntaxError);
  });

  test('top-level await parses in expressions and programs', () => {
    expect(cell('await p')).toMatchObject({ mode: 'expression', inputs: ['p'] });
    expect(cell('const v = await p;')).toMatchObject({ mode: 'program', outputs: ['v'] });
  });
});

describe('parseNotebook(markdown) robustness', () => {
  const fragments = fc.constantFrom(
    '```js\n', '```\n', '~~~js\n', '    ```js\n', '- item\n', '> quote\n', '# Title\n', '---\n', 'text\n', '\n',
    'const a = 1;\n', 'a +\n', '`', '"', '{', '}', '\r\n', 'title: x\n', '<div>\n', '```js echo\n',
  );

  test('never throws, and each cell’s line is its opening fence', () => {
    fc.assert(
      fc.property(fc.array(fragments, { maxLength: 30 }), (parts) => {
        const markdown = parts.join('');
        const notebook = parseNotebook(markdown, { path: 'fuzz.md' });
        const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
        for (const c of cellsOf(notebook)) expect(lines[c.line - 1]).toMatch(/^ {0,3}(?:`{3,}|~{3,})[ \t]*js/);
      }),
      { numRuns: 300 },
    );
  });

  test('fenceOptions(info) reads bare words, key=value pairs and quoted values', () => {
    expect(fenceOptions('js echo run=false width=640 id="a b" hidden=true')).toEqual({
      echo: true,
      run: false,
      width: '640',
      id: 'a b',
      hidden: true,
    });
    expect(fenceOptions('js')).toEqual({});
  });
});
