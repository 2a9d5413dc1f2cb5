/**
 * <reprisal-notebook> on a small notebook of its own: cells run in dependency order, a syntax
 * error stays on its cell while the rest render, an edit re-runs the cells that depend on it.
 */
import { afterEach, describe, expect, test } from 'vitest';
import '../../src/components/notebook.js';
import type { ReprisalNotebook } from '../../src/components/notebook.js';
import { html } from '../../src/components/html.js';
import { createMemoryStore } from '../../src/notebook/index.js';
import { deep, deepAll, shoot, until } from './support.js';

const SOURCE = `# A small notebook

Some prose with a [link](#/notebook/tour).

\`\`\`js
const a = 2;
\`\`\`

\`\`\`js
a * 21
\`\`\`

\`\`\`js
const broken = (;
\`\`\`

\`\`\`js
html\`<p class="made">made \${"<b>not bold</b>"}</p>\`
\`\`\`
`;

let element: ReprisalNotebook | undefined;

afterEach(() => element?.remove());

function mount(store = createMemoryStore()): ReprisalNotebook {
  element = document.createElement('reprisal-notebook');
  element.path = 'test/small.md';
  element.edits = store;
  element.builtins = { html: () => html };
  element.source = SOURCE;
  document.body.append(element);
  return element;
}

const cells = () => deepAll<HTMLElement & { cell?: { source: string } }>('reprisal-cell');
const output = (i: number) => cells()[i]?.shadowRoot?.querySelector('.output')?.textContent?.trim() ?? '';

describe('<reprisal-notebook>', () => {
  test('a cell with a syntax error shows the error, and the other cells still render', async () => {
    mount();
    await until(() => output(1) === '42', 'the expression cell');
    const error = await until(() => cells()[2]?.shadowRoot?.querySelector('.cell-error'), 'the syntax error');
    expect(error.textContent).toMatch(/SyntaxError: .*\(line 1, column \d+\)/);
    await until(() => output(3) === 'made <b>not bold</b>', 'the html cell');
    expect(deep('p.made b')).toBeUndefined();
    expect(deep('.prose a')?.getAttribute('href')).toBe('#/notebook/tour');
    await shoot('notebook-syntax-error', element!);
  });

  test('editing a cell re-runs its dependants; the edit is stored and reset restores the file', async () => {
    const store = createMemoryStore();
    const notebook = mount(store);
    await until(() => output(1) === '42', 'the first run');
    const first = cells()[0]!;
    first.shadowRoot!.querySelector<HTMLButtonElement>('.source-toggle')!.click();
    const textarea = await until(() => first.shadowRoot!.querySelector('textarea'), 'the editor');
    textarea.value = 'const a = 3;';
    textarea.dispatchEvent(new Event('input'));
    textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    await until(() => output(1) === '63', 'the dependant to re-run');
    expect(store.get('test/small.md', (first as { cell?: { id: string } }).cell!.id)).toBe('const a = 3;');

    // Mounted again on the same store, the notebook runs the edit.
    notebook.remove();
    mount(store);
    await until(() => output(1) === '63', 'the stored edit to run');
    const again = cells()[0]!;
    again.shadowRoot!.querySelector<HTMLButtonElement>('.source-toggle')!.click();
    const reset = await until(() => again.shadowRoot!.querySelector<HTMLButtonElement>('button.reset'), 'the reset button');
    reset.click();
    await until(() => output(1) === '42', 'the file’s version to run');
    expect(store.get('test/small.md', (again as { cell?: { id: string } }).cell!.id)).toBeUndefined();
  });
});
