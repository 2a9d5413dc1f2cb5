/** Styles of a notebook cell: its output (tables, inputs, the inspector), error and editor. */
import { css } from 'lit';
import { controls, tables, theme } from './styles.js';

const cell = css`
  :host {
    display: block;
    margin: 1.1em 0;
  }
  .output {
    min-height: 1em;
    transition: opacity 0.2s;
  }
  .output.stale {
    opacity: 0.55;
  }
  .output > * + * {
    margin-top: 0.6em;
  }
  .running {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .cell-error {
    color: var(--_danger);
    border-left: 3px solid var(--_danger);
    padding: 0.4em 0.8em;
    background: var(--_subtle);
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.85em;
    white-space: pre-wrap;
  }
  .bar {
    display: flex;
    gap: 0.5em;
    align-items: center;
    margin-top: 0.35em;
  }
  .bar .source-toggle {
    font-size: 0.78em;
    min-height: 0;
    padding: 0.1em 0.55em;
    color: var(--_muted);
    background: transparent;
  }
  .badge {
    font-size: 0.75em;
    border-radius: 999px;
    padding: 0.05em 0.6em;
    background: var(--_mark);
    color: var(--_mark-ink);
  }
  .editor {
    margin-top: 0.35em;
  }
  textarea {
    display: block;
    box-sizing: border-box;
    width: 100%;
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.85em;
    line-height: 1.5;
    padding: 0.6em 0.8em;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_subtle);
    color: var(--_ink);
    resize: vertical;
    tab-size: 2;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin-top: 0.4em;
  }
  .inspector {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.82em;
  }
  .inspector summary {
    cursor: pointer;
    list-style-position: outside;
  }
  .inspector summary .line {
    display: inline;
  }
  .inspector .entries {
    padding-left: 1.3em;
  }
  .inspector .key {
    color: var(--_muted);
  }
  .inspector .string {
    color: var(--_code-string);
  }
  .inspector .number,
  .inspector .bigint {
    color: var(--_code-number);
  }
  .reprisal-input {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em 0.8em;
    align-items: center;
    font-size: 0.92em;
  }
  .reprisal-input > label:first-child,
  .reprisal-input > span:first-child {
    min-width: 7em;
    color: var(--_muted);
  }
  .reprisal-input fieldset {
    border: none;
    padding: 0;
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 0.9em;
  }
  .reprisal-input legend {
    color: var(--_muted);
    float: left;
    margin-right: 0.8em;
  }
  .reprisal-input .range {
    display: inline-flex;
    gap: 0.5em;
    align-items: center;
  }
  .reprisal-input output {
    font-variant-numeric: tabular-nums;
    min-width: 3ch;
  }
  p {
    margin: 0.4em 0;
  }
  ul,
  ol {
    margin: 0.3em 0;
    padding-left: 1.4em;
  }
  .stat {
    font-size: 1.6em;
    font-weight: 600;
  }
  .cards {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6em;
  }
  .card {
    border: 1px solid var(--_border);
    border-radius: 8px;
    padding: 0.5em 0.9em;
    min-width: 8em;
    background: var(--_surface);
  }
  .card .label {
    color: var(--_muted);
    font-size: 0.82em;
  }
`;

export const cellStyles = [theme, controls, tables, cell];
