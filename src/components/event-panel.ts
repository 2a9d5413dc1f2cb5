/**
 * The "why" of one event, shared by the events table and the chains view: what it is, the rule
 * that extracted it and how each role was read, the links that tie it to other events (with the
 * cue the text states, or "inferred"), and every report of it highlighted in its article. Given
 * the corpus, it also offers the analyst's corrections of the event (see correction-form.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { refOf } from '../corrections/apply.js';
import type { Event, EventsFile, Link, Mention } from '../events/types.js';
import './correction-form.js';
import type { CorrectionMade } from './correction-form.js';
import { describeCorrection } from './corrections-describe.js';
import { describeEvent, indexFile } from './describe.js';
import { explainReading, parseRule, segments } from './mentions.js';
import type { CorpusStore } from './state/corpus-store.js';

export interface EventPanelContext {
  file: EventsFile;
  /** A document's text, when known; without it only the reporting sentence is shown. */
  text(docId: string): string | undefined;
  /** Selects another event (a link's other end). */
  select?(eventId: string): void;
  /** The corpus the events come from: when given, the event can be corrected. */
  corpus?: CorpusStore;
}

const ROLE_NAMES: Record<string, string> = { source: 'Who acts, read from', target: 'Against whom, read from', modality: 'Modality', note: 'Corrected' };

export function eventPanel(event: Event, context: EventPanelContext): TemplateResult {
  const index = indexFile(context.file);
  const rule = parseRule(event.rule);
  const into = context.file.links.filter((l) => l.to === event.id);
  const out = context.file.links.filter((l) => l.from === event.id);
  const byDoc = new Map<string, Mention[]>();
  for (const m of event.mentions) byDoc.set(m.doc, [...(byDoc.get(m.doc) ?? []), m]);
  return html`<section class="event-panel" aria-label="Why this event" data-event=${event.id}>
    <h3>${describeEvent(event, index.actors)}</h3>
    ${context.corpus ? html`<reprisal-correction-form .event=${event} .file=${context.file} .corpus=${context.corpus}></reprisal-correction-form>` : nothing}
    <dl class="why">
      ${rule.trigger ? html`<dt>Rule</dt><dd><code>${rule.trigger}</code> → <code>${rule.measure}</code>${rule.gloss ? html` — ${rule.gloss}` : nothing}</dd>` : nothing}
      ${rule.readings
        // On the page's corpus the corrections are told in words below, not as the rule's note.
        .filter(([key, value]) => !(context.corpus && key === 'note' && BY_HAND.test(value)))
        .map(([key, value]) => html`<dt>${ROLE_NAMES[key] ?? key}</dt><dd>${key === 'source' || key === 'target' ? explainReading(value) : value}</dd>`)}
      ${context.corpus ? byHand(event, context.corpus, index) : nothing}
      ${event.confidence !== undefined ? html`<dt>Confidence</dt><dd>${event.confidence}</dd>` : nothing}
      <dt>Reports</dt>
      <dd>${event.mentions.length} ${event.mentions.length === 1 ? 'sentence' : 'sentences'} in ${byDoc.size} ${byDoc.size === 1 ? 'article' : 'articles'}</dd>
    </dl>
    ${into.length || out.length
      ? html`<h4>Links</h4>
          <ul class="links">
            ${into.map((l) => linkItem(l, 'answers', index.events.get(l.from), context, index))}
            ${out.map((l) => linkItem(l, 'is answered by', index.events.get(l.to), context, index))}
          </ul>`
      : nothing}
    <h4>Where it is reported</h4>
    ${[...byDoc].map(([doc, mentions]) => article(doc, mentions, index.titles.get(doc) ?? doc, context.text(doc)))}
  </section>`;
}

const BY_HAND = /^(corrected|merged|added) by hand \(/;

/** The analyst's corrections that touch this event, in words, with their notes. */
function byHand(event: Event, corpus: CorpusStore, index: ReturnType<typeof indexFile>): TemplateResult | typeof nothing {
  const ids = new Set(corpus.state.applied.filter((s) => s.applied && s.events.includes(event.id)).map((s) => s.id));
  const made = corpus.corrections.list.filter((c) => ids.has(c.id));
  if (!made.length) return nothing;
  const context = { text: (doc: string) => corpus.text(doc), title: (doc: string) => index.titles.get(doc) ?? doc, actorName: (id: string) => index.actors.get(id)?.name ?? id };
  return html`<dt>Your corrections</dt>
    <dd>
      <ul class="by-hand">
        ${made.map((c) => html`<li>${describeCorrection(c, context).action}${c.note ? html` <span class="muted">— ${c.note}</span>` : nothing}</li>`)}
      </ul>
      <a href="#/corrections">All your corrections</a>
    </dd>`;
}

function linkItem(link: Link, relation: string, other: Event | undefined, context: EventPanelContext, index: ReturnType<typeof indexFile>): TemplateResult {
  const label = other ? describeEvent(other, index.actors) : link.from;
  const how = link.evidence
    ? html`stated: <q>${link.evidence.text}</q> <span class="muted">(${index.titles.get(link.evidence.doc) ?? link.evidence.doc})</span>`
    : html`inferred from reciprocity${link.confidence !== undefined ? `, confidence ${link.confidence}` : ''}`;
  return html`<li>
    <span class="relation">${link.kind === 'retaliation' ? 'Retaliation:' : 'Response:'} ${relation}</span>
    ${other && context.select ? html`<button type="button" class="link" @click=${() => context.select!(other.id)}>${label}</button>` : label}
    <div class="evidence">
      ${how}${other && context.corpus
        ? html` · <button type="button" class="unlink" aria-label=${`Remove the link with ${label}`} @click=${(e: MouseEvent) => unlink(link, index, context.corpus!, e)}>Remove link</button>`
        : nothing}
    </div>
  </li>`;
}

function unlink(link: Link, index: ReturnType<typeof indexFile>, corpus: CorpusStore, click: MouseEvent): void {
  const from = index.events.get(link.from);
  const to = index.events.get(link.to);
  if (!from || !to) return;
  const correction = corpus.corrections.add({ op: 'unlink', from: refOf(from), to: refOf(to) });
  // The panel stays on the event it shows.
  const shown = (click.currentTarget as HTMLElement).closest('.event-panel')?.getAttribute('data-event') ?? null;
  const detail: CorrectionMade = { correction, select: shown };
  click.currentTarget!.dispatchEvent(new CustomEvent('correction', { detail, bubbles: true, composed: true }));
}

function article(doc: string, mentions: Mention[], title: string, text: string | undefined): TemplateResult {
  if (!text) {
    return html`<figure class="report">
      <figcaption>${title}</figcaption>
      ${mentions.map((m) => html`<blockquote><mark>${m.text}</mark></blockquote>`)}
    </figure>`;
  }
  return html`<figure class="report" data-doc=${doc}>
    <figcaption>${title}</figcaption>
    <div class="article" tabindex="0" aria-label=${`Text of ${title}, with the reports highlighted`}>${segments(text, mentions).map((s) => (s.mark ? html`<mark>${s.text}</mark>` : s.text))}</div>
  </figure>`;
}

/** Scrolls each article box so that its first highlighted report is in view. */
export function revealMarks(root: ParentNode): void {
  for (const box of root.querySelectorAll<HTMLElement>('.event-panel .article')) {
    const mark = box.querySelector('mark');
    // The box is positioned, so a mark's offsetTop is measured from the box's top.
    if (mark) box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
  }
}
