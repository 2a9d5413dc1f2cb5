/**
 * The country an article is filed from, read from its dateline ("NEW DELHI, June 30 (Wire) -",
 * "SEOUL -"). A state body the article does not place ("the Department of Telecommunications",
 * "the government") is most likely the government where the reporter stands, whichever country
 * the article names most often.
 */
import type { Lexicon } from '../lexicon/compile.js';
import { countryNamed } from './actors.js';
import { DATELINE } from './sentences.js';

/** Only the opening lines can hold a dateline. */
const HEAD = 1500;

export function homeCountry(text: string, lex: Lexicon): string | undefined {
  for (const line of text.slice(0, HEAD).split('\n')) {
    const trimmed = line.trimStart();
    if (!DATELINE.test(trimmed)) continue;
    // "WASHINGTON/BEIJING": filed from two places, home to neither.
    const place = /^[A-Z][A-Z.'’]*(?:[ -][A-Z][A-Z.'’]+)*/.exec(trimmed)?.[0];
    if (!place || trimmed[place.length] === '/') return undefined;
    return countryNamed(place.toLowerCase().split(/\s+/), lex, (e) => e.country !== 'IGO' && (e.kind === 'capital' || e.kind === 'city' || e.kind === 'country'));
  }
  return undefined;
}
