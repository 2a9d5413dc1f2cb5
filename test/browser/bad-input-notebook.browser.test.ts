/**
 * Bad cells in a notebook: a syntax error, and loops that never end (in the file, typed in by the
 * reader, and one that awaits nothing). Each shows a message on its own cell, at its line; the
 * page stays responsive and the other cells keep their output.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/notebook.js';
import type { ReprisalNotebook } from '../../src/components/notebook.js';
import { html } from '../../src/components/html.js';
import { createMemoryStore } from '../../src/notebook/index.js';
import { shoot, until } from './support.js';

const SOURCE = `# Cells that go wrong

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
let n = 0;
while (true) {
  n++;
}
\`\`\`

\`\`\`js
for (;;) await 0;
\`\`\`

\`\`\`js
html\`<p class="after">still here</p>\`
\`\`\`
`;

let element: ReprisalNotebook | undefined;
afterEach(() => element?.remove());

function mount(): ReprisalNotebook {
  element = document.createElement('reprisal-notebook');
  element.path = 'test/bad-cells.md';
  element.edits = createMemoryStore();
  element.builtins = { html: () => html };
  element.source = SOURCE;
  document.body.append(element);
  return element;
}

const cells = () => [...element!.shadowRoot!.querySelectorAll<HTMLElement>('reprisal-cell')];
const output = (i: number) => cells()[i]?.shadowRoot?.querySelector('.output')?.textContent?.trim() ?? '';
const errorOf = (i: number) => cells()[i]?.shadowRoot?.querySelector('.cell-error')?.textContent ?? undefined;

/** The longest the page went without running a task, from now until stop() (setTimeout probes). */
function watchGaps(): { stop: () => number } {
  let worst = 0;
  let last = performance.now();
  let running = true;
  const probe = () => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
    if (running) setTimeout(probe, 10);
  };
  setTimeout(probe, 10);
  return {
    stop: () => {
      running = false;
      return worst;
    },
  };
}

describe('bad cells', () => {
  test('syntax-error and infinite-loop cells: a message on each, at its line; the other cells render', async () => {
    const gaps = watchGaps();
    mount();
    await until(() => output(1) === '42', 'the expression cell');
    expect(await until(() => errorOf(2), 'the syntax error')).toMatch(/^SyntaxError: .*\(line 1, column \d+\)$/);
    expect(await until(() => errorOf(3), 'the endless while loop')).toMatch(/^LoopTimeoutError: a loop ran for more than 1 s .*\(line 2, column 1\)$/);
    expect(await until(() => errorOf(4), 'the loop awaiting nothing')).toMatch(/^LoopTimeoutError: .*\(line 1, column 1\)$/);
    await until(() => output(5) === 'still here', 'the cell after them');
    expect(cells()[3]!.shadowRoot!.querySelector('textarea')?.value).toContain('while (true)');
    // Each loop had its second and then was stopped: the page never froze for much longer.
    const worst = gaps.stop();
    expect(worst).toBeLessThan(2000);
    await shoot('bad-input-infinite-loop', element!);
  });

  test('infinite-loop typed into a cell: stopped on that cell, the page alive, the other outputs kept', async () => {
    mount();
    await until(() => output(1) === '42' && output(5) === 'still here', 'the first run');
    const first = cells()[0]!;
    first.shadowRoot!.querySelector<HTMLButtonElement>('.source-toggle')!.click();
    const textarea = await until(() => first.shadowRoot!.querySelector('textarea'), 'the editor');
    await userEvent.fill(textarea, 'let a = 0;\nfor (let i = 0; ; i++) a += i;');
    const gaps = watchGaps();
    textarea.focus();
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    expect(await until(() => errorOf(0), 'the loop’s error')).toMatch(/LoopTimeoutError: .*\(line 2, column 1\)/);
    expect(gaps.stop()).toBeLessThan(2000);
    // The cells that read `a` say so; the others keep their output; the editor keeps the text.
    expect(await until(() => errorOf(1), 'the dependant’s error')).toMatch(/a loop ran for more than 1 s/);
    expect(output(5)).toBe('still here');
    expect(first.shadowRoot!.querySelector('textarea')!.value).toContain('for (let i = 0; ; i++)');
    // Fixed, it runs again.
    await userEvent.fill(textarea, 'const a = 3;');
    textarea.focus();
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await until(() => output(1) === '63', 'the fixed cell and its dependant');
  });
});
