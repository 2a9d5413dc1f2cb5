/** Reading a corpus folder from disk (Node only; the page reads dropped files instead). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { InputFile } from '../corpus/corpus.js';

/** Every file under `dir` (hidden files and node_modules skipped), with names relative to it. */
export function readFolder(dir: string): { files: InputFile[]; problems: string[] } {
  const files: InputFile[] = [];
  const problems: string[] = [];
  const walk = (folder: string) => {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch (e) {
      problems.push(`${folder}: cannot read folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = join(folder, name);
      try {
        const st = statSync(path);
        if (st.isDirectory()) walk(path);
        else if (st.isFile()) files.push({ name: relative(dir, path).split('\\').join('/'), bytes: readFileSync(path) });
      } catch (e) {
        problems.push(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      }
    }
  };
  walk(dir);
  return { files, problems };
}
