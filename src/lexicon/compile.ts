/**
 * Turns the lexicon data files (and a user's own) into the lookup tables the extractor uses.
 * Compiling is cheap (a few milliseconds) and happens once per extraction run.
 */
import type { PloverType } from '../events/types.js';
import { PLOVER_TYPES } from '../events/types.js';
import { tokenize } from '../extract/tokens.js';
import countriesFile from './countries.json';
import cuesFile from './cues.json';
import grammarFile from './grammar.json';
import measuresFile from './measures.json';
import agenciesFile from './agencies.json';
import companiesFile from './companies.json';
import organisationsFile from './organisations.json';
import peopleFile from './people.json';
import rolesFile from './roles.json';
import { inflect, plural } from './inflect.js';
import type { CueRow, LexiconFile, MeasureRow, RoleRow, TriggerRow } from './types.js';

export type NameKind = 'country' | 'demonym' | 'capital' | 'city' | 'org' | 'product' | 'role' | 'goods' | 'domestic' | 'foreign';

export interface NameEntry {
  /** Lower-case tokens. */
  words: string[];
  /** Per token, the exact spelling required (short all-capital acronyms), or null. */
  exact: (string | null)[];
  /** Per token, whether it must be capitalised ("US Steel" is not "US steel imports"). */
  caps: boolean[];
  /** Proper names keep the capitals they are written with. */
  proper: boolean;
  kind: NameKind;
  country?: string;
  id?: string;
  role?: string;
  slug?: string;
  label: string;
}

export interface Slot {
  words: Set<string>;
  optional: boolean;
  gap: boolean;
}

export interface Trigger {
  id: string;
  measure: string;
  pos: 'verb' | 'noun';
  refine: { words: Set<string>; measure: string }[];
  unless: Set<string>;
  generic: boolean;
  needs: Set<string>;
  /** "active": the trigger counts only in the active voice. */
  voice?: 'active';
  example?: string;
}

export interface Measure extends MeasureRow {
  type: PloverType;
}

export interface Cue {
  words: string[];
  strength: number;
  kind: 'pointing' | 'bare' | 'causing';
}

export interface Lexicon {
  names: Map<string, NameEntry[]>;
  countries: Map<string, { code: string; name: string; demonym?: string }>;
  actorNames: Map<string, string>;
  triggers: Map<string, { trigger: Trigger; slots: Slot[] }[]>;
  triggerList: Trigger[];
  measures: Map<string, Measure>;
  cues: Map<string, Cue[]>;
  grammar: Grammar;
  /**
   * Names the lexicon's content (built-in and user files): shards extracted with different
   * lexicons would not merge into what one run gives, so merging checks it.
   */
  fingerprint: string;
}

export interface Grammar {
  determiners: Set<string>;
  prepositions: Set<string>;
  be: Set<string>;
  have: Set<string>;
  pronouns: Map<string, string>;
  anaphors: Map<string, string>;
  speculative: Set<string>;
  conditional: Set<string>;
  future: Set<string>;
  intent: Set<string>;
  negations: Set<string>;
  hypothetical: Set<string>;
  subordinators: Set<string>;
  reporting: Set<string>;
  control: Set<string>;
  light: Set<string>;
  opinion: Set<string>;
  clauseBreaks: Set<string>;
  /** Nouns naming a measure: an answer that objects to one needs no named target. */
  measureNouns: Set<string>;
}

export class LexiconError extends Error {}

const BUILT_IN: LexiconFile = {
  countries: countriesFile.countries,
  organisations: [...organisationsFile.organisations, ...agenciesFile.organisations, ...companiesFile.organisations, ...peopleFile.organisations],
  roles: rolesFile.roles as Record<string, RoleRow[]>,
  relative: rolesFile.relative,
  goods: rolesFile.goods,
  measures: measuresFile.measures as Record<string, MeasureRow>,
  triggers: measuresFile.triggers as TriggerRow[],
  pointing: cuesFile.pointing,
  bare: cuesFile.bare,
  causing: cuesFile.causing,
};

export const INFERRED_LINKS = cuesFile.inferred;

/** The built-in lexicon plus any user lexicons, in order (a later file adds to and overrides earlier ones). */
export function compileLexicon(...extra: LexiconFile[]): Lexicon {
  const files = [BUILT_IN, ...extra];
  const irregular = grammarFile.irregular as Record<string, string[]>;
  const names = new Map<string, NameEntry[]>();
  const countries = new Map<string, { code: string; name: string; demonym?: string }>();
  const actorNames = new Map<string, string>();
  const addName = (text: string, entry: Omit<NameEntry, 'words' | 'exact' | 'caps'>) => {
    const toks = tokenize(text);
    if (toks.length === 0) return;
    const words = toks.map((t) => t.l);
    const exact = toks.map((t) => (/^[A-Z]{2,5}$/.test(t.s) ? t.s : null));
    // A proper name's capitalised words must be capitalised in the text; "iPhone" or "von der Leyen" keep their own case.
    const proper = entry.proper && /^[A-Z]/.test(text.replace(/^the /, ''));
    const caps = toks.map((t) => entry.proper && /^[A-Z]/.test(t.s));
    const list = names.get(words[0]!) ?? [];
    list.push({ ...entry, proper, words, exact, caps });
    names.set(words[0]!, list);
  };

  for (const f of files) {
    for (const c of f.countries ?? []) {
      countries.set(c.code, { code: c.code, name: c.name, demonym: c.demonyms?.[0] });
      actorNames.set(c.code, c.name);
      for (const n of c.names) addName(n, { kind: 'country', country: c.code, proper: !n.startsWith('the '), label: c.name });
      for (const n of c.demonyms ?? []) addName(n, { kind: 'demonym', country: c.code, proper: true, label: c.name });
      for (const n of c.capitals ?? []) addName(n, { kind: 'capital', country: c.code, proper: !n.startsWith('the '), label: c.name });
      for (const n of c.cities ?? []) addName(n, { kind: 'city', country: c.code, proper: true, label: n });
    }
    for (const o of f.organisations ?? []) {
      actorNames.set(o.id, o.name);
      for (const a of o.aliases) addName(a, { kind: 'org', id: o.id, country: o.id.split('.')[0], proper: !a.startsWith('the '), label: o.name });
      for (const p of o.products ?? []) addName(p, { kind: 'product', id: o.id, country: o.id.split('.')[0], proper: true, label: o.name });
    }
    for (const [role, rows] of Object.entries(f.roles ?? {})) {
      for (const row of rows) {
        const noun = typeof row === 'string' ? row : row.noun;
        const slug = typeof row === 'string' ? undefined : row.name;
        const forms = noun.includes(' ') || noun.endsWith('s') ? [noun] : [noun, plural(noun)];
        for (const form of forms) addName(form, { kind: 'role', role, slug, proper: false, label: noun });
      }
    }
    for (const g of f.goods ?? []) addName(g, { kind: 'goods', role: 'BUS', proper: false, label: g });
    for (const w of f.relative?.domestic ?? []) addName(w, { kind: 'domestic', proper: false, label: w });
    for (const w of f.relative?.foreign ?? []) addName(w, { kind: 'foreign', proper: false, label: w });
  }

  for (const list of names.values()) list.sort((a, b) => b.words.length - a.words.length);

  const measures = new Map<string, Measure>();
  for (const f of files) {
    for (const [label, m] of Object.entries(f.measures ?? {})) {
      if (!PLOVER_TYPES.includes(m.type as PloverType)) {
        throw new LexiconError(`measure "${label}": type "${m.type}" is not a PLOVER type (${PLOVER_TYPES.join(', ')})`);
      }
      measures.set(label, { ...m, type: m.type as PloverType });
    }
  }

  const triggers = new Map<string, { trigger: Trigger; slots: Slot[] }[]>();
  const triggerList: Trigger[] = [];
  for (const f of files) {
    for (const row of f.triggers ?? []) {
      if (!measures.has(row.measure)) throw new LexiconError(`trigger "${row.id}": unknown measure "${row.measure}"`);
      const patterns = Array.isArray(row.pattern) ? row.pattern : [row.pattern];
      const trigger: Trigger = {
        id: row.id,
        measure: row.measure,
        pos: row.pos === 'noun' ? 'noun' : 'verb',
        refine: (row.refine ?? []).map((r) => ({ words: wordSet(r.near, irregular), measure: r.measure })),
        unless: wordSet(row.unless ?? '', irregular),
        generic: row.generic === true,
        needs: new Set((row.needs ?? '').split(/\s+/).filter(Boolean)),
        voice: row.voice === 'active' ? 'active' : undefined,
        example: row.example,
      };
      for (const r of trigger.refine) {
        if (!measures.has(r.measure)) throw new LexiconError(`trigger "${row.id}": refine names unknown measure "${r.measure}"`);
      }
      triggerList.push(trigger);
      for (const pattern of patterns) {
        const slots = compilePattern(pattern, irregular, row.id);
        for (const w of slots[0]!.words) {
          const list = triggers.get(w) ?? [];
          list.push({ trigger, slots });
          triggers.set(w, list);
        }
      }
    }
  }

  const cues = new Map<string, Cue[]>();
  const addCues = (rows: CueRow[] | undefined, kind: Cue['kind']) => {
    for (const r of rows ?? []) {
      const words = tokenize(r.cue).map((t) => t.l);
      if (!words.length) continue;
      const list = cues.get(words[0]!) ?? [];
      list.push({ words, strength: r.strength, kind });
      list.sort((a, b) => b.words.length - a.words.length);
      cues.set(words[0]!, list);
    }
  };
  for (const f of files) {
    addCues(f.pointing, 'pointing');
    addCues(f.bare, 'bare');
    addCues(f.causing, 'causing');
  }

  return { names, countries, actorNames, triggers, triggerList, measures, cues, grammar: compileGrammar(), fingerprint: fingerprintOf(extra) };
}

function compilePattern(pattern: string, irregular: Record<string, string[]>, id: string): Slot[] {
  const slots: Slot[] = [];
  for (const part of pattern.trim().split(/\s+/)) {
    if (part === '…' || part === '...') {
      slots.push({ words: new Set(), optional: true, gap: true });
      continue;
    }
    const optional = part.endsWith('?') && part.length > 1;
    slots.push({ words: wordSet(optional ? part.slice(0, -1) : part, irregular), optional, gap: false });
  }
  if (!slots.length || slots[0]!.gap || slots[0]!.optional) {
    throw new LexiconError(`trigger "${id}": a pattern must start with a word, not "${pattern.split(/\s+/)[0] ?? ''}"`);
  }
  return slots;
}

/** "ban~|prohibit" → every form of ban, and prohibit. */
function wordSet(alternatives: string, irregular: Record<string, string[]>): Set<string> {
  const set = new Set<string>();
  for (const alt of alternatives.split('|').map((a) => a.trim().toLowerCase().replace(/’/g, "'")).filter(Boolean)) {
    if (alt.endsWith('~')) for (const f of inflect(alt.slice(0, -1), irregular)) set.add(f);
    else set.add(alt);
  }
  return set;
}

function compileGrammar(): Grammar {
  const g = grammarFile;
  const set = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  return {
    determiners: set(g.determiners),
    prepositions: set(g.prepositions),
    be: set(g.be),
    have: set(g.have),
    pronouns: new Map(Object.entries(g.pronouns)),
    anaphors: new Map(Object.entries(g.anaphors)),
    speculative: set(g.modals.speculative),
    conditional: set(g.modals.conditional),
    future: set(g.modals.future),
    intent: set(g.intent),
    negations: set(g.negations),
    hypothetical: set(g.hypothetical),
    subordinators: set(g.subordinators),
    reporting: set(g.reporting),
    control: set(g.control),
    light: set(g.light),
    opinion: set(g.opinion),
    clauseBreaks: set(g.clauseBreaks),
    measureNouns: set(g.measureNouns ?? []),
  };
}

/** Reads a user's lexicon file, naming what is wrong with it. */
let builtInHash: number | undefined;

/** FNV-1a over the files' JSON: cheap, stable across runs and machines, and enough to tell lexicons apart. */
function fingerprintOf(extra: LexiconFile[]): string {
  builtInHash ??= fnv(JSON.stringify([BUILT_IN, grammarFile]), 0x811c9dc5);
  return fnv(JSON.stringify(extra), builtInHash).toString(16).padStart(8, '0');
}

function fnv(text: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function parseLexiconFile(json: string, file: string): LexiconFile {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new LexiconError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new LexiconError(`${file}: expected a JSON object`);
  const d = data as Record<string, unknown>;
  const known = ['about', 'countries', 'organisations', 'roles', 'relative', 'goods', 'measures', 'triggers', 'pointing', 'bare', 'causing'];
  const unknown = Object.keys(d).filter((k) => !known.includes(k));
  if (unknown.length) throw new LexiconError(`${file}: unknown section(s) ${unknown.join(', ')}; expected ${known.slice(1).join(', ')}`);
  const arrays = ['countries', 'organisations', 'goods', 'triggers', 'pointing', 'bare', 'causing'];
  for (const k of arrays) if (d[k] !== undefined && !Array.isArray(d[k])) throw new LexiconError(`${file}: "${k}" must be a list`);
  for (const [i, o] of ((d.organisations as unknown[]) ?? []).entries()) {
    const row = o as Partial<{ id: unknown; name: unknown; aliases: unknown }>;
    if (typeof row?.id !== 'string' || !/^[A-Z]{3}(\.[A-Z0-9]+){0,2}$/.test(row.id)) {
      throw new LexiconError(`${file}: organisations[${i}] needs an "id" like USA.BUS.IBM`);
    }
    if (typeof row.name !== 'string') row.name = row.id;
    if (!Array.isArray(row.aliases) || row.aliases.some((a) => typeof a !== 'string')) {
      throw new LexiconError(`${file}: organisations[${i}] (${row.id}) needs "aliases", a list of names`);
    }
  }
  for (const [i, c] of ((d.countries as unknown[]) ?? []).entries()) {
    const row = c as Partial<{ code: unknown; names: unknown }>;
    if (typeof row?.code !== 'string' || !Array.isArray(row.names)) throw new LexiconError(`${file}: countries[${i}] needs "code" and "names"`);
  }
  for (const [i, t] of ((d.triggers as unknown[]) ?? []).entries()) {
    const row = t as Partial<TriggerRow>;
    if (typeof row?.id !== 'string' || typeof row.measure !== 'string' || (typeof row.pattern !== 'string' && !Array.isArray(row.pattern))) {
      throw new LexiconError(`${file}: triggers[${i}] needs "id", "pattern" and "measure"`);
    }
  }
  return d as LexiconFile;
}
