/**
 * One document → candidate events and the links its text states. The stages run in order, each a
 * module of its own: sentences → tokens → actor phrases → clauses → triggers → roles → modality →
 * dates. Pure: the same document gives the same candidates, in Node, a worker or the page.
 */
import type { CorpusDoc } from '../corpus/corpus.js';
import type { Mention, PloverType } from '../events/types.js';
import type { Lexicon } from '../lexicon/compile.js';
import { findActors, namedActors, splitGroupsAtClauses, type ActorPhrase } from './actors.js';
import type { Candidate, LinkClaim } from './candidate.js';
import { clauseAt, findClauses, type Clause } from './clauses.js';
import { DocContext } from './context.js';
import { homeCountry } from './home.js';
import { findDates, referenceOf, span as dateSpan, type DateValue, type Reference } from './dates.js';
import { findCues, type CueHit } from './cues.js';
import { modalityOf } from './modality.js';
import { assignRoles } from './roles.js';
import { splitSentences, type Sentence } from './sentences.js';
import { tokenize, type Token } from './tokens.js';
import { findTriggers, type TriggerMatch } from './triggers.js';
import { actorLabel } from './labels.js';

export interface DocumentResult {
  candidates: Candidate[];
  claims: LinkClaim[];
}

interface Parsed {
  sentence: Sentence;
  tokens: Token[];
  phrases: ActorPhrase[];
  clauses: Clause[];
  /** The sentence tells of no measure and holds no cue: only its named actors were read. */
  light: boolean;
  matches: TriggerMatch[];
}

/** Types that punish: under "would … if" or "threatened to" they become THREATEN. */
const PUNITIVE = new Set<PloverType>(['SANCTION', 'COERCE', 'ASSAULT', 'MOBILIZE']);
const PUNITIVE_ACCUSE = new Set(['investigation', 'anti-dumping-probe', 'security-review', 'indictment', 'lawsuit', 'WTO-complaint']);
/** Answers whose target, when unnamed, is whoever acted against their author. */
/** Measures that can only be taken against another state. */
const RELATIONS = new Set(['recall-ambassador', 'downgrade-relations', 'agreement-termination', 'talks-suspension']);
const ANSWER_TYPES = new Set<PloverType>(['REJECT', 'REQUEST', 'RETREAT', 'CONCEDE', 'PROTEST', 'ACCUSE', 'THREATEN', 'CONSULT', 'AGREE']);

export function extractDocument(doc: CorpusDoc, lex: Lexicon): DocumentResult {
  const parsed: Parsed[] = [];
  const ctx = new DocContext(homeCountry(doc.text, lex));
  for (const sentence of splitSentences(doc.text, doc.excluded)) {
    const tokens = tokenize(doc.text, sentence.start, sentence.end);
    if (tokens.length === 0) continue;
    // Most sentences report no measure: for those, reading the named actors is enough (and much cheaper).
    const matches = findTriggers(tokens, lex);
    const light = !matches.length && !hasBareCue(tokens, lex);
    const phrases = light ? namedActors(tokens, lex) : findActors(tokens, lex);
    const clauses = light ? [{ start: 0, end: tokens.length, opener: '', hypothetical: false }] : findClauses(tokens, lex);
    if (!light) splitGroupsAtClauses(phrases, (i) => clauseAt(clauses, i));
    for (const p of phrases) if (!p.modifier) ctx.count(p.country ?? p.code?.split('.')[0], p.kind === 'country' || p.kind === 'org' ? 1 : 0.5);
    parsed.push({ sentence, tokens, phrases, clauses, light, matches });
  }

  const ref = referenceOf(doc.published);
  const candidates: Candidate[] = [];
  const claims: LinkClaim[] = [];
  let last: { date: DateValue; sentence: number } | undefined;
  let pendingCue: LinkClaim['evidence'] | undefined;
  const paraDates = new Map<number, DateValue | null>();
  parsed.forEach((p, s) => {
    if (p.light) {
      remember(p, ctx);
      return;
    }
    // "a week later", "the same day" count from a date told just before, not pages earlier.
    const lastDate = last && s - last.sentence <= 3 ? last.date : undefined;
    const found = sentenceCandidates(doc, p, s, lex, ctx, ref, lastDate);
    // "- **April:** Canberra calls for …": a timeline entry's label dates everything on its line.
    // Only a line's first sentence can carry its label; the answer is kept for the rest of the line.
    if (!paraDates.has(p.sentence.para)) paraDates.set(p.sentence.para, listLabelDate(doc.text, p.sentence, ref) ?? null);
    const label = paraDates.get(p.sentence.para);
    if (label) for (const c of found) if (!c.dateExplicit) [c.date, c.dateExplicit] = [label, true];
    for (const c of found) if (c.dateExplicit && c.date) last = { date: c.date, sentence: s };
    candidates.push(...found);
    remember(p, ctx);
    const cues = findCues(p.tokens, lex);
    // "Seoul answered in kind. On Aug. 12 it said it would move Japan …": a bare cue alone in its
    // sentence belongs to the measure told next.
    if (pendingCue && found.length) {
      claims.push({ doc: doc.id, response: found[0]!.key, cue: 'bare', strength: 0.8, evidence: pendingCue });
      pendingCue = undefined;
    }
    if (!found.length) {
      const bare = cues.find((c) => c.kind === 'bare');
      pendingCue = bare ? mentionOf(doc, p.tokens[bare.start]!.start, p.tokens[bare.end - 1]!.end) : undefined;
    }
    claims.push(...sentenceClaims(doc, p, cues, found, candidates));
  });
  fillFromContext(candidates, ctx);
  // A reference with no actors still names an event a link can point at.
  return { candidates: candidates.filter((c) => c.source.length || c.target.length || c.mergeOnly), claims };
}

function sentenceCandidates(doc: CorpusDoc, p: Parsed, s: number, lex: Lexicon, ctx: DocContext, ref: Reference | undefined, lastDate: DateValue | undefined): Candidate[] {
  const { tokens, phrases, clauses, matches } = p;
  const cues = findCues(tokens, lex);
  // Inside "in retaliation for …", "over …" a measure noun names an event; it does not report a new one.
  const inComplement = (i: number) => cues.some((c) => c.kind === 'pointing' && i >= c.end && i < c.complementEnd);
  if (!matches.length) return [];
  const hasIf = tokens.some((t) => t.l === 'if' || t.l === 'unless');
  const out: Candidate[] = [];
  const specific = new Set<Clause>();
  const generic: [Candidate, Clause][] = [];
  for (const m of matches) {
    const measure = lex.measures.get(m.measure)!;
    const clause = clauseAt(clauses, m.anchor);
    const modality = modalityOf(tokens, clause, m.anchor, hasIf, lex, m.trigger.generic);
    if (modality === 'negated' || modality === 'speculative' || modality === 'opinion') continue;
    // "… on its entity list, which bars American firms from selling …": a relative clause that describes a measure told just before.
    if ((clause.opener === 'which' || clause.opener === 'that') && matches.some((o) => o !== m && o.pos === 'noun' && o.end <= clause.start && o.end >= clause.start - 2)) continue;
    const roles = assignRoles(tokens, phrases, clauses, m, lex);
    // "a move that threatens supply lines": a vague trigger with no actor behind it is no event.
    if (m.trigger.generic && !roles.source.length && !inComplement(m.anchor)) continue;
    // "Medvedev warned that Moscow could bar European airlines": a state saying what it could do threatens it.
    // "China's ambassador told the paper that Chinese consumers might stop buying Australian wine": so does its envoy.
    if (modality === 'reported-speculation' && !roles.source.some(isState)) {
      const speaker = reporter(tokens, phrases, clause, lex);
      if (!speaker || !isState(speaker)) continue;
      roles.source = [speaker];
      roles.how.source = 'speaker';
    }
    // A measure noun inside "following …"/"over …", or a definite one ("the vetting", "this freeze-out"), names an event.
    const named = roles.how.source === 'possessor' || roles.how.source === 'by-agent' || roles.how.source === 'pp:from';
    // "The cabinet approved the removal of …" reports the act: a definite noun with a verb of its own is no reference.
    // In a complement, "Tokyo's decision to remove it from the white list" names a measure as much as a noun does.
    const infinitive = m.pos === 'verb' && tokens[m.anchor - 1]?.l === 'to' && inComplement(m.anchor);
    const reference = (m.pos === 'noun' && (inComplement(m.anchor) || (!named && roles.how.source !== 'subject-of-light-verb' && definite(tokens, m.anchor)))) || infinitive;
    if (m.trigger.voice === 'active' && roles.passive) continue;
    // "Washington and Beijing agreed to …": a symmetric measure's other parties are its targets.
    if (!roles.target.length && (measure.type === 'AGREE' || measure.type === 'CONSULT') && roles.source.length > 1) {
      roles.target = roles.source.slice(1);
      roles.source = roles.source.slice(0, 1);
      roles.how.target = 'co-subject';
    }
    // A measure noun whose owner is named ("MOFCOM said its investigation …") may leave its target to the context.
    const ownedNoun = m.pos === 'noun' && named && !m.trigger.generic;
    // "said it firmly opposed the new rules": an answer to a measure; whose measure, the context tells.
    const answersMeasure = ANSWER_TYPES.has(measure.type) && objectsToMeasure(tokens, m.end, clause, lex);
    if (!reference && !ownedNoun && !answersMeasure && m.trigger.needs.has('target') && !roles.target.length) continue;
    if (!reference && m.trigger.needs.has('source') && !roles.source.length) continue;
    if (m.trigger.needs.has('wto') && !phrases.some((x) => x.code === 'IGO.WTO')) continue;
    if (m.trigger.needs.has('wto-near') && !phrases.some((x) => x.code === 'IGO.WTO' && x.start <= m.end + 3 && x.end >= m.anchor - 3)) continue;
    // "has told foreign tech vendors including Microsoft … that it will be gathering feedback": whom it was told to.
    if (!roles.target.length && clause.opener === 'that') {
      const told = addressee(tokens, phrases, clauses, clause);
      if (told) [roles.target, roles.how.target] = [phrases.filter((p) => p.group === told.group), 'addressee'];
    }
    const labels: Record<string, string> = {};
    const source = resolveAll(roles.source, 'source', undefined, tokens, phrases, lex, ctx, labels);
    const target = resolveAll(roles.target, 'target', source[0]?.split('.')[0], tokens, phrases, lex, ctx, labels).filter((t) => !source.includes(t) && !ownGovernment(t, source));
    if (!reference && !ownedNoun && !answersMeasure && m.trigger.needs.has('target') && !target.length) continue;
    // A call on one's own banks or companies to act is how a measure is imposed, not a demand on an adversary.
    if (m.trigger.generic && measure.family === 'demand' && target.every((t) => t.split('.')[0] === source[0]?.split('.')[0])) continue;
    let type = measure.type;
    let measureName = m.measure;
    if (roles.controlled) {
      // "The Soybean Association urged the administration to drop the tariffs": a demand, not the act.
      // A government telling its own agencies, banks or firms to act takes the act itself.
      const told = resolveAll([roles.controlled], 'target', source[0]?.split('.')[0], tokens, phrases, lex, ctx, labels);
      const mine = source[0]?.split('.')[0];
      const myRole = source[0]?.split('.')[1];
      const foreign = told.some((t) => t.split('.')[0] !== mine);
      const lobbying = myRole !== 'GOV' && told.some((t) => t.split('.')[1] === 'GOV');
      if (foreign || lobbying) {
        type = 'REQUEST';
        measureName = 'demand';
        target.splice(0, target.length, ...told);
      }
    }
    const sourceRole = source[0]?.split('.')[1];
    if (sourceRole && measureName === m.measure) {
      if (measure.typeBySourceRole?.[sourceRole]) type = measure.typeBySourceRole[sourceRole] as PloverType;
      if (measure.measureBySourceRole?.[sourceRole]) measureName = measure.measureBySourceRole[sourceRole]!;
    }
    if ((modality === 'threat' || modality === 'reported-speculation') && (PUNITIVE.has(type) || PUNITIVE_ACCUSE.has(measureName))) type = 'THREATEN';
    // An investigation announced for later ("China indicated it would vet technology companies") warns more than it accuses;
    // an announced sanction ("Seoul would remove Japan from its list") is the decision itself.
    else if (modality === 'future' && PUNITIVE_ACCUSE.has(measureName) && measureName !== 'WTO-complaint') type = 'THREATEN';
    else if (modality === 'reported-speculation') continue;
    const span = clauseSpan(tokens, clause);
    // "… dates back to late last year, when Beijing began …": a when-clause takes the date before it.
    const prev = clauses[clauses.indexOf(clause) - 1];
    const date =
      eventDate(doc.text, span, tokens[m.anchor]!.start, ref, lastDate) ??
      (clause.opener === 'when' && prev ? eventDate(doc.text, clauseSpan(tokens, prev), tokens[clause.start]!.start, ref, lastDate) : undefined) ??
      reportingDate(doc.text, tokens, clauses, matches, clause, ref, lastDate);
    const candidate: Candidate = {
      key: `${doc.id}:${s}:${m.anchor}`,
      doc: doc.id,
      sentence: s,
      headline: p.sentence.headline,
      // A reference names an event with a noun phrase ("the indictment"); a report tells it with a clause.
      mention: reference ? mentionOf(doc, tokens[nounPhraseStart(tokens, phrases, m.anchor)]!.start, tokens[Math.max(m.anchor, m.end - 1)]!.end) : mentionOf(doc, span[0], span[1]),
      context: doc.text.slice(p.sentence.start, p.sentence.end),
      at: tokens[m.anchor]!.start,
      trigger: m.trigger.id,
      measure: measureName,
      type,
      modality,
      source,
      target,
      how: { source: roles.source.length ? roles.how.source : '', target: roles.target.length ? roles.how.target : '' },
      date: date?.value ?? (ref ? { start: doc.published!, precision: ref.precision } : undefined),
      dateExplicit: !!date,
      // A reference that names neither side only confirms; one that names both may stand alone.
      mergeOnly: modality === 'hypothetical' || (reference && !(named && roles.target.length)),
      reference,
      confidence: confidenceOf(modality, roles.source.length > 0, roles.target.length > 0, m.trigger.generic),
      labels,
    };
    out.push(candidate);
    if (m.trigger.generic) generic.push([candidate, clause]);
    else if (!reference) specific.add(clause);
  }
  // A generic trigger ("moves against", "retaliated", "urged") gives way to a specific measure in its clause.
  return out.filter((c) => !generic.some(([g, clause]) => g === c && specific.has(clause)));
}

/** The one told, informed or warned in the clause before a that-clause. */
function addressee(tokens: Token[], phrases: ActorPhrase[], clauses: Clause[], clause: Clause): ActorPhrase | undefined {
  const prev = clauses[clauses.indexOf(clause) - 1];
  if (!prev) return undefined;
  const verb = tokens.findIndex((t, i) => i >= prev.start && i < prev.end && /^(?:told|tells?|telling|informed|informs?|notified|notif(?:y|ies)|warned|warns?|assured|briefed)$/.test(t.l));
  if (verb < 0) return undefined;
  return phrases.find((p) => p.start > verb && p.start <= verb + 2 && !p.prep);
}

const isState = (p: ActorPhrase) => p.kind === 'country' || p.role === 'GOV' || p.code?.split('.')[1] === 'GOV';

/** Who says the clause: the first actor of the sentence before a reporting verb. */
function reporter(tokens: Token[], phrases: ActorPhrase[], clause: Clause, lex: Lexicon): ActorPhrase | undefined {
  const verb = tokens.findIndex((t, i) => i < clause.start && (lex.grammar.reporting.has(t.l) || lex.grammar.intent.has(t.l)));
  if (verb < 0) return undefined;
  return phrases.find((p) => p.end <= verb && !p.prep);
}

/** Where the noun phrase of a measure noun starts: its determiner or its owner ("Washington's accusation"). */
function nounPhraseStart(tokens: Token[], phrases: ActorPhrase[], i: number): number {
  let k = i;
  while (k > 0 && k > i - 4 && /^[a-z0-9$%.'-]+$/.test(tokens[k - 1]!.l) && !['over', 'following', 'after', 'for', 'to', 'of', 'in', 'on', 'by', 'at', 'with', 'against'].includes(tokens[k - 1]!.l)) k--;
  const owner = phrases.find((p) => p.end === k || (p.possessive && p.end + 1 === k));
  return owner ? owner.start : k;
}

// "a similar warning" is another one of its kind, not the same.
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'such', 'same', 'latest']);

/** "the vetting", "this gradual freeze-out", "the latest move": a determiner up to two words before. */
function definite(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const t = tokens[k]!;
    if (DEFINITE.has(t.l)) return true;
    // Adjectives and names may stand between ("the WTO case"), not a verb ("the EU imposed sanctions").
    if (!/^[A-Za-z-]+$/.test(t.s) || /^[a-z]+ed$/.test(t.s)) return false;
  }
  return false;
}

/** The date label of a timeline entry: "- **April:** …", "May 12 – …", "2019: …". */
function listLabelDate(text: string, sentence: Sentence, ref: Reference | undefined): DateValue | undefined {
  let lineStart = sentence.start;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && sentence.start - lineStart < 40) lineStart--;
  const head = text.slice(lineStart, Math.min(text.length, lineStart + 40));
  const m = /^[\s>*•-]*(?:\*\*|__)?([A-Z][a-z]{2,8}\.?(?: \d{1,2})?(?:,? \d{4})?|\d{4}|\d{1,2} [A-Z][a-z]{2,8})(?:\*\*|__)?\s*[:–—-]/.exec(head);
  if (!m) return undefined;
  const found = findDates(`in ${m[1]!}`, ref);
  return found[0] ? { start: found[0].start, precision: found[0].precision } : undefined;
}

function confidenceOf(modality: string, source: boolean, target: boolean, generic: boolean): number {
  let c = 0.9;
  if (modality === 'threat' || modality === 'future') c -= 0.1;
  if (!source) c -= 0.2;
  if (!target) c -= 0.2;
  if (generic) c -= 0.1;
  return Math.round(c * 100) / 100;
}

/** Actor phrases → actor ids, with "it", "the government", "domestic" and "foreign" resolved. */
function resolveAll(phrases: ActorPhrase[], side: 'source' | 'target', sourceCountry: string | undefined, tokens: Token[], all: ActorPhrase[], lex: Lexicon, ctx: DocContext, labels: Record<string, string>): string[] {
  const out: string[] = [];
  for (const p of phrases) {
    for (const code of resolve(p, side, sourceCountry, tokens, all, ctx)) {
      if (!out.includes(code)) out.push(code);
      // "it" names nothing: an organisation it stands for is labelled by its own name.
      const named = p.kind === 'pronoun' || p.kind === 'anaphor' ? all.find((q) => q.kind === 'unknown-org' && q.slug && code.endsWith(`.${q.slug}`)) : p;
      labels[code] ??= actorLabel(code, named, tokens, lex);
    }
  }
  return out;
}

function resolve(p: ActorPhrase, side: 'source' | 'target', sourceCountry: string | undefined, tokens: Token[], all: ActorPhrase[], ctx: DocContext): string[] {
  const roleCode = (country: string | undefined) => (country ? [[country, p.role ?? 'GOV', p.slug].filter(Boolean).join('.')] : []);
  // A state body takes its country from states named before it, not from companies ("the ban on Windows 8 by the central government").
  const state = p.role !== 'BUS' && p.role !== 'CVL';
  const nearestCountry = () => {
    for (let i = all.indexOf(p) - 1; i >= 0; i--) {
      const q = all[i]!;
      if (q.modifier) continue;
      if (state && (q.kind === 'org' || q.kind === 'product' || q.kind === 'unknown-org' || q.kind === 'goods') && !q.code?.includes('.GOV') && !q.code?.includes('.JUD')) continue;
      const c = q.country ?? q.code?.split('.')[0];
      if (c && c !== 'IGO') return c;
    }
    return state ? ctx.home ?? ctx.focal[0] ?? ctx.lastCountry() : ctx.lastCountry();
  };
  if (p.delegate) return resolve(p.delegate, side, sourceCountry, tokens, all, ctx);
  switch (p.kind) {
    case 'org':
    case 'product':
    case 'country':
      return p.code ? [p.code] : [];
    case 'unknown-org':
      return [`${p.country ?? nearestCountry() ?? 'UNK'}.BUS.${p.slug}`];
    case 'role':
    case 'goods': {
      if (p.countries) return p.countries.flatMap(roleCode);
      if (p.country) return roleCode(p.country);
      // "domestic banks", "state-run firms": the acting side's own, or the article's home country.
      if (p.relative === 'domestic') return roleCode(side === 'target' && sourceCountry ? sourceCountry : ctx.focal[0] ?? nearestCountry());
      if (p.relative === 'foreign') return roleCode(ctx.counterpart(sourceCountry ?? ctx.focal[0]));
      if (side === 'target' && sourceCountry && p.role !== 'GOV') return roleCode(ctx.counterpart(sourceCountry));
      return roleCode(nearestCountry());
    }
    case 'anaphor': {
      const text = tokens.slice(p.start, p.end).map((t) => t.l).join(' ');
      if (/two|both/.test(text)) return ctx.focal.slice(0, 2).map((c) => `${c}.GOV`);
      if (p.role === 'BUS') {
        // "the US company" is the last US company named.
        const org = p.country ? ctx.mainOrganisation(p.country) : ctx.lastOf((s) => s.kind === 'org' || s.kind === 'unknown-org');
        return org ? [org.code] : [];
      }
      const c = nearestCountry();
      return c ? [`${c}.GOV`] : [];
    }
    case 'pronoun': {
      if (side === 'target' && !p.possessive) {
        // "replace them", "ban it": the nearest thing named before, its maker if it is goods.
        const near = all.filter((q) => q.end <= p.start && q.kind !== 'pronoun' && q.kind !== 'goods' && q.kind !== 'anaphor').pop();
        // An object pronoun with nothing named before it in the sentence ("take it down") is not an actor we know.
        return near ? resolve(near, side, sourceCountry, tokens, all, ctx) : [];
      }
      const before = all.filter((q) => q.end <= p.start && q.kind !== 'pronoun' && !q.prep && q.kind !== 'goods');
      const local = before[0];
      if (local) return resolve(local, side, sourceCountry, tokens, all, ctx);
      const s = ctx.lastOf((x) => x.subject && x.kind !== 'goods') ?? ctx.lastOf((x) => x.kind !== 'goods');
      return s ? [s.code] : [];
    }
  }
}

/** Whether a sentence holds a cue that says something was answered ("Seoul answered in kind."). */
function hasBareCue(tokens: Token[], lex: Lexicon): boolean {
  for (const t of tokens) if (lex.cues.get(t.l)?.some((c) => c.kind === 'bare')) return true;
  return false;
}

/** Adds the sentence's actors to the document's memory, subjects marked. */
function remember(p: Parsed, ctx: DocContext) {
  for (const c of p.clauses) {
    let first = true;
    for (const ph of p.phrases) {
      if (ph.start < c.start || ph.start >= c.end || ph.kind === 'pronoun' || ph.modifier) continue;
      const codes = resolve(ph, 'source', undefined, p.tokens, p.phrases, ctx);
      for (const code of codes) ctx.push({ code, country: code.split('.')[0]!, kind: ph.kind, subject: first && !ph.prep });
      if (!ph.prep) first = false;
    }
  }
}

function clauseSpan(tokens: Token[], clause: Clause): [number, number] {
  let a = clause.start;
  let b = clause.end - 1;
  while (a < b && /^[,;:"“”'’(—–-]$/.test(tokens[a]!.s)) a++;
  while (b > a && /^[,;:"“”(—–-]$/.test(tokens[b]!.s)) b--;
  return [tokens[a]!.start, tokens[b]!.end];
}

function mentionOf(doc: CorpusDoc, start: number, end: number): Mention {
  return { doc: doc.id, start, end, text: doc.text.slice(start, end) };
}

/**
 * "Japan will require exporters … , METI said on Monday": a date in a clause of the sentence that
 * tells of no other measure (the reporting clause) dates the measure too.
 */
function reportingDate(text: string, tokens: Token[], clauses: Clause[], matches: TriggerMatch[], own: Clause, ref: Reference | undefined, lastDate: DateValue | undefined) {
  for (const c of clauses) {
    if (c === own || matches.some((m) => m.anchor >= c.start && m.anchor < c.end) || c.hypothetical) continue;
    const found = eventDate(text, clauseSpan(tokens, c), tokens[c.start]!.start, ref, lastDate);
    if (found) return found;
  }
  return undefined;
}

/** "Beijing would take measures, the Chinese foreign ministry said": a state does not act against its own government. */
function ownGovernment(target: string, source: string[]): boolean {
  const [country, role] = target.split('.');
  return role === 'GOV' && source.some((s) => s.startsWith(`${country}.GOV`));
}

/** A measure noun close after the trigger, in its clause: "opposed the new rules", "rejected the accusations". */
function objectsToMeasure(tokens: Token[], from: number, clause: Clause, lex: Lexicon): boolean {
  for (let k = from; k < Math.min(clause.end, from + 5); k++) if (lex.grammar.measureNouns.has(tokens[k]!.l)) return true;
  return false;
}

const PERIOD_START = /^(?:from|starting|effective|beginning)\b/i;
const PERIOD_START_BEFORE = /\b(?:from|starting|effective|beginning|as\s+of)\s+$/i;

/** The date expression nearest the trigger inside its clause. */
function eventDate(text: string, span: [number, number], anchor: number, ref: Reference | undefined, lastDate: DateValue | undefined) {
  const clause = text.slice(span[0], span[1]);
  // "the first clash since 1975", "in place since 2019": a period's start does not date the event.
  // "will require licences from Aug. 1" (after the paper's date): when a measure will take effect is not when it was taken.
  const latest = ref ? Date.UTC(ref.y, ref.precision === 'year' ? 11 : ref.m - 1, ref.precision === 'day' ? ref.d : 28) : Infinity;
  const found = findDates(clause, ref, lastDate).filter((d) => {
    if (/^since\b/i.test(d.text) || /\bsince\s+$/i.test(clause.slice(Math.max(0, d.index - 7), d.index))) return false;
    const starts = PERIOD_START.test(d.text) || PERIOD_START_BEFORE.test(clause.slice(Math.max(0, d.index - 14), d.index));
    return !(starts && dateSpan(d.start)[0] > latest);
  });
  if (!found.length) return undefined;
  const at = anchor - span[0];
  // The nearest expression, preferring one that names a month or a day over a bare year.
  const rank = (d: { precision: string }) => (d.precision === 'year' ? 1 : 0);
  const best = found.reduce((a, b) => (rank(b) < rank(a) || (rank(b) === rank(a) && Math.abs(b.index - at) < Math.abs(a.index - at)) ? b : a));
  return { value: { start: best.start, precision: best.precision } };
}

/**
 * A candidate with no source or no target takes it from the document: an answer ("halted its plan",
 * "denied the allegations") targets whoever last acted against its author; a measure with no named
 * author ("similar moves against Chinese solar panels") is by whoever last acted against the same side.
 */
function fillFromContext(candidates: Candidate[], ctx: DocContext) {
  candidates.forEach((c, i) => {
    const country = (codes: string[]) => codes[0]?.split('.')[0];
    // Relations are between two states: "Lithuania recalled its ambassador" is from the other side.
    if (!c.target.length && c.source.length && (ANSWER_TYPES.has(c.type) || RELATIONS.has(c.measure))) {
      const me = country(c.source);
      const prior = findBack(candidates, i, (o) => o.target.some((t) => t.split('.')[0] === me) && o.source.length > 0 && country(o.source) !== me);
      if (prior) {
        c.target = prior.source.slice();
        c.how.target = 'context:author-of-answered-measure';
      } else {
        const other = ctx.counterpart(me);
        if (other) {
          c.target = [`${other}.GOV`];
          c.how.target = 'context:other-side';
        }
      }
      for (const t of c.target) c.labels[t] ??= t;
    }
    if (!c.source.length && c.target.length) {
      const them = country(c.target);
      const prior = findBack(candidates, i, (o) => o.source.length > 0 && o.target.some((t) => t.split('.')[0] === them) && country(o.source) !== them);
      if (prior) {
        c.source = prior.source.slice();
        c.how.source = 'context:same-side-as-previous-measure';
      } else {
        const other = ctx.counterpart(them);
        if (other) {
          c.source = [`${other}.GOV`];
          c.how.source = 'context:other-side';
        }
      }
      for (const t of c.source) c.labels[t] ??= t;
    }
  });
}

function findBack(candidates: Candidate[], i: number, test: (c: Candidate) => boolean): Candidate | undefined {
  const here = candidates[i]!;
  for (let k = i - 1; k >= 0; k--) {
    const o = candidates[k]!;
    if (here.sentence - o.sentence > 6) break;
    if (test(o)) return o;
  }
  return undefined;
}

/** The links a sentence states, from its cues. */
function sentenceClaims(doc: CorpusDoc, p: Parsed, cues: CueHit[], found: Candidate[], all: Candidate[]): LinkClaim[] {
  const out: LinkClaim[] = [];
  const anchorOf = (c: Candidate) => Number(c.key.split(':').pop());
  for (const cue of cues) {
    const evidence = mentionOf(doc, p.tokens[cue.start]!.start, p.tokens[Math.max(cue.start, cue.complementEnd - 1)]!.end);
    const inComplement = (c: Candidate) => anchorOf(c) >= cue.end && anchorOf(c) < cue.complementEnd;
    if (cue.kind === 'pointing') {
      const provoker = found.find(inComplement);
      if (!provoker && cue.needsComplement) continue;
      const response = nearestOutside(found, cue, inComplement, anchorOf);
      if (response) out.push({ doc: doc.id, response: response.key, provoker: provoker?.key, cue: provoker ? 'pointing' : 'bare', strength: cue.strength, evidence });
      else if (provoker) {
        // "Both measures have been widely seen as retaliation for …": the measures told just before answer it.
        for (const earlier of anaphoricSubject(p.tokens, cue.start, all, found)) {
          out.push({ doc: doc.id, response: earlier.key, provoker: provoker.key, cue: 'pointing', strength: cue.strength * 0.9, evidence });
        }
      }
    } else if (cue.kind === 'causing') {
      const response = found.find((c) => anchorOf(c) >= cue.end);
      const before = found.filter((c) => anchorOf(c) < cue.start);
      // "The document prompted strong protests": with nothing named before the cue, the previous measure is meant.
      const provoker = before[before.length - 1] ?? all.filter((c) => !found.includes(c)).pop();
      if (response && provoker && provoker !== response) out.push({ doc: doc.id, response: response.key, provoker: provoker.key, cue: 'causing', strength: cue.strength, evidence });
    } else {
      const response = nearestOutside(found, cue, () => false, anchorOf);
      if (response) out.push({ doc: doc.id, response: response.key, cue: 'bare', strength: cue.strength, evidence });
    }
  }
  // A denial, protest or demand whose object is another measure answers it ("denounced Washington's allegations").
  for (const c of found) {
    if (c.type !== 'REJECT' && c.measure !== 'diplomatic-protest' && c.type !== 'REQUEST') continue;
    const obj = found.find((o) => o !== c && anchorOf(o) > anchorOf(c) && anchorOf(o) - anchorOf(c) <= 12 && o.source.join() !== c.source.join());
    if (obj && !out.some((l) => l.response === c.key && l.provoker)) {
      // "denounced Washington's allegations": the allegations were reported before; this names them.
      if (!obj.target.length || obj.how.target.startsWith('context')) {
        obj.mergeOnly = true;
        obj.reference = true;
      }
      out.push({ doc: doc.id, response: c.key, provoker: obj.key, cue: 'object', strength: 0.7, evidence: c.mention });
    }
  }
  return out;
}

const ANAPHORIC_SUBJECT = /^(?:the|this|that|these|those|both|either|such)\s+(?:\w+\s+)?(move|moves|measure|measures|step|steps|decision|decisions|ban|bans|action|actions|restrictions|curbs|tariffs|duties|sanctions)\b/i;

/** "Both measures have been seen as …", "The move was seen as …": the candidate(s) before this sentence it names. */
function anaphoricSubject(tokens: Token[], before: number, all: Candidate[], found: Candidate[]): Candidate[] {
  const head = tokens.slice(0, Math.min(before, 6)).map((t) => t.s).join(' ');
  const m = ANAPHORIC_SUBJECT.exec(head);
  if (!m) return [];
  const plural = /s$/.test(m[1]!) || /^both/i.test(head);
  const earlier = all.filter((c) => !found.includes(c) && !c.mergeOnly && !c.headline && c.source.length);
  const picked: Candidate[] = [];
  for (let i = earlier.length - 1; i >= 0 && picked.length < (plural ? 2 : 1); i--) {
    const c = earlier[i]!;
    if (!picked.some((q) => q.measure === c.measure && q.source.join() === c.source.join())) picked.push(c);
  }
  return picked;
}

/** The candidate a cue belongs to: in the same sentence, outside the cue's complement, nearest the cue. */
function nearestOutside(found: Candidate[], cue: CueHit, inComplement: (c: Candidate) => boolean, anchorOf: (c: Candidate) => number): Candidate | undefined {
  let best: Candidate | undefined;
  let bestDistance = Infinity;
  for (const c of found) {
    if (inComplement(c)) continue;
    const a = anchorOf(c);
    const d = a >= cue.complementEnd ? a - cue.complementEnd : a < cue.start ? cue.start - a + 0.5 : Infinity;
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}
