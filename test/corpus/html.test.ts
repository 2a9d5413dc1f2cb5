import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/corpus/html.js';

const page = `<!doctype html><html><head><title>Beijing hits back &amp; more</title>
<meta property="article:published_time" content="2019-05-31T08:00:00Z"><meta property="og:site_name" content="TechLedger">
<script>document.body.innerHTML = "<img src=x onerror=alert(1)>";</script><style>p{color:red}</style></head>
<body><nav>Home | World</nav><h1>China plans a list</h1><p>China&#8217;s commerce ministry said on Friday it would <b>blacklist</b> foreign firms.</p>
<aside>Subscribe to our newsletter</aside><footer>&copy; 2019</footer></body></html>`;

describe('htmlToText', () => {
  const r = htmlToText(page);
  it('htmlToText(page) keeps the length of the file, so offsets index into both', () => {
    expect(r.text.length).toBe(page.length);
    const i = r.text.indexOf('commerce ministry');
    expect(page.slice(i, i + 17)).toBe('commerce ministry');
  });
  it('htmlToText(page) keeps no script, style or tag text', () => {
    expect(r.text).not.toMatch(/innerHTML|onerror|color:red|<b>|<\/p>/);
  });
  it('htmlToText(page) decodes entities in place, padded with spaces', () => {
    expect(r.text).toContain('China      ’s commerce ministry');
  });
  it('htmlToText(page) reads title, publication date and outlet from the head', () => {
    expect([r.title, r.published, r.source]).toEqual(['Beijing hits back & more', '2019-05-31T08:00:00Z', 'TechLedger']);
  });
  it('htmlToText(page) marks nav, aside and footer as furniture', () => {
    expect(r.furniture.map((f) => f.reason)).toEqual(['html <nav>', 'html <aside>', 'html <footer>']);
  });
  it('htmlToText(page) ends blocks with line breaks', () => {
    const lines = r.text.split('\n').map((l) => l.trim()).filter(Boolean);
    expect(lines).toContain('China plans a list');
  });
});

describe('schema.org JSON-LD', () => {
  const ld = (json: string, where: 'head' | 'body') => {
    const block = `<script type="application/ld+json">${json}</script>`;
    return htmlToText(`<html><head><title>T</title>${where === 'head' ? block : ''}</head><body>${where === 'body' ? block : ''}<p>Text.</p></body></html>`);
  };
  it.each(['head', 'body'] as const)('a NewsArticle in the %s gives datePublished and the publisher', (where) => {
    const r = ld('{"@type":"NewsArticle","datePublished":"2023-07-01T18:40:00+02:00","publisher":{"@type":"Organization","name":"LowlandsTech"}}', where);
    expect([r.published, r.source]).toEqual(['2023-07-01T18:40:00+02:00', 'LowlandsTech']);
    expect(r.text).not.toContain('datePublished');
  });
  it('a @graph is searched, and a block that is not JSON is ignored', () => {
    expect(ld('{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2021-08-10"}]}', 'head').published).toBe('2021-08-10');
    expect(ld('{"datePublished": 2021-08-10', 'head').published).toBeUndefined();
  });
});
