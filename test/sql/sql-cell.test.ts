import { afterEach, describe, expect, test } from 'vitest';
import { cellsOf, parseNotebook } from '../../src/notebook/parse.js';
import { createNotebookRuntime, type CellState, type NotebookRuntime } from '../../src/notebook/runtime.js';
import { parseSqlTemplate, sqlCellCode } from '../../src/notebook/sql.js';

const BUILTINS = ['events', 'sql', 'Plot'];
const cellsIn = (markdown: string) => cellsOf(parseNotebook(markdown, { path: 'test.md', builtins: BUILTINS }));

describe('parseSqlTemplate(source)', () => {
  test('splits the SQL at each ${…}, keeping each expression and where it starts', () => {
    const source = 'SELECT * FROM events WHERE confidence >= ${ threshold } AND type = ${types[0]}';
    expect(parseSqlTemplate(source)).toEqual({
      strings: ['SELECT * FROM events WHERE confidence >= ', ' AND type = ', ''],
      params: [
        { source: 'threshold', start: source.indexOf('${ threshold') + 2 },
        { source: 'types[0]', start: source.indexOf('${types') + 2 },
      ],
    });
  });

  test('an expression may hold braces and template literals; \\${ is a literal ${', () => {
    expect(parseSqlTemplate('SELECT ${ {a: 1}.a }, ${`x${y}`}, \'\\${not}\'')).toEqual({
      strings: ['SELECT ', ', ', ", '${not}'"],
      params: [{ source: '{a: 1}.a', start: 9 }, { source: '`x${y}`', start: 24 }],
    });
  });

  test('SQL with no ${ is one string', () => {
    expect(parseSqlTemplate("SELECT '$', '{x}' -- $ {")).toEqual({ strings: ["SELECT '$', '{x}' -- $ {"], params: [] });
  });

  test('an empty, unclosed or broken ${…} throws a SyntaxError at its place', () => {
    expect(() => parseSqlTemplate('SELECT ${}')).toThrow(/Empty \$\{\}/);
    expect(() => parseSqlTemplate('SELECT ${a b}')).toThrow(expect.objectContaining({ name: 'SyntaxError', pos: 11 }));
    expect(() => parseSqlTemplate('SELECT ${a')).toThrow(SyntaxError);
    expect(() => parseSqlTemplate('SELECT ${a +}')).toThrow(SyntaxError);
  });
});

describe('sqlCellCode(source, options)', () => {
  test('a named cell declares its rows and shows them as a table', () => {
    expect(sqlCellCode('SELECT ${n} AS n', { id: 'rows' })).toBe('const rows = await sql(events)(["SELECT "," AS n"], (n\n));\ndisplay(sql.table(rows));');
  });

  test('an unnamed cell only shows its table; display=false shows nothing', () => {
    expect(sqlCellCode('SELECT 1')).toBe('display(sql.table(await sql(events)(["SELECT 1"])));');
    expect(sqlCellCode('SELECT 1', { id: 'one', display: false })).toBe('const one = await sql(events)(["SELECT 1"]);');
  });

  test('quotes, backticks and backslashes in the SQL reach the query unchanged', () => {
    const sql = "SELECT '`\\d+`' AS \"a\"\"b\", regexp_matches(x, '\\\\s')";
    const code = sqlCellCode(sql);
    const strings = JSON.parse(/\(await sql\(events\)\((\[.*\])\)\)/s.exec(code)![1]!) as string[];
    expect(strings).toEqual([sql]);
  });

  test('an id that is not a JavaScript name is an error', () => {
    expect(() => sqlCellCode('SELECT 1', { id: 'by type' })).toThrow(/id must be a JavaScript name/);
    expect(() => sqlCellCode('SELECT 1', { id: 'class' })).toThrow(/id must be a JavaScript name/);
    expect(() => sqlCellCode('SELECT 1', { id: true })).toThrow(/id must be a JavaScript name/);
  });
});

describe('parseNotebook with ```sql fences', () => {
  const markdown = [
    '```js\nconst minimum = 2;\n```',
    '```sql id=byType\nSELECT type, count(*) AS n FROM events\nWHERE n_mentions >= ${minimum}\nGROUP BY type\n```',
    '```js\nPlot.barX(byType, {x: "n", y: "type"}).plot()\n```',
    '```sql\nSELECT 1\n```',
    '```sql id=broken\nSELECT ${minimum +}\n```',
    '```sql echo\nSELECT 2\n```',
  ].join('\n\n');
  const [, byType, chart, unnamed, broken, echoed] = cellsIn(markdown);

  test('a SQL cell is a live cell, marked sql, whose source is the SQL', () => {
    expect(byType).toMatchObject({ type: 'cell', language: 'sql', mode: 'program', line: 5, options: { id: 'byType' } });
    expect(byType!.source).toBe('SELECT type, count(*) AS n FROM events\nWHERE n_mentions >= ${minimum}\nGROUP BY type');
    expect(echoed!.options).toEqual({ echo: true });
  });

  test('its inputs are the events, the sql builtin and its parameters; its output is its id', () => {
    expect(byType!.inputs).toEqual(['display', 'events', 'minimum', 'sql']);
    expect(byType!.outputs).toEqual(['byType']);
    expect(chart!.inputs).toEqual(['Plot', 'byType']);
    expect(unnamed!.outputs).toEqual([]);
  });

  test('a bad parameter is a syntax error positioned in the SQL', () => {
    expect(broken!.error).toMatchObject({ line: 1, column: 19 });
    expect(broken!.inputs).toEqual([]);
  });

  test('a ```js cell has no language field, so JavaScript notebooks parse as before', () => {
    expect('language' in chart!).toBe(false);
  });
});

describe('a SQL cell in the runtime', () => {
  const runtimes: NotebookRuntime[] = [];
  afterEach(() => runtimes.splice(0).forEach((r) => r.dispose()));

  /** A stand-in for the sql builtin that records each query and answers from `answer`. */
  function run(markdown: string, answer: (text: string, params: unknown[], events: unknown) => unknown) {
    const queries: { text: string; params: unknown[]; events: unknown }[] = [];
    const sql = Object.assign((events: unknown) => async (strings: string[], ...params: unknown[]) => {
      const text = strings.join('?');
      queries.push({ text, params, events });
      return answer(text, params, events);
    }, { table: (rows: unknown[]) => ({ table: rows }) });
    const states = new Map<string, CellState>();
    const runtime = createNotebookRuntime({ builtins: { sql: () => sql, events: () => ({ events: ['e1'] }) }, onCell: (id, s) => states.set(id, s) });
    runtimes.push(runtime);
    const cells = cellsOf(parseNotebook(markdown, { path: 't.md', builtins: runtime.builtinNames }));
    cells.forEach((c) => runtime.define(c));
    const settled = async (i: number) => {
      for (let t = 0; t < 200; t++) {
        const s = states.get(cells[i]!.id);
        if (s && s.status !== 'pending') return s;
        await new Promise((r) => setTimeout(r, 5));
      }
      throw new Error('timed out');
    };
    return { runtime, cells, queries, settled };
  }

  test('runs the query with its parameters bound, shows the table, and feeds the cells reading its name', async () => {
    const nb = run('```js\nconst k = "x\' OR 1=1 --";\n```\n\n```sql id=rows\nSELECT * FROM actors WHERE id = ${k}\n```\n\n```js\nrows.length * 10\n```', () => [{ id: 1 }, { id: 2 }]);
    expect((await nb.settled(2)).value).toBe(20);
    expect(nb.queries).toEqual([{ text: 'SELECT * FROM actors WHERE id = ?', params: ["x' OR 1=1 --"], events: { events: ['e1'] } }]);
    const shown = await nb.settled(1);
    expect(shown.value).toEqual([{ id: 1 }, { id: 2 }]);
    expect(shown.displayed).toEqual([{ table: [{ id: 1 }, { id: 2 }] }]);
  });

  test('a failing query rejects its own cell and its readers; an unrelated cell still runs', async () => {
    const nb = run('```sql id=rows\nSELEC 1\n```\n\n```js\nrows.length\n```\n\n```js\n6 * 7\n```', () => {
      throw Object.assign(new Error('syntax error at or near "SELEC"'), { name: 'Parser Error' });
    });
    expect((await nb.settled(0)).error).toMatchObject({ name: 'Parser Error' });
    expect((await nb.settled(1)).status).toBe('rejected');
    expect((await nb.settled(2)).value).toBe(42);
  });

  test('an edited SQL cell stays a SQL cell', async () => {
    const nb = run('```sql id=rows\nSELECT 1\n```', (text) => [{ text }]);
    await nb.settled(0);
    const cell = nb.runtime.redefine(nb.cells[0]!.id, 'SELECT 2');
    expect(cell).toMatchObject({ language: 'sql', outputs: ['rows'] });
    for (let t = 0; t < 200 && nb.queries.length < 2; t++) await new Promise((r) => setTimeout(r, 5));
    expect(nb.queries.map((q) => q.text)).toEqual(['SELECT 1', 'SELECT 2']);
  });
});
