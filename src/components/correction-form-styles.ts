/** Styles of the correction forms: a row of actions, then a compact grid of labelled fields. */
import { css } from 'lit';

export const correctionFormStyles = css`
  :host {
    display: block;
    margin: 0.2em 0 0.6em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    align-items: center;
  }
  button.delete {
    color: var(--_danger);
  }
  .picked {
    margin: 0.3em 0 0;
  }
  form.correction {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(15em, 1fr));
    gap: 0.6em 1em;
    margin-top: 0.6em;
    padding: 0.7em 0.9em 0.8em;
    border: 1px solid var(--_border);
    border-left: 3px solid var(--_accent);
    border-radius: 6px;
    background: var(--_subtle);
  }
  form h4 {
    grid-column: 1 / -1;
    margin: 0;
    font-size: 0.95em;
    color: var(--_ink);
  }
  .wide,
  fieldset,
  .buttons,
  .error {
    grid-column: 1 / -1;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    font-size: 0.9em;
    min-width: 0;
  }
  .field > span:first-child {
    font-weight: 600;
  }
  .field select,
  .field input {
    width: 100%;
    box-sizing: border-box;
  }
  input[type='text'] {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 0.3em 0.6em;
    min-height: 2em;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: 6px;
    margin: 0;
    padding: 0.3em 0.7em 0.6em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 0.8em;
    align-items: end;
    font-size: 0.9em;
  }
  legend {
    font-weight: 600;
    padding: 0 0.3em;
  }
  .chips {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
    margin: 0;
    padding: 0;
    flex: 1 1 100%;
  }
  .chips li {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.1em 0.2em 0.1em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
  }
  .chips li.muted {
    border-style: dashed;
    padding-right: 0.6em;
  }
  .chips code {
    font-size: 0.85em;
    color: var(--_muted);
  }
  button.chip-remove {
    border: none;
    background: none;
    min-height: 0;
    padding: 0 0.35em;
    border-radius: 999px;
  }
  .add-actor {
    display: flex;
    gap: 0.3em;
    flex: 1 1 18em;
  }
  .add-actor input {
    flex: 1 1 auto;
    min-width: 0;
  }
  fieldset.date .field {
    flex: 0 1 10em;
  }
  .check {
    display: inline-flex;
    gap: 0.3em;
    align-items: center;
    min-height: 2em;
  }
  .buttons {
    display: flex;
    gap: 0.5em;
    align-items: center;
  }
`;
