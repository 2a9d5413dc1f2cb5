/** Measure triggers in a sentence: lexicon patterns matched over tokens. */
import type { Lexicon, Slot, Trigger } from '../lexicon/compile.js';
import type { Token } from './tokens.js';

export interface TriggerMatch {
  trigger: Trigger;
  /** Token index of the trigger word. */
  anchor: number;
  /** Token index just after the match. */
  end: number;
  /** The measure, after the trigger's refinements. */
  measure: string;
  pos: 'verb' | 'noun';
}

const MAX_GAP = 6;
const GAP_STOP = new Set([';', ':', '.', '?', '!', '—', '(', ')']);
const QUOTES = new Set(['"', '“', '”', '‘', '’', "'"]);

export function findTriggers(tokens: Token[], lex: Lexicon): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  // Words a trigger matched ("espionage charges", "mentioned … as cooperating") are not triggers again;
  // words a gap skipped may be ("opened … an anti-dumping investigation into").
  const taken = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i)) continue;
    let best: TriggerMatch | undefined;
    let bestWords: number[] = [];
    for (const { trigger, slots } of lex.triggers.get(tokens[i]!.l) ?? []) {
      const words: number[] = [i];
      const end = matchSlots(tokens, i + 1, slots, 1, words);
      if (end < 0) continue;
      if (trigger.unless.size && unlessHit(tokens, i, end, trigger.unless)) continue;
      const pos = trigger.pos;
      if (!posFits(tokens, i, pos, lex)) continue;
      const m: TriggerMatch = { trigger, anchor: i, end, measure: trigger.measure, pos };
      // The longest match wins; among equals, a specific trigger beats a generic one, then lexicon order.
      if (!best || end > best.end || (end === best.end && best.trigger.generic && !trigger.generic)) [best, bestWords] = [m, words];
    }
    if (best) {
      best.measure = refine(tokens, best, lex);
      found.push(best);
      for (const w of bestWords) taken.add(w);
    }
  }
  return found;
}

/** Matches slots[s…] from token i; returns the end index or -1, and the matched word positions in `words`. Gaps and optional slots backtrack. */
function matchSlots(tokens: Token[], i: number, slots: Slot[], s: number, words: number[]): number {
  if (s === slots.length) return i;
  const slot = slots[s]!;
  if (slot.gap) {
    for (let skip = 0; skip <= MAX_GAP && i + skip <= tokens.length; skip++) {
      if (skip > 0 && GAP_STOP.has(tokens[i + skip - 1]!.s)) break;
      const mark = words.length;
      const end = matchSlots(tokens, i + skip, slots, s + 1, words);
      if (end >= 0) return end;
      words.length = mark;
    }
    return -1;
  }
  // Quotation marks inside a pattern are transparent: would take "necessary measures".
  if (i < tokens.length && QUOTES.has(tokens[i]!.s)) return matchSlots(tokens, i + 1, slots, s, words);
  if (i < tokens.length && slot.words.has(tokens[i]!.l)) {
    words.push(i);
    const end = matchSlots(tokens, i + 1, slots, s + 1, words);
    if (end >= 0) return end;
    words.pop();
  }
  return slot.optional ? matchSlots(tokens, i, slots, s + 1, words) : -1;
}

/** "declined to comment", "refused to be named": words right after the trigger that undo it. */
function unlessHit(tokens: Token[], anchor: number, end: number, unless: Set<string>): boolean {
  for (let k = anchor + 1; k < Math.min(tokens.length, Math.max(end, anchor + 1) + 4); k++) if (unless.has(tokens[k]!.l)) return true;
  return false;
}

/**
 * Whether the word at i reads as the part of speech the trigger wants. A noun follows a determiner,
 * a possessive or a preposition ("a ban", "Washington's accusation", "on the ban"); a verb follows
 * its subject, an auxiliary, a modal or "to", and "-ed" forms are verbs.
 */
function posFits(tokens: Token[], i: number, pos: 'verb' | 'noun', lex: Lexicon): boolean {
  const g = lex.grammar;
  const t = tokens[i]!.l;
  const p = tokens[i - 1]?.l ?? '';
  const pp = tokens[i - 2]?.l ?? '';
  const past = /ed$/.test(t) && !/eed$/.test(t);
  const nounSuffix = /(?:tion|sion|ment|ance|ence|ism)s?$/.test(t) && t.length > 6;
  const afterDeterminer = g.determiners.has(p) || p === "'s" || /^\d/.test(p);
  const verbContext = g.be.has(p) || g.have.has(p) || p === 'to' || g.speculative.has(p) || g.conditional.has(p) || g.future.has(p) || g.negations.has(p) || /ly$/.test(p);
  // "a US ban", "the new import ban": a modifier between a determiner and the word.
  const modified = (g.determiners.has(pp) || g.prepositions.has(pp) || pp === "'s") && /^[a-z.-]+$/.test(p) && !g.be.has(p) && !g.have.has(p) && !g.pronouns.has(p);
  if (pos === 'noun') {
    if (past && !nounSuffix) return false;
    if (verbContext) return nounSuffix;
    return true;
  }
  if (nounSuffix) return false;
  const loose = ['all', 'both', 'further', 'more', 'first', 'same', 'that'];
  // "the alleged hacking", "the US-Chinese hacking scandal": an -ing word after a determiner or a name is a noun.
  if (/ing$/.test(t) && (g.determiners.has(p) || g.determiners.has(pp) && !loose.includes(pp))) return loose.includes(p);
  if (/ing$/.test(t) && /^[A-Z]/.test(tokens[i - 1]?.s ?? '') && i > 1) return false;
  if (past || /ing$/.test(t)) return !(g.determiners.has(p) && !loose.includes(p));
  // "citing falling demand": a bare word after an -ing modifier is a noun.
  if (/ing$/.test(p) && /^[a-z]/.test(tokens[i - 1]!.s) && !g.be.has(p) && p.length > 4 && !/s$/.test(t)) return false;
  if (afterDeterminer && !loose.includes(p)) return false;
  if (g.prepositions.has(p) && p !== 'to') return false;
  if (modified && !verbContext) return false;
  return true;
}

/** A trigger's measure, refined by what follows it in the clause ("ban … imports" → import-ban). */
function refine(tokens: Token[], m: TriggerMatch, lex: Lexicon): string {
  if (!m.trigger.refine.length) return m.measure;
  const stop = Math.min(tokens.length, m.end + 10);
  for (const r of m.trigger.refine) {
    for (let k = m.anchor + 1; k < stop; k++) {
      if (GAP_STOP.has(tokens[k]!.s) || lex.grammar.subordinators.has(tokens[k]!.l) && tokens[k]!.l !== 'that') break;
      if (r.words.has(tokens[k]!.l)) return r.measure;
    }
  }
  return m.measure;
}
