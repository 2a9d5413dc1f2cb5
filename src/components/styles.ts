/**
 * Shared component styles. Colours are CSS custom properties: the page may set --reprisal-*
 * (the app does, with its light and dark themes); a component embedded elsewhere falls back to
 * its own light or dark values from prefers-color-scheme.
 */
import { css } from 'lit';

export const theme = css`
  :host {
    --_bg: var(--reprisal-bg, #ffffff);
    --_surface: var(--reprisal-surface, #ffffff);
    --_subtle: var(--reprisal-subtle, #f5f7f9);
    --_ink: var(--reprisal-ink, #1f2328);
    --_muted: var(--reprisal-muted, #59636e);
    --_border: var(--reprisal-border, #d0d7de);
    --_accent: var(--reprisal-accent, #0b5cad);
    --_accent-ink: var(--reprisal-accent-ink, #ffffff);
    --_focus: var(--reprisal-focus, #1a73e8);
    --_band: var(--reprisal-band, #f2f2f2);
    --_mark: var(--reprisal-mark, #ffe58a);
    --_mark-ink: var(--reprisal-mark-ink, #1f2328);
    --_danger: var(--reprisal-danger, #b42318);
    --_code-string: var(--reprisal-code-string, #1a7f37);
    --_code-number: var(--reprisal-code-number, #0550ae);
    color: var(--_ink);
    font-family: var(--reprisal-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    font-size: var(--reprisal-font-size, 15px);
    line-height: 1.45;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--reprisal-bg, #15171a);
      --_surface: var(--reprisal-surface, #1c1f24);
      --_subtle: var(--reprisal-subtle, #23272d);
      --_ink: var(--reprisal-ink, #e6e8eb);
      --_muted: var(--reprisal-muted, #9aa4ae);
      --_border: var(--reprisal-border, #3a4048);
      --_accent: var(--reprisal-accent, #7cb8ff);
      --_accent-ink: var(--reprisal-accent-ink, #0d1117);
      --_focus: var(--reprisal-focus, #8ab4f8);
      --_band: var(--reprisal-band, #262a30);
      --_mark: var(--reprisal-mark, #6b5600);
      --_mark-ink: var(--reprisal-mark-ink, #fff6d5);
      --_danger: var(--reprisal-danger, #ff8a80);
      --_code-string: var(--reprisal-code-string, #7ee2a8);
      --_code-number: var(--reprisal-code-number, #9ecbff);
    }
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

export const controls = css`
  button,
  input,
  select,
  textarea {
    font: inherit;
    font-size: 0.9em;
    color: inherit;
  }
  button,
  select,
  input[type='search'],
  input[type='text'],
  input[type='month'] {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 0.3em 0.65em;
    min-height: 2em;
  }
  button {
    cursor: pointer;
  }
  button:hover {
    background: var(--_subtle);
  }
  button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-ink);
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-ink);
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    align-items: center;
    margin: 0 0 0.5em;
  }
  .toolbar .grow {
    flex: 1 1 auto;
  }
  .hint,
  .muted {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .error {
    color: var(--_danger);
  }
`;

/** Data tables: the events table and every chart's "show as table". */
export const tables = css`
  .table-wrap {
    overflow: auto;
    max-height: var(--reprisal-table-height, 28em);
    border: 1px solid var(--_border);
    border-radius: 6px;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.88em;
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: 0.35em 0.6em;
    border-bottom: 1px solid var(--_border);
  }
  thead th {
    position: sticky;
    top: 0;
    background: var(--_subtle);
    z-index: 1;
  }
  td.num,
  th.num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: left;
    padding: 0.4em 0.6em;
    color: var(--_muted);
  }
`;

/**
 * The charts are drawn with fixed light colours (they also export as standalone SVG files); here
 * those colours follow the theme: ink, halos, bands, notes and link strokes.
 */
export const charts = css`
  .chart {
    position: relative;
    min-height: 4em;
  }
  .chart svg {
    --plot-background: var(--_surface);
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
    color: var(--_ink);
  }
  .chart svg [fill='#222'],
  .chart svg [fill='#333'] {
    fill: var(--_ink);
  }
  .chart svg [fill='#666'],
  .chart svg .note {
    fill: var(--_muted);
  }
  .chart svg [stroke='white'] {
    stroke: var(--_surface);
  }
  .chart svg [fill='#f2f2f2'] {
    fill: var(--_band);
  }
  .chart svg [stroke='#222'] {
    stroke: var(--_ink);
  }
  .chart svg [stroke='#999'],
  .chart svg [stroke='#555'] {
    stroke: var(--_muted);
  }
  .chart svg [data-event],
  .chart svg [data-actor] {
    cursor: pointer;
  }
  .chart svg :focus {
    outline: none;
  }
  .chart svg :focus-visible {
    stroke: var(--_focus);
    stroke-width: 3px;
  }
  .loading {
    color: var(--_muted);
    padding: 1em 0;
  }
`;
