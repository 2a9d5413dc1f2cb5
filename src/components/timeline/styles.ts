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
