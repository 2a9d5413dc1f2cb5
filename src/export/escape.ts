/**
 * Escaping for the markup the exports write: XML (GEXF, GraphML) and HTML (TimelineJS text,
 * embed snippets). Names come from news text, so any of & < > " ' and any Unicode can occur.
 */

// Characters XML 1.0 cannot carry at all, even as references: C0 controls other than tab, line
// feed and carriage return; U+FFFE and U+FFFF; surrogates that are not part of a pair.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text content of an XML element: & < > escaped, characters XML forbids replaced by U+FFFD. */
export function xmlText(value: string | number): string {
  return String(value).replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A double-quoted XML attribute value. Tabs and line breaks become character references, since a
 * parser would otherwise normalise them to spaces.
 */
export function xmlAttribute(value: string | number): string {
  return xmlText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/** Text to show as HTML: & < > escaped, nothing else touched. */
export function htmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A double-quoted HTML attribute value. */
export function htmlAttribute(value: string): string {
  return htmlText(value).replace(/"/g, '&quot;');
}
