/**
 * Source files → the articles the generator works from: read by src/corpus (so HTML becomes
 * text and manifest dates apply), with the page furniture of HTML (menus, asides, footers) left
 * out. Pure, for both the Node and the Vite loaders.
 */
import { buildCorpus, extensionOf, type InputFile } from '../../src/corpus/corpus.js';
import type { SourceArticle } from '../generate/template.js';

export function sourcesFromFiles(files: InputFile[]): SourceArticle[] {
  const { docs } = buildCorpus(files);
  return docs.map((d) => {
    const ext = extensionOf(d.file);
    let text = d.text;
    if (ext === '.html' || ext === '.htm') {
      for (const e of [...d.excluded].reverse()) if (e.reason.startsWith('html')) text = text.slice(0, e.start) + text.slice(e.end);
    }
    const source: SourceArticle = { id: d.id, text, extension: ext === '.md' || ext === '.markdown' ? '.md' : '.txt' };
    if (d.published) source.published = d.published;
    return source;
  });
}

/**
 * Which files are sources: the seeds (with their manifest) and the dispute test articles.
 * Never test/disputes-holdout/: those articles are only ever measured against, never used.
 */
export function isSourceFile(path: string): boolean {
  const p = path.replace(/\\/g, '/').replace(/^\.?\//, '');
  if (p.includes('disputes-holdout')) return false;
  return /^seeds\/[^/]+\.(txt|md|html|json)$/.test(p) ? !p.endsWith('.json') || p.endsWith('/corpus.json') : /^test\/disputes\/[^/]+\/[^/]+\.(txt|md|html)$/.test(p);
}
