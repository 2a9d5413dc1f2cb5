/** The generator's sources read from the project's folders (Node only). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SourceArticle } from '../generate/template.js';
import { isSourceFile, sourcesFromFiles } from './read.js';

export function loadSources(root = join(import.meta.dirname, '..', '..')): SourceArticle[] {
  const paths = [...list(root, 'seeds'), ...readdirSync(join(root, 'test', 'disputes'), { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((d) => list(root, join('test', 'disputes', d.name)))];
  const files = paths.filter(isSourceFile).map((p) => ({ name: p, bytes: new Uint8Array(readFileSync(join(root, p))) }));
  return sourcesFromFiles(files);
}

function list(root: string, folder: string): string[] {
  return readdirSync(join(root, folder)).map((name) => relative(root, join(root, folder, name)).replace(/\\/g, '/'));
}
