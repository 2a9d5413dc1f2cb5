/**
 * Small form inputs for notebook cells, after Observable Inputs: each returns a <form> with a
 * `value` that fires "input" when the reader changes it, so `const x = view(Inputs.range(…))`
 * makes the cells that read `x` re-run. Labels and options are text, never markup.
 */

export interface ViewInput<T> extends HTMLFormElement {
  value: T;
}

interface Common<T> {
  label?: string;
  value?: T;
}

let ids = 0;

function shell<T>(label: string | undefined, control: HTMLElement, read: () => T, write: (value: T) => void, inline = false): ViewInput<T> {
  const form = document.createElement('form') as unknown as ViewInput<T>;
  form.className = `reprisal-input${inline ? ' inline' : ''}`;
  form.addEventListener('submit', (e) => e.preventDefault());
  const id = `reprisal-input-${++ids}`;
  if (label !== undefined) {
    const caption = document.createElement(control instanceof HTMLFieldSetElement ? 'span' : 'label');
    caption.textContent = label;
    if (caption instanceof HTMLLabelElement) caption.htmlFor = id;
    form.append(caption);
  }
  const focusable = control.matches('input, select, textarea, button') ? control : control.querySelector('input, select, textarea, button');
  if (focusable && !focusable.id) focusable.id = id;
  form.append(control);
  Object.defineProperty(form, 'value', { get: read, set: write, enumerable: true, configurable: true });
  return form;
}

function element<K extends keyof HTMLElementTagNameMap>(name: K, props: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(name), props);
}

/** A slider with its number beside it. */
export function range([min, max]: [number, number], options: Common<number> & { step?: number } = {}): ViewInput<number> {
  const { label, step = 1, value = (min + max) / 2 } = options;
  const input = element('input', { type: 'range', min: String(min), max: String(max), step: String(step), value: String(value) });
  const output = element('output', { textContent: String(value) });
  input.addEventListener('input', () => (output.textContent = input.value));
  const wrap = element('span', { className: 'range' });
  wrap.append(input, output);
  input.setAttribute('aria-label', label ?? 'value');
  return shell(label, wrap, () => input.valueAsNumber, (v) => ((input.value = String(v)), (output.textContent = input.value)));
}

/** A drop-down of `options`; `format` gives each option's text. */
export function select<T>(options: readonly T[], config: Common<T> & { format?: (option: T) => string } = {}): ViewInput<T> {
  const { label, format = String } = config;
  const control = element('select');
  options.forEach((option, i) => control.append(element('option', { value: String(i), textContent: format(option) })));
  const initial = config.value === undefined ? 0 : Math.max(0, options.indexOf(config.value));
  control.value = String(initial);
  return shell(label, control, () => options[Number(control.value)]!, (v) => (control.value = String(Math.max(0, options.indexOf(v)))));
}

/** A search box; its value is the text typed. */
export function search(config: Common<string> & { placeholder?: string } = {}): ViewInput<string> {
  const control = element('input', { type: 'search', value: config.value ?? '', placeholder: config.placeholder ?? 'Search' });
  return shell(config.label, control, () => control.value, (v) => (control.value = v));
}

/** A one-line text field. */
export function text(config: Common<string> & { placeholder?: string } = {}): ViewInput<string> {
  const control = element('input', { type: 'text', value: config.value ?? '', placeholder: config.placeholder ?? '' });
  return shell(config.label, control, () => control.value, (v) => (control.value = v));
}

/** A single checkbox; its value is true or false. */
export function toggle(config: Common<boolean> = {}): ViewInput<boolean> {
  const control = element('input', { type: 'checkbox', checked: config.value ?? false });
  return shell(config.label, control, () => control.checked, (v) => (control.checked = v), true);
}

/** Checkboxes, one per option; its value is the array of those ticked. */
export function checkbox<T>(options: readonly T[], config: Common<T[]> & { format?: (option: T) => string } = {}): ViewInput<T[]> {
  return choices('checkbox', options, config, (boxes) => options.filter((_, i) => boxes[i]!.checked), (boxes, v) => boxes.forEach((b, i) => (b.checked = v.includes(options[i]!))));
}

/** Radio buttons, one per option; its value is the one chosen. */
export function radio<T>(options: readonly T[], config: Common<T> & { format?: (option: T) => string } = {}): ViewInput<T | undefined> {
  const value = config.value === undefined ? undefined : [config.value];
  return choices('radio', options, { ...config, value }, (boxes) => options[boxes.findIndex((b) => b.checked)], (boxes, v) => boxes.forEach((b, i) => (b.checked = options[i] === v)));
}

function choices<T, V>(
  type: 'checkbox' | 'radio',
  options: readonly T[],
  config: Common<T[]> & { format?: (option: T) => string },
  read: (boxes: HTMLInputElement[]) => V,
  write: (boxes: HTMLInputElement[], value: V) => void,
): ViewInput<V> {
  const { label, format = String, value = [] } = config;
  const fieldset = element('fieldset');
  const name = `reprisal-choice-${++ids}`;
  if (label) fieldset.append(element('legend', { textContent: label }));
  const boxes = options.map((option) => {
    const box = element('input', { type, name, checked: value.includes(option) });
    const item = element('label');
    item.append(box, ` ${format(option)}`);
    fieldset.append(item);
    return box;
  });
  return shell(undefined, fieldset, () => read(boxes), (v) => write(boxes, v));
}

/** A button; its value counts the clicks (and "input" fires on each). */
export function button(label: string, config: { value?: number } = {}): ViewInput<number> {
  let count = config.value ?? 0;
  const control = element('button', { type: 'button', textContent: label });
  const form = shell(undefined, control, () => count, (v) => (count = v));
  control.addEventListener('click', () => {
    count++;
    form.dispatchEvent(new Event('input', { bubbles: true }));
  });
  return form;
}
