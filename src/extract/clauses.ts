/**
 * Clauses inside a sentence, as token ranges. A clause starts at the sentence start, after clause
 * punctuation (; : — parentheses, quotes) or at a subordinating word (after, because, if, that,
 * which, while, …). Clauses scope subjects, modality and dates: in "China retaliated after the US
 * charged five officers", the US is not the subject of "retaliated" and "after …" holds an event of
 * its own.
 */
import type { Lexicon } from '../lexicon/compile.js';
import type { Token } from './tokens.js';

export interface Clause {
  start: number;
  end: number;
  /** The word that opened it ("after", "if", "that", "which"), or "" for a main clause. */
  opener: string;
  /** Opened by if, unless or whether: what it says may not have happened. */
  hypothetical: boolean;
}

const NOT_AFTER_AS = new Set(['such', 'well', 'as', 'so', 'same', 'known', 'seen', 'regarded', 'described', 'viewed', 'much']);

/** ", and Beijing answered …": a coordinated clause with a subject of its own. */
function opensCoordinateClause(tokens: Token[], i: number, lex: Lexicon): boolean {
  if (tokens[i]?.l !== 'and' && tokens[i]?.l !== 'but' && tokens[i]?.l !== 'while') return false;
  if (tokens[i - 1]?.s !== ',') return false;
  let k = i + 1;
  while (tokens[k] && /^(?:the|several|many|some|most|other|major|big|leading|top|two|three|both)$/.test(tokens[k]!.l)) k++;
  // A name or noun phrase of one to four words, then a verb-like word.
  const g = lex.grammar;
  const verbLike = (t: Token) => /^[a-z]+(?:ed|s)$/.test(t.s) && !/(?:ss|us|is)$/.test(t.s) || g.have.has(t.l) || g.be.has(t.l) || g.future.has(t.l) || g.conditional.has(t.l) || g.light.has(t.l) || g.reporting.has(t.l);
  let n = 0;
  while (tokens[k + n] && /^[A-Za-z][A-Za-z.-]*$/.test(tokens[k + n]!.s) && !(n > 0 && verbLike(tokens[k + n]!)) && n < 4) n++;
  if (!n) return false;
  const verb = tokens[k + n];
  return !!verb && verbLike(verb);
}

export function findClauses(tokens: Token[], lex: Lexicon): Clause[] {
  const g = lex.grammar;
  const first = tokens[0]?.l ?? '';
  const cuts: { at: number; opener: string }[] = [{ at: 0, opener: g.subordinators.has(first) && first !== 'that' && first !== 'so' && first !== 'but' ? first : '' }];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (g.clauseBreaks.has(t.s)) {
      cuts.push({ at: i + 1, opener: '' });
      continue;
    }
    if (t.l === 'as' && !opensAsClause(tokens, i, lex)) continue;
    if (t.l === 'that' && !opensThatClause(tokens, i, lex)) continue;
    if (t.l === 'following' && tokens[i - 1]?.l !== ',' && !/^(?:the|a|an|[A-Z])/.test(tokens[i + 1]?.s ?? '')) continue;
    if (t.l === 'so' && tokens[i + 1]?.l !== 'that' && !g.pronouns.has(tokens[i + 1]?.l ?? '')) continue;
    // ", both mentioned by Xinhua as …", ", charged by prosecutors with …": a participle clause of its own.
    const participle = (k: number) => /ed$/.test(tokens[k]?.l ?? '') && tokens[k + 1]?.l === 'by';
    if (tokens[i - 1]?.s === ',' && (participle(i) || (/^(?:both|all|each)$/.test(t.l) && participle(i + 1)))) {
      cuts.push({ at: i, opener: ',' });
      continue;
    }
    if (g.subordinators.has(t.l) || t.l === 'as') cuts.push({ at: i, opener: t.l });
    else if (t.l === 'and' && tokens[i - 1]?.s === ',' && g.pronouns.has(tokens[i + 1]?.l ?? '')) cuts.push({ at: i, opener: 'and' });
    else if (opensCoordinateClause(tokens, i, lex)) cuts.push({ at: i, opener: 'and' });
  }
  const clauses: Clause[] = [];
  for (let k = 0; k < cuts.length; k++) {
    const start = cuts[k]!.at;
    const end = k + 1 < cuts.length ? cuts[k + 1]!.at : tokens.length;
    if (end <= start) continue;
    const opener = cuts[k]!.opener;
    clauses.push({ start, end, opener, hypothetical: g.hypothetical.has(opener) });
  }
  return clauses.length ? clauses : [{ start: 0, end: tokens.length, opener: '', hypothetical: false }];
}

/** "as the government studies whether …" opens a clause; "such as", "as well as", "denounced X as" do not. */
function opensAsClause(tokens: Token[], i: number, lex: Lexicon): boolean {
  const prev = tokens[i - 1]?.l ?? '';
  const next = tokens[i + 1];
  if (!next || NOT_AFTER_AS.has(prev) || tokens[i + 2]?.l === 'as') return false;
  return next.l === 'the' || lex.grammar.pronouns.has(next.l) || (/^[A-Z]/.test(next.s) && next.l !== 'i');
}

/** "reported that China had ordered …", "the fact that …", "said on Friday that …" open a clause; "that deal" does not. */
function opensThatClause(tokens: Token[], i: number, lex: Lexicon): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  if (/^(?:the|a|an|it|they|he|she|its|their|there|this|these|those|china|[a-z]+'s)$/.test(next.l) || /^[A-Z]/.test(next.s)) return true;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) if (lex.grammar.reporting.has(tokens[k]!.l)) return true;
  // "a move that threatens supply lines": a relative clause after a noun.
  return /^[a-z]+$/.test(tokens[i - 1]?.s ?? '') && lex.grammar.determiners.has(tokens[i - 2]?.l ?? '');
}

export function clauseAt(clauses: Clause[], i: number): Clause {
  return clauses.find((c) => i >= c.start && i < c.end) ?? clauses[clauses.length - 1]!;
}
