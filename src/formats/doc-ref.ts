/**
 * Where an imported event was reported: a URL (GDELT's SOURCEURL, a PLOVER cite_info.url) or a
 * citation (a story id, a document id). The spec's Doc has no URL field, so a URL document gets
 * `title` = the URL and `source` = its host (the outlet), and an id made from the URL's hash, so
 * the same article has the same id in every file it is imported from.
 */
import type { Doc } from '../events/types.js';

const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\/[^\s]+$/i;

export function isUrl(ref: string): boolean {
  return URL_LIKE.test(ref);
}

/** The document id of a reference: "url-" and 14 hex digits for a URL, the citation itself otherwise. */
export function docIdOf(ref: string): string {
  return isUrl(ref) ? `url-${hash53(ref)}` : ref;
}

/** The host of a URL without "www.": the outlet, as far as a URL tells it. */
export function outletOf(url: string): string | undefined {
  const match = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^:/?#]+)/i.exec(url);
  return match ? match[1]!.toLowerCase().replace(/^www\./, '') : undefined;
}

/** A document for a reference, before anything else is known of it. */
export function docOf(ref: string): Doc {
  const doc: Doc = { id: docIdOf(ref), length: 0 };
  if (isUrl(ref)) {
    doc.title = ref;
    const outlet = outletOf(ref);
    if (outlet) doc.source = outlet;
  }
  return doc;
}

/** The URL of a document, when it has one (what an export can give back as SOURCEURL or cite_info.url). */
export function urlOf(doc: Doc | undefined): string | undefined {
  return doc?.title && isUrl(doc.title) ? doc.title : undefined;
}

/**
 * A 53-bit hash as 14 hex digits (cyrb53, public domain): with 10⁶ distinct URLs the chance of
 * any two sharing an id is about 10⁻⁴, where a 32-bit hash would make collisions certain.
 */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const high = (h2 >>> 0) & 0x1fffff;
  return high.toString(16).padStart(6, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}
