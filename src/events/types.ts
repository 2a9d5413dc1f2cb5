/**
 * The events file `reprisal-events/1`: the one contract between the extractor and everything
 * that reads it (notebook cells, charts, the CLI, the scorer, other people's tools).
 * Kept in step with the events-format spec and checked by validate.ts; fields may be added, none may change meaning.
 */

export const EVENTS_FORMAT = 'reprisal-events/1';

/** The sixteen PLOVER event types, the coarse type of every event. */
export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;

export type PloverType = (typeof PLOVER_TYPES)[number];

/** PLOVER's four quads, from verbal cooperation to material conflict. */
export type Quad = 'verbal-cooperation' | 'material-cooperation' | 'verbal-conflict' | 'material-conflict';

export const QUAD_OF: Record<PloverType, Quad> = {
  AGREE: 'verbal-cooperation',
  CONSULT: 'verbal-cooperation',
  SUPPORT: 'verbal-cooperation',
  CONCEDE: 'verbal-cooperation',
  COOPERATE: 'material-cooperation',
  AID: 'material-cooperation',
  RETREAT: 'material-cooperation',
  REQUEST: 'verbal-conflict',
  ACCUSE: 'verbal-conflict',
  REJECT: 'verbal-conflict',
  THREATEN: 'verbal-conflict',
  PROTEST: 'material-conflict',
  SANCTION: 'material-conflict',
  MOBILIZE: 'material-conflict',
  COERCE: 'material-conflict',
  ASSAULT: 'material-conflict',
};

export type Precision = 'day' | 'month' | 'year';

export interface EventsFile {
  format: typeof EVENTS_FORMAT;
  documents: Doc[];
  actors: Actor[];
  events: Event[];
  links: Link[];
}

export interface Excluded {
  start: number;
  end: number;
  /** Why this span is not news: "comments", "newsletter", "tags", "boilerplate", … */
  reason: string;
}

export interface Doc {
  /** The file's name without its extension: "000_0aadf95a2081af90". */
  id: string;
  title?: string;
  /** Outlet, if known. */
  source?: string;
  /** ISO 8601, as precise as known: "2014-05-30", "2014-05", "2015". */
  published?: string;
  /** Characters of the text that offsets index into. */
  length: number;
  /** Page furniture and reader comments, left out of extraction. */
  excluded?: Excluded[];
}

export interface Actor {
  /** Actor code COUNTRY[.ROLE[.NAME]]: "USA.BUS.IBM", "CHN.GOV", "CHN.GOV.PBOC". */
  id: string;
  /** A readable name: "IBM", "Chinese government". */
  name: string;
  /** First segment of id. */
  country?: string;
  /** Second segment of id. */
  role?: string;
}

export interface EventDate {
  start: string;
  end?: string;
  precision: Precision;
}

export interface Event {
  id: string;
  type: PloverType;
  /** The project's finer measure label, e.g. "procurement-ban". */
  measure?: string;
  /** Actor ids of who acts. */
  source: string[];
  /** Actor ids of who is acted against or upon. */
  target: string[];
  date?: EventDate;
  /** Every place in the corpus that reports this event. */
  mentions: Mention[];
  /** 0..1 */
  confidence?: number;
  /** The lexicon entry or rule that produced it, for "why?". */
  rule?: string;
}

export interface Mention {
  /** Doc.id */
  doc: string;
  /** Offsets into the document text exactly as loaded (JavaScript string indices, end exclusive). */
  start: number;
  end: number;
  /** text.slice(start, end): the sentence or clause. */
  text: string;
}

export type LinkKind = 'retaliation' | 'response';

export interface Link {
  /** Event.id of the earlier, provoking event. */
  from: string;
  /** Event.id of the response to it. */
  to: string;
  kind: LinkKind;
  /** The cue, when the text states the link; absent when inferred. */
  evidence?: Mention;
  /** 0..1; inferred links lower than stated ones. */
  confidence?: number;
}
