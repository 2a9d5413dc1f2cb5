import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { inlineScript, readInlineEvents } from '../../src/embed/inline-events.js';
import { embedSnippet, inlineJson } from '../../src/export/embed-snippet.js';
import { orderedEvents } from '../../src/export/events-json.js';
import { ev, eventsFile } from '../support/events.js';

const element = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body.firstElementChild as unknown as Element;

describe('readInlineEvents', () => {
  test('readInlineEvents(text, tag) reads an events file, absent lists as empty ones', () => {
    const read = readInlineEvents('{"format": "reprisal-events/1", "events": []}', 'reprisal-network');
    expect(read.error).toBeUndefined();
    expect(read.file).toEqual({ format: 'reprisal-events/1', documents: [], actors: [], events: [], links: [] });
  });

  test('readInlineEvents reads back what an embed snippet writes, even text holding "</script>"', () => {
    const e = ev('e1', 'SANCTION', ['CHN.GOV'], ['USA.BUS.IBM'], '2014-05');
    e.mentions[0]!.text = 'He wrote </script><script>alert(1)</script> and <!-- a comment';
    const file = eventsFile([e]);
    const snippet = embedSnippet('timeline', {}, { inline: file });
    const script = inlineScript(element(snippet.slice(snippet.indexOf('<reprisal-timeline'))));
    expect(script?.textContent).toBe(inlineJson(file));
    expect(readInlineEvents(script!.textContent!, 'reprisal-timeline').file).toEqual(orderedEvents(file));
  });

  test.each([
    ['', 'The events inside <reprisal-timeline> (its <script type="application/json">) are empty'],
    ['  \n ', 'are empty'],
    ['{"format": "reprisal-events/1", "events": [', 'cannot be read: not valid JSON'],
    ['[1, 2]', 'cannot be read: not an events file: expected a JSON object'],
    ['{"format": "other/2", "events": []}', 'cannot be read: not an events file: "format" is "other/2"'],
    ['{"format": "reprisal-events/1"}', 'cannot be read: "events" must be a list'],
    ['{"format": "reprisal-events/1", "events": [{"id": "e1", "type": "PUNCH", "source": [], "target": [], "mentions": []}]}', 'events[0] (e1): "type" "PUNCH" is not a PLOVER type'],
  ])('readInlineEvents(%j) gives a message, never an exception', (text, message) => {
    const read = readInlineEvents(text, 'reprisal-timeline');
    expect(read.file).toBeUndefined();
    expect(read.error).toContain(message);
    expect(read.error).toContain('<reprisal-timeline>');
  });
});

describe('inlineScript', () => {
  test('inlineScript(element) is its first child <script type="application/json">, whatever the case and spaces of the type', () => {
    const host = element('<reprisal-chains><script type="module">1</script><script type=" Application/JSON ">{"a": 1}</script><script type="application/json">2</script></reprisal-chains>');
    expect(inlineScript(host)?.textContent).toBe('{"a": 1}');
  });

  test('inlineScript(element) is undefined without one, and never a script further down', () => {
    expect(inlineScript(element('<reprisal-chains></reprisal-chains>'))).toBeUndefined();
    expect(inlineScript(element('<reprisal-chains><script>1</script></reprisal-chains>'))).toBeUndefined();
    expect(inlineScript(element('<reprisal-chains><div><script type="application/json">{}</script></div></reprisal-chains>'))).toBeUndefined();
  });
});
