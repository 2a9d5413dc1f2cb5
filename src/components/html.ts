/**
 * `html`, the notebooks' tagged template for DOM: the template's own text is markup, while every
 * interpolated value is data and is never parsed as HTML. In content, a string becomes a text
 * node, a Node is inserted, an array inserts each item, and null, undefined and false insert
 * nothing. In an attribute value, a string is the attribute's value (a `javascript:` URL is
 * dropped). Lit's prefixes set what attributes can't:
 *
 *   html`<p class="note ${kind}">${userText}</p>`
 *   html`<reprisal-network .events=${events} @selection=${(e) => …}></reprisal-network>`
 *   html`<input type="checkbox" ?checked=${on}>`
 *
 * `.name` sets a property, `@name` adds an event listener, `?name` toggles a boolean attribute,
 * and `on…=${function}` adds a listener too. An object given to `style` sets those properties.
 * Interpolating inside a tag but outside an attribute value (`<div ${x}>`) throws.
 */

const NONCE = Math.random().toString(36).slice(2, 8);
const SLOT = new RegExp(`rp-slot-(\\d+)-${NONCE}`, 'g');
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc']);

type State = 'text' | 'tag' | 'dq' | 'sq' | 'comment';

interface Slot {
  kind: 'content' | 'attribute';
  /** The attribute's name as written (parsing lowercases it, and `.someProp` needs its case). */
  name?: string;
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Element | DocumentFragment {
  const { markup, slots } = compose(strings);
  const template = document.createElement('template');
  template.innerHTML = markup;
  const fragment = document.importNode(template.content, true);
  fill(fragment, slots, values);
  const nodes = [...fragment.childNodes].filter((n) => !(n.nodeType === Node.TEXT_NODE && !n.textContent?.trim()));
  return nodes.length === 1 && nodes[0] instanceof Element ? (nodes[0].remove(), nodes[0]) : fragment;
}

/** The markup with a marker at each interpolation, and what each marker stands for. */
function compose(strings: readonly string[]): { markup: string; slots: Slot[] } {
  let state: State = 'text';
  let tag = '';
  let markup = '';
  const slots: Slot[] = [];
  strings.forEach((text, i) => {
    for (let k = 0; k < text.length; k++) {
      const c = text[k]!;
      if (state === 'text') {
        if (c === '<' && text.startsWith('<!--', k)) state = 'comment';
        else if (c === '<' && /[a-zA-Z/]/.test(text[k + 1] ?? '')) (state = 'tag'), (tag = '');
      } else if (state === 'comment') {
        if (c === '>' && text.slice(k - 2, k) === '--') state = 'text';
      } else if (state === 'tag') {
        if (c === '"') state = 'dq';
        else if (c === "'") state = 'sq';
        else if (c === '>') state = 'text';
      } else if ((state === 'dq' && c === '"') || (state === 'sq' && c === "'")) state = 'tag';
      if (state !== 'text' && state !== 'comment') tag += c;
    }
    markup += text;
    if (i === strings.length - 1) return;
    const marker = `rp-slot-${i}-${NONCE}`;
    if (state === 'text') {
      slots.push({ kind: 'content' });
      markup += `<!--${marker}-->`;
    } else if (state === 'comment') {
      slots.push({ kind: 'content' });
    } else {
      const name = state === 'tag' ? /([^\s"'<>/=]+)\s*=\s*$/.exec(tag)?.[1] : /([^\s"'<>/=]+)\s*=\s*["'][^"']*$/.exec(tag)?.[1];
      if (!name) throw new SyntaxError('html: an interpolation inside a tag must be an attribute value (name=${value})');
      slots.push({ kind: 'attribute', name });
      markup += marker;
      tag += marker;
    }
  });
  return { markup, slots };
}

function fill(root: DocumentFragment, slots: Slot[], values: unknown[]): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_COMMENT);
  const comments: Comment[] = [];
  const elements: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.COMMENT_NODE) comments.push(node as Comment);
    else elements.push(node as Element);
  }
  for (const comment of comments) {
    const index = slotIndex(comment.data);
    if (index !== undefined) comment.replaceWith(...contentNodes(values[index]));
  }
  for (const element of elements) {
    for (const attribute of [...element.attributes]) {
      const indices = [...attribute.value.matchAll(SLOT)].map((m) => Number(m[1]));
      if (!indices.length) continue;
      const name = slots[indices[0]!]?.name ?? attribute.name;
      const whole = attribute.value === `rp-slot-${indices[0]}-${NONCE}`;
      element.removeAttribute(attribute.name);
      bind(element, name, whole ? values[indices[0]!] : undefined, whole ? undefined : attribute.value.replace(SLOT, (_, i: string) => stringOf(values[Number(i)])));
    }
  }
}

function bind(element: Element, name: string, value: unknown, joined: string | undefined): void {
  const prefix = name[0];
  if (joined === undefined && prefix === '.') return void ((element as unknown as Record<string, unknown>)[name.slice(1)] = value);
  if (joined === undefined && prefix === '@' && typeof value === 'function') return element.addEventListener(name.slice(1), value as EventListener);
  if (joined === undefined && prefix === '?') return void element.toggleAttribute(name.slice(1), Boolean(value));
  if (joined === undefined && /^on/i.test(name) && typeof value === 'function') return element.addEventListener(name.slice(2).toLowerCase(), value as EventListener);
  if (joined === undefined && name.toLowerCase() === 'style' && value && typeof value === 'object') {
    const style = (element as HTMLElement).style;
    for (const [key, v] of Object.entries(value)) key.includes('-') ? style.setProperty(key, stringOf(v)) : ((style as unknown as Record<string, string>)[key] = stringOf(v));
    return;
  }
  if (joined === undefined && (value === null || value === undefined || value === false)) return;
  const text = joined ?? (value === true ? '' : stringOf(value));
  const attribute = name.replace(/^[.@?]/, '').toLowerCase();
  if (URL_ATTRIBUTES.has(attribute) && /^\s*(javascript|vbscript|data:text\/html)/i.test(text)) return;
  element.setAttribute(attribute, text);
}

function contentNodes(value: unknown): Node[] {
  if (value === null || value === undefined || value === false) return [];
  if (value instanceof Node) return [value];
  if (typeof value !== 'string' && typeof (value as Iterable<unknown>)?.[Symbol.iterator] === 'function') return [...(value as Iterable<unknown>)].flatMap(contentNodes);
  return [document.createTextNode(String(value))];
}

function stringOf(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

function slotIndex(text: string): number | undefined {
  const match = new RegExp(`^rp-slot-(\\d+)-${NONCE}$`).exec(text.trim());
  return match ? Number(match[1]) : undefined;
}
