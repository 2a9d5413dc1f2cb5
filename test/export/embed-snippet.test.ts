import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { embedSnippet } from '../../src/export/embed-snippet.js';
import { orderedEvents } from '../../src/export/events-json.js';
import { ev, eventsFile } from '../support/events.js';

const parse = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

describe('embedSnippet', () => {
  test('embedSnippet(kind, selection, {src}) writes the module script and the element with the selection as attributes', () => {
    const html = embedSnippet('timeline', { actor: 'CHN.GOV,USA.JUD', period: { from: '2014-01', to: '2014-12' } }, { src: 'events.json', script: 'https://example.org/reprisal.js' });
    expect(html).toBe(
      '<script type="module" src="https://example.org/reprisal.js"></script>\n' +
        '<reprisal-timeline src="events.json" actors="CHN.GOV,USA.JUD" from="2014-01" to="2014-12"></reprisal-timeline>\n',
    );
  });

  test('embedSnippet(kind, {}, {src}) writes only src for an empty selection, and the script defaults to reprisal.js', () => {
    expect(embedSnippet('network', {}, { src: 'data/e.json' })).toBe('<script type="module" src="reprisal.js"></script>\n<reprisal-network src="data/e.json"></reprisal-network>\n');
  });

  test('embedSnippet escapes attribute values so they read back unchanged', () => {
    const src = 'events.json?a=1&b="2"<x>';
    const html = embedSnippet('chains', { actor: 'A"B&<C>', type: 'SANCTION', document: "l'été & co" }, { src, script: 'x.js?v=1&w="2"' });
    expect(html).toContain('src="events.json?a=1&amp;b=&quot;2&quot;&lt;x&gt;"');
    const doc = parse(html);
    const el = doc.querySelector('reprisal-chains')!;
    expect(el.getAttribute('src')).toBe(src);
    expect(el.getAttribute('actors')).toBe('A"B&<C>');
    expect(el.getAttribute('type')).toBe('SANCTION');
    expect(el.getAttribute('document')).toBe("l'été & co");
    expect(doc.querySelector('script')!.getAttribute('src')).toBe('x.js?v=1&w="2"');
  });

  test('embedSnippet(kind, selection, {inline}) puts the events in a JSON script child that no "</script" can end', () => {
    const e = ev('e1', 'SANCTION', ['CHN.GOV'], ['USA.BUS.IBM'], '2014-05');
    e.mentions[0]!.text = 'He wrote </script><script>alert(1)</script> and <!-- a comment';
    const file = eventsFile([e]);
    const html = embedSnippet('network', { actor: 'CHN' }, { inline: file });
    // Only the two script elements' own end tags: the one after the module, the one after the data.
    expect(html.match(/<\/script/gi)!.length).toBe(2);
    expect(html).not.toContain('<!--');
    const doc = parse(html);
    const scripts = doc.querySelectorAll('script');
    expect(scripts.length).toBe(2);
    const data = doc.querySelector('reprisal-network > script[type="application/json"]')!;
    expect(JSON.parse(data.textContent!)).toEqual(orderedEvents(file));
    expect(doc.querySelector('reprisal-network')!.hasAttribute('src')).toBe(false);
    expect(doc.querySelector('reprisal-network')!.getAttribute('actors')).toBe('CHN');
  });

  test('embedSnippet needs a src or inline events, and a known chart', () => {
    expect(() => embedSnippet('network', {}, {})).toThrow(/src URL or inline events/);
    expect(() => embedSnippet('pie' as 'network', {}, { src: 'e.json' })).toThrow(/unknown chart "pie"/);
  });
});
