/**
 * <reprisal-correction-form>: the corrections an analyst can make from an event's "why" panel —
 * edit its type, measure, actors and date; delete it; merge it with another; link it to another;
 * add an event the extractor missed, from text selected in an article or a sentence chosen from
 * a list. Each goes into the corpus's corrections (an overlay: the extracted events are never
 * changed), and the element says so with a `correction` event (which event to select next).
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { refOf } from '../corrections/apply.js';
import type { Correction } from '../corrections/types.js';
import type { Event as Measure, EventsFile, LinkKind, PloverType, Precision } from '../events/types.js';
import { splitSentences } from '../extract/sentences.js';
import { describeEvent, indexFile } from './describe.js';
import { knownActors, lexiconActors } from './correction-form-actors.js';
import { actorOptions, eventFields, formButtons, noteField, type Role } from './correction-form-fields.js';
import { caretInArticle, pickedSpan, selectedRange, type Picked } from './correction-form-selection.js';
import { correctionFormStyles } from './correction-form-styles.js';
import { editChanges, otherEvents, readActor, readDate, shorten, type KnownActor } from './correction-form-values.js';
import type { CorpusStore } from './state/corpus-store.js';
import type { NewCorrection } from './state/corrections-store.js';
import { controls, theme } from './styles.js';

type Mode = 'edit' | 'merge' | 'link' | 'add';

/** Detail of the `correction` event: the correction made, and the event to select now (null: none). */
export interface CorrectionMade {
  correction: Correction;
  select: string | null;
}

const MAX_SENTENCES = 2000;

export class ReprisalCorrectionForm extends LitElement {
  static override properties = {
    event: { attribute: false },
    file: { attribute: false },
    corpus: { attribute: false },
    mode: { state: true },
    error: { state: true },
    picked: { state: true },
    lexicon: { state: true },
    actors: { state: true },
    addDoc: { state: true },
  };

  static override styles = [theme, controls, correctionFormStyles];

  declare event: Measure | undefined;
  /** The events as the page shows them (corrected), for names, measures and other events. */
  declare file: EventsFile | undefined;
  declare corpus: CorpusStore | undefined;
  declare mode: Mode | undefined;
  declare error: string | undefined;
  /** The text last selected in one of the panel's articles. */
  declare picked: Picked | undefined;
  declare lexicon: KnownActor[];
  /** Who acts and against whom, as the open form holds them. */
  declare actors: Record<Role, string[]>;
  /** The article an added event is reported in. */
  declare addDoc: string | undefined;

  #opener: HTMLElement | undefined;

  constructor() {
    super();
    this.event = undefined;
    this.file = undefined;
    this.corpus = undefined;
    this.mode = undefined;
    this.error = undefined;
    this.picked = undefined;
    this.lexicon = [];
    this.actors = { source: [], target: [] };
    this.addDoc = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('selectionchange', this.#onSelection);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('selectionchange', this.#onSelection);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const before = changed.get('event') as Measure | undefined;
    if (changed.has('event') && before?.id !== this.event?.id) {
      this.mode = undefined;
      this.picked = undefined;
      this.error = undefined;
    }
  }

  protected override render() {
    const event = this.event;
    if (!event || !this.corpus) return nothing;
    const button = (mode: Mode, label: string) =>
      html`<button type="button" class=${`open-${mode}`} aria-expanded=${String(this.mode === mode)} @click=${(e: Event) => this.#open(mode, e.currentTarget as HTMLElement)}>${label}</button>`;
    return html`
      <div class="actions" role="group" aria-label="Correct this event">
        <span class="muted">Correct:</span>
        ${button('edit', 'Edit…')} ${button('merge', 'Merge with…')} ${button('link', 'Link to…')}
        ${button('add', this.picked ? 'Add an event from the selected text…' : 'Add a missed event…')}
        <button type="button" class="delete" @click=${this.#delete}>Delete</button>
      </div>
      ${this.picked && !this.mode ? html`<p class="muted picked">Selected: “${shorten(this.#text(this.picked.doc)?.slice(this.picked.start, this.picked.end) ?? '', 120)}”</p>` : nothing}
      ${this.mode ? this.#form(this.mode, event) : nothing}
    `;
  }

  #form(mode: Mode, event: Measure): TemplateResult {
    const titles: Record<Mode, string> = { edit: 'Edit this event', merge: 'Merge this event with another', link: 'Link this event to another', add: 'Add a missed event' };
    const body = mode === 'edit' ? this.#editBody(event) : mode === 'add' ? this.#addBody(event) : this.#otherBody(mode, event);
    return html`<form class="correction" aria-label=${titles[mode]} @submit=${this.#submit} @keydown=${this.#onKey} novalidate>
      <h4>${titles[mode]}</h4>
      ${body} ${noteField(mode)}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${formButtons(mode === 'edit' ? 'Save correction' : mode === 'merge' ? 'Merge' : mode === 'link' ? 'Add link' : 'Add event', () => this.#close())}
    </form>`;
  }

  #fieldsFor(prefix: string, event: Measure | undefined): TemplateResult {
    const file = this.file;
    const index = file ? indexFile(file) : undefined;
    const known = knownActors(file ?? { format: 'reprisal-events/1', documents: [], actors: [], events: [], links: [] }, this.corpus?.actors ?? [], this.lexicon);
    const names = new Map(known.map((a) => [a.id, a.name]));
    return html`${eventFields({
      prefix,
      type: event?.type,
      measure: event?.measure,
      date: event?.date,
      chooseType: !event,
      measures: [...new Set((file?.events ?? []).map((e) => e.measure).filter((m): m is string => !!m))].sort(),
      actors: this.actors,
      nameOf: (id) => index?.actors.get(id)?.name ?? names.get(id) ?? id,
      onRemoveActor: (role, id) => (this.actors = { ...this.actors, [role]: this.actors[role].filter((a) => a !== id) }),
      onAddActor: (role, input) => this.#addActor(role, input, known),
    })}
    ${actorOptions(prefix, known)}`;
  }

  #editBody(event: Measure): TemplateResult {
    return this.#fieldsFor('edit', event);
  }

  #otherBody(mode: 'merge' | 'link', event: Measure): TemplateResult {
    const file = this.file!;
    const index = indexFile(file);
    const others = otherEvents(file, event);
    return html`
      <label class="field wide">
        <span>${mode === 'merge' ? 'Merge with' : 'The other event'}</span>
        <select name="other" required>
          ${others.map((e) => html`<option value=${e.id}>${describeEvent(e, index.actors)} — “${shorten(e.mentions[0]?.text ?? '', 60)}”</option>`)}
        </select>
      </label>
      ${mode === 'merge'
        ? html`<p class="muted wide">The other event’s reports, actors and links join this one, which keeps its type, measure and date.</p>`
        : html`<label class="field">
              <span>How they are linked</span>
              <select name="direction">
                <option value="answers">This event answers the other</option>
                <option value="answered">The other answers this event</option>
              </select>
            </label>
            <label class="field">
              <span>Kind</span>
              <select name="kind">
                <option value="retaliation">retaliation (punishes the earlier actor)</option>
                <option value="response">response (any other answer)</option>
              </select>
            </label>`}
    `;
  }

  #addBody(event: Measure): TemplateResult {
    const docs = this.corpus!.docs;
    const doc = this.addDoc ?? this.picked?.doc ?? event.mentions[0]?.doc;
    const current = docs.find((d) => d.id === doc);
    const sentences = current ? splitSentences(current.text, current.excluded).slice(0, MAX_SENTENCES) : [];
    const picked = this.picked && this.picked.doc === doc ? this.picked : undefined;
    return html`
      <label class="field wide">
        <span>Article</span>
        <select name="doc" @change=${(e: Event) => (this.addDoc = (e.target as HTMLSelectElement).value)}>
          ${docs.map((d) => html`<option value=${d.id} ?selected=${d.id === doc}>${d.title ?? d.id}</option>`)}
        </select>
      </label>
      <label class="field wide">
        <span>Where it is reported</span>
        <select name="span" required>
          ${picked ? html`<option value=${`${picked.start}:${picked.end}`} selected>The selected text: “${shorten(current!.text.slice(picked.start, picked.end), 100)}”</option>` : nothing}
          ${sentences.map((s) => html`<option value=${`${s.start}:${s.end}`}>${shorten(current!.text.slice(s.start, s.end), 110)}</option>`)}
        </select>
      </label>
      ${this.#fieldsFor('add', undefined)}
    `;
  }

  #open(mode: Mode, opener: HTMLElement): void {
    if (this.mode === mode) return this.#close();
    this.#opener = opener;
    this.mode = mode;
    this.error = undefined;
    this.addDoc = undefined;
    this.actors = mode === 'edit' && this.event ? { source: [...this.event.source], target: [...this.event.target] } : { source: [], target: [] };
    if (mode === 'edit' || mode === 'add') void lexiconActors().then((list) => (this.lexicon = list));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('form select, form input')?.focus());
  }

  #close(): void {
    this.mode = undefined;
    this.error = undefined;
    const opener = this.#opener;
    void this.updateComplete.then(() => opener?.isConnected && opener.focus());
  }

  #onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.#close();
  };

  #addActor(role: Role, input: HTMLInputElement, known: readonly KnownActor[]): boolean {
    if (!input.value.trim()) return true;
    const read = readActor(input.value, known);
    if ('error' in read) {
      this.error = read.error;
      input.focus();
      return false;
    }
    if (!this.actors[role].includes(read.id)) this.actors = { ...this.actors, [role]: [...this.actors[role], read.id] };
    input.value = '';
    this.error = undefined;
    return true;
  }

  #submit = (submitted: SubmitEvent) => {
    submitted.preventDefault();
    const form = submitted.currentTarget as HTMLFormElement;
    const event = this.event!;
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '').trim();
    const note = value('note');
    const extras = note ? { note } : {};
    if (this.mode === 'merge' || this.mode === 'link') {
      const other = this.file?.events.find((e) => e.id === value('other'));
      if (!other) return (this.error = 'Choose the other event.'), undefined;
      if (this.mode === 'merge') return this.#commit({ op: 'merge', events: [refOf(event), refOf(other)], ...extras }, event.id);
      const [from, to] = value('direction') === 'answered' ? [event, other] : [other, event];
      return this.#commit({ op: 'link', from: refOf(from), to: refOf(to), kind: value('kind') as LinkKind, ...extras }, event.id);
    }
    // Text left in an actor input counts, as if its Add button had been pressed.
    const known = knownActors(this.file!, this.corpus?.actors ?? [], this.lexicon);
    for (const input of form.querySelectorAll<HTMLInputElement>('fieldset.actors input')) {
      if (!this.#addActor(input.closest<HTMLElement>('fieldset')!.dataset.role as Role, input, known)) return;
    }
    const date = readDate(value('date'), value('precision') as Precision, data.get('undated') === 'on');
    if ('error' in date) return (this.error = date.error), undefined;
    const type = value('type') as PloverType;
    if (!type) return (this.error = 'Choose the type of the event.'), undefined;
    if (this.mode === 'edit') {
      const set = editChanges(event, { type, measure: value('measure'), source: this.actors.source, target: this.actors.target, date: date.date });
      if (!Object.keys(set).length) return (this.error = 'Nothing changed: change a field, or Cancel.'), undefined;
      return this.#commit({ op: 'edit', event: refOf(event), set, ...extras }, event.id);
    }
    const doc = this.corpus!.docs.find((d) => d.id === value('doc'));
    const [start, end] = value('span').split(':').map(Number) as [number, number];
    if (!doc || !(end > start)) return (this.error = 'Choose where the event is reported.'), undefined;
    const measure = value('measure');
    this.#commit(
      {
        op: 'add',
        event: { type, ...(measure ? { measure } : {}), source: this.actors.source, target: this.actors.target, ...(date.date ? { date: date.date } : {}), mentions: [{ doc: doc.id, start, end, text: doc.text.slice(start, end) }] },
        ...extras,
      },
      'added',
    );
  };

  #delete = () => {
    this.#commit({ op: 'delete', event: refOf(this.event!) }, null);
  };

  /** Records the correction; `select` is the event to select after it ("added": the new one). */
  #commit(correction: NewCorrection, select: string | null): void {
    const made = this.corpus!.corrections.add(correction);
    const detail: CorrectionMade = { correction: made, select: select === 'added' ? `added:${made.id}` : select };
    this.picked = undefined;
    this.#close();
    this.dispatchEvent(new CustomEvent<CorrectionMade>('correction', { detail, bubbles: true, composed: true }));
  }

  #text(doc: string): string | undefined {
    return this.corpus?.text(doc);
  }

  #onSelection = () => {
    const root = this.getRootNode();
    if (!(root instanceof ShadowRoot) && !(root instanceof Document)) return;
    const range = selectedRange(root);
    if (!range) return;
    if (range.collapsed) {
      if (caretInArticle(range) && !this.mode) this.picked = undefined;
      return;
    }
    const picked = pickedSpan(range, (doc) => this.#text(doc));
    if (picked) this.picked = picked;
  };
}

customElements.define('reprisal-correction-form', ReprisalCorrectionForm);

declare global {
  interface HTMLElementTagNameMap {
    'reprisal-correction-form': ReprisalCorrectionForm;
  }
  interface HTMLElementEventMap {
    correction: CustomEvent<CorrectionMade>;
  }
}
