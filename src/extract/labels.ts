/** Readable names for actor ids: the lexicon's name, or one made from the country and the role. */
import type { Lexicon } from '../lexicon/compile.js';
import type { ActorPhrase } from './actors.js';
import { surface, type Token } from './tokens.js';

const ROLE_NAMES: Record<string, string> = {
  GOV: 'government',
  MIL: 'military',
  JUD: 'prosecutors and courts',
  SPY: 'intelligence agencies',
  LEG: 'legislature',
  BUS: 'businesses',
  MED: 'media',
  CVL: 'public',
};

export function actorLabel(code: string, phrase: ActorPhrase | undefined, tokens: Token[] | undefined, lex: Lexicon): string {
  const known = lex.actorNames.get(code);
  if (known) return known;
  const [country, role, name] = code.split('.');
  const place = lex.countries.get(country ?? '');
  const demonym = place?.demonym ?? place?.name ?? country ?? '';
  if (phrase?.kind === 'unknown-org') return phrase.label;
  if (name && phrase && tokens) {
    const head = surface(tokens, phrase.start, phrase.end).replace(/^the /i, '');
    return /^[A-Z]/.test(head) ? head : `${demonym} ${head}`;
  }
  if (!role) return place?.name ?? code;
  return `${demonym} ${ROLE_NAMES[role] ?? role.toLowerCase()}`;
}
