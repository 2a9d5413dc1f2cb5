/**
 * The fields of an event in the correction forms (type, measure, who acts, against whom, date,
 * note), as templates: labelled inputs and real buttons, read back with FormData on submit.
 * Actors are chips, each with a button to remove it, and an input offering the known actors.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { PLOVER_TYPES, type EventDate, type PloverType } from '../events/types.js';
import type { KnownActor } from './correction-form-values.js';

export type Role = 'source' | 'target';

export interface FieldsOptions {
  /** The form's own prefix for ids, so labels and hints point at the right input. */
  prefix: string;
  type?: PloverType;
  measure?: string;
  date?: EventDate;
  /** Offer "Choose a type" first (adding an event), rather than the event's type (editing one). */
  chooseType?: boolean;
  measures: readonly string[];
  actors: Record<Role, readonly string[]>;
  nameOf(id: string): string;
  onRemoveActor(role: Role, id: string): void;
  onAddActor(role: Role, input: HTMLInputElement): void;
}

const ROLE_LABELS: Record<Role, string> = { source: 'Who acts', target: 'Against whom' };

export function eventFields(o: FieldsOptions): TemplateResult {
  return html`
    <label class="field">
      <span>Type</span>
      <select name="type" required>
        ${o.chooseType ? html`<option value="" selected disabled>Choose a type</option>` : nothing}
        ${PLOVER_TYPES.map((t) => html`<option value=${t} ?selected=${t === o.type}>${t.toLowerCase()}</option>`)}
      </select>
    </label>
    <label class="field">
      <span>Measure</span>
      <input type="text" name="measure" list=${`${o.prefix}-measures`} .value=${o.measure ?? ''} placeholder="procurement-ban" autocomplete="off" />
      <datalist id=${`${o.prefix}-measures`}>${o.measures.map((m) => html`<option value=${m}></option>`)}</datalist>
    </label>
    ${actorsField('source', o)} ${actorsField('target', o)} ${dateField(o)}
  `;
}

function actorsField(role: Role, o: FieldsOptions): TemplateResult {
  const label = ROLE_LABELS[role];
  const add = (event: Event) => o.onAddActor(role, (event.target as HTMLElement).closest('fieldset')!.querySelector('input')!);
  return html`<fieldset class="actors" data-role=${role}>
    <legend>${label}</legend>
    <ul class="chips" aria-label=${label}>
      ${o.actors[role].length
        ? o.actors[role].map(
            (id) => html`<li>
              <span>${o.nameOf(id)} <code>${id}</code></span>
              <button type="button" class="chip-remove" aria-label=${`Remove ${o.nameOf(id)} from ${label.toLowerCase()}`} @click=${() => o.onRemoveActor(role, id)}>×</button>
            </li>`,
          )
        : html`<li class="muted">nobody named</li>`}
    </ul>
    <span class="add-actor">
      <input
        type="text"
        name=${`${role}-pending`}
        list=${`${o.prefix}-actors`}
        aria-label=${`Add to ${label.toLowerCase()}: an actor code or name`}
        placeholder="CHN.GOV or a name"
        autocomplete="off"
        @keydown=${(k: KeyboardEvent) => k.key === 'Enter' && (k.preventDefault(), add(k))}
      />
      <button type="button" class="actor-add" @click=${add}>Add</button>
    </span>
  </fieldset>`;
}

function dateField(o: FieldsOptions): TemplateResult {
  const hint = `${o.prefix}-date-hint`;
  return html`<fieldset class="date">
    <legend>Date</legend>
    <label class="field">
      <span>Date</span>
      <input type="text" name="date" .value=${o.date?.start ?? ''} placeholder="2014-05-21" aria-describedby=${hint} autocomplete="off" />
    </label>
    <label class="field">
      <span>Precision</span>
      <select name="precision">
        ${(['day', 'month', 'year'] as const).map((p) => html`<option value=${p} ?selected=${p === (o.date?.precision ?? 'day')}>${p}</option>`)}
      </select>
    </label>
    <label class="check"><input type="checkbox" name="undated" .checked=${!o.date} /> No date</label>
    <span class="muted" id=${hint}>ISO: 2014-05-21, 2014-05 or 2014</span>
  </fieldset>`;
}

/** The actors datalist every actor input of a form shares. */
export function actorOptions(prefix: string, known: readonly KnownActor[]): TemplateResult {
  return html`<datalist id=${`${prefix}-actors`}>${known.map((a) => html`<option value=${a.id}>${a.name}</option>`)}</datalist>`;
}

export function noteField(prefix: string): TemplateResult {
  return html`<label class="field wide">
    <span>Note <span class="muted">(optional: why)</span></span>
    <input type="text" name="note" id=${`${prefix}-note`} autocomplete="off" />
  </label>`;
}

export function formButtons(submit: string, onCancel: () => void): TemplateResult {
  return html`<div class="buttons">
    <button type="submit" class="primary">${submit}</button>
    <button type="button" class="cancel" @click=${onCancel}>Cancel</button>
    <span class="muted">Esc closes</span>
  </div>`;
}
