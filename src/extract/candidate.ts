/** What one sentence says about one measure, before the same event's reports are merged. */
import type { Mention, PloverType } from '../events/types.js';
import type { DateValue } from './dates.js';
import type { Modality } from './modality.js';

export interface Candidate {
  /** Unique within the run: "doc:sentence:token". */
  key: string;
  doc: string;
  /** Sentence index within the document, for context and order. */
  sentence: number;
  headline: boolean;
  mention: Mention;
  /** The whole sentence: what reports of one event are compared by, beyond the clause they quote. */
  context: string;
  /** Offset of the trigger word in the document: unique per candidate, and the event's id. */
  at: number;
  trigger: string;
  measure: string;
  type: PloverType;
  modality: Modality;
  source: string[];
  target: string[];
  /** How the roles were read, for "why?": "subject", "by-agent", "context:previous-target", … */
  how: { source: string; target: string };
  date?: DateValue;
  /** The date comes from an expression in the text, not from the publication date. */
  dateExplicit: boolean;
  /** Only confirms an event reported elsewhere: a hypothetical, or a reference naming no actor ("over the indictment"). */
  mergeOnly: boolean;
  /** Names an event probably reported already ("the vetting", "following Washington's accusation"): merged leniently, kept if nothing matches. */
  reference: boolean;
  confidence: number;
  /** Readable names of the actor ids it uses. */
  labels: Record<string, string>;
}

/** A link the text states: a cue with the candidate that answers and, when named, the one answered. */
export interface LinkClaim {
  doc: string;
  response: string;
  provoker?: string;
  cue: 'pointing' | 'bare' | 'causing' | 'object';
  strength: number;
  evidence: Mention;
}
