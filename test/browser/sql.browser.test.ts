/**
 * SQL cells in Chromium, on DuckDB-WASM served from the package's own files: a query's rows feed
 * a chart, parameters are bound, errors stay on their cell, the tables follow the events, and a
 * notebook without SQL never loads DuckDB. Ends with the SQL notebook itself in the explorer.
 */
import * as Plot from '@observablehq/plot';
import * as d3 from 'd3';
import { afterEach, describe, expect, test } from 'vitest';
import { chains } from '../../src/analysis/chains.js';
import '../../src/app/app.js';
import '../../src/app/theme.css';
import '../../src/components/notebook.js';
import type { ReprisalNotebook } from '../../src/components/notebook.js';
import { html } from '../../src/components/html.js';
import type { EventsFile } from '../../src/events/types.js';
import { createMemoryStore, observe, type Builtins } from '../../src/notebook/index.js';
import { cellsOf, parseNotebook } from '../../src/notebook/parse.js';
import sqlNotebook from '../../notebooks/sql.md?raw';
import { createSql, type Sql } from '../../src/sql/builtin.js';
import { eventTables, TABLE_NAMES } from '../../src/sql/tables.js';
import { deep, deepAll, settle, shoot, shootWindow, until } from './support.js';

type Cell = HTMLElement & { cell?: { id: string; source: string; language?: string }; state?: { status: string; value?: unknown } };

/** Every resource this page (not DuckDB's worker) has fetched that belongs to DuckDB or Arrow. */
const duckdbRequests = () => performance.getEntriesByType('resource').map((e) => e.name).filter((url) => /duckdb|apache-arrow|load-duckdb|events-database/.test(url));

let seeds: EventsFile;
let sql: Sql;
let element: ReprisalNotebook | undefined;

afterEach(() => element?.remove());

async function seedEvents(): Promise<EventsFile> {
  seeds ??= (await (await fetch('/test/output/seeds.events.json')).json()) as EventsFile;
  return seeds;
}

function mount(source: string, builtins: Builtins): ReprisalNotebook {
  element = document.createElement('reprisal-notebook');
  element.path = 'test/sql.md';
  element.edits = createMemoryStore();
  element.builtins = { html: () => html, Plot: () => Plot, d3: () => d3, sql: () => sql, ...builtins };
  element.source = source;
  document.body.append(element);
  return element;
}

const cells = () => deepAll<Cell>('reprisal-notebook >>> reprisal-cell');
const cellWith = (text: string) => until(() => cells().find((c) => c.cell?.source.includes(text)), `the cell with ${text}`);
const settled = (cell: Cell, what: string, timeout = 30_000) => until(() => cell.state && cell.state.status !== 'pending' && cell, what, timeout);
const errorOf = (cell: Cell) => cell.shadowRoot?.querySelector('.cell-error')?.textContent ?? '';
const tableOf = (cell: Cell) => {
  const table = cell.shadowRoot?.querySelector('table');
  if (!table) return undefined;
  return {
    head: [...table.querySelectorAll('thead th')].map((th) => th.textContent),
    rows: [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
  };
};
const fence = (info: string, body: string) => `\`\`\`${info}\n${body}\n\`\`\``;

describe('SQL cells', () => {
  // First, before anything in this page has loaded DuckDB.
  test('a notebook without SQL never requests DuckDB’s files, though `sql` is there to read', async () => {
    const events = await seedEvents();
    sql = createSql();
    mount([fence('js', 'events.events.length'), fence('js', 'typeof sql')].join('\n\n'), { events: () => events });
    const [count, kind] = [await cellWith('events.events.length'), await cellWith('typeof sql')];
    await settled(count, 'the JavaScript cell');
    await settled(kind, 'the cell reading sql');
    expect(count.state!.value).toBe(events.events.length);
    expect(kind.state!.value).toBe('function');
    await settle();
    expect(duckdbRequests()).toEqual([]);
  });

  test('a SQL cell’s rows feed a chart cell: one bar per type, as long as the events of that type', async () => {
    const events = await seedEvents();
    const started = performance.now();
    mount(
      [
        fence('sql id=byType', 'SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC, type'),
        fence('js', 'Plot.plot({marginLeft: 90, marks: [Plot.barX(byType, {x: "n", y: "type", title: (d) => `${d.type} ${d.n}`})]})'),
      ].join('\n\n'),
      { events: () => events },
    );
    const query = await settled(await cellWith('FROM events GROUP BY type'), 'the SQL cell');
    const firstResult = performance.now() - started;
    const chart = await settled(await cellWith('Plot.barX(byType'), 'the chart cell');
    expect(query.state!.status).toBe('fulfilled');

    // The same counts, computed here in JavaScript, without SQL.
    const expected = [...d3.rollup(events.events, (v) => v.length, (e) => e.type)].map(([type, n]) => `${type} ${n}`).sort();
    const bars = [...chart.shadowRoot!.querySelectorAll('svg g[aria-label="bar"] rect')];
    expect(bars.map((r) => r.querySelector('title')?.textContent).sort()).toEqual(expected);
    const width = (type: string) => Number(bars.find((r) => r.querySelector('title')!.textContent!.startsWith(`${type} `))!.getAttribute('width'));
    const [most, fewest] = [d3.greatest(d3.rollups(events.events, (v) => v.length, (e) => e.type), ([, n]) => n)!, d3.least(d3.rollups(events.events, (v) => v.length, (e) => e.type), ([, n]) => n)!];
    expect(width(most[0]) / width(fewest[0])).toBeCloseTo(most[1] / fewest[1], 1);

    // The SQL cell shows its rows as a table: the columns it selected, a row per type.
    const table = tableOf(query)!;
    expect(table.head).toEqual(['type', 'n']);
    expect(table.rows.map(([type, n]) => `${type} ${n}`).sort()).toEqual(expected);

    // DuckDB came from this server, and only now.
    const requests = duckdbRequests();
    expect(requests.some((url) => url.includes('load-duckdb'))).toBe(true);
    expect(requests.some((url) => /duckdb-browser-(eh|mvp)\.worker\.js/.test(url))).toBe(true);
    expect(performance.getEntriesByType('resource').every((e) => new URL(e.name).origin === location.origin)).toBe(true);
    console.log(`first SQL result (cold DuckDB, dev server): ${Math.round(firstResult)} ms`);
    await shoot('sql-cell-chart', element!);
  });

  test('each table holds every row of the events file (the Arrow tables were read by DuckDB)', async () => {
    const events = await seedEvents();
    const expected = eventTables(events);
    const query = sql(events);
    for (const name of TABLE_NAMES) {
      const [row] = await query([`SELECT count(*) AS n FROM ${name}`]);
      expect(row, name).toEqual({ n: expected[name].length });
    }
    const [sums] = await query(['SELECT sum(n_mentions) AS mentions, sum(len(source)) AS sources, count(date_start) AS dated FROM events']);
    expect(sums).toEqual({
      mentions: d3.sum(events.events, (e) => e.mentions.length),
      sources: d3.sum(events.events, (e) => e.source.length),
      dated: events.events.filter((e) => e.date).length,
    });
  });

  test('${…} values are bound parameters: the cell re-runs when they change, and quotes in them stay data', async () => {
    const events = await seedEvents();
    const notebook = mount(
      [
        fence('js', 'const minimum = 2;'),
        fence('sql id=reported', 'SELECT id FROM events WHERE n_mentions >= ${minimum} ORDER BY id'),
        fence('sql id=sneaky', "SELECT count(*) AS n FROM actors WHERE name = ${\"x' OR '1'='1\"}"),
        fence('js', 'reported.map((r) => r.id)'),
      ].join('\n\n'),
      { events: () => events },
    );
    const ids = (min: number) => events.events.filter((e) => e.mentions.length >= min).map((e) => e.id).sort();
    const reader = await cellWith('reported.map');
    await until(() => reader.state?.status === 'fulfilled' && reader.state.value, 'the cell reading the rows');
    expect(reader.state!.value).toEqual(ids(2));
    const sneaky = await settled(await cellWith("x' OR"), 'the quoted parameter');
    expect(sneaky.state!.value).toEqual([{ n: 0 }]);

    notebook.runCell((await cellWith('const minimum')).cell!.id, 'const minimum = 3;');
    await until(() => JSON.stringify(reader.state?.value) === JSON.stringify(ids(3)), 'the query to re-run with 3');
    expect(ids(3).length).toBeLessThan(ids(2).length);
  });

  test('a SQL error shows DuckDB’s message on its own cell; the other cells go on', async () => {
    const events = await seedEvents();
    mount(
      [
        fence('sql id=broken', 'SELEC type FROM events'),
        fence('sql', 'SELECT * FROM no_such_table'),
        fence('sql id=fine', 'SELECT count(*) AS n FROM links'),
        fence('js', 'broken.length'),
        fence('js', '`links: ${fine[0].n}`'),
      ].join('\n\n'),
      { events: () => events },
    );
    const syntax = await settled(await cellWith('SELEC type'), 'the syntax error');
    const unknown = await settled(await cellWith('no_such_table'), 'the unknown table');
    expect(errorOf(syntax)).toMatch(/^Parser Error: syntax error at or near "SELEC"\n\nLINE 1: SELEC type FROM events\n\s+\^$/);
    expect(errorOf(unknown)).toMatch(/^Catalog Error: Table with name no_such_table does not exist!/);
    const reader = await settled(await cellWith('broken.length'), 'the cell reading the broken one');
    expect(reader.state!.status).toBe('rejected');
    const fine = await settled(await cellWith('`links:'), 'the unrelated cells');
    expect(fine.state!.value).toBe(`links: ${events.links.length}`);
    await shoot('sql-cell-errors', element!);
  });

  test('the tables follow the events: when they change, the SQL cells run again on the new ones', async () => {
    const events = await seedEvents();
    let change: ((file: EventsFile) => void) | undefined;
    mount(fence('sql id=n', 'SELECT count(*) AS events FROM events'), {
      events: () => observe<EventsFile>((set) => ((change = set), set(events), undefined)),
    });
    const query = await cellWith('count(*) AS events');
    await until(() => query.state?.status === 'fulfilled', 'the first count');
    expect(query.state!.value).toEqual([{ events: events.events.length }]);
    const loads = (await sql.database()).loads;

    const sanctions = { ...events, events: events.events.filter((e) => e.type === 'SANCTION') };
    change!(sanctions);
    await until(() => JSON.stringify(query.state?.value) === JSON.stringify([{ events: sanctions.events.length }]), 'the count of the new events');
    expect((await sql.database()).loads).toBe(loads + 1);
  });

  test('a result table shows values as text, never as markup', async () => {
    const events = await seedEvents();
    mount(fence('sql', "SELECT '<b>bold</b>' AS markup, DATE '2014-05-19' AS day, ['CHN.GOV', 'USA.GOV'] AS actors, NULL AS nothing"), { events: () => events });
    const cell = await settled(await cellWith('<b>bold</b>'), 'the table');
    expect(tableOf(cell)).toEqual({ head: ['markup', 'day', 'actors', 'nothing'], rows: [['<b>bold</b>', '2014-05-19', 'CHN.GOV, USA.GOV', '']] });
    expect(cell.shadowRoot!.querySelector('td b')).toBeNull();
  });
});

describe('the SQL notebook in the explorer', () => {
  test('every cell of notebooks/sql.md runs on the seeds, and its chains agree with the explorer’s', { timeout: 90_000 }, async () => {
    localStorage.clear();
    history.replaceState(null, '', '#/notebook/sql');
    const app = document.createElement('reprisal-app');
    document.body.append(app);
    try {
      const notebook = await until(() => deep<ReprisalNotebook>('reprisal-notebook'), 'the notebook', 30_000);
      await until(() => notebook.path === 'notebooks/sql.md', 'the SQL notebook');
      const expected = cellsOf(parseNotebook(sqlNotebook, { path: 'notebooks/sql.md' })).length;
      const all = await until(() => (cells().length === expected ? cells() : undefined), `the ${expected} cells`);
      await until(() => all.every((c) => c.state?.status === 'fulfilled') && all, 'every cell to run', 60_000).catch((error: unknown) => {
        const failed = all.filter((c) => c.state?.status !== 'fulfilled').map((c) => `${c.cell?.source.slice(0, 40)}: ${c.state?.status} ${errorOf(c)}`);
        throw new Error(`${String(error)}\n${failed.join('\n')}`);
      });
      const agree = await cellWith('const inSql');
      expect(agree.shadowRoot!.textContent).toContain('They agree.');
      expect((await cellWith("date_trunc('month'")).cell!.language).toBe('sql');
      const events = (await import('../../src/components/state/corpus-store.js')).sharedCorpus().events;
      expect((await cellWith('WITH RECURSIVE')).state!.value).toHaveLength(chains(events).length);

      await shootWindow('sql-notebook', app);
      const at = (text: string) => async () => {
        const cell = await cellWith(text);
        return cell.getBoundingClientRect().top - app.getBoundingClientRect().top + app.scrollTop - 120;
      };
      await shootWindow('sql-notebook-chart', app, await at("date_trunc('month'")());
      await shootWindow('sql-notebook-chains', app, await at('WITH RECURSIVE')());
      await shootWindow('sql-notebook-parameter', app, await at('Inputs.select')());
    } finally {
      app.remove();
      localStorage.clear();
    }
  });
});
