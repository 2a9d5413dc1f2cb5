/** Whether the analyst's work is being saved, in words: a line for the corrections view, an alert for the page. */
import { html, nothing, type TemplateResult } from 'lit';
import type { SavedState } from '../storage/saved-work.js';

/** What the page must tell the analyst about saving, or undefined while all is well. */
export function savingProblem(state: SavedState): string | undefined {
  if (state.mode === 'memory') {
    return `Your work is not being saved: ${state.problem ?? 'this browser keeps no data'}. It stays in this page until you close it; export your corrections to keep them.`;
  }
  if (state.problem) return `Not everything could be saved: ${state.problem}. The rest is saved; what was not stays in this page until you close it.`;
  return undefined;
}

export function savedWorkLine(state: SavedState): TemplateResult {
  const problem = savingProblem(state);
  return html`
    ${problem
      ? html`<p class="saved problem" role="alert">${problem}</p>`
      : html`<p class="saved muted">
          ${state.mode === 'opening' ? 'Opening the work saved in this browser…' : 'Saved in this browser as you work: your corrections, your actors and the corpus come back when you reopen the page.'}
        </p>`}
    ${state.warnings.length
      ? html`<ul class="warnings" aria-label="Saved entries that could not be read">
          ${state.warnings.map((w) => html`<li>${w}</li>`)}
        </ul>`
      : nothing}
  `;
}
