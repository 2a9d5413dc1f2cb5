/** Styles of a notebook page: readable prose, with cells allowed wider than the text. */
import { css } from 'lit';
import { controls, theme } from './styles.js';

const notebook = css`
  :host {
    display: block;
  }
  .notebook {
    max-width: 100%;
  }
  .prose {
    max-width: 46em;
  }
  .prose :is(h1, h2, h3) {
    line-height: 1.2;
    margin: 1.4em 0 0.5em;
  }
  .prose h1 {
    font-size: 2em;
    margin-top: 0.2em;
  }
  .prose h2 {
    font-size: 1.4em;
    border-bottom: 1px solid var(--_border);
    padding-bottom: 0.2em;
  }
  .prose h3 {
    font-size: 1.12em;
  }
  .prose p,
  .prose li {
    margin: 0.55em 0;
  }
  .prose a {
    color: var(--_accent);
  }
  .prose code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.88em;
    background: var(--_subtle);
    padding: 0.08em 0.3em;
    border-radius: 4px;
  }
  .prose pre {
    background: var(--_subtle);
    padding: 0.7em 0.9em;
    border-radius: 6px;
    overflow: auto;
  }
  .prose pre code {
    background: none;
    padding: 0;
  }
  .prose blockquote {
    margin: 0.8em 0;
    padding: 0.2em 1em;
    border-left: 3px solid var(--_accent);
    background: var(--_subtle);
  }
  .prose details {
    margin: 0.6em 0;
    padding: 0.3em 0.8em;
    border: 1px solid var(--_border);
    border-radius: 6px;
  }
  .prose summary {
    cursor: pointer;
    font-weight: 600;
  }
  .prose table {
    border-collapse: collapse;
  }
  .prose th,
  .prose td {
    border-bottom: 1px solid var(--_border);
    padding: 0.3em 0.6em;
    text-align: left;
  }
  .edited-note {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6em;
    align-items: center;
    padding: 0.45em 0.8em;
    border-radius: 6px;
    background: var(--_mark);
    color: var(--_mark-ink);
    font-size: 0.9em;
  }
`;

export const notebookStyles = [theme, controls, notebook];
