/**
 * Whether a trigger reports something that happened. PLOVER codes threats as THREATEN, and leaves
 * out hypotheticals, negations and opinions; so does Reprisal:
 * - "said it would block … if …", "threatened to impose", "plans to ban" → threat
 * - "could hurt", "may escalate" (speculation), "did not respond", "neither … has done anything
 *   to limit" (negation), analysts' and first-person views (opinion) → no event
 * - "if China is pushing its banks …" (hypothetical) → only confirms an event reported elsewhere.
 */
import type { Lexicon } from '../lexicon/compile.js';
import type { Clause } from './clauses.js';
import type { Token } from './tokens.js';

export type Modality = 'asserted' | 'future' | 'threat' | 'hypothetical' | 'negated' | 'speculative' | 'opinion' | 'reported-speculation';

const FILLER = /^(?:[a-z]+ly|a|an|the|not|also|have|has|had|be|been|being|to|now|soon|still|then|further|first|even|take|its|their|quickly|eventually|immediately|[$€£¥]?\d[\d.,]*%?|percent|per|cent|billion|million|bn|new|fresh|more|additional|further|higher|extra)$/;

/**
 * `vague`: the trigger names no concrete measure ("would take countermeasures", "would retaliate"):
 * announced, it is a threat; a concrete measure announced with "would" ("would remove Japan from its
 * list") is a decision, unless a condition follows ("would block … if …").
 */
export function modalityOf(tokens: Token[], clause: Clause, anchor: number, sentenceHasIf: boolean, lex: Lexicon, vague = false): Modality {
  const g = lex.grammar;
  if (tokens.some((t) => g.opinion.has(t.l))) return 'opinion';
  if (clause.hypothetical) return 'hypothetical';
  // "did not say which entities would be added", "was not aware of any company being notified": not asserted.
  for (let k = clause.start - 1; k >= Math.max(0, clause.start - 6); k--) {
    const w = tokens[k]!.l;
    if ((g.reporting.has(w) || w === 'aware' || w === 'know' || w === 'confirm') && tokens.slice(Math.max(0, k - 3), k).some((t) => g.negations.has(t.l) || t.l.endsWith("n't"))) return 'negated';
  }
  // Negation anywhere earlier in the clause ("Neither the US nor Europe has done anything to limit").
  for (let k = clause.start; k < anchor; k++) {
    const w = tokens[k]!.l;
    const negation = g.negations.has(w) || w.endsWith("n't") || w === 'cannot';
    if (negation && !(w === 'not' && tokens[k + 1]?.l === 'only') && !(w === 'no' && tokens[k + 1]?.s === '.')) {
      if (anchor - k <= 8 || w === 'neither' || w === 'nor') return 'negated';
    }
  }
  // "the fight could spill into … export controls": speculation anywhere earlier in the clause.
  // Said or warned by someone ("Medvedev warned that Moscow could bar …"), it may be a threat: the caller decides by who acts.
  const said = tokens.slice(0, clause.start + 1).some((t) => g.reporting.has(t.l) || g.intent.has(t.l));
  for (let k = Math.max(clause.start, anchor - 8); k < anchor; k++) {
    if (g.speculative.has(tokens[k]!.l) && !(tokens[k]!.l === 'may' && /^May$/.test(tokens[k]!.s))) return said && ['could', 'might', 'may', 'can'].includes(tokens[k]!.l) ? 'reported-speculation' : 'speculative';
  }
  // "any new US tariffs": a measure that may come.
  for (let k = anchor - 1; k >= Math.max(clause.start, anchor - 5); k--) if (tokens[k]!.l === 'any') return 'hypothetical';
  // "violating sanctions on Iran", "evading US tariffs": a measure named as broken is told elsewhere.
  for (let k = anchor - 1; k >= Math.max(clause.start, anchor - 8); k--) if (/^(?:violat|breach|evad|circumvent|flout|skirt|dodg)/.test(tokens[k]!.l)) return 'hypothetical';
  // Modals and intent words close before the trigger, with only auxiliaries and adverbs between.
  let reported = false;
  for (let k = Math.max(0, clause.start - 8); k < anchor; k++) if (g.reporting.has(tokens[k]!.l)) reported = true;
  const condition = followedByIf(tokens, anchor);
  for (let k = anchor - 1; k >= Math.max(clause.start, anchor - 5); k--) {
    const w = tokens[k]!.l;
    if (g.intent.has(w) && (w !== 'set' || tokens[k + 1]?.l === 'to')) return 'threat';
    if (!FILLER.test(w) && k < anchor - 1) break;
  }
  // A modal earlier in the clause governs what follows it: "would take countermeasures, including filing a complaint".
  for (let k = anchor - 1; k >= Math.max(clause.start, anchor - 10); k--) {
    const w = tokens[k]!.l;
    if (g.conditional.has(w)) {
      if (condition || vague) return 'threat';
      return reported || sentenceHasIf ? 'future' : 'speculative';
    }
    if (g.future.has(w)) return condition || vague ? 'threat' : 'future';
  }
  return 'asserted';
}

/** "would block … if their products did not …": a condition later in the sentence. */
function followedByIf(tokens: Token[], anchor: number): boolean {
  for (let k = anchor + 1; k < tokens.length; k++) {
    const w = tokens[k]!.l;
    if (w === 'if' || w === 'unless') return true;
    if (w === ';' || w === '.') return false;
  }
  return false;
}
