/** The lexicon a worker extracts with: compiled once, and again only when the analyst's entries change. */
import { compileLexicon, type Lexicon } from '../lexicon/compile.js';
import type { ExtraLexicon } from './protocol.js';

let compiled: { key: string; lexicon: Lexicon } | undefined;

export function lexiconWith(extra: ExtraLexicon = []): Lexicon {
  const key = JSON.stringify(extra);
  if (compiled?.key !== key) compiled = { key, lexicon: compileLexicon(...extra) };
  return compiled.lexicon;
}
