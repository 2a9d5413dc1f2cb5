/** Styles of <reprisal-network>: faded and selected nodes, the pointer over marks. */
import { css } from 'lit';
import { charts, controls, tables, theme } from '../styles.js';

const network = css`
  :host {
    display: block;
  }
  .search input {
    width: 14em;
    max-width: 100%;
  }
  .chart svg.interactive {
    /* Panned and zoomed marks stay inside the chart. */
    overflow: hidden;
    touch-action: none;
    cursor: grab;
  }
  .chart svg.interactive:active {
    cursor: grabbing;
  }
  .chart svg .faded {
    opacity: 0.14;
  }
  .chart svg circle.selected {
    stroke: var(--_ink);
    stroke-width: 3px;
  }
  .chart svg circle.match {
    stroke: var(--_focus);
    stroke-width: 3px;
  }
  .chart svg .legend-backdrop {
    fill: var(--_bg);
    fill-opacity: 0.85;
  }
  .chart svg circle.dragging {
    cursor: grabbing;
  }
  .chart svg path,
  .chart svg circle,
  .chart svg text {
    transition: opacity 0.15s;
  }
  button.link {
    border: none;
    background: none;
    padding: 0;
    min-height: 0;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 2px;
  }
`;

export const networkStyles = [theme, controls, tables, charts, network];
