import { describe, expect, test } from 'vitest';
import { parseXml, xmlElements, xmlText } from '../support/xml.js';

describe('parseXml (the tests\' strict XML reader)', () => {
  test('parseXml(text) decodes entities and character references in text and attributes', () => {
    const root = parseXml('<?xml version="1.0"?>\n<a x="&amp;&lt;&gt;&quot;&apos;&#10;&#x263A;"><b>t &amp; &lt;u&gt;</b><b/></a>\n');
    expect(root.attributes.x).toBe('&<>"\'\n☺');
    expect(xmlElements(root, 'b').length).toBe(2);
    expect(xmlText(root)).toBe('t & <u>');
  });

  test.each([
    ['a bare ampersand', '<a>AT&T</a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['a "<" in an attribute', '<a x="<"/>'],
    ['mismatched tags', '<a><b></a></b>'],
    ['an unclosed element', '<a><b/>'],
    ['a duplicate attribute', '<a x="1" x="2"/>'],
    ['an unquoted attribute', '<a x=1/>'],
    ['two roots', '<a/><b/>'],
    ['a control character', '<a>\u0001</a>'],
  ])('parseXml(text) rejects %s', (_why, text) => {
    expect(() => parseXml(text)).toThrow(/not well-formed/);
  });
});
