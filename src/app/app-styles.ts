/** The page's layout: a header, a sidebar of notebooks (a bar above the notebook when narrow), the notebook. */
import { css } from 'lit';
import { controls, theme } from '../components/styles.js';

const app = css`
  :host {
    display: block;
    min-height: 100vh;
    background: var(--_bg);
  }
  .skip {
    position: absolute;
    left: -999px;
    top: 0.5em;
    background: var(--_surface);
    padding: 0.4em 0.8em;
    z-index: 10;
  }
  .skip:focus {
    left: 0.5em;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 1em;
    padding: 0.6em 1.2em;
    border-bottom: 1px solid var(--_border);
    background: var(--_surface);
  }
  .brand {
    font-weight: 700;
    font-size: 1.15em;
    color: var(--_ink);
    text-decoration: none;
    letter-spacing: 0.01em;
  }
  .tagline,
  .status {
    color: var(--_muted);
    font-size: 0.88em;
  }
  .grow {
    flex: 1 1 auto;
  }
  .layout {
    display: grid;
    grid-template-columns: 15.5em minmax(0, 1fr);
    align-items: start;
  }
  nav.side {
    position: sticky;
    top: 0;
    max-height: 100vh;
    overflow: auto;
    padding: 1em 1em 2em 1.2em;
    box-sizing: border-box;
    border-right: 1px solid var(--_border);
  }
  nav h2 {
    font-size: 0.78em;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: var(--_muted);
    margin: 0.2em 0 0.6em;
  }
  nav ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  nav li {
    margin: 0 0 0.9em;
  }
  nav a {
    display: block;
    color: var(--_accent);
    font-weight: 600;
    text-decoration: none;
    padding: 0.2em 0.4em;
    margin-left: -0.4em;
    border-radius: 6px;
  }
  nav a:hover {
    text-decoration: underline;
  }
  nav a[aria-current='page'] {
    background: var(--_accent);
    color: var(--_accent-ink);
  }
  nav p {
    margin: 0.2em 0 0;
    font-size: 0.82em;
    color: var(--_muted);
  }
  main {
    padding: 0 2em 4em;
    min-width: 0;
    outline: none;
  }
  .selection {
    position: sticky;
    top: 0;
    z-index: 5;
    background: var(--_bg);
    padding: 0.55em 0;
    border-bottom: 1px solid var(--_border);
    margin-bottom: 0.5em;
  }
  .saving-problem {
    margin: 0.8em 0 0;
    padding: 0.5em 0.9em;
    border-left: 4px solid var(--_danger);
    background: var(--_subtle);
    font-size: 0.92em;
  }
  .view-title {
    font-size: 1.6em;
    margin: 0.6em 0 0.3em;
  }
  /* Tablets: the notebooks become a bar above the page. */
  @media (max-width: 960px) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
    nav.side {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4em 1.2em;
      position: static;
      max-height: none;
      border-right: none;
      border-bottom: 1px solid var(--_border);
      padding: 0.5em 1.2em;
    }
    nav h2,
    nav p {
      display: none;
    }
    nav ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4em 1.2em;
    }
    nav li {
      margin: 0;
    }
    nav a {
      margin-left: 0;
    }
    main {
      padding: 0 1.2em 3em;
    }
    .tagline {
      display: none;
    }
  }
`;

export const appStyles = [theme, controls, app];
