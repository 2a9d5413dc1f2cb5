/**
 * The optional corpus manifest `corpus.json`: per document a title, an outlet and a publication
 * date as precise as known. Either shape is accepted:
 *   { "documents": { "000_0aadf95a2081af90": { "title": "…", "source": "…", "published": "2014-05" } } }
 *   { "documents": [ { "file": "000_0aadf95a2081af90.txt", "title": "…", "published": "2014-05" } ] }
 * ("outlet" is accepted for "source", "id" for "file"). A malformed manifest or entry is reported
 * and skipped; the documents are read all the same.
 */

export const MANIFEST_NAME = 'corpus.json';

export interface ManifestEntry {
  title?: string;
  source?: string;
  published?: string;
}

export interface Manifest {
  entries: Map<string, ManifestEntry>;
  warnings: string[];
}

const ISO_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

export function parseManifest(json: string, file = MANIFEST_NAME): Manifest {
  const warnings: string[] = [];
  const entries = new Map<string, ManifestEntry>();
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { entries, warnings: [`${file}: not valid JSON (${(e as Error).message}); manifest ignored`] };
  }
  const docs = isObject(data) ? data.documents : undefined;
  const list: [string, unknown][] = Array.isArray(docs)
    ? docs.map((d, i) => [isObject(d) ? String(d.file ?? d.id ?? `#${i}`) : `#${i}`, d])
    : isObject(docs)
      ? Object.entries(docs)
      : [];
  if (!Array.isArray(docs) && !isObject(docs)) {
    warnings.push(`${file}: no "documents" list or object; manifest ignored`);
  }
  for (const [key, value] of list) {
    const id = key.replace(/\.(txt|md|markdown|html?)$/i, '');
    if (!isObject(value)) {
      warnings.push(`${file}: entry ${key} is not an object; skipped`);
      continue;
    }
    const entry: ManifestEntry = {};
    if (typeof value.title === 'string') entry.title = value.title;
    const source = value.source ?? value.outlet;
    if (typeof source === 'string') entry.source = source;
    if (value.published !== undefined) {
      if (typeof value.published === 'string' && ISO_DATE.test(value.published)) entry.published = value.published;
      else warnings.push(`${file}: entry ${key} has a "published" that is not YYYY, YYYY-MM or YYYY-MM-DD; ignored`);
    }
    entries.set(id, entry);
  }
  return { entries, warnings };
}

const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);
