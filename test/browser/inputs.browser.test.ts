import { describe, expect, test } from 'vitest';
import * as Inputs from '../../src/components/inputs.js';
import { inspect } from '../../src/components/inspect.js';

describe('Inputs', () => {
  test('range(…) has a value and fires "input" when it changes', () => {
    const range = Inputs.range([0, 10], { label: 'Level', value: 3 });
    document.body.append(range);
    let heard = 0;
    range.addEventListener('input', () => heard++);
    const control = range.querySelector('input')!;
    control.value = '7';
    control.dispatchEvent(new Event('input', { bubbles: true }));
    expect(range.value).toBe(7);
    expect(heard).toBe(1);
    expect(range.querySelector('label')!.textContent).toBe('Level');
    range.remove();
  });

  test('select, radio and checkbox give back the options themselves, not their text', () => {
    const types = ['SANCTION', 'ACCUSE', 'THREATEN'];
    expect(Inputs.select(types, { value: 'ACCUSE' }).value).toBe('ACCUSE');
    const radio = Inputs.radio(types, { value: 'THREATEN', format: (t) => t.toLowerCase() });
    expect(radio.value).toBe('THREATEN');
    expect(radio.textContent).toContain('threaten');
    const boxes = Inputs.checkbox(types, { value: ['SANCTION'] });
    boxes.querySelectorAll('input')[2]!.checked = true;
    expect(boxes.value).toEqual(['SANCTION', 'THREATEN']);
  });

  test('labels and options are text, never markup', () => {
    const select = Inputs.select(['<b>x</b>'], { label: '<i>y</i>' });
    expect(select.querySelector('b, i')).toBeNull();
    expect(select.textContent).toContain('<b>x</b>');
  });
});

describe('inspect', () => {
  test('inspect(value) summarises objects and arrays, and opens them on demand', () => {
    const el = inspect({ events: [1, 2, 3], name: '<b>IBM</b>' });
    expect(el.textContent).toContain('Object {events, name}');
    expect(el.textContent).toContain('"<b>IBM</b>"');
    expect(el.querySelector('b')).toBeNull();
    const array = el.querySelector('details details')!;
    expect(array.textContent).toContain('Array(3)');
  });
});
