/**
 * Page furniture and reader comments: spans of a document that are not news and are left out of
 * extraction. Found by general rules about how news pages are built, never by matching one site's
 * exact strings:
 * - a comment thread opens with a call to log in / join the discussion / show comments, and runs
 *   to the end of the page;
 * - a newsletter or subscription box piles up sign-up vocabulary in a short paragraph;
 * - tag lines, share bars, "related" lists, view counters, promos, author bios and copyright lines
 *   have recognisable openings.
 */
import type { Excluded } from '../events/types.js';

export interface Line {
  start: number;
  end: number;
  text: string;
}

const COMMENT_OPENER: RegExp[] = [
  /^(?:log ?in|sign ?in|register|subscribe)\b.{0,40}\b(?:comment|discuss|conversation|join|reply|respond)/i,
  /^(?:join|start|enter) the (?:discussion|conversation|debate)\b/i,
  /^(?:show|view|load|read|hide|see)(?: all| the| our)?(?: \d+)? (?:reader |readers' )?comments?\b/i,
  /^(?:leave|post|add|write|submit) a (?:comment|reply|response)\b/i,
  /^\d+ (?:comments?|responses|replies)$/i,
  /^(?:reader |readers' )?comments?(?: \(\d+\))?\s*:?$/i,
  /^(?:what do you think|have your say|tell us what you think)\b/i,
];
const isCommentOpener = (line: string) => line.length < 90 && COMMENT_OPENER.some((re) => re.test(line));

const SIGN_UP_WORDS =
  /\b(?:sign(?:ing)? up|subscribe|subscription|subscriber|newsletters?|e-?mail address|inbox|privacy policy|unsubscribe|membership|exclusive access|daily (?:e-?mail|briefing|digest)|delivered (?:to|straight)|terms of (?:use|service)|opt out|get it\.?$)/gi;

const LINE_FURNITURE: [RegExp, string][] = [
  [/^(?:tags?|topics?|filed under|categor(?:y|ies)|keywords?|labels?)\b\s*[:\-–]?\s*\S/i, 'tags'],
  [/^(?:related(?: posts| articles| stories| coverage| content| reading)?|see also|more on this|read more|read next|more from|recommended(?: for you)?|you may also like|most read|trending)\s*[:.!…]*\s*$/i, 'related'],
  [/^(?:read more|related|see also|more)\s*[:\-–]\s*\S/i, 'related'],
  [/^(?:follow us|share(?: this(?: article| story)?)?|share on\b|story tools|print(?: this)?|email this|tweet)\b/i, 'share bar'],
  [/^(?:(?:facebook|twitter|x|linkedin|whatsapp|reddit|email|e-mail|print|rss(?: feed)?|copy link|pinterest|telegram|alerts?|&|and|newsletters?)[\s,|•·]*){3,}$/i, 'share bar'],
  [/^\(?visited \d[\d,]* times?\b/i, 'view counter'],
  [/^(?:copyright|©|\(c\))\s|all rights reserved\.?$/i, 'copyright'],
  [/^(?:source|via|image|photo|picture|credit)s?\s*:\s*\S.{0,80}$/i, 'credit line'],
  [/^for more (?:stories|news|coverage|articles|information)\b.*\b(?:see|visit|go to)\b/i, 'promo'],
  [/^(?:advertisement|sponsored(?: content)?|ad feature|skip (?:to|advert).*)$/i, 'advertisement'],
  [/^[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:covers|writes about|reports on|is an? (?:\w+ ){0,3}(?:reporter|correspondent|journalist|editor|writer|columnist))\b/, 'author bio'],
  [/^error:/i, 'form message'],
  // Navigation: "Grains | Livestock | Trade", "Home > Policy > Trade disputes", "View in browser | Forward to a friend".
  [/^(?:[^|.!?]{1,30}\s\|\s){2,}[^|.!?]{1,30}$|^(?:[^|.!?]{1,30}\s\|\s)[^|.!?]{1,30}$/, 'navigation'],
  [/^(?:home|news)\s*[>›»]\s*\S.{0,80}$/i, 'navigation'],
];

/** The furniture of `text`, whose lines (splitLines) the caller may have split already. */
export function findFurniture(text: string, lines: Line[] = splitLines(text)): Excluded[] {
  const out: Excluded[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.text;
    if (isCommentOpener(t) && i > 0) {
      out.push({ start: line.start, end: text.length, reason: 'reader comments' });
      break;
    }
    const reason = furnitureReason(t);
    if (reason) out.push({ start: line.start, end: line.end, reason });
  }
  return merge(out);
}

function furnitureReason(t: string): string | undefined {
  for (const [re, reason] of LINE_FURNITURE) if (re.test(t)) return reason;
  const hits = t.match(SIGN_UP_WORDS)?.length ?? 0;
  // One sign-up word is enough only in a line too short to be a news sentence about subscriptions.
  if (hits >= 2 || (hits === 1 && t.length < 100)) return 'newsletter';
  return undefined;
}

/** Non-empty lines with their offsets, trimmed. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) lines.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed.replace(/\s+/g, ' ') });
    start = end + 1;
  }
  return lines;
}

function merge(spans: Excluded[]): Excluded[] {
  const out: Excluded[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end && last.reason === s.reason) last.end = Math.max(last.end, s.end);
    else if (last && s.start < last.end) continue;
    else out.push({ ...s });
  }
  return out;
}
