/**
 * Generated articles (bench/generate.ts) as Files, made in a worker: the tests that drop a large
 * corpus then hand the page only the Files (handles), not the 90 MB of strings and bytes the
 * generator goes through, which the page's garbage collector would sweep in the middle of the
 * measurement.
 */
import { corpusFiles, generateArticles } from '../../bench/generate.js';
import { bundledSources } from '../../bench/sources/vite.js';

export interface GenerateRequest {
  seed: number;
  count: number;
  folder: string;
}

self.addEventListener('message', (event: MessageEvent<GenerateRequest>) => {
  const { seed, count, folder } = event.data;
  const files = corpusFiles(generateArticles({ seed, count, sources: bundledSources() }), folder);
  const bytes = files.reduce((n, f) => n + f.bytes.length, 0);
  (self as unknown as Worker).postMessage({ files: files.map((f) => new File([f.bytes as BlobPart], f.name.split('/').pop()!, { type: 'text/plain' })), bytes });
});
