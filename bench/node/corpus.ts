/** A generated corpus read as documents, the way `reprisal extract` reads a folder. */
import { buildCorpus, type CorpusDoc } from '../../src/corpus/corpus.js';
import { corpusFiles, generateArticles } from '../generate.js';
import { loadSources } from '../sources/node.js';

export interface BenchCorpus {
  docs: CorpusDoc[];
  /** UTF-8 bytes of the documents' text (the manifest and file names not counted). */
  bytes: number;
  /** Time to read the files as documents (decode, furniture, dates of publication), ms. */
  readMs: number;
}

export function benchCorpus(size: number, seed: number, root = process.cwd()): BenchCorpus {
  const files = corpusFiles(generateArticles({ seed, count: size, sources: loadSources(root) }));
  const start = performance.now();
  const { docs, warnings } = buildCorpus(files);
  const readMs = performance.now() - start;
  if (warnings.length || docs.length !== size) throw new Error(`generated corpus of ${size}: ${docs.length} documents read; ${warnings.join('; ')}`);
  const encoder = new TextEncoder();
  return { docs, bytes: docs.reduce((s, d) => s + encoder.encode(d.text).length, 0), readMs };
}

/** Command-line flags of the bench's child processes: --name value. */
export function flags(argv = process.argv.slice(2)): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) if (argv[i]!.startsWith('--')) out.set(argv[i]!.slice(2), argv[i + 1] && !argv[i + 1]!.startsWith('--') ? argv[++i]! : 'true');
  return out;
}

/** The child's result, on one line of standard output that the parent picks out. */
export function report(result: unknown): void {
  process.stdout.write(`@@result ${JSON.stringify(result)}\n`);
}

export function forceGc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
