/**
 * Actor phrases in a sentence: named bodies from the lexicon, countries and capitals, role nouns
 * combined with a country ("US prosecutors", "China's banks", "Korean consumers"), goods standing
 * for their producers ("Australian barley"), organisations recognised by their form ("… Group Ltd",
 * "Jinan-based Inspur"), pronouns and definite descriptions to resolve later.
 */
import type { Lexicon, NameEntry } from '../lexicon/compile.js';
import { isCapitalised, surface, type Token } from './tokens.js';

export type PhraseKind = 'org' | 'product' | 'country' | 'role' | 'goods' | 'pronoun' | 'anaphor' | 'unknown-org';

export interface ActorPhrase {
  /** Token range [start, end). */
  start: number;
  end: number;
  kind: PhraseKind;
  /** A complete actor id when known ("USA.BUS.IBM", "CHN.GOV"). */
  code?: string;
  country?: string;
  role?: string;
  slug?: string;
  /** How the country is to be found when the phrase does not say it. */
  relative?: 'domestic' | 'foreign' | 'unknown' | 'there';
  /** Readable name for the actors list. */
  label: string;
  /** The preposition governing the phrase, if any ("against", "by", "on", …). */
  prep?: string;
  /** Followed by 's: it owns or modifies what follows. */
  possessive: boolean;
  /** Phrases joined by "and", "or" or commas share a group. */
  group: number;
  /** Pronouns: singular, plural. */
  number?: string;
  /** "business groups in the US and Europe": more than one country. */
  countries?: string[];
  /** "a spokesman for Valio Ltd": a person speaking for another actor stands for it. */
  delegate?: ActorPhrase;
  /** "the US decision": a country naming whose thing it is; a target of last resort, never a subject. */
  modifier?: boolean;
  /** The preposition was taken from the phrase it is coordinated with ("with Huawei and ZTE"). */
  prepInherited?: boolean;
}

const ORG_SUFFIX = new Set(
  ('corp corporation inc incorporated ltd limited co company group holdings plc ag sa llc gmbh nv bv spa ' +
    'technologies technology electronics industries motors airlines pharmaceuticals telecom telecommunications chemical ' +
    'chemicals steel energy semiconductor semiconductors systems networks foods consulting bank bancorp brewery breweries ' +
    'mining metals resources petroleum shipping logistics enterprises international air airlines airways pastoral ' +
    // Trade bodies: "Confederation of All India Traders", "Grain Growers Association".
    'association federation confederation council chamber alliance coalition traders exporters importers producers manufacturers growers').split(' '),
);
const CORP_TAIL = new Set('corp corporation inc incorporated ltd limited co company group holdings plc ag sa llc gmbh nv'.split(' '));
const COORD = new Set(['and', 'or', '&', 'as', 'well', ',', 'nor', 'plus', '-', '–', '/']);
/** Role nouns that are also adjectives: "a military intelligence-sharing agreement" names no military. */
const ADJECTIVAL = new Set(['military', 'intelligence', 'state', 'public', 'government', 'media', 'trade', 'industry', 'consumer', 'security', 'customs', 'business', 'press']);
const COUNTABLE = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several|many|some|most|all|both|other|more|fellow|top|big|biggest|major|leading|large|small|key)$/;

interface Hit {
  start: number;
  end: number;
  senses: NameEntry[];
}

/** Coordination stops at clause boundaries: ", and several US chipmakers have halted …" starts anew. */
export function splitGroupsAtClauses(phrases: ActorPhrase[], clauseOf: (i: number) => unknown) {
  let next = phrases.reduce((m, p) => Math.max(m, p.group), 0) + 1;
  const firstClause = new Map<number, unknown>();
  const renamed = new Map<number, number>();
  for (const p of phrases) {
    const c = clauseOf(p.start);
    if (!firstClause.has(p.group)) {
      firstClause.set(p.group, c);
      continue;
    }
    if (firstClause.get(p.group) === c) continue;
    const group = renamed.get(p.group) ?? next++;
    renamed.set(p.group, group);
    p.group = group;
    if (p.prepInherited) [p.prep, p.prepInherited] = [undefined, false];
  }
}

export function findActors(tokens: Token[], lex: Lexicon): ActorPhrase[] {
  const hits = gazetteer(tokens, lex);
  const phrases: ActorPhrase[] = [];
  const used = new Uint8Array(tokens.length);
  const claim = (p: ActorPhrase) => {
    for (let i = p.start; i < p.end; i++) used[i] = 1;
    phrases.push(p);
  };
  const g = lex.grammar;

  // Pronouns and definite descriptions first ("the country's government" is one), resolved when roles are assigned.
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const t = tokens[i]!;
    const number = g.pronouns.get(t.l);
    // "IT vendors": an all-capital word is not a pronoun.
    if (number && number !== 'person' && !(t.s.length > 1 && t.s === t.s.toUpperCase())) {
      claim({ start: i, end: i + 1, kind: 'pronoun', number, label: t.s, possessive: t.l === 'its' || t.l === 'their', group: 0 });
      continue;
    }
    if (t.l === 'the' || t.l === 'both') {
      // "the US company", "the Chinese server maker": a company named before, of that country.
      const demonym = hits.find((h) => h.start === i + 1 && h.end === i + 2)?.senses.find((x) => x.kind === 'demonym' || x.kind === 'country');
      if (demonym && /^(?:company|firm|group|maker|manufacturer|giant|carmaker|chipmaker|server maker)$/.test(tokens[i + 2]?.l ?? '') && !used[i + 1] && !used[i + 2]) {
        claim({ start: i, end: i + 3, kind: 'anaphor', role: 'BUS', country: demonym.country, label: surface(tokens, i, i + 3), possessive: false, group: 0, number: 'singular' });
        continue;
      }
      for (const len of [4, 3, 2]) {
        const words = tokens.slice(i, i + len);
        if (words.length < len || words.some((_, k) => used[i + k])) continue;
        const key = words.map((w) => w.l).join(' ').replace(" 's", "'s");
        const role = g.anaphors.get(key);
        if (role) {
          claim({ start: i, end: i + len, kind: 'anaphor', role, label: surface(tokens, i, i + len), possessive: false, group: 0, number: /two|both/.test(key) ? 'plural' : 'singular' });
          break;
        }
      }
    }
  }


  // Organisations unknown to the lexicon, recognised by their form.
  for (const p of unknownOrganisations(tokens, used, hits, lex)) claim(p);

  // Heads first: named bodies, role nouns and goods, each with the modifiers to their left.
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    if (used[hit.start]) continue;
    const named = hit.senses.find((s) => s.kind === 'org' || s.kind === 'product');
    const head = named ?? hit.senses.find((s) => s.kind === 'role' || s.kind === 'goods');
    if (!head) continue;
    // A role noun directly followed by a named body is its apposition: "US giant Cisco", "server maker Inspur".
    const next = hits[h + 1];
    if (!named && next && next.start <= hit.end + 1 && next.senses.some((s) => s.kind === 'org' || s.kind === 'product')) {
      if (next.start === hit.end || tokens[hit.end]?.s === ',') continue;
    }
    // In a run of nouns the last is the head: "foreign technology companies", "telecoms equipment makers".
    if (!named && next && next.start === hit.end && next.senses.some((s) => s.kind === 'role' || s.kind === 'goods')) continue;
    const after = tokens[hit.end];
    if (!named && hit.end - hit.start === 1 && ADJECTIVAL.has(tokens[hit.start]!.l) && after && /^[a-z][a-z-]+$/.test(after.s) && !g.prepositions.has(after.l) && !g.be.has(after.l) && !g.have.has(after.l) && !g.subordinators.has(after.l) && !g.future.has(after.l) && !g.conditional.has(after.l) && !g.speculative.has(after.l) && !lex.grammar.reporting.has(after.l) && !/(?:ed|s|ing)$/.test(after.l)) continue;
    const mod = leftModifier(tokens, hits, h, lex);
    if (named) {
      const start = mod?.country ? mod.start : determinerStart(tokens, hit.start);
      claim({
        start: Math.min(start, hit.start),
        end: hit.end,
        kind: named.kind === 'product' ? 'product' : 'org',
        code: named.id,
        country: named.country,
        label: named.label,
        possessive: false,
        group: 0,
      });
      continue;
    }
    // "business groups", "telecoms equipment makers": the nouns before the head belong to the phrase.
    let chain = h;
    while (chain > 0 && hits[chain - 1]!.end === hits[chain]!.start && hits[chain - 1]!.senses.some((x) => x.kind === 'role' || x.kind === 'goods')) chain--;
    const chainStart = hits[chain]!.start;
    const start = Math.min(mod ? mod.start : determinerStart(tokens, chainStart), chainStart);
    const phrase: ActorPhrase = {
      start,
      end: hit.end,
      kind: head.kind === 'goods' ? 'goods' : 'role',
      role: head.role,
      slug: head.slug,
      label: surface(tokens, start, hit.end),
      possessive: false,
      group: 0,
    };
    if (mod?.country) phrase.country = mod.country;
    else if (mod?.relative) phrase.relative = mod.relative;
    else {
      const right = rightCountry(tokens, hits, hit.end, phrase);
      if (!phrase.country) phrase.relative = right ?? 'unknown';
    }
    claim(phrase);
  }

  // Countries and capitals acting on their own ("Beijing retaliated", "the US charged").
  for (const hit of hits) {
    if (used[hit.start]) continue;
    const c = hit.senses.find((s) => s.kind === 'country' || s.kind === 'capital');
    if (!c) continue;
    const after = tokens[hit.end];
    // "Chinese", "US" before a noun we do not know is an adjective: it may say whose thing a measure is aimed at, nothing more.
    const modifier = !!after && /^[a-z]/.test(after.s) && !g.prepositions.has(after.l) && hit.senses.every((s) => s.kind !== 'capital') && isNounLike(after, lex);
    claim({ start: determinerStart(tokens, hit.start), end: hit.end, kind: 'country', code: `${c.country}.GOV`, country: c.country, role: 'GOV', label: c.label, possessive: false, group: 0, modifier });
  }

  phrases.sort((a, b) => a.start - b.start);
  annotate(phrases, tokens, lex);
  return phrases;
}

/**
 * Named bodies and countries only, for sentences that report no measure: enough to know which
 * countries an article is about and whom "it" or "the company" may mean later.
 */
export function namedActors(tokens: Token[], lex: Lexicon): ActorPhrase[] {
  const out: ActorPhrase[] = [];
  for (const hit of gazetteer(tokens, lex)) {
    const named = hit.senses.find((x) => x.kind === 'org' || x.kind === 'product');
    const place = hit.senses.find((x) => x.kind === 'country' || x.kind === 'capital');
    if (named) out.push({ start: hit.start, end: hit.end, kind: 'org', code: named.id, country: named.country, label: named.label, possessive: false, group: out.length + 1 });
    else if (place && !(hit.senses.some((x) => x.kind === 'demonym') && /^[a-z]/.test(tokens[hit.end]?.s ?? ''))) {
      out.push({ start: hit.start, end: hit.end, kind: 'country', code: `${place.country}.GOV`, country: place.country, role: 'GOV', label: place.label, possessive: false, group: out.length + 1 });
    }
  }
  return out;
}

/** Longest lexicon matches, left to right, with their senses. */
function gazetteer(tokens: Token[], lex: Lexicon): Hit[] {
  const hits: Hit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const cands = lex.names.get(tokens[i]!.l);
    let best: Hit | undefined;
    // Entries come longest first: once one matches, only others of the same length can join it.
    for (const e of cands ?? []) {
      const n = e.words.length;
      if (best && n < best.end - best.start) break;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const t = tokens[i + k]!;
        ok = t.l === e.words[k] && (e.exact[k] === null || e.exact[k] === t.s) && (!e.caps[k] || isCapitalised(t) || /^[^A-Za-z]/.test(t.s));
      }
      if (!ok) continue;
      if (!best || n > best.end - best.start) best = { start: i, end: i + n, senses: [e] };
      else if (n === best.end - best.start) best.senses.push(e);
    }
    if (best) {
      // "Inspur Group Ltd", "Microsoft Corp.": a corporate tail belongs to the name.
      if (best.senses.some((s) => s.kind === 'org')) {
        // "Infineon Technologies AG", "Huawei Technologies Co Ltd": organisation words after a known name belong to it.
        while (best.end < tokens.length && (CORP_TAIL.has(tokens[best.end]!.l) || ORG_SUFFIX.has(tokens[best.end]!.l)) && isCapitalised(tokens[best.end]!)) best.end++;
      }
      hits.push(best);
      i = best.end;
    } else {
      i++;
    }
  }
  return hits;
}

/**
 * What stands left of a head noun and gives it a country: a demonym or country name ("Chinese",
 * "US"), a possessive ("China's"), or a relative word ("domestic", "foreign"), with up to four
 * plain words between ("five Chinese military officers", "big state-owned companies").
 */
function leftModifier(tokens: Token[], hits: Hit[], h: number, lex: Lexicon) {
  const head = hits[h]!;
  let found: { start: number; country?: string; relative?: 'domestic' | 'foreign' } | undefined;
  let k = h - 1;
  let edge = head.start;
  for (let steps = 0; steps < 5 && edge > 0; steps++) {
    const prev = hits[k];
    if (prev && prev.end === edge) {
      const s = prev.senses;
      const place = s.find((x) => x.kind === 'country' || x.kind === 'demonym' || x.kind === 'capital');
      const rel = s.find((x) => x.kind === 'domestic' || x.kind === 'foreign');
      if (place && !found?.country) found = { start: prev.start, country: place.country, relative: found?.relative };
      else if (rel && !found) found = { start: prev.start, relative: rel.kind as 'domestic' | 'foreign' };
      else if (!place && !rel && !s.some((x) => x.kind === 'role' || x.kind === 'goods')) break;
      edge = prev.start;
      k--;
      continue;
    }
    const t = tokens[edge - 1]!;
    if (t.l === "'s" && prev && prev.end === edge - 1) {
      edge--;
      continue;
    }
    // "South Korea's Supreme Court", "China's Foreign Ministry": a title-case institution keeps its capitalised words.
    const titleCase = isCapitalised(tokens[head.start]!) && isCapitalised(t) && !hits.some((x) => x.start <= edge - 1 && x.end >= edge);
    if (!/^[a-z0-9$]/.test(t.s) && !/^[A-Z]{2,}$/.test(t.s) && !titleCase) break;
    if (isFunctionWord(t, lex) || COORD.has(t.l)) break;
    if (lex.grammar.determiners.has(t.l) && t.l !== 'its' && t.l !== 'their') {
      if (found) found.start = edge - 1;
      break;
    }
    if (!COUNTABLE.test(t.l) && !/^[a-z-]+$/.test(t.l) && !/^[A-Z]{2,}$/.test(t.s) && !titleCase) break;
    if (t.l === 'its' || t.l === 'their') {
      found ??= { start: edge - 1, relative: 'domestic' };
      break;
    }
    edge--;
  }
  return found;
}

/** Words that end a noun phrase when read leftwards from its head. */
function isFunctionWord(t: Token, lex: Lexicon): boolean {
  const g = lex.grammar;
  if (g.prepositions.has(t.l) || g.be.has(t.l) || g.have.has(t.l) || g.subordinators.has(t.l) || g.negations.has(t.l)) return true;
  // "IT vendors" is not "it".
  if (g.speculative.has(t.l) || g.conditional.has(t.l) || g.future.has(t.l) || g.pronouns.has(t.l) && t.l !== 'its' && t.l !== 'their' && t.s !== t.s.toUpperCase()) return true;
  if (g.reporting.has(t.l) || g.control.has(t.l) || g.light.has(t.l) || g.intent.has(t.l) || lex.triggers.has(t.l)) return true;
  return t.l === 'to' || /^[a-z]+(?:ly|ed)$/.test(t.l) && !/^(?:state|government)/.test(t.l);
}

/** "companies in the US", "goods from China", "prosecutors there": a country to the right. */
function rightCountry(tokens: Token[], hits: Hit[], end: number, phrase: ActorPhrase): ActorPhrase['relative'] | undefined {
  const t = tokens[end];
  if (!t) return undefined;
  if (t.l === 'there') return 'there';
  if (t.l !== 'in' && t.l !== 'from' && t.l !== 'of') return undefined;
  // One or more countries: "in the US", "in the US and Europe".
  let at = end + 1;
  const found: string[] = [];
  for (;;) {
    if (tokens[at]?.l === 'the') at++;
    const hit = hits.find((x) => x.start === at);
    const c = hit?.senses.find((s) => s.kind === 'country' || s.kind === 'capital');
    if (!hit || !c?.country) break;
    found.push(c.country);
    phrase.end = hit.end;
    if (tokens[hit.end]?.l !== 'and' && tokens[hit.end]?.s !== ',') break;
    at = hit.end + 1;
  }
  if (found.length) {
    phrase.country = found[0];
    if (found.length > 1) phrase.countries = found;
  }
  return undefined;
}

/** A phrase takes in the article before it ("the US"), nothing else. */
function determinerStart(tokens: Token[], i: number): number {
  const t = tokens[i - 1];
  return t && (t.l === 'the' || t.l === 'a' || t.l === 'an') ? i - 1 : i;
}

/** A lower-case word that is probably a noun a country name modifies ("China sales", "US servers"). */
function isNounLike(t: Token, lex: Lexicon): boolean {
  if (lex.grammar.be.has(t.l) || lex.grammar.have.has(t.l) || lex.grammar.subordinators.has(t.l)) return false;
  if (lex.grammar.speculative.has(t.l) || lex.grammar.conditional.has(t.l) || lex.grammar.future.has(t.l)) return false;
  if (lex.triggers.has(t.l) || lex.grammar.reporting.has(t.l) || lex.grammar.control.has(t.l) || lex.grammar.light.has(t.l)) return false;
  if (/(?:ed|ly)$/.test(t.l)) return false;
  return /^[a-z][a-z-]*$/.test(t.l) && !['has', 'had', 'is', 'was', 'and', 'or', 'to', 'also', 'then', 'itself'].includes(t.l);
}

/** Capitalised names ending in an organisation word: "Marbridge Consulting", "BDA China Ltd", "Jinan-based Inspur". */
function unknownOrganisations(tokens: Token[], used: Uint8Array, hits: Hit[], lex: Lexicon): ActorPhrase[] {
  const out: ActorPhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const t = tokens[i]!;
    // "Jinan-based Inspur", "Armonk, New York-based IBM": a place-based token before a capitalised name.
    const based = /^(.+)-based$/i.exec(t.s);
    const knownNext = hits.some((h) => h.start === i + 1 && h.senses.some((x) => x.kind === 'org' || x.kind === 'product'));
    if (based && tokens[i + 1] && isCapitalised(tokens[i + 1]!) && !used[i + 1] && !knownNext) {
      let j = i + 1;
      while (j < tokens.length && isCapitalised(tokens[j]!) && !used[j] && j - i <= 4) j++;
      out.push(orgPhrase(tokens, i + 1, j, placeCountry(based[1]!, tokens, i, lex)));
      for (let k = i; k < j; k++) used[k] = 1;
      continue;
    }
    if (!isCapitalised(t) || lex.grammar.determiners.has(t.l)) continue;
    // Names the lexicon knows ("International Business Machines Corp", "Inspur Group Ltd") are not unknown.
    if (hits.some((h) => h.start <= i && h.end > i && h.senses.some((x) => x.kind === 'org' || x.kind === 'product'))) continue;
    let j = i;
    const known = (k: number) => hits.some((h) => h.start <= k && h.end > k && h.senses.some((x) => x.kind === 'org' || x.kind === 'product'));
    while (j < tokens.length && !used[j] && !known(j) && (isCapitalised(tokens[j]!) || tokens[j]!.l === '&' || tokens[j]!.l === 'of') && j - i < 6) j++;
    while (j > i && !isCapitalised(tokens[j - 1]!)) j--;
    if (j - i < 2 || !ORG_SUFFIX.has(tokens[j - 1]!.l)) continue;
    const inner = hits.find((h) => h.start >= i && h.end <= j && h.senses.some((s) => s.kind === 'country' || s.kind === 'demonym'));
    const country = inner?.senses.find((s) => s.country)?.country;
    out.push(orgPhrase(tokens, i, j, country));
    for (let k = i; k < j; k++) used[k] = 1;
    i = j - 1;
  }
  return out;
}

function orgPhrase(tokens: Token[], start: number, end: number, country?: string): ActorPhrase {
  const words = tokens.slice(start, end).map((t) => t.s);
  const core = words.filter((w, k) => k === 0 || !CORP_TAIL.has(w.toLowerCase().replace(/\.$/, '')));
  const slug = core.join('').toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 16);
  return { start, end, kind: 'unknown-org', role: 'BUS', slug, country, label: surface(tokens, start, end), possessive: false, group: 0 };
}

function placeCountry(place: string, tokens: Token[], i: number, lex: Lexicon): string | undefined {
  const candidates = [place];
  for (let back = 1; back <= 3 && i - back >= 0; back++) {
    candidates.push(`${tokens.slice(i - back, i).map((t) => t.s).join(' ')} ${place}`.replace(' , ', ', '));
  }
  for (const c of candidates.reverse()) {
    const country = countryNamed(c.toLowerCase().split(/\s+|(?=,)/).filter(Boolean), lex);
    if (country) return country;
  }
  return undefined;
}

/** The country of the lexicon entry named by exactly these lower-case words, if `accept` takes it. */
export function countryNamed(words: string[], lex: Lexicon, accept: (entry: NameEntry) => boolean = () => true): string | undefined {
  const name = words.join(' ');
  return lex.names.get(words[0]!)?.find((e) => e.country && e.words.join(' ') === name && accept(e))?.country;
}

/** Prepositions, possessives and coordination groups. */
function annotate(phrases: ActorPhrase[], tokens: Token[], lex: Lexicon) {
  let group = 0;
  for (let p = 0; p < phrases.length; p++) {
    const ph = phrases[p]!;
    if (tokens[ph.end]?.l === "'s") ph.possessive = true;
    const before = tokens[ph.start - 1];
    if (before && lex.grammar.prepositions.has(before.l)) ph.prep = before.l;
    else if (before?.l === 'the' && lex.grammar.prepositions.has(tokens[ph.start - 2]?.l ?? '')) ph.prep = tokens[ph.start - 2]!.l;
    const prev = phrases[p - 1];
    const between = prev ? tokens.slice(prev.end, ph.start) : [];
    const coordinated = prev && between.length > 0 && between.length <= 4 && between.every((t) => COORD.has(t.l) || t.l === 'other' || t.l === 'the');
    const adjacentApposition = prev && between.length === 1 && between[0]!.s === ',' && prev.kind !== 'org' && ph.kind === 'org';
    if (coordinated || adjacentApposition) {
      ph.group = prev!.group;
      if (!ph.prep && prev!.prep) [ph.prep, ph.prepInherited] = [prev!.prep, true];
    } else {
      ph.group = ++group;
    }
  }
  // "a spokesman for Finnish dairy group Valio", "officials from the China Banking Regulatory Commission".
  for (let p = 0; p + 1 < phrases.length; p++) {
    const a = phrases[p]!;
    const b = phrases[p + 1]!;
    if (a.kind !== 'role' || !/^(?:\w+ )*(?:spokes(?:man|woman|person)|officials?|representatives?|executives?|head|chief|director|secretary|minister)$/i.test(tokens.slice(a.start, a.end).map((t) => t.s).join(' ').replace(/^(?:a|an|the) /i, ''))) continue;
    if (b.start - a.end <= 1 && ['for', 'of', 'at', 'from'].includes(b.prep ?? '') && b.kind !== 'goods' && b.kind !== 'pronoun') {
      a.delegate = b;
      b.group = a.group;
    }
  }
  // "governments and business groups in the US and Europe", "fruit and vegetables from Poland":
  // a trailing country belongs to the whole list.
  for (const p of phrases) {
    if ((p.kind !== 'role' && p.kind !== 'goods') || p.country || p.relative !== 'unknown') continue;
    const mate = phrases.find((q) => q.group === p.group && q !== p && q.kind === p.kind && q.country && q.start > p.start);
    if (mate) {
      p.country = mate.country;
      if (mate.countries) p.countries = mate.countries;
      delete p.relative;
    }
  }
}
