/**
 * Files the reader hands over, by drop or by picker, as the extractor's input: folders are walked
 * (DataTransferItem.webkitGetAsEntry), hidden files skipped, and each file read to bytes.
 */
import { inTurns, nextTask } from '../../worker/pieces.js';
import { readInWorker, type ReadResult } from '../../worker/reader.js';

export interface PickedFile {
  file: File;
  /** The path within what was dropped or picked: "articles/2019/a.txt". */
  path: string;
}

/** What a drop carries: files, and the files inside dropped folders (at any depth). */
export async function filesFromDrop(data: DataTransfer): Promise<PickedFile[]> {
  // Entries must be taken while the drop event is being handled; reading them may come later.
  // One pass over the items: 10,000 files dropped at once are 10,000 of them.
  const entries: (FileSystemEntry | null)[] = [];
  const { items } = data;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind === 'file') entries.push(item.webkitGetAsEntry?.() ?? null);
  }
  const dropped = entries.length && entries.every((e) => e !== null) ? undefined : Array.from(data.files);
  await nextTask();
  if (!dropped) {
    const nested = await Promise.all(entries.map((e) => walk(e!)));
    return visible(nested.flat());
  }
  return inTurns(dropped, (file) => visibleFile({ file, path: file.name }), 500);
}

/** The files of an <input type="file"> (with `webkitdirectory`, their paths within the folder). */
export function filesFromInput(input: HTMLInputElement): PickedFile[] {
  return visible([...(input.files ?? [])].map((file) => ({ file, path: file.webkitRelativePath || file.name })));
}

/**
 * The files' bytes, read in a worker (see worker/reader.ts), with one line for each file the
 * browser could not read.
 */
export function readFiles(files: readonly PickedFile[], onRead?: (done: number) => void): Promise<ReadResult> {
  return readInWorker(
    files.map(({ file, path }) => ({ file, name: path })),
    onRead,
  );
}

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
  return files.filter((f) => visibleFile(f));
}

/** The file, unless it or a folder it is in is hidden (a name that starts with a dot). */
function visibleFile(file: PickedFile): PickedFile | undefined {
  return file.path.split('/').some((part) => part.startsWith('.')) ? undefined : file;
}
