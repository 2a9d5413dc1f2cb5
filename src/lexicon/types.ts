/** The shapes of the lexicon data files, as an analyst writes them. */

export interface CountryRow {
  code: string;
  name: string;
  names: string[];
  demonyms?: string[];
  capitals?: string[];
  cities?: string[];
}

export interface OrganisationRow {
  id: string;
  name: string;
  aliases: string[];
  products?: string[];
}

export type RoleRow = string | { noun: string; name: string };

export interface MeasureRow {
  type: string;
  family: string;
  label: string;
  typeBySourceRole?: Record<string, string>;
  /** A different measure label by who acts: consumers shunning goods is a boycott. */
  measureBySourceRole?: Record<string, string>;
}

export interface TriggerRow {
  id: string;
  pattern: string[] | string;
  pos: 'verb' | 'noun';
  measure: string;
  refine?: { near: string; measure: string }[];
  unless?: string;
  generic?: boolean;
  needs?: string;
  voice?: 'active';
  example?: string;
}

export interface CueRow {
  cue: string;
  strength: number;
}

/** Every part is optional in a user's own lexicon file; what it has is added to the built-in one. */
export interface LexiconFile {
  countries?: CountryRow[];
  organisations?: OrganisationRow[];
  roles?: Record<string, RoleRow[]>;
  relative?: { domestic?: string[]; foreign?: string[] };
  goods?: string[];
  measures?: Record<string, MeasureRow>;
  triggers?: TriggerRow[];
  pointing?: CueRow[];
  bare?: CueRow[];
  causing?: CueRow[];
}
