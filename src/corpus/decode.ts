/** Bytes of a file → its text, or the reason it is not text. Pure: runs in Node, a worker and the page. */

export type Decoded =
  | { ok: true; text: string; warning?: string }
  | { ok: false; reason: string };

const BOM = [0xef, 0xbb, 0xbf];

/**
 * Decodes UTF-8 (with or without BOM). Invalid sequences are replaced (U+FFFD) and reported,
 * never dropped silently; a file that looks binary (NUL bytes, many control characters) is refused.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const body = hasBom(bytes) ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) return { ok: false, reason: 'binary file, not text' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    const text = new TextDecoder('utf-8').decode(body);
    const bad = text.split('\uFFFD').length - 1;
    return { ok: true, text, warning: `invalid UTF-8: ${bad} byte sequence(s) replaced by U+FFFD` };
  }
}

function hasBom(bytes: Uint8Array): boolean {
  return BOM.every((b, i) => bytes[i] === b);
}

/** A NUL byte, or more than 10% control characters in the first 8 KB, means binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32) || b === 127) control++;
  }
  return control > n * 0.1;
}
