/**
 * Corrections (`reprisal-corrections/1`): an analyst's changes to extracted events, kept apart from
 * the extractor's output and re-applied to every new extraction. An event is named by its id and by
 * the places that report it, so a correction still finds its event when a new lexicon renumbers ids.
 */
import type { EventDate, Link, LinkKind, Mention, PloverType } from '../events/types.js';

export const CORRECTIONS_FORMAT = 'reprisal-corrections/1';

/** How a correction names the event it changes. */
export interface EventRef {
  id: string;
  /**
   * Where the event was reported when the correction was made: the key to finding it again. The
   * text is only for people (the sentence as it read then, still shown once its article is gone).
   */
  mentions: (Pick<Mention, 'doc' | 'start' | 'end'> & { text?: string })[];
}

export interface EventChanges {
  type?: PloverType;
  measure?: string;
  source?: string[];
  target?: string[];
  date?: EventDate | null;
}

export type Correction =
  | { id: string; op: 'edit'; event: EventRef; set: EventChanges; note?: string; at?: string }
  | { id: string; op: 'delete'; event: EventRef; note?: string; at?: string }
  | { id: string; op: 'merge'; events: EventRef[]; note?: string; at?: string }
  | { id: string; op: 'add'; event: { type: PloverType; measure?: string; source: string[]; target: string[]; date?: EventDate; mentions: Mention[] }; note?: string; at?: string }
  | { id: string; op: 'link'; from: EventRef; to: EventRef; kind: LinkKind; note?: string; at?: string }
  | { id: string; op: 'unlink'; from: EventRef; to: EventRef; note?: string; at?: string };

export interface CorrectionsFile {
  format: typeof CORRECTIONS_FORMAT;
  corrections: Correction[];
}

/** What became of one correction on one extraction. */
export interface CorrectionStatus {
  id: string;
  applied: boolean;
  /** Why it no longer applies: "event not found", "already linked", … */
  reason?: string;
  /** The event ids it touched in this extraction. */
  events: string[];
}

export type { Link };
