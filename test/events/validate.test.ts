import { describe, expect, test } from 'vitest';
import { EventsFileError, parseEventsFile, validateEventsFile } from '../../src/events/validate.js';
import { chartsFixture } from '../support/fixtures.js';

const file = (events: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ format: 'reprisal-events/1', events, ...extra });
const good = { id: 'e1', type: 'SANCTION', source: ['CHN.GOV'], target: ['USA.BUS.IBM'], mentions: [{ doc: 'd', start: 0, end: 1, text: 'x' }] };

describe('parseEventsFile', () => {
  test('parseEventsFile(text) accepts a valid events file unchanged', () => {
    const fixture = chartsFixture();
    expect(parseEventsFile(JSON.stringify(fixture))).toEqual(fixture);
  });

  test('parseEventsFile(text) takes missing documents, actors and links as empty, and skips a BOM', () => {
    expect(parseEventsFile(`\uFEFF${file([good])}`)).toMatchObject({ documents: [], actors: [], links: [], events: [good] });
  });

  test.each([
    ['not JSON', '{"format":', /^not valid JSON \(/],
    ['an array', '[]', /^not an events file: expected a JSON object/],
    ['no format', '{"events": []}', /^not an events file: no "format"/],
    ['another format', '{"format": "polecat/2", "events": []}', /"format" is "polecat\/2", expected "reprisal-events\/1"/],
    ['events not a list', '{"format": "reprisal-events/1", "events": {}}', /^"events" must be a list$/],
    ['actors not a list', file([], { actors: 'CHN' }), /^"actors" must be a list$/],
    ['an event without id', file([{ ...good, id: 3 }]), /^events\[0\] needs a string "id"$/],
    ['an unknown type', file([good, { ...good, id: 'e2', type: 'BAN' }]), /^events\[1\] \(e2\): "type" "BAN" is not a PLOVER type$/],
    ['a source that is a string', file([{ ...good, source: 'CHN.GOV' }]), /"source" must be a list of actor ids/],
    ['mentions missing', file([{ ...good, mentions: undefined }]), /"mentions" must be a list/],
    ['a date without precision', file([{ ...good, date: { start: '2014' } }]), /"date" must be \{start, end\?, precision/],
    ['a link of unknown kind', file([good], { links: [{ from: 'e1', to: 'e1', kind: 'revenge' }] }), /^links\[0\]: "kind" must be/],
  ])('parseEventsFile(text) rejects %s with one line', (_case, text, message) => {
    let error: unknown;
    try {
      parseEventsFile(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EventsFileError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  test('validateEventsFile(value) keeps fields it does not know', () => {
    expect(validateEventsFile({ format: 'reprisal-events/1', events: [], generator: 'x' })).toMatchObject({ generator: 'x' });
  });
});
