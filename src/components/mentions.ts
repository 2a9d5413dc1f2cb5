/**
 * Pure helpers for showing where an event is reported: an article's text cut into plain and
 * highlighted segments (rendered as text nodes and <mark>, never as HTML), and an event's rule
 * read into its parts for the "why" panel.
 */

export interface Segment {
  text: string;
  /** Whether this segment is one of the highlighted spans. */
  mark: boolean;
}

/** `text` cut at the given spans (overlapping or touching spans merge; out-of-range ends are clamped). */
export function segments(text: string, spans: readonly { start: number; end: number }[]): Segment[] {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, Math.min(text.length, s.start)), end: Math.max(0, Math.min(text.length, s.end)) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  const out: Segment[] = [];
  let at = 0;
  for (const s of merged) {
    if (s.start > at) out.push({ text: text.slice(at, s.start), mark: false });
    out.push({ text: text.slice(s.start, s.end), mark: true });
    at = s.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

export interface RuleParts {
  /** The lexicon entry that fired: "supplier-removal". */
  trigger?: string;
  /** The measure it gives: "supplier-removal". */
  measure?: string;
  /** The measure's gloss: "Order to remove or replace a supplier". */
  gloss?: string;
  /** How each further part was read: [["source", "subject"], ["target", "object"], ["modality", "threat"]]. */
  readings: [string, string][];
}

/** "trigger → measure (gloss); source: subject; target: object" → its parts. */
export function parseRule(rule: string | undefined): RuleParts {
  if (!rule) return { readings: [] };
  const [head = '', ...rest] = rule.split(/;\s*/);
  const m = /^\s*(.+?)\s*→\s*([^\s(]+)\s*(?:\((.*)\))?\s*$/.exec(head);
  const readings = rest.flatMap((part): [string, string][] => {
    const i = part.indexOf(':');
    return i > 0 ? [[part.slice(0, i).trim(), part.slice(i + 1).trim()]] : part.trim() ? [['note', part.trim()]] : [];
  });
  if (!m) return { readings: [['rule', head.trim()], ...readings] };
  return { trigger: m[1], measure: m[2], ...(m[3] ? { gloss: m[3] } : {}), readings };
}

/** What a role reading means, in words: "subject" → "the subject of the verb". */
export function explainReading(how: string): string {
  const known: Record<string, string> = {
    subject: 'the subject of the verb',
    object: 'the object of the verb',
    'by-agent': 'the “by …” phrase',
    possessor: 'the possessor (“X’s …”)',
    'passive-subject': 'the subject of a passive verb',
    addressee: 'who was told',
    none: 'nobody named',
  };
  if (known[how]) return known[how];
  if (how.startsWith('pp:')) return `the “${how.slice(3)} …” phrase`;
  if (how.startsWith('context:')) return `the context (${how.slice(8).replace(/-/g, ' ')})`;
  return how.replace(/-/g, ' ');
}
