import { describe, expect, it } from 'vitest';
import type { CorpusDoc, InputFile } from '../../src/corpus/corpus.js';
import { dropDocs, filesForRun, keepFiles } from '../../src/components/state/corpus-files.js';

const encode = (text: string) => new TextEncoder().encode(text);
const file = (name: string, text = `text of ${name}`): InputFile => ({ name, bytes: encode(text) });
const doc = (f: InputFile) => ({ id: f.name.replace(/^.*\//, '').replace(/\.\w+$/, ''), file: f.name }) as CorpusDoc;
const names = (files: InputFile[]) => files.map((f) => f.name);

describe('keepFiles', () => {
  it('keepFiles(kept, added, docs) keeps the added files that became documents, and every manifest', () => {
    const a = file('seeds/a.txt');
    const manifest = file('seeds/corpus.json', '{"documents":{}}');
    const scan = file('mine/scan.pdf');
    const b = file('mine/b.txt');
    expect(names(keepFiles([], [a, manifest], [doc(a)]))).toEqual(['seeds/a.txt', 'seeds/corpus.json']);
    expect(names(keepFiles([a, manifest], [b, scan], [doc(b)]))).toEqual(['seeds/a.txt', 'seeds/corpus.json', 'mine/b.txt']);
  });

  it('an added file replaces the kept file of the same document, an added manifest the one at the same path', () => {
    const old = file('seeds/a.txt', 'old');
    const fresh = file('other/a.md', 'new');
    const m1 = file('corpus.json', '{"documents":{}}');
    const m2 = file('corpus.json', '{"documents":{"a":{}}}');
    const kept = keepFiles([old, m1], [fresh, m2], [doc(fresh)]);
    expect(kept).toEqual([fresh, m2]);
  });
});

describe('dropDocs', () => {
  it('dropDocs(files, ids) takes out the files of those documents and keeps the manifests', () => {
    const files = [file('s/a.txt'), file('s/b.html'), file('s/corpus.json')];
    expect(names(dropDocs(files, ['b']))).toEqual(['s/a.txt', 's/corpus.json']);
  });
});

describe('filesForRun', () => {
  it('leaves files with one manifest as they are', () => {
    const files = [file('a.txt'), file('corpus.json', '{"documents":{}}')];
    expect(filesForRun(files)).toEqual({ files, warnings: [] });
  });

  it('gives several manifests as one, later entries overriding earlier ones', () => {
    const seeds = file('seeds/corpus.json', JSON.stringify({ documents: { a: { title: 'A', published: '2014-05' }, b: { title: 'B' } } }));
    const mine = file('mine/corpus.json', JSON.stringify({ documents: [{ file: 'b.txt', title: 'B, retitled' }, { id: 'c', source: 'Wire' }] }));
    const { files, warnings } = filesForRun([file('seeds/a.txt'), seeds, file('mine/b.txt'), mine]);
    expect(warnings).toEqual([]);
    expect(names(files)).toEqual(['seeds/a.txt', 'mine/b.txt', 'corpus.json']);
    const combined = JSON.parse(new TextDecoder().decode(files[2]!.bytes));
    expect(combined).toEqual({ documents: { a: { title: 'A', published: '2014-05' }, b: { title: 'B, retitled' }, c: { source: 'Wire' } } });
  });

  it('names a manifest that cannot be read, and reads the others', () => {
    const good = file('a/corpus.json', JSON.stringify({ documents: { a: { title: 'A' } } }));
    const bad = file('b/corpus.json', '{"documents": [');
    const { files, warnings } = filesForRun([good, bad]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^b\/corpus\.json: not valid JSON/);
    expect(JSON.parse(new TextDecoder().decode(files[0]!.bytes))).toEqual({ documents: { a: { title: 'A' } } });
  });
});
