/**
 * The generator's sources bundled by Vite, for browser tests: the seeds and the dispute test
 * articles as text (never test/disputes-holdout/, which the glob cannot reach).
 */
import type { SourceArticle } from '../generate/template.js';
import { isSourceFile, sourcesFromFiles } from './read.js';

const raw = import.meta.glob(['/seeds/*', '/test/disputes/*/*.{txt,md,html}'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

let sources: SourceArticle[] | undefined;

export function bundledSources(): SourceArticle[] {
  if (sources) return sources;
  const encoder = new TextEncoder();
  const files = Object.entries(raw)
    .map(([path, text]) => ({ name: path.replace(/^\//, ''), bytes: encoder.encode(text) }))
    .filter((f) => isSourceFile(f.name))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  return (sources = sourcesFromFiles(files));
}
