/** Words and punctuation with their offsets in the document text. */

export interface Token {
  /** As written. */
  s: string;
  /** Lower case, curly apostrophes straightened: what lexicons are matched against. */
  l: string;
  start: number;
  end: number;
}

// Acronyms with dots (U.S.), a possessive 's (kept apart even when the next word is glued on:
// "IBM'sChina"), numbers with separators and units, words joined by hyphens, ampersands or
// inner apostrophes, then any other single character.
const TOKEN =
  /(?:[A-Z]\.){2,}|['’]s(?![a-z])|[$€£¥]?\d+(?:[.,:/]\d+)*(?:%|st|nd|rd|th|bn|mn|m|b|k)?|[A-Za-zÀ-ÖØ-öø-ɏ]+(?:[-&][A-Za-zÀ-ÖØ-öø-ɏ0-9]+|['’](?!s(?![a-z]))[A-Za-zÀ-ÖØ-öø-ɏ]+)*|\S/g;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const s = m[0];
    const at = from + m.index;
    // "US-China", "Sino-US": two names joined by a hyphen are two words.
    if (/^[A-Z][A-Za-z.]*(?:-[A-Z][A-Za-z.]*)+$/.test(s) && !/^[A-Z]\.?-/.test(s)) {
      let offset = 0;
      for (const part of s.split('-')) {
        if (offset > 0) out.push({ s: '-', l: '-', start: at + offset - 1, end: at + offset });
        out.push({ s: part, l: part.toLowerCase(), start: at + offset, end: at + offset + part.length });
        offset += part.length + 1;
      }
      continue;
    }
    out.push({ s, l: s.toLowerCase().replace(/’/g, "'"), start: at, end: at + s.length });
  }
  return out;
}

/** Tokens as written, spaced as in the text: "China’s central bank", not "China ’s central bank". */
export function surface(tokens: Token[], start = 0, end = tokens.length): string {
  let out = '';
  for (let k = start; k < end; k++) {
    const t = tokens[k]!;
    if (k > start && t.start > tokens[k - 1]!.end) out += ' ';
    out += t.s;
  }
  return out;
}

export const isCapitalised = (t: Token) => {
  const c = t.s.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 192 && c <= 222);
};

export const isWord = (t: Token) => /^[A-Za-zÀ-ɏ]/.test(t.s);
