/**
 * <reprisal-chart-actions kind="network|timeline|chains">: a chart's Export menu, in the
 * chart's toolbar (see chart-actions-slot.ts). It takes the chart out of the explorer:
 *
 *   Download SVG, Download PNG (2×)   the chart as it looks on the page (chart-actions-image.ts)
 *   Copy embed code                   HTML that shows it on another page, with the current filters
 *   Events (JSON, CSV), Network (GEXF, GraphML), Timeline (TimelineJS JSON)
 *                                     the data of the current selection (chart-actions-files.ts)
 *
 * The menu is a disclosure (<details>), so it opens with Enter or Space, every item is a button
 * reached with Tab, and Escape closes it again. What it did is said in a status line.
 */
import { css, html, LitElement, nothing } from 'lit';
import type { ChartKind } from '../export/embed-snippet.js';
import { chartSvg, svgPng, svgSize } from './chart-actions-image.js';
import { dataExports, download, embedCode, reportedDocuments, type DataExport } from './chart-actions-files.js';
import type { ExportableChart } from './chart-actions-slot.js';
import { controls, theme } from './styles.js';

export class ReprisalChartActions extends LitElement {
  static override properties = {
    kind: { type: String },
    chart: { attribute: false },
    open: { state: true },
    said: { state: true },
    snippet: { state: true },
  };

  static override styles = [
    theme,
    controls,
    css`
      :host {
        position: relative;
        display: inline-block;
      }
      summary {
        list-style: none;
        cursor: pointer;
        background: var(--_surface);
        border: 1px solid var(--_border);
        border-radius: 6px;
        padding: 0.3em 0.65em;
        font-size: 0.9em;
        line-height: 1.3;
      }
      summary::-webkit-details-marker {
        display: none;
      }
      summary:hover,
      details[open] summary {
        background: var(--_subtle);
      }
      .menu {
        position: absolute;
        right: 0;
        top: calc(100% + 4px);
        z-index: 5;
        display: grid;
        gap: 0.35em;
        width: max-content;
        max-width: min(24em, 90vw);
        padding: 0.6em;
        background: var(--_surface);
        border: 1px solid var(--_border);
        border-radius: 8px;
        box-shadow: 0 6px 20px rgb(0 0 0 / 0.14);
      }
      .group {
        display: grid;
        gap: 0.3em;
      }
      .group + .group {
        border-top: 1px solid var(--_border);
        padding-top: 0.5em;
      }
      .menu button {
        text-align: left;
      }
      .heading {
        color: var(--_muted);
        font-size: 0.8em;
      }
      textarea {
        width: 100%;
        box-sizing: border-box;
        font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
        font-size: 0.78em;
        background: var(--_subtle);
        border: 1px solid var(--_border);
        border-radius: 6px;
        resize: vertical;
      }
      [role='status']:empty {
        display: none;
      }
      [role='status'] {
        margin: 0;
        color: var(--_muted);
        font-size: 0.85em;
      }
    `,
  ];

  declare kind: ChartKind;
  declare chart: ExportableChart | undefined;
  declare open: boolean;
  /** What the last action did, or why it could not. */
  declare said: string;
  /** The embed code, once asked for, shown to copy by hand when the clipboard is not allowed. */
  declare snippet: string;

  constructor() {
    super();
    this.kind = 'network';
    this.chart = undefined;
    this.open = false;
    this.said = '';
    this.snippet = '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.#onOutside, true);
  }

  protected override render() {
    return html`<details ?open=${this.open} @toggle=${this.#onToggle} @keydown=${this.#onKey} @focusout=${this.#onFocusOut}>
      <summary aria-label="Export this chart">Export <span aria-hidden="true">▾</span></summary>
      ${this.open ? this.#menu() : nothing}
    </details>`;
  }

  // Drawn when opened, from the chart as it is then; the menu closes when the chart can change
  // under it (a click or focus elsewhere).
  #menu() {
    const events = this.chart?.inSelection;
    const exports = events ? dataExports(this.kind, reportedDocuments(events), this.chart?.network) : [];
    const count = events?.events.length ?? 0;
    return html`<div class="menu">
        <div class="group" role="group" aria-label="The chart">
          <button type="button" class="svg" @click=${this.#downloadSvg}>Download SVG</button>
          <button type="button" class="png" @click=${this.#downloadPng}>Download PNG</button>
          <button type="button" class="embed" ?disabled=${!events} @click=${this.#copyEmbed}>Copy embed code</button>
        </div>
        <div class="group" role="group" aria-label="The data of the current selection">
          <span class="heading">Data of the selection: ${count} ${count === 1 ? 'event' : 'events'}</span>
          ${exports.map((x) => html`<button type="button" class="data" data-file=${x.file} @click=${() => this.#downloadData(x)}>${x.label}</button>`)}
        </div>
        ${this.snippet
          ? html`<label class="group"
              ><span class="heading">Embed code</span>
              <textarea readonly rows="4" .value=${this.snippet} @focus=${(e: Event) => (e.target as HTMLTextAreaElement).select()}></textarea
            ></label>`
          : nothing}
        <p role="status">${this.said}</p>
      </div>`;
  }

  #svg(): SVGSVGElement | undefined {
    return this.chart?.shadowRoot?.querySelector<SVGSVGElement>('.chart > svg') ?? undefined;
  }

  #downloadSvg = () => {
    const svg = this.#svg();
    if (!svg) return void (this.said = 'The chart is not drawn yet.');
    const name = `reprisal-${this.kind}.svg`;
    download(name, new Blob([chartSvg(svg)], { type: 'image/svg+xml' }));
    this.said = `Saved ${name}.`;
  };

  #downloadPng = async () => {
    const svg = this.#svg();
    if (!svg) return void (this.said = 'The chart is not drawn yet.');
    const name = `reprisal-${this.kind}.png`;
    this.said = 'Drawing the PNG…';
    try {
      download(name, await svgPng(chartSvg(svg), svgSize(svg), 2));
      this.said = `Saved ${name}, at twice the chart's size.`;
    } catch (error) {
      this.said = `Could not make the PNG: ${error instanceof Error ? error.message : String(error)}`;
    }
  };

  #copyEmbed = async () => {
    const chart = this.chart;
    const events = chart?.inSelection;
    if (!chart || !events) return;
    this.snippet = embedCode(this.kind, chart.value, { src: chart.src, events: reportedDocuments(events), base: document.baseURI });
    try {
      await navigator.clipboard.writeText(this.snippet);
      this.said = 'Embed code copied. Paste it into a page that can load embed/reprisal.js.';
    } catch {
      this.said = 'The browser did not allow copying: select the code below and copy it.';
      await this.updateComplete;
      this.renderRoot.querySelector('textarea')?.focus();
    }
  };

  #downloadData(x: DataExport): void {
    download(x.file, new Blob([x.text()], { type: `${x.type};charset=utf-8` }));
    this.said = `Saved ${x.file}.`;
  }

  #onToggle = (event: Event) => {
    this.open = (event.target as HTMLDetailsElement).open;
    if (!this.open) this.snippet = '';
    if (this.open) document.addEventListener('pointerdown', this.#onOutside, true);
    else document.removeEventListener('pointerdown', this.#onOutside, true);
  };

  #onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.open) return;
    event.stopPropagation();
    this.open = false;
    this.renderRoot.querySelector('summary')?.focus();
  };

  // A click elsewhere on the page, or the focus leaving it, closes the menu, as a menu would.
  #onOutside = (event: Event) => {
    if (!event.composedPath().includes(this)) this.open = false;
  };

  #onFocusOut = (event: FocusEvent) => {
    const to = event.relatedTarget as Node | null;
    if (to && !this.renderRoot.contains(to) && !this.contains(to)) this.open = false;
  };
}

customElements.define('reprisal-chart-actions', ReprisalChartActions);

declare global {
  interface HTMLElementTagNameMap {
    'reprisal-chart-actions': ReprisalChartActions;
  }
}
