/**
 * <reprisal-import-status>: an import of event data under way (a bar, bytes and rows read, and
 * Cancel), then what each file gave and the rows that could not be read, or why it failed.
 * Shows nothing when no GDELT or POLECAT file was dropped.
 */
import { css, html, LitElement, nothing } from 'lit';
import { FollowStore } from './state/follow-store.js';
import { sharedImports, type ImportStore } from './state/import-store.js';
import { controls, theme } from './styles.js';

/** Lines listed before the rest are folded away. */
const LINES_SHOWN = 8;
const count = (n: number) => n.toLocaleString('en');
const megabytes = (bytes: number) => `${(bytes / 1e6).toLocaleString('en', { maximumFractionDigits: bytes < 1e7 ? 1 : 0 })} MB`;

export class ReprisalImportStatus extends LitElement {
  static override properties = {
    imports: { attribute: false },
  };

  static override styles = [
    theme,
    controls,
    css`
      :host {
        display: block;
      }
      .progress {
        display: flex;
        flex-wrap: wrap;
        gap: 0.6em;
        align-items: center;
        margin: 0.7em 0;
      }
      progress {
        flex: 1 1 12em;
        height: 0.9em;
        accent-color: var(--_accent);
      }
      ul {
        margin: 0.5em 0;
        padding-left: 1.4em;
        font-size: 0.88em;
      }
      summary {
        cursor: pointer;
        font-size: 0.88em;
      }
      .error {
        color: var(--_danger);
      }
      .muted {
        color: var(--_muted);
      }
    `,
  ];

  declare imports: ImportStore | undefined;

  constructor() {
    super();
    // Redraws when the store changes, and follows another one when it is given.
    new FollowStore(this, () => this.#store);
    this.imports = undefined;
  }

  get #store(): ImportStore {
    return this.imports ?? sharedImports();
  }

  protected override render() {
    const { status, files, progress, lines, message } = this.#store.state;
    if (status === 'importing') {
      return html`<div class="progress" role="status">
        <progress max=${progress?.total || 1} value=${progress?.bytes ?? 0} aria-label="Import progress"></progress>
        <span>Importing ${files}: ${megabytes(progress?.bytes ?? 0)} of ${megabytes(progress?.total ?? 0)}, ${count(progress?.rows ?? 0)} rows…</span>
        <button type="button" class="cancel" @click=${() => this.#store.cancel()}>Cancel</button>
      </div>`;
    }
    if (message) return html`<p class=${status === 'error' ? 'error' : 'muted'} role=${status === 'error' ? 'alert' : 'status'}>${message}</p>`;
    if ((status !== 'done' && status !== 'empty') || !lines.length) return nothing;
    return html`<div role="status" aria-label="What the import read">
      <ul>
        ${lines.slice(0, LINES_SHOWN).map((line) => html`<li>${line}</li>`)}
      </ul>
      ${lines.length > LINES_SHOWN
        ? html`<details>
            <summary>${count(lines.length - LINES_SHOWN)} more</summary>
            <ul>
              ${lines.slice(LINES_SHOWN).map((line) => html`<li>${line}</li>`)}
            </ul>
          </details>`
        : nothing}
    </div>`;
  }
}

customElements.define('reprisal-import-status', ReprisalImportStatus);

declare global {
  interface HTMLElementTagNameMap {
    'reprisal-import-status': ReprisalImportStatus;
  }
}
