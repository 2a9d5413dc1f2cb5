/**
 * <reprisal-app>: the explorer's page. A sidebar lists the notebooks; the hash names the one shown
 * (#/notebook/tour) and carries the selection (?actors=CHN.GOV&type=SANCTION), so a link opens
 * the same view. The selection bar stays in sight above the notebook. #/corrections lists the
 * analyst's corrections; when their work cannot be saved, the page says so at the top.
 */
import { html, LitElement, nothing } from 'lit';
import { selectionEquals, selectionFromParams, selectionToParams } from '../analysis/selection.js';
import '../components/index.js';
import { savingProblem } from '../components/corrections-saved.js';
import { appStyles } from './app-styles.js';
import { notebookFiles, type NotebookFile } from './notebooks.js';
import { parseRoute, routeHash, viewHash, type View } from './router.js';
import { startSession, type Session } from './session.js';
import { applyTheme, savedTheme, type Theme } from './theme.js';

const DEFAULT_NOTEBOOK = 'tour';

export class ReprisalApp extends LitElement {
  static override properties = {
    route: { state: true },
    view: { state: true },
    theme: { state: true },
  };

  static override styles = appStyles;

  declare route: string | undefined;
  declare view: View | undefined;
  declare theme: Theme;

  readonly notebooks: NotebookFile[] = notebookFiles();
  #session: Session | undefined;
  #unsubscribe: (() => void)[] = [];

  constructor() {
    super();
    this.route = DEFAULT_NOTEBOOK;
    this.view = undefined;
    this.theme = savedTheme();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const session = (this.#session = startSession());
    window.addEventListener('hashchange', this.#onHash);
    this.#onHash();
    this.#unsubscribe = [
      session.selection.subscribe((selection) => {
        if (!this.route) return;
        const hash = routeHash(this.route, selectionToParams(selection));
        if (hash !== location.hash) history.replaceState(history.state, '', hash);
      }),
      session.corpus.subscribe(() => this.requestUpdate()),
      session.saved.subscribe(() => this.requestUpdate()),
      // The sidebar's links carry the selection, so going to another notebook keeps it.
      session.selection.subscribe(() => this.requestUpdate()),
    ];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHash);
    for (const stop of this.#unsubscribe) stop();
  }

  protected override render() {
    const session = this.#session;
    const current = this.notebooks.find((n) => n.name === this.route);
    const state = session?.corpus.state;
    const corrections = session?.corpus.corrections.list.length ?? 0;
    const problem = session ? savingProblem(session.saved.state) : undefined;
    return html`
      <a class="skip" href="#main" @click=${this.#skip}>Skip to the notebook</a>
      <header class="top">
        <a class="brand" href=${routeHash(DEFAULT_NOTEBOOK)}>Reprisal</a>
        <span class="tagline">retaliation in the news, explored</span>
        <span class="grow"></span>
        <span class="status" role="status" aria-live="polite">${state ? statusText(state) : ''}</span>
        <label class="theme">
          <span class="visually-hidden">Colour theme</span>
          <select @change=${this.#onTheme} aria-label="Colour theme">
            ${(['auto', 'light', 'dark'] as const).map((t) => html`<option value=${t} ?selected=${this.theme === t}>${t === 'auto' ? 'Theme: system' : t === 'light' ? 'Theme: light' : 'Theme: dark'}</option>`)}
          </select>
        </label>
      </header>
      <div class="layout">
        <nav class="side" aria-label="Notebooks">
          <h2>Notebooks</h2>
          <ul class="notebooks">
            ${this.notebooks.map(
              (n) => html`<li>
                <a href=${routeHash(n.name, session ? selectionToParams(session.selection.value) : undefined)} aria-current=${n.name === this.route ? 'page' : 'false'}>${n.title}</a>
                <p>${n.summary}</p>
              </li>`,
            )}
          </ul>
          <h2>Your work</h2>
          <ul class="work">
            <li>
              <a class="corrections" href=${viewHash('corrections')} aria-current=${this.view === 'corrections' ? 'page' : 'false'}>Corrections${corrections ? ` (${corrections})` : ''}</a>
              <p>Your changes to the extracted events, and your own actors; export and import them.</p>
            </li>
          </ul>
        </nav>
        <main id="main" tabindex="-1">
          ${problem ? html`<p class="saving-problem" role="alert">${problem}</p>` : nothing}
          <div class="selection"><reprisal-selection></reprisal-selection></div>
          ${this.view === 'corrections' && session
            ? html`<h1 class="view-title">Corrections</h1>
                <reprisal-corrections .corpus=${session.corpus} .saved=${session.saved}></reprisal-corrections>`
            : current && session
            ? html`<reprisal-notebook .source=${current.source} path=${current.path} .builtins=${session.builtins}></reprisal-notebook>`
            : html`<div class="not-found">
                <h1>No such notebook</h1>
                <p>There is no notebook called “${this.route ?? location.hash}”. <a href=${routeHash(DEFAULT_NOTEBOOK)}>Open the tour</a>.</p>
              </div>`}
        </main>
      </div>
    `;
  }

  #onHash = () => {
    const route = parseRoute(location.hash, DEFAULT_NOTEBOOK);
    const previous = this.route ?? this.view;
    this.route = route.notebook;
    this.view = route.view;
    const selection = this.#session?.selection;
    // A view that is not a notebook carries no selection: the one held stays for coming back.
    if (!selection || route.view) return;
    const wanted = selectionFromParams(route.params);
    if (!selectionEquals(wanted, selection.value)) selection.set(wanted);
    if (previous !== (route.notebook ?? route.view)) window.scrollTo({ top: 0 });
  };

  #onTheme = (event: Event) => {
    this.theme = (event.target as HTMLSelectElement).value as Theme;
    applyTheme(this.theme, true);
  };

  #skip = (event: Event) => {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  };
}

function statusText(state: Session['corpus']['state']): string {
  const { status, docs, events, progress } = state;
  if (status === 'extracting') return progress?.total ? `Extracting ${progress.done} of ${progress.total} documents…` : 'Reading files…';
  if (status === 'empty') return 'No documents';
  const corrections = state.applied.length ? ` · ${state.applied.length} corrections` : '';
  return `${docs.length} documents · ${events.events.length} events · ${events.links.length} links${corrections}`;
}

customElements.define('reprisal-app', ReprisalApp);

declare global {
  interface HTMLElementTagNameMap {
    'reprisal-app': ReprisalApp;
  }
}
