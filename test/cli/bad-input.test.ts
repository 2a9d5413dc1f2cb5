/**
 * Bad input never crashes the command line and never loses the rest: a one-line message naming the
 * file on stderr, the other files extracted, exit 0; exit 1 only when nothing at all could be read.
 * Runs the built CLI (lib/cli.js, built by `npm test` and on install) as a user would.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../../lib/cli.js', import.meta.url));
const good = 'Tariff news\n\nMay 30, 2014\n\nUS prosecutors indicted five Chinese military officers on Monday.\n';
let dir: string;

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function folder(name: string, files: Record<string, string | Uint8Array>) {
  const d = join(dir, name);
  mkdirSync(d, { recursive: true });
  for (const [f, content] of Object.entries(files)) writeFileSync(join(d, f), content);
  return d;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'reprisal-cli-'));
});

describe('reprisal extract with bad input', () => {
  it.each([
    ['empty-file', 'empty.txt', '', /empty\.txt: empty file/],
    ['binary-file', 'photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a, 0x1a, 0x00]), /photo\.txt: binary file/],
    ['invalid-utf8', 'latin1.txt', new Uint8Array([...new TextEncoder().encode('Beijing retaliated '), 0xe9, 0xff, 0x0a]), /latin1\.txt: invalid UTF-8/],
    ['boilerplate-only-html', 'nav.html', '<html><body><nav>Home | World | Business</nav><footer>&copy; 2020</footer></body></html>', /nav\.html: nothing but page furniture/],
    ['malformed-manifest', 'corpus.json', '{"documents": [', /corpus\.json: not valid JSON/],
    ['unsupported-file', 'data.xlsx', 'PK', /data\.xlsx: skipped, not a \.txt, \.md or \.html file/],
  ])('%s: names the file, extracts the rest, exits 0', (_case, name, content, message) => {
    const d = folder(_case, { [name]: content, 'good.txt': good });
    const r = run('extract', d, '--format', 'json');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(message);
    expect(r.err.split('\n').filter((l) => l.includes(name)).length).toBe(1);
    expect(r.err).not.toMatch(/\n\s+at /);
    const file = JSON.parse(r.out);
    expect(file.documents.map((x: { id: string }) => x.id)).toContain('good');
    expect(file.events.length).toBeGreaterThan(0);
  });

  it('large-text-file: a 20 MB article is read in full', { timeout: 180_000 }, () => {
    const seed = readFileSync(fileURLToPath(new URL('../../seeds/002_5ee8a384c6710020.txt', import.meta.url)), 'utf8');
    const line = 'Japan tightened export controls on three chipmaking materials bound for South Korea on Monday.\n\n';
    const big = `Export controls\n\nJuly 2, 2019\n\n${line}${`${seed}\n\n`.repeat(Math.ceil(20e6 / seed.length))}`;
    const d = folder('large', { 'big.txt': big });
    const r = run('extract', d, '--quiet');
    expect(r.code).toBe(0);
    const file = JSON.parse(r.out);
    expect(file.documents[0].length).toBeGreaterThanOrEqual(20e6);
    expect(file.events.some((e: { measure: string }) => e.measure === 'export-control')).toBe(true);
  });

  it('no-text-files: a folder with nothing readable exits 1 with one line', () => {
    const d = folder('nothing', { 'notes.pdf': '%PDF-1.4' });
    const r = run('extract', d);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no readable \.txt, \.md or \.html file/);
  });

  it('missing-folder: exits 1 naming it', () => {
    const r = run('extract', join(dir, 'does-not-exist'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/does-not-exist: cannot read folder/);
  });

  it('malformed-lexicon: a usage error naming the file, exit 2, no stack trace', () => {
    const d = folder('lexicon', { 'good.txt': good, 'mine.json': '{"organisations": [{"id": "ibm"}]}' });
    const r = run('extract', d, '--lexicon', join(d, 'mine.json'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/mine\.json: organisations\[0\]/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('bad-format: --format xml is a usage error', () => {
    expect(run('extract', folder('fmt', { 'good.txt': good }), '--format', 'xml').code).toBe(2);
  });
});

describe('reprisal extract', () => {
  it('--format csv writes one event per row with a header', () => {
    const r = run('extract', folder('csv', { 'good.txt': good }), '--format', 'csv');
    const rows = r.out.trim().split('\r\n');
    expect(rows[0]).toBe('id,type,measure,source,target,date,precision,confidence,documents,mentions,first_mention,rule');
    expect(rows.length).toBeGreaterThan(1);
  });
  it('--lexicon adds an analyst\'s own actors', () => {
    const d = folder('own-actor', {
      'a.txt': 'News\n\nMay 30, 2014\n\nBeijing banned imports from Zorvex Dynamics on Monday.\n',
      'mine.json': JSON.stringify({ organisations: [{ id: 'USA.BUS.ZORVEX', name: 'Zorvex Dynamics', aliases: ['Zorvex Dynamics'] }] }),
    });
    const file = JSON.parse(run('extract', d, '--lexicon', join(d, 'mine.json'), '--quiet').out);
    expect(file.events[0].target).toContain('USA.BUS.ZORVEX');
  });
  it('--corrections applies an analyst\'s corrections and reports those that no longer apply', () => {
    const d = folder('corrected', { 'good.txt': good });
    const extracted = JSON.parse(run('extract', d, '--quiet').out);
    const indictment = extracted.events.find((e: { measure: string }) => e.measure === 'indictment');
    const ref = { id: indictment.id, mentions: indictment.mentions.map(({ doc, start, end }: { doc: string; start: number; end: number }) => ({ doc, start, end })) };
    const lost = { id: 'gone:1', mentions: [{ doc: 'gone', start: 0, end: 4 }] };
    writeFileSync(
      join(dir, 'corrections.json'),
      JSON.stringify({
        format: 'reprisal-corrections/1',
        corrections: [
          { id: 'c1', op: 'edit', event: ref, set: { measure: 'charges' } },
          { id: 'c2', op: 'delete', event: lost },
          { id: 'c3', op: 'explode' },
        ],
      }),
    );
    const r = run('extract', d, '--corrections', join(dir, 'corrections.json'));
    expect(r.code).toBe(0);
    const file = JSON.parse(r.out);
    expect(file.events.find((e: { id: string }) => e.id === indictment.id).measure).toBe('charges');
    expect(r.err).toMatch(/corrections\.json: correction #2 has an unknown "op" \(explode\); left out/);
    expect(r.err).toMatch(/corrections\.json: correction c2 no longer applies \(event not found\)/);
    expect(r.err).toMatch(/applied 1 of 2 corrections/);
  });
  it('--corrections with a file that is not corrections is a usage error naming it', () => {
    writeFileSync(join(dir, 'broken.json'), '{"corrections": ');
    const r = run('extract', folder('corrected-bad', { 'good.txt': good }), '--corrections', join(dir, 'broken.json'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/broken\.json: not valid JSON/);
  });
  it('--help documents the commands and options', () => {
    const r = run('--help');
    expect(r.code).toBe(0);
    for (const word of ['extract DIR', '--out', '--format', '--lexicon', '--corrections']) expect(r.out).toContain(word);
  });
});
