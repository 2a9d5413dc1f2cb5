/**
 * The files a corpus is made of, kept so that it can be extracted again (with the analyst's own
 * actors) and saved for the next visit. Pure: lists of files in, lists of files out.
 */
import { docIdOf, type CorpusDoc, type InputFile } from '../../corpus/corpus.js';
import { decodeText } from '../../corpus/decode.js';
import { MANIFEST_NAME, parseManifest, type ManifestEntry } from '../../corpus/manifest.js';

export const isManifest = (file: InputFile): boolean => file.name.split('/').pop() === MANIFEST_NAME;

/**
 * The corpus's files once `added` has been read into it: an added file that became a document
 * replaces the kept file of the same document id, an added manifest the kept one at the same
 * path; added files that could not be read (`docs` does not name them) are not kept.
 */
export function keepFiles(kept: readonly InputFile[], added: readonly InputFile[], docs: readonly CorpusDoc[]): InputFile[] {
  const read = new Set(docs.map((d) => d.file));
  const ids = new Set(docs.map((d) => d.id));
  const manifests = added.filter(isManifest);
  const paths = new Set(manifests.map((m) => m.name));
  const stay = kept.filter((f) => (isManifest(f) ? !paths.has(f.name) : !ids.has(docIdOf(f.name))));
  return [...stay, ...added.filter((f) => !isManifest(f) && read.has(f.name)), ...manifests];
}

/** The files without those of the given documents (manifests stay: they only describe). */
export function dropDocs(files: readonly InputFile[], docIds: readonly string[]): InputFile[] {
  const gone = new Set(docIds);
  return files.filter((f) => isManifest(f) || !gone.has(docIdOf(f.name)));
}

/**
 * The files as one extraction run reads them. The extractor reads one manifest per run, but a
 * corpus built from several folders has several (the seeds' and the analyst's): they are read
 * here and given as one, later entries overriding earlier ones for the same document.
 */
export function filesForRun(files: readonly InputFile[]): { files: InputFile[]; warnings: string[] } {
  const manifests = files.filter(isManifest);
  if (manifests.length < 2) return { files: [...files], warnings: [] };
  const warnings: string[] = [];
  const entries = new Map<string, ManifestEntry>();
  for (const m of manifests) {
    const decoded = decodeText(m.bytes);
    if (!decoded.ok) {
      warnings.push(`${m.name}: ${decoded.reason}; manifest ignored`);
      continue;
    }
    const parsed = parseManifest(decoded.text, m.name);
    warnings.push(...parsed.warnings);
    for (const [id, entry] of parsed.entries) entries.set(id, entry);
  }
  const combined = new TextEncoder().encode(JSON.stringify({ documents: Object.fromEntries(entries) }));
  return { files: [...files.filter((f) => !isManifest(f)), { name: MANIFEST_NAME, bytes: combined }], warnings };
}
