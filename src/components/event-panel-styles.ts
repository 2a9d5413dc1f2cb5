/** Styles of the "why" panel: the rule, the links, articles with highlighted reports. */
import { css } from 'lit';

export const eventPanelStyles = css`
  .event-panel {
    border: 1px solid var(--_border);
    border-radius: 8px;
    padding: 0.6em 1em 0.9em;
    margin-top: 0.8em;
    background: var(--_surface);
  }
  .event-panel h3 {
    font-size: 1em;
    margin: 0.2em 0 0.5em;
  }
  .event-panel h4 {
    font-size: 0.9em;
    margin: 0.9em 0 0.3em;
    color: var(--_muted);
  }
  .why {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.2em 1em;
    margin: 0;
    font-size: 0.9em;
  }
  .why dt {
    color: var(--_muted);
  }
  .why dd {
    margin: 0;
  }
  .links {
    margin: 0;
    padding-left: 1.2em;
    font-size: 0.9em;
  }
  .links li {
    margin: 0.3em 0;
  }
  .relation {
    font-weight: 600;
  }
  .evidence {
    color: var(--_muted);
  }
  .report {
    margin: 0.5em 0 0;
  }
  .report figcaption {
    font-weight: 600;
    font-size: 0.88em;
    margin-bottom: 0.2em;
  }
  .article {
    position: relative;
    max-height: 13em;
    overflow: auto;
    white-space: pre-wrap;
    font-size: 0.88em;
    line-height: 1.5;
    padding: 0.5em 0.8em;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_subtle);
  }
  mark {
    background: var(--_mark);
    color: var(--_mark-ink);
    border-radius: 2px;
    padding: 0 1px;
  }
  blockquote {
    margin: 0.3em 0;
  }
  button.unlink {
    border: none;
    background: none;
    padding: 0;
    min-height: 0;
    font-size: inherit;
    color: var(--_danger);
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .why a {
    color: var(--_accent);
  }
  .by-hand {
    margin: 0 0 0.2em;
    padding-left: 1.1em;
  }
  button.link {
    border: none;
    background: none;
    padding: 0;
    min-height: 0;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 2px;
    text-align: left;
  }
`;
