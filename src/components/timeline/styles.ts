/** Styles of <reprisal-timeline>: the selected mark and the period strip. */
import { css } from 'lit';
import { charts, controls, tables, theme } from '../styles.js';

const timeline = css`
  :host {
    display: block;
  }
  label {
    font-size: 0.9em;
    color: var(--_muted);
  }
  .chart svg .selected {
    stroke: var(--_ink);
    stroke-width: 2.5px;
  }
  /* Plot's tip cuts the sentence to one line; the component shows its own (tip.ts). */
  .chart svg g[aria-label='tip'] {
    display: none;
  }
  .chart {
    position: relative;
  }
  .tip {
    position: absolute;
    z-index: 2;
    max-width: min(26em, 70%);
    padding: 0.45em 0.7em;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_surface);
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.15);
    font-size: 0.82em;
    line-height: 1.4;
    pointer-events: none;
  }
  .tip .what {
    font-weight: 600;
  }
  .tip .who,
  .tip .doc {
    color: var(--_muted);
  }
  .tip .sentence {
    margin: 0.25em 0;
  }
  .period-strip {
    display: block;
    max-width: 100%;
    overflow: visible;
    color: var(--_muted);
    font-size: 10px;
  }
  .period-strip .track {
    fill: var(--_subtle);
    stroke: var(--_border);
  }
  .period-strip .ticks line {
    stroke: var(--_muted);
    stroke-opacity: 0.7;
  }
  .period-strip .axis path,
  .period-strip .axis line {
    stroke: var(--_border);
  }
  .period-strip .axis text {
    fill: var(--_muted);
  }
  .period-strip .selection {
    fill: var(--_accent);
    fill-opacity: 0.25;
    stroke: var(--_accent);
  }
`;

export const timelineStyles = [theme, controls, tables, charts, timeline];
