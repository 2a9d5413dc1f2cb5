/**
 * <reprisal-user-actors>: the analyst's own actors — names the lexicon does not know, each with
 * a code — listed, removable, and added with a small form. Adding or removing one reads the
 * whole corpus again with them, and the corrections are applied again to what comes out.
 */
import { css, html, LitElement, nothing } from 'lit';
import { sharedCorpus, type CorpusStore } from './state/corpus-store.js';
import { FollowStore } from './state/follow-store.js';
import { readUserActor, type UserActor } from './state/user-actors.js';
import { controls, tables, theme } from './styles.js';

export class ReprisalUserActors extends LitElement {
  static override properties = {
    corpus: { attribute: false },
    error: { state: true },
    said: { state: true },
  };

  static override styles = [
    theme,
    controls,
    tables,
    css`
      :host {
        display: block;
        margin-top: 1.5em;
      }
      h2 {
        font-size: 1.1em;
        margin: 0 0 0.3em;
      }
      form {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em 0.8em;
        align-items: end;
        margin: 0.7em 0;
      }
      label {
        display: flex;
        flex-direction: column;
        gap: 0.2em;
        font-size: 0.9em;
      }
      label span {
        font-weight: 600;
      }
      input[type='text'] {
        background: var(--_surface);
        border: 1px solid var(--_border);
        border-radius: 6px;
        padding: 0.3em 0.6em;
        min-height: 2em;
      }
      .aliases {
        flex: 1 1 16em;
      }
    `,
  ];

  declare corpus: CorpusStore | undefined;
  declare error: string | undefined;
  declare said: string | undefined;


  constructor() {
    super();
    // Redraws when the corpus changes, and follows another one when it is given.
    new FollowStore(this, () => this.#store);
    this.corpus = undefined;
    this.error = undefined;
    this.said = undefined;
  }

  get #store(): CorpusStore {
    return this.corpus ?? sharedCorpus();
  }

  protected override render() {
    const actors = this.#store.actors;
    const extracting = this.#store.state.status === 'extracting';
    return html`
      <h2>Your actors</h2>
      <p class="muted">Actors the extractor does not know yet. Each is added to its lexicon, and the corpus is read again with them; the command line takes the same entries in a <code>--lexicon</code> file.</p>
      ${actors.length
        ? html`<div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Code</th>
                  <th scope="col">Name</th>
                  <th scope="col">Also written</th>
                  <th scope="col"><span class="visually-hidden">Remove</span></th>
                </tr>
              </thead>
              <tbody>
                ${actors.map(
                  (a) => html`<tr data-actor=${a.id}>
                    <td><code>${a.id}</code></td>
                    <td>${a.name}</td>
                    <td>${a.aliases.filter((x) => x !== a.name).join(', ')}</td>
                    <td><button type="button" class="remove" aria-label=${`Remove ${a.name}`} ?disabled=${extracting} @click=${() => this.#remove(a)}>Remove</button></td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : nothing}
      <form aria-label="Add an actor" @submit=${this.#add}>
        <label><span>Name</span><input type="text" name="name" placeholder="Acme Robotics" autocomplete="off" required /></label>
        <label class="aliases"><span>Also written <span class="muted">(commas between)</span></span><input type="text" name="aliases" placeholder="Acme, Acme Robotics Inc" autocomplete="off" /></label>
        <label><span>Code</span><input type="text" name="code" placeholder="USA.BUS.ACME" autocomplete="off" required /></label>
        <button type="submit" class="primary" ?disabled=${extracting}>Add actor</button>
      </form>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.said ? html`<p class="muted" role="status">${this.said}</p>` : nothing}
    `;
  }

  #add = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const read = readUserActor({ name: String(data.get('name') ?? ''), aliases: String(data.get('aliases') ?? ''), code: String(data.get('code') ?? '') });
    if ('error' in read) {
      this.error = read.error;
      this.said = undefined;
      return;
    }
    const { actor } = read;
    const replaced = this.#store.actors.some((a) => a.id === actor.id);
    this.error = undefined;
    this.said = `${replaced ? 'Changed' : 'Added'} ${actor.name} (${actor.id}); reading the corpus again with it…`;
    form.reset();
    void this.#store.setActors([...this.#store.actors.filter((a) => a.id !== actor.id), actor]).then(() => this.#done(`${actor.name} (${actor.id}) is in the lexicon`));
  };

  #remove(actor: UserActor): void {
    this.said = `Removed ${actor.name}; reading the corpus again without it…`;
    void this.#store.setActors(this.#store.actors.filter((a) => a.id !== actor.id)).then(() => this.#done(`${actor.name} is out of the lexicon`));
  }

  #done(what: string): void {
    const { status, events } = this.#store.state;
    if (status === 'ready') this.said = `${what}: ${events.events.length} events, corrections applied again.`;
    else if (status === 'error') this.error = this.#store.state.message;
  }
}

customElements.define('reprisal-user-actors', ReprisalUserActors);

declare global {
  interface HTMLElementTagNameMap {
    'reprisal-user-actors': ReprisalUserActors;
  }
}
