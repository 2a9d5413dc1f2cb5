/**
 * Link cues in a sentence: "in retaliation for …", "after the US charged …", "over the indictment"
 * point at the measure answered; "in what was seen as retaliation", "tit-for-tat" say only that
 * something was answered; "prompted", "triggered" run the other way (cause before cue).
 */
import type { Lexicon } from '../lexicon/compile.js';
import type { Token } from './tokens.js';

export interface CueHit {
  kind: 'pointing' | 'bare' | 'causing';
  /** Token range of the cue words. */
  start: number;
  end: number;
  /** Where the named provoking measure ends (pointing cues); equals `end` otherwise. */
  complementEnd: number;
  strength: number;
  /** Weak cues (after, over, amid) count only when a measure is named right after them. */
  needsComplement: boolean;
}

const COMPLEMENT_STOP = new Set([',', ';', ':', '.', '—', '–', '(', ')', '"', '“', '”']);
const WEAK = 0.7;

export function findCues(tokens: Token[], lex: Lexicon): CueHit[] {
  const out: CueHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const cue of lex.cues.get(tokens[i]!.l) ?? []) {
      const n = cue.words.length;
      if (!cue.words.every((w, k) => tokens[i + k]?.l === w)) continue;
      if (cue.kind === 'bare' && cue.strength < WEAK) break;
      // "is due to make a visit", "was due to be signed": a schedule, not a cause.
      if (cue.words.join(' ') === 'due to' && /^(?:is|are|was|were|be|been)$/.test(tokens[i - 1]?.l ?? '')) break;
      let complementEnd = i + n;
      if (cue.kind === 'pointing') {
        while (complementEnd < tokens.length && !COMPLEMENT_STOP.has(tokens[complementEnd]!.s)) complementEnd++;
      }
      out.push({ kind: cue.kind, start: i, end: i + n, complementEnd, strength: cue.strength, needsComplement: cue.kind === 'pointing' && cue.strength < WEAK });
      i += n - 1;
      break;
    }
  }
  return out;
}
