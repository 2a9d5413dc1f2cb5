import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/corpus/manifest.js';

describe('parseManifest', () => {
  it('parseManifest(object form) reads title, outlet and date', () => {
    const m = parseManifest('{"documents": {"a": {"title": "T", "outlet": "ZDNet", "published": "2014-05"}}}');
    expect(m.entries.get('a')).toEqual({ title: 'T', source: 'ZDNet', published: '2014-05' });
  });
  it('parseManifest(list form) keys entries by file name without extension', () => {
    expect(parseManifest('{"documents": [{"file": "b.txt", "published": "2015"}]}').entries.get('b')).toEqual({ published: '2015' });
  });
  it('parseManifest(not json) says so, naming the file, and yields nothing', () => {
    const m = parseManifest('{"documents": ', 'corpus.json');
    expect(m.entries.size).toBe(0);
    expect(m.warnings[0]).toMatch(/^corpus\.json: not valid JSON/);
  });
  it('parseManifest(bad date) skips the date, keeps the rest', () => {
    const m = parseManifest('{"documents": {"a": {"title": "T", "published": "May 2014"}}}');
    expect(m.entries.get('a')).toEqual({ title: 'T' });
    expect(m.warnings[0]).toMatch(/not YYYY/);
  });
});
