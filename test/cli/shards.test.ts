/**
 * Sharded extraction: the map step (`extract SHARD --format ndjson`) anywhere, the reduce step
 * (`merge`) once, and the result the same as one whole run; `--workers N` the same as one thread.
 * Runs the built CLI as a user would.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'lib/cli.js');
let dir: string;
let whole: string;
let shards: string[];

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The seeds and the development disputes (never the holdout), dealt round-robin into three shards. */
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'reprisal-shards-'));
  const sources = [join(root, 'seeds'), ...readdirSync(join(root, 'test/disputes'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(root, 'test/disputes', d.name))];
  const files = sources.flatMap((folder) => readdirSync(folder).filter((f) => /\.(txt|html)$/.test(f)).map((f) => join(folder, f)));
  whole = join(dir, 'whole');
  shards = ['s1', 's2', 's3'].map((s) => join(dir, s));
  for (const d of [whole, ...shards]) mkdirSync(d);
  files.forEach((path, i) => {
    const name = `${basename(join(path, '..'))}-${basename(path)}`;
    copyFileSync(path, join(whole, name));
    copyFileSync(path, join(shards[i % 3]!, name));
  });
  // The seeds' manifest goes with every shard, as a corpus's metadata would.
  for (const d of [whole, ...shards]) writeFileSync(join(d, 'corpus.json'), manifestFor(files));
});

function manifestFor(files: string[]): string {
  const seeds = JSON.parse(readFileSync(join(root, 'seeds/corpus.json'), 'utf8'));
  const documents = Object.fromEntries(Object.entries(seeds.documents as Record<string, unknown>).map(([id, entry]) => [`seeds-${id}`, entry]));
  expect(files.length).toBeGreaterThan(15);
  return JSON.stringify({ documents });
}

function shard(d: string): string {
  const out = `${d}.ndjson`;
  const r = run('extract', d, '--format', 'ndjson', '--out', out, '--quiet');
  expect(r.code).toBe(0);
  return out;
}

describe('reprisal merge', () => {
  it('merging three shards gives the events, mentions and links of one whole run', () => {
    const parts = shards.map(shard);
    const merged = run('merge', ...parts);
    const direct = run('extract', whole, '--quiet');
    expect(merged.code).toBe(0);
    const a = JSON.parse(merged.out);
    const b = JSON.parse(direct.out);
    expect(a.events.length).toBeGreaterThan(50);
    expect(a.links.length).toBeGreaterThan(10);
    expect(a.documents.some((d: { published?: string; id: string }) => d.id.startsWith('seeds-') && d.published)).toBe(true);
    expect(a).toEqual(b);
  });

  it('reads shards concatenated into one stream, lines in any order', () => {
    const lines = shards.map(shard).flatMap((p) => readFileSync(p, 'utf8').trim().split('\n'));
    const [header, ...rest] = lines;
    const shuffled = [header, ...rest.filter((l) => !l.startsWith('{"format"')).reverse()];
    writeFileSync(join(dir, 'all.ndjson'), `${shuffled.join('\n')}\n`);
    expect(JSON.parse(run('merge', join(dir, 'all.ndjson')).out)).toEqual(JSON.parse(run('extract', whole, '--quiet').out));
  });

  it('names a file that is an events file, not reports, with what to do', () => {
    run('extract', shards[0]!, '--out', join(dir, 'events.json'), '--quiet');
    const r = run('merge', join(dir, 'events.json'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/events\.json: not a reports stream \(reprisal-reports\/1\); write one with reprisal extract DIR --format ndjson/);
  });

  it('refuses shards extracted with another lexicon, naming the shard', () => {
    const lexicon = join(dir, 'mine.json');
    writeFileSync(lexicon, JSON.stringify({ organisations: [{ id: 'USA.BUS.ZORVEX', name: 'Zorvex Dynamics', aliases: ['Zorvex'] }] }));
    const r = run('merge', shard(shards[0]!), '--lexicon', lexicon);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/s1\.ndjson: extracted with another lexicon/);
  });

  it('reports a broken line by file and line number and merges the rest', () => {
    const text = readFileSync(shard(shards[1]!), 'utf8').split('\n');
    text.splice(3, 0, '{"report": {"doc": ');
    writeFileSync(join(dir, 'broken.ndjson'), text.join('\n'));
    const r = run('merge', join(dir, 'broken.ndjson'));
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/broken\.ndjson:4: not valid JSON; line left out/);
    expect(JSON.parse(r.out)).toEqual(JSON.parse(run('merge', shard(shards[1]!)).out));
  });

  it('reads a document found in two shards once, and says so', () => {
    const once = shard(shards[2]!);
    copyFileSync(once, join(dir, 'again.ndjson'));
    const r = run('merge', once, join(dir, 'again.ndjson'));
    expect(r.err).toMatch(/again\.ndjson: document \S+ is also in \S+s3\.ndjson; read from \S+s3\.ndjson only/);
    expect(JSON.parse(r.out)).toEqual(JSON.parse(run('merge', once).out));
  });
});

describe('reprisal extract --format ndjson and --workers', () => {
  it('writes a header, then each document with its reports, whose mentions are true to the text', () => {
    const lines = run('extract', join(root, 'seeds'), '--format', 'ndjson').out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({ format: 'reprisal-reports/1', lexicon: expect.stringMatching(/^[0-9a-f]{8}$/) });
    expect(lines.filter((l) => l.document).map((l) => l.document.id)).toHaveLength(5);
    const reports = lines.filter((l) => l.report).map((l) => l.report);
    expect(reports.length).toBeGreaterThan(30);
    for (const r of reports) {
      const text = readFileSync(join(root, 'seeds', `${r.doc}.txt`), 'utf8').replace(/^\uFEFF/, '');
      expect(text.slice(r.mention.start, r.mention.end)).toBe(r.mention.text);
    }
  });

  it('gives the same events file on two worker threads as on one', () => {
    const one = run('extract', whole, '--quiet');
    const two = run('extract', whole, '--quiet', '--workers', '2');
    expect(two.code).toBe(0);
    expect(two.out).toBe(one.out);
  });

  it('reports unreadable files by name on worker threads too, and extracts the rest', () => {
    const d = join(dir, 'mixed');
    mkdirSync(d);
    writeFileSync(join(d, 'empty.txt'), '');
    writeFileSync(join(d, 'binary.txt'), new Uint8Array([0, 1, 2, 0, 255]));
    copyFileSync(join(root, 'seeds/000_0aadf95a2081af90.txt'), join(d, 'good.txt'));
    const r = run('extract', d, '--workers', '2');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/empty\.txt: empty file/);
    expect(r.err).toMatch(/binary\.txt: binary file/);
    expect(JSON.parse(r.out).documents.map((x: { id: string }) => x.id)).toEqual(['good']);
  });

  it.each([
    [['--workers', '0'], /--workers must be a whole number from 1 to 256, not "0"/],
    [['--format', 'ndjson', '--corrections', 'c.json'], /apply --corrections when merging/],
  ])('%s is a usage error', (flags, message) => {
    const r = run('extract', whole, ...flags);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});
