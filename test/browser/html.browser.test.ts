import { describe, expect, test } from 'vitest';
import { html } from '../../src/components/html.js';

describe('html`…`', () => {
  test('interpolated strings are text, never markup', () => {
    const evil = '<img src=x onerror="window.pwned=1">';
    const el = html`<div class="box">${evil}<span title=${evil}>x</span></div>` as HTMLElement;
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toBe(`${evil}x`);
    expect(el.querySelector('span')!.getAttribute('title')).toBe(evil);
  });

  test('nodes and arrays are inserted; null, undefined and false insert nothing', () => {
    const b = document.createElement('b');
    const el = html`<p>${b}${['a', 1, null]}${undefined}${false}</p>` as HTMLElement;
    expect(el.innerHTML).toBe('<b></b>a1');
  });

  test('.prop sets a property (with its case), @event listens, ?attr toggles', () => {
    let clicked = 0;
    const data = { some: 'object' };
    const el = html`<button .someData=${data} @click=${() => clicked++} ?disabled=${false} ?hidden=${true}>go</button>` as HTMLButtonElement & { someData?: unknown };
    expect(el.someData).toBe(data);
    expect(el.hasAttribute('disabled')).toBe(false);
    expect(el.hasAttribute('hidden')).toBe(true);
    el.click();
    expect(clicked).toBe(1);
  });

  test('script URLs are dropped; several parts of one attribute are joined', () => {
    const a = html`<a href=${'javascript:alert(1)'} class="x ${'y'} z">link</a>` as HTMLAnchorElement;
    expect(a.hasAttribute('href')).toBe(false);
    expect(a.className).toBe('x y z');
  });

  test('several roots give a fragment; an interpolation in tag position throws', () => {
    expect(html`<i>a</i><i>b</i>`).toBeInstanceOf(DocumentFragment);
    expect(() => html`<div ${'x'}></div>`).toThrow(SyntaxError);
  });
});
