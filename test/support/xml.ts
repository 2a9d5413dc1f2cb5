/**
 * A strict little XML reader for tests of what Reprisal writes (SVG, GEXF, GraphML). It throws on
 * anything not well-formed, which linkedom's forgiving DOMParser would accept, and it decodes
 * every entity and character reference (linkedom leaves &amp; undecoded in XML attributes).
 * No DTDs, no namespaces beyond keeping prefixed names as written.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
// Characters XML 1.0 forbids anywhere, even escaped.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** The document's root element; throws with the offset of the first error. */
export function parseXml(text: string): XmlElement {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`not well-formed XML at ${i}: ${why} near ${JSON.stringify(text.slice(i, i + 40))}`);
  };
  const forbidden = FORBIDDEN.exec(text);
  if (forbidden) (i = forbidden.index), fail('a character XML forbids');
  const decode = (raw: string): string => {
    if (raw.includes('<')) fail('"<" in text or attribute value');
    return raw.replace(/&([^;&\s]*);?/g, (ref: string, body: string) => {
      if (!ref.endsWith(';')) fail(`a bare "&" (${ref})`);
      if (body in ENTITIES) return ENTITIES[body]!;
      const code = /^#x([0-9a-f]+)$/i.exec(body)?.[1] ?? /^#(\d+)$/.exec(body)?.[1];
      if (code === undefined) return fail(`unknown entity &${body};`);
      return String.fromCodePoint(parseInt(code, body.startsWith('#x') || body.startsWith('#X') ? 16 : 10));
    });
  };
  const skipPast = (marker: string, what: string) => {
    const at = text.indexOf(marker, i);
    if (at < 0) fail(`unclosed ${what}`);
    i = at + marker.length;
  };
  const skipMisc = () => {
    for (;;) {
      const ws = /^\s*/.exec(text.slice(i))![0].length;
      i += ws;
      if (text.startsWith('<?', i)) skipPast('?>', 'processing instruction');
      else if (text.startsWith('<!--', i)) skipPast('-->', 'comment');
      else return;
    }
  };
  const element = (): XmlElement => {
    if (text[i] !== '<') fail('expected "<"');
    i++;
    const name = NAME.exec(text.slice(i))?.[0] ?? fail('expected an element name');
    i += name.length;
    const attributes: Record<string, string> = {};
    for (;;) {
      const space = /^\s*/.exec(text.slice(i))![0].length;
      i += space;
      if (text.startsWith('/>', i)) return (i += 2), { name, attributes, children: [] };
      if (text[i] === '>') break;
      if (!space) fail('expected whitespace before an attribute');
      const attr = /^([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(text.slice(i)) ?? fail('expected name="value"');
      if (attr[1]! in attributes) fail(`duplicate attribute ${attr[1]}`);
      attributes[attr[1]!] = decode(attr[2] ?? attr[3]!);
      i += attr[0].length;
    }
    i++;
    const children: (XmlElement | string)[] = [];
    for (;;) {
      const next = text.indexOf('<', i);
      if (next < 0) fail(`<${name}> is never closed`);
      const raw = text.slice(i, next);
      if (raw.includes(']]>')) fail('"]]>" in text');
      if (raw) children.push(decode(raw));
      i = next;
      if (text.startsWith('</', i)) {
        const end = /^<\/([A-Za-z_][\w.:-]*)\s*>/.exec(text.slice(i)) ?? fail('malformed end tag');
        if (end[1] !== name) fail(`</${end[1]}> closes <${name}>`);
        i += end[0].length;
        return { name, attributes, children };
      }
      if (text.startsWith('<!--', i)) skipPast('-->', 'comment');
      else if (text.startsWith('<![CDATA[', i)) {
        const end = text.indexOf(']]>', i);
        if (end < 0) fail('unclosed CDATA');
        children.push(text.slice(i + 9, end));
        i = end + 3;
      } else if (text.startsWith('<?', i)) skipPast('?>', 'processing instruction');
      else children.push(element());
    }
  };
  skipMisc();
  const root = element();
  skipMisc();
  if (i < text.length) fail('content after the root element');
  return root;
}

/** Every element under `root` (itself included) named `name`, in document order. */
export function xmlElements(root: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (el: XmlElement) => {
    if (el.name === name) out.push(el);
    for (const c of el.children) if (typeof c !== 'string') walk(c);
  };
  walk(root);
  return out;
}

/** The text an element holds, its descendants' included. */
export function xmlText(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : xmlText(c))).join('');
}
