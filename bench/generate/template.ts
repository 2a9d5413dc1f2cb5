/**
 * A source article read once into a template: paragraphs of sentences, each sentence a list of
 * literal text, actor names and dates. Generating an article then only picks, orders and fills
 * in, which keeps 10,000 articles cheap to make.
 */
import { findDates, type DateSpot } from './dates.js';
import { namePools, type NameForm } from './names.js';

export interface SourceArticle {
  /** Unique among the sources: the file name without its extension. */
  id: string;
  text: string;
  /** ISO date at its precision: "2014-05", "2019-05-31". */
  published?: string;
  /** ".txt" or ".md": generated articles keep their source's kind. */
  extension?: string;
}

export type Piece = string | { name: NameForm } | { date: DateSpot };

export type Sentence = Piece[];

export interface Paragraph {
  sentences: Sentence[];
  /** Bytes of the paragraph as written in the source (UTF-8), for sizing. */
  bytes: number;
}

export interface Template {
  id: string;
  extension: string;
  published?: string;
  /** Headline, date lines and lead, kept first and in order. */
  head: Paragraph[];
  /** The story, which may be reordered, cut, or lent to other articles. */
  body: Paragraph[];
  /** Short closing lines (related links, copyright, tags), kept last. */
  tail: Paragraph[];
}

const encoder = new TextEncoder();

export function readTemplate(source: SourceArticle): Template {
  const paragraphs = paragraphsOf(source.text);
  // The head runs to the first paragraph that reads as prose (the lead), inclusive.
  const lead = paragraphs.findIndex((p) => p.length > 160 && /[.!?]["”’]?$/.test(p));
  const headEnd = lead < 0 ? Math.min(2, paragraphs.length) : lead + 1;
  let tailStart = paragraphs.length;
  while (tailStart > headEnd + 1 && paragraphs[tailStart - 1]!.length < 110) tailStart--;
  const read = (p: string): Paragraph => ({ sentences: sentencesOf(p).map(piecesOf), bytes: encoder.encode(p).length + 2 });
  return {
    id: source.id,
    extension: source.extension === '.md' ? '.md' : '.txt',
    ...(source.published ? { published: source.published } : {}),
    head: paragraphs.slice(0, headEnd).map(read),
    body: paragraphs.slice(headEnd, tailStart).map(read),
    tail: paragraphs.slice(tailStart).map(read),
  };
}

/** Paragraphs with their lines trimmed and joined; runs of blank lines are one break. */
function paragraphsOf(text: string): string[] {
  return text
    .split(/\n[ \t\r]*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((l) => l.trim().replace(/[ \t]{2,}/g, ' '))
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean);
}

// A sentence ends at . ! or ? (and a closing quote) before a capital or an opening quote; an
// abbreviation such as "U.S." or "Co." ends one too, which costs nothing here.
function sentencesOf(paragraph: string): string[] {
  if (paragraph.includes('\n')) return [paragraph];
  return paragraph.split(/(?<=[.!?]["”’]?)\s+(?=["“]?[A-Z])/);
}

let names: RegExp | undefined;
let byText: Map<string, NameForm> | undefined;

function piecesOf(sentence: string): Piece[] {
  if (!names || !byText) {
    const { forms } = namePools();
    byText = new Map(forms.map((f) => [f.text, f]));
    names = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map((f) => escape(f.text)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  }
  const spots: { start: number; end: number; piece: Piece }[] = findDates(sentence).map((d) => ({ start: d.start, end: d.end, piece: { date: d } }));
  names.lastIndex = 0;
  for (let m = names.exec(sentence); m; m = names.exec(sentence)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (!spots.some((s) => start < s.end && end > s.start)) spots.push({ start, end, piece: { name: byText.get(m[0])! } });
  }
  spots.sort((a, b) => a.start - b.start);
  const pieces: Piece[] = [];
  let at = 0;
  for (const s of spots) {
    let literal = sentence.slice(at, s.start);
    let piece = s.piece;
    // "the US" loses its article when its replacement takes none; "the US Commerce Department" keeps it.
    const modifier = /^ [A-Z]/.test(sentence.slice(s.end, s.end + 2));
    const the = typeof piece === 'object' && 'name' in piece && piece.name.kind === 'name' && !modifier ? /(?:^|\s)([Tt]he) $/.exec(literal) : null;
    if (the && typeof piece === 'object' && 'name' in piece) {
      literal = literal.slice(0, literal.length - 4);
      piece = { name: { ...piece.name, article: the[1] as 'the' | 'The' } };
    }
    if (literal) pieces.push(literal);
    pieces.push(piece);
    at = s.end;
  }
  if (at < sentence.length) pieces.push(sentence.slice(at));
  return pieces;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
