/**
 * Files the reader hands over, by drop or by picker, as the extractor's input: folders are walked
 * (DataTransferItem.webkitGetAsEntry), hidden files skipped, and each file read to bytes.
 */
import type { InputFile } from '../../corpus/corpus.js';
import { nextTask, pieces } from '../../worker/pieces.js';

export interface PickedFile {
  file: File;
  /** The path within what was dropped or picked: "articles/2019/a.txt". */
  path: string;
}

/** What a drop carries: files, and the files inside dropped folders (at any depth). */
export async function filesFromDrop(data: DataTransfer): Promise<PickedFile[]> {
  // Entries must be taken while the drop event is being handled; reading them may come later.
  const entries = [...data.items].filter((item) => item.kind === 'file').map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.length && entries.every((e) => e !== null)) {
    const nested = await Promise.all(entries.map((e) => walk(e!)));
    return visible(nested.flat());
  }
  return visible([...data.files].map((file) => ({ file, path: file.name })));
}

/** The files of an <input type="file"> (with `webkitdirectory`, their paths within the folder). */
export function filesFromInput(input: HTMLInputElement): PickedFile[] {
  return visible([...(input.files ?? [])].map((file) => ({ file, path: file.webkitRelativePath || file.name })));
}

/**
 * The files' bytes. Read a few megabytes at a time, as one Blob of many files (each
 * `file.arrayBuffer()` call costs the page's thread about a tenth of a millisecond, which
 * 10,000 files turn into a freeze), then cut into a buffer of its own per file.
 */
export async function readFiles(files: readonly PickedFile[], onRead?: (done: number) => void): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for (const batch of pieces(files, ({ file }) => file.size + 1024, READ_BYTES)) {
    if (batch.length === 1) {
      // A big file alone: its buffer as it comes, without a copy.
      out.push({ name: batch[0]!.path, bytes: new Uint8Array(await batch[0]!.file.arrayBuffer()) });
      onRead?.(out.length);
      continue;
    }
    const buffer = await new Blob(batch.map(({ file }) => file)).arrayBuffer();
    let at = 0;
    for (const { file, path } of batch) {
      out.push({ name: path, bytes: new Uint8Array(buffer.slice(at, at + file.size)) });
      at += file.size;
    }
    onRead?.(out.length);
    await nextTask();
  }
  return out;
}

const READ_BYTES = 4 * 1024 * 1024;

async function walk(entry: FileSystemEntry): Promise<PickedFile[]> {
  const path = entry.fullPath.replace(/^\//, '') || entry.name;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    return [{ file, path }];
  }
  if (!entry.isDirectory) return [];
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  // readEntries returns a batch at a time (100 in Chromium) until it returns none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (!batch.length) break;
    children.push(...batch);
  }
  return (await Promise.all(children.map(walk))).flat();
}

function visible(files: PickedFile[]): PickedFile[] {
  return files.filter(({ path }) => !path.split('/').some((part) => part.startsWith('.')));
}
