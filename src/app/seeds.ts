/**
 * The built-in corpus (seeds/, five articles and their manifest), bundled with the page as text
 * and handed to the extractor as files, the way a reader's own files are.
 */
import type { InputFile } from '../corpus/corpus.js';

const raw = import.meta.glob('/seeds/*', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export function seedFiles(): InputFile[] {
  const encoder = new TextEncoder();
  return Object.entries(raw)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, text]) => ({ name: path.replace(/^\//, ''), bytes: encoder.encode(text) }));
}
