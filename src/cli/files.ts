/** Reading a corpus folder from disk (Node only; the page reads dropped files instead). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { InputFile } from '../corpus/corpus.js';

export interface FolderEntry {
  /** The name relative to the folder, with forward slashes: the document's name in the corpus. */
  name: string;
  path: string;
}

/** Every file under `dir` (hidden files and node_modules skipped), sorted by name, without reading them. */
export function listFolder(dir: string): { entries: FolderEntry[]; problems: string[] } {
  const entries: FolderEntry[] = [];
  const problems: string[] = [];
  const walk = (folder: string) => {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch (e) {
      problems.push(`${folder}: cannot read folder (${reason(e)})`);
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = join(folder, name);
      try {
        const st = statSync(path);
        if (st.isDirectory()) walk(path);
        else if (st.isFile()) entries.push({ name: relative(dir, path).split('\\').join('/'), path });
      } catch (e) {
        problems.push(`${path}: cannot read (${reason(e)})`);
      }
    }
  };
  walk(dir);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { entries, problems };
}

/** One file's bytes, or the reason it cannot be read. */
export function readEntry(entry: FolderEntry): InputFile | { error: string } {
  try {
    return { name: entry.name, bytes: readFileSync(entry.path) };
  } catch (e) {
    return { error: `cannot read (${reason(e)})` };
  }
}

/** Every file under `dir`, read. */
export function readFolder(dir: string): { files: InputFile[]; problems: string[] } {
  const { entries, problems } = listFolder(dir);
  const files: InputFile[] = [];
  for (const entry of entries) {
    const file = readEntry(entry);
    if ('error' in file) problems.push(`${entry.path}: ${file.error}`);
    else files.push(file);
  }
  return { files, problems };
}

const reason = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;
