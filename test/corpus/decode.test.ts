import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/corpus/decode.js';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('decodeText(utf8) returns the text', () => {
    expect(decodeText(utf8('Beijing retaliated.'))).toEqual({ ok: true, text: 'Beijing retaliated.' });
  });
  it('decodeText(bom + utf8) drops the byte-order mark', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8('Tariffs')))).toEqual({ ok: true, text: 'Tariffs' });
  });
  it('decodeText(invalid utf8) keeps the text, replaces the bad bytes and says so', () => {
    const r = decodeText(bytes(...utf8('Seoul '), 0xff, 0xfe, ...utf8(' hit back')));
    expect(r.ok && r.text.startsWith('Seoul ') && r.text.endsWith(' hit back')).toBe(true);
    expect(r.ok && r.warning).toMatch(/invalid UTF-8/);
  });
  it('decodeText(empty) refuses', () => {
    expect(decodeText(bytes())).toEqual({ ok: false, reason: 'empty file' });
  });
  it('decodeText(binary) refuses files with NUL bytes', () => {
    expect(decodeText(bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a))).toEqual({ ok: false, reason: 'binary file, not text' });
  });
});
