/**
 * Source and target of a trigger, read from its clause: the subject and the object of a verb
 * ("US prosecutors indicted five Chinese military officers"), the agent in a passive ("were urged by
 * the government"), a noun's possessor, modifier or by-phrase ("Washington's accusation", "the US
 * ban", "charges by Washington against China"), and prepositional objects ("against", "on imports
 * from", "cut ties with"). Each choice records how it was made, for the notebook's "why?".
 */
import type { Lexicon } from '../lexicon/compile.js';
import type { ActorPhrase } from './actors.js';
import { clauseAt, type Clause } from './clauses.js';
import type { Token } from './tokens.js';
import type { TriggerMatch } from './triggers.js';

export interface Roles {
  source: ActorPhrase[];
  target: ActorPhrase[];
  /** "urged the administration to drop the tariffs": the one a control verb tells to act, if any. */
  controlled?: ActorPhrase;
  /** How each side was found: "subject", "by-agent", "possessor", "object", "pp:against", … */
  how: { source: string; target: string };
  passive: boolean;
}

/** Prepositions that introduce who a measure is aimed at. */
const TARGET_PREPS = new Set(['against', 'on', 'into', 'of', 'from', 'with', 'to', 'for', 'including', 'targeting', 'affecting', 'covering', 'toward', 'towards', 'at', 'upon', 'onto']);
/** Words after which the object of a measure is over: causes, times, comparisons. */
const OBJECT_STOP = new Set(['over', 'amid', 'due', 'because', 'after', 'following', 'despite', 'since', 'while', 'as', 'in', 'during', 'until', 'before', 'when', 'than', 'like', 'within', 'between', 'among', 'according', 'unless', 'if', 'whether', 'so', 'but', ';', '(', 'which', 'who', 'saying', 'adding', 'noting', 'arguing', 'claiming', 'insisting', 'citing', 'calling']);
/** Verbal answers take their author from a from-phrase ("protests from business groups"). */
const FROM_IS_SOURCE = new Set(['diplomatic-protest', 'criticism', 'accusation', 'demand', 'demand-explanation', 'denial', 'rejection', 'threat']);
const PARTICIPLE = /(?:ed|en|wn|ne|lt|ht|ld|ck|ut|et)$/;
const ADVERB = /^(?:[a-z]+ly|not|also|now|already|still|reportedly|allegedly|being|been|further|formally|quietly|then|just|even|recently|previously)$/;

export function assignRoles(tokens: Token[], phrases: ActorPhrase[], clauses: Clause[], m: TriggerMatch, lex: Lexicon): Roles {
  const clause = clauseAt(clauses, m.anchor);
  const passive = m.pos === 'verb' && isPassive(tokens, m.anchor, lex);
  let source: ActorPhrase[] = [];
  let target: ActorPhrase[] = [];
  let how = { source: '', target: '' };

  if (m.pos === 'noun') {
    const owner = nounOwner(tokens, phrases, m, lex) ?? reducedRelativeAgent(tokens, phrases, m, lex);
    const by = byAgent(phrases, m.anchor, m.end + 6, clause);
    const fromSource = FROM_IS_SOURCE.has(m.measure) ? phrases.find((p) => p.prep === 'from' && p.start > m.anchor && p.start <= m.end + 4 && p.start < clause.end) : undefined;
    if (owner) [source, how.source] = [group(phrases, owner), 'possessor'];
    else if (by) [source, how.source] = [group(phrases, by), 'by-agent'];
    else if (fromSource) [source, how.source] = [group(phrases, fromSource), 'pp:from'];
    else if (accusedOf(tokens, phrases, m.anchor, clause, lex)) {
      const accused = accusedOf(tokens, phrases, m.anchor, clause, lex)!;
      [source, how.source] = [group(phrases, accused), 'accused'];
    } else {
      const light = lightVerbBefore(tokens, m.anchor, clause, lex);
      if (light >= 0) {
        const s = isPassive(tokens, light, lex) ? byAgent(phrases, light, clause.end, clause) : subject(phrases, clauses, clause, light);
        if (s) [source, how.source] = [group(phrases, s), 'subject-of-light-verb'];
      }
    }
    const skip = new Set([...source, ...(fromSource ? group(phrases, fromSource) : [])]);
    const obj = objectOf(tokens, phrases, clauses, clause, m, skip, lex, true, source[0]) ?? lightVerbObject(tokens, phrases, m.anchor, clause, skip, lex);
    if (obj) [target, how.target] = [group(phrases, obj).filter((p) => !skip.has(p)), obj.prep ? `pp:${obj.prep}` : 'object'];
  } else if (passive) {
    const patient = subject(phrases, clauses, clause, m.anchor) ?? nearestBefore(phrases, m.anchor, true);
    const by = byAgent(phrases, m.anchor, m.end + 6, clause);
    if (patient) [target, how.target] = [group(phrases, patient), 'passive-subject'];
    if (by) [source, how.source] = [group(phrases, by), 'by-agent'];
  } else {
    const agent = controlAgent(tokens, phrases, clause, m.anchor, lex) ?? gerundAgent(tokens, phrases, m.anchor) ?? immediateSubject(tokens, phrases, m.anchor, lex) ?? subject(phrases, clauses, clause, m.anchor, tokens);
    if (agent) [source, how.source] = [group(phrases, agent), agent.prep === 'by' ? 'by-agent-of-control-verb' : 'subject'];
    const skip = new Set(source.flatMap((p) => group(phrases, p)));
    const obj = objectOf(tokens, phrases, clauses, clause, m, skip, lex, false, source[0]);
    if (obj) [target, how.target] = [group(phrases, obj).filter((p) => !skip.has(p)), obj.prep ? `pp:${obj.prep}` : 'object'];
    const controlled = controlObject(tokens, phrases, clause, m.anchor, source, lex);
    if (controlled) return { source, target, how, passive, controlled };
  }
  return { source, target, how, passive };
}

function group(phrases: ActorPhrase[], p: ActorPhrase): ActorPhrase[] {
  return phrases.filter((x) => x.group === p.group);
}

/** be + participle, allowing adverbs between: "are being urged", "was not banned", "have been charged". */
export function isPassive(tokens: Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i]!.l;
  if (!PARTICIPLE.test(t) && !/^(?:told|held|cut|hit|put|shut|set|bought|sought|caught|brought|made|sold|led|met|won)$/.test(t)) return false;
  // "both mentioned by Xinhua as …": a participle with its agent right after it.
  if (/ed$/.test(t) && tokens[i + 1]?.l === 'by' && (i === 0 || tokens[i - 1]!.s === ',' || /^(?:both|all|each|also|later|previously|then)$/.test(tokens[i - 1]!.l))) return true;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = tokens[k]!.l;
    if (lex.grammar.be.has(w) && w !== 'being') return true;
    if (w === 'being' && k === i - 1) return true;
    if (!ADVERB.test(w)) return false;
  }
  return false;
}

/**
 * The subject of the verb at i: the first actor phrase of its clause that no preposition governs.
 * A relative clause ("…, which banned …") takes its antecedent; a clause with no subject of its own
 * ("… and banned …", "to ban …") takes the previous clause's.
 */
function subject(phrases: ActorPhrase[], clauses: Clause[], clause: Clause, i: number, tokens?: Token[]): ActorPhrase | undefined {
  // Goods do not act: "fluorinated polyimide … would need individual licences" is told of the materials.
  const own = phrases.find((p) => p.start >= clause.start && p.end <= i && !p.prep && p.kind !== 'goods' && !p.modifier);
  if (own) return own;
  // "An editorial in the People's Daily warned …": a piece of writing speaks for where it appeared.
  const piece = phrases.find((p) => p.start >= clause.start && p.end <= i && (p.prep === 'in' || p.prep === 'of' || p.prep === 'by') && p.kind === 'org');
  const lead = tokens ? tokens.slice(clause.start, piece?.start ?? clause.start).map((t) => t.l).join(' ') : '';
  if (piece && /^(?:an?|the)\s+(?:\w+\s+)?(?:editorial|commentary|op-ed|column|article|statement|notice|report)\b/.test(lead)) return piece;
  if (clause.opener === 'which' || clause.opener === 'who' || clause.opener === 'that') {
    // "China's Inspur Group, which already provides …": the phrase just before; "a move that threatens …": no actor.
    const antecedent = phrases.find((p) => p.end >= clause.start - 2 && p.end <= clause.start);
    return antecedent && !antecedent.prep ? antecedent : undefined;
  }
  const k = clauses.indexOf(clause);
  for (let c = k - 1; c >= 0; c--) {
    const prev = clauses[c]!;
    if (prev.hypothetical) continue;
    const s = phrases.find((p) => p.start >= prev.start && p.end <= prev.end && !p.prep);
    if (s) return s;
  }
  return undefined;
}

/** "are being urged by the country's government to remove …": the controller's agent acts. */
function controlAgent(tokens: Token[], phrases: ActorPhrase[], clause: Clause, i: number, lex: Lexicon): ActorPhrase | undefined {
  for (let k = i - 1; k > clause.start; k--) {
    if (!lex.grammar.control.has(tokens[k]!.l) || !isPassive(tokens, k, lex)) continue;
    const by = phrases.find((p) => p.prep === 'by' && p.start > k && p.start < i);
    if (by) return by;
  }
  return undefined;
}

function byAgent(phrases: ActorPhrase[], from: number, to: number, clause: Clause): ActorPhrase | undefined {
  return phrases.find((p) => p.prep === 'by' && p.start > from && p.start <= to && p.start < clause.end && p.kind !== 'goods');
}

function nearestBefore(phrases: ActorPhrase[], i: number, anyPrep = false): ActorPhrase | undefined {
  let best: ActorPhrase | undefined;
  for (const p of phrases) if (p.end <= i && (anyPrep || !p.prep) && p.kind !== 'pronoun' && !p.modifier) best = p;
  return best;
}

/** "the US National Security Agency had hacked", "Washington (NSA) itself had infiltrated": the phrase right before the verb. */
function immediateSubject(tokens: Token[], phrases: ActorPhrase[], i: number, lex: Lexicon): ActorPhrase | undefined {
  let k = i - 1;
  while (k >= 0) {
    const w = tokens[k]!.l;
    if (lex.grammar.have.has(w) || lex.grammar.be.has(w) || lex.grammar.future.has(w) || lex.grammar.conditional.has(w) || ADVERB.test(w) || w === 'itself' || w === 'themselves' || w === ')') {
      k--;
      continue;
    }
    if (w === '(') {
      k--;
      continue;
    }
    break;
  }
  // Skip a parenthesised acronym: "the National Security Agency (NSA)". "with the US government accusing": with + subject + -ing.
  const p = phrases.find((x) => x.end === k + 1 && (!x.prep || (x.prep === 'with' && /ing$/.test(tokens[i]!.l))) && x.kind !== 'goods' && !x.modifier);
  if (!p) return undefined;
  if (tokens[p.start - 1]?.s === '(') return phrases.find((x) => x.end === p.start - 1 && !x.prep) ?? p;
  return p.kind === 'pronoun' && p.possessive ? undefined : p;
}

/** "the tariffs Washington imposed on …": an actor and a verb right after a measure noun. */
function reducedRelativeAgent(tokens: Token[], phrases: ActorPhrase[], m: TriggerMatch, lex: Lexicon): ActorPhrase | undefined {
  const p = phrases.find((x) => x.start === m.end && !x.prep && (x.kind === 'country' || x.kind === 'org' || x.kind === 'role'));
  const verb = p && tokens[p.end];
  if (!verb || !(lex.grammar.light.has(verb.l) || /ed$/.test(verb.l))) return undefined;
  return p;
}

/**
 * "urged the administration to drop the tariffs", "asked the US Trade Representative to examine …":
 * the phrase a control verb before the trigger tells to act.
 */
function controlObject(tokens: Token[], phrases: ActorPhrase[], clause: Clause, i: number, source: ActorPhrase[], lex: Lexicon): ActorPhrase | undefined {
  for (let k = i - 1; k > clause.start; k--) {
    if (!lex.grammar.control.has(tokens[k]!.l)) continue;
    const obj = phrases.find((p) => p.start > k && p.start <= k + 3 && p.end < i && !p.prep && !source.includes(p) && !(p.kind === 'pronoun' && p.possessive));
    if (obj && tokens.slice(obj.end, i).some((t) => t.l === 'to')) return obj;
    return undefined;
  }
  return undefined;
}

/** "indicted five officers for allegedly hacking", "accused China of instigating": the one accused acts. */
function gerundAgent(tokens: Token[], phrases: ActorPhrase[], i: number): ActorPhrase | undefined {
  if (!/ing$/.test(tokens[i]!.l)) return undefined;
  let k = i - 1;
  while (k >= 0 && ADVERB.test(tokens[k]!.l)) k--;
  if (!['for', 'of', 'with'].includes(tokens[k]?.l ?? '')) return undefined;
  return phrases.filter((p) => p.end <= k && !(p.kind === 'pronoun' && p.possessive) && p.kind !== 'goods').pop();
}

/** "threatens IBM's bank server business with shut out": the light verb's own object is the target. */
function lightVerbObject(tokens: Token[], phrases: ActorPhrase[], i: number, clause: Clause, skip: Set<ActorPhrase | undefined>, lex: Lexicon): ActorPhrase | undefined {
  const light = lightVerbBefore(tokens, i, clause, lex);
  if (light < 0) return undefined;
  return phrases.find((p) => p.start > light && p.end <= i && !skip.has(p) && (!p.prep || TARGET_PREPS.has(p.prep)) && p.kind !== 'pronoun');
}

/** "Washington's accusation", "the US ban", "last week's charges by Washington": who owns a measure noun. */
function nounOwner(tokens: Token[], phrases: ActorPhrase[], m: TriggerMatch, lex: Lexicon): ActorPhrase | undefined {
  for (const p of phrases) {
    if (p.end > m.anchor || p.end < m.anchor - 4) continue;
    if (p.kind === 'goods' || p.kind === 'pronoun' && !p.possessive || p.code?.startsWith('IGO.')) continue;
    const between = tokens.slice(p.possessive ? p.end + 1 : p.end, m.anchor);
    // "Washington's sweeping new tariffs": adjectives may stand between a possessor and its noun;
    // "Xinhua welcomed the ban": a verb may not. A plain modifier ("the US ban") sits against the noun.
    const verbLike = (t: Token) => /^[a-z]+ed$/.test(t.l) || lex.grammar.light.has(t.l) || lex.grammar.reporting.has(t.l) || lex.grammar.control.has(t.l);
    if (between.some((t) => !/^[a-z0-9$%.-]+$/.test(t.l) || verbLike(t) || lex.grammar.prepositions.has(t.l) || lex.grammar.be.has(t.l) || lex.grammar.have.has(t.l) || lex.grammar.subordinators.has(t.l) || lex.grammar.determiners.has(t.l) && !p.possessive)) continue;
    if (p.possessive || p.kind === 'country' || p.kind === 'org' || (p.kind === 'role' && p.country)) return p;
  }
  return undefined;
}

/** "imposed tariffs", "launched an investigation", "filed a complaint": a verb the measure noun is the object of. */
function lightVerbBefore(tokens: Token[], i: number, clause: Clause, lex: Lexicon): number {
  for (let k = i - 1; k >= Math.max(clause.start, i - 7); k--) {
    const w = tokens[k]!.l;
    if (lex.grammar.light.has(w) || lex.grammar.control.has(w) || (k < i - 1 && actsThrough(w, lex))) return k;
    if (lex.grammar.subordinators.has(w) || w === ',' && k < i - 2) return -1;
  }
  return -1;
}

/** "Washington blamed Beijing for a cyberattack": whom an accusation blames for the act it names. */
function accusedOf(tokens: Token[], phrases: ActorPhrase[], i: number, clause: Clause, lex: Lexicon): ActorPhrase | undefined {
  for (let k = i - 1; k >= Math.max(clause.start, i - 5); k--) {
    const w = tokens[k]!.l;
    if (w !== 'for' && w !== 'of' && w !== 'over') continue;
    const accused = phrases.find((p) => p.end === k);
    const verb = accused && tokens[accused.start - 1];
    const triggers = verb && lex.triggers.get(verb.l);
    if (triggers?.some(({ trigger }) => lex.measures.get(trigger.measure)?.type === 'ACCUSE')) return accused;
    return undefined;
  }
  return undefined;
}

/** Objecting to a measure is not taking it: "firmly opposes the latest ban" is someone else's ban. */
const ANSWERS = new Set(['ACCUSE', 'REJECT', 'PROTEST', 'REQUEST', 'CONSULT', 'RETREAT', 'CONCEDE', 'AGREE']);

/** A trigger verb whose subject also takes the measure it names ("threatened a ban", "retaliated with tariffs"). */
function actsThrough(word: string, lex: Lexicon): boolean {
  const triggers = lex.triggers.get(word);
  return !!triggers && triggers.some(({ trigger }) => !ANSWERS.has(lex.measures.get(trigger.measure)?.type ?? ''));
}

/**
 * What a measure is aimed at: actor phrases after the trigger, inside its clause and before any
 * cause or time phrase, that are direct objects or governed by a target preposition. Named bodies
 * beat descriptions, and the other side beats the actor's own side.
 */
function objectOf(tokens: Token[], phrases: ActorPhrase[], clauses: Clause[], clause: Clause, m: TriggerMatch, skip: Set<ActorPhrase | undefined>, lex: Lexicon, noun: boolean, agent?: ActorPhrase): ActorPhrase | undefined {
  // A trigger ending in "whether" or "if" ("reviewing whether …") reaches into the clause it opens.
  const last = clauseAt(clauses, Math.max(m.anchor, m.end - 1));
  const end = Math.max(clause.end, last.end);
  let stop = end;
  for (let k = Math.max(m.end, m.anchor + 1); k < end; k++) {
    const w = tokens[k]!.l;
    if (OBJECT_STOP.has(w) && !(w === 'in' && k < m.end) && !(w === 'as' && tokens[k + 1]?.l === 'well')) {
      // "in" ends the object only when it introduces a place or time, not "in the US" after "companies".
      if (w === 'in' && phrases.some((p) => p.start === k + 1 && p.kind !== 'country' && p.kind !== 'anaphor')) continue;
      stop = k;
      break;
    }
  }
  const candidates = phrases.filter((p) => {
    if (skip.has(p) || p.start <= m.anchor || p.start >= stop) return false;
    if (p.kind === 'pronoun' && p.possessive) return false;
    // "a complaint at the WTO", "report the tariffs to the WTO": an international body there is the venue.
    if (p.code?.startsWith('IGO.') && (!p.prep || ['at', 'to', 'with', 'before', 'in', 'through', 'under'].includes(p.prep))) return false;
    // "invested $25 million in Inspur": "in" before a company is who, not where.
    const inCompany = p.prep === 'in' && (p.kind === 'org' || p.kind === 'unknown-org' || p.kind === 'product');
    if (p.prep && !TARGET_PREPS.has(p.prep) && !inCompany && !(p.prep === 'by' && isAfterGoods(phrases, tokens, p))) return false;
    if (noun && p.prep === 'by') return false;
    if (p.prep === 'to' && (lex.grammar.reporting.has(tokens[p.start - 2]?.l ?? '') || tokens[p.start - 2]?.l === 'according')) return false;
    return true;
  });
  // A country that only modifies a noun ("condemned the US decision") is a target of last resort.
  const full = candidates.filter((p) => !p.modifier);
  if (full.length) candidates.splice(0, candidates.length, ...full);
  if (!candidates.length) return undefined;
  // Measures are aimed at the other side: pass over the actor's own banks and companies.
  const own = (p: ActorPhrase) => p.relative === 'domestic' || (!!agent?.country && p.country === agent.country && p.kind !== 'org');
  const other = candidates.filter((p) => !own(p));
  if (other.length && other.length < candidates.length) candidates.splice(0, candidates.length, ...other);
  const named = candidates.find((p) => p.kind === 'org' || p.kind === 'product' || p.kind === 'unknown-org');
  const first = candidates[0]!;
  // "banned imports of beef, pork … from the United States, the European Union, Australia": the countries the goods come from.
  if (first.kind === 'goods' && !first.country) {
    // … or go to: "export controls on three materials bound for South Korea".
    const origin = candidates.find((p) => p.kind === 'country' && ['from', 'of', 'to', 'for'].includes(p.prep ?? ''));
    if (origin) return origin;
  }
  // "servers made by IBM", "the country's banks' use of IBM servers", "2 of China's biggest tech names, Huawei and ZTE":
  // a named body beats what comes before it, unless that is a country acting on its own ("sanctions on Russia and Gazprom").
  // A pronoun or a named body as direct object stays ("accused it of stealing secrets from T-Mobile").
  const weak = first.kind === 'goods' || first.kind === 'anaphor' || first.possessive || (first.kind === 'role' && !first.country && !first.countries);
  if (named && weak) return named;
  return first;
}

function isAfterGoods(phrases: ActorPhrase[], tokens: Token[], p: ActorPhrase): boolean {
  const w = tokens[p.start - 2]?.l ?? '';
  return /^(?:made|manufactured|produced|built|supplied|sold|designed|owned)$/.test(w) || phrases.some((q) => q.kind === 'goods' && q.end === p.start - 1);
}
