const encoder = new TextEncoder();

/**
 * The 32-bit FNV-1a hash of a string's UTF-8 bytes, as 8 hex digits. Synchronous (Web Crypto's
 * digest is not) and the same in every browser and in Node, which is all a cell id needs.
 */
export function hash8(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of encoder.encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
