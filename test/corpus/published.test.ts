import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/corpus/corpus.js';

const doc = (text: string, name = 'a.txt') => {
  const r = readDocument({ name, bytes: new TextEncoder().encode(text) });
  if ('error' in r) throw new Error(r.error);
  return r.doc;
};
const body = 'Beijing imposed tariffs on US goods, the ministry said.';

describe('publication date', () => {
  it.each([
    ['date-line-month-first', `Headline of the piece\n\nMay 30, 2014\n\n${body}`, '2014-05-30'],
    ['trailer-with-page', `Headline of the piece\n\n${body}\n\n(China Daily USA 05/30/2014 page18)`, '2014-05-30'],
    ['published-day-first', `Headline of the piece\nPublished 31 May 2019\n\n${body}`, '2019-05-31'],
    ['wire-dateline-year-from-copyright', `Headline of the piece\n\nWASHINGTON, July 6 (Reuters) - ${body}\n\n(c) 2018 Reuters`, '2018-07-06'],
    ['posted-on-iso', `# Headline of the piece\n\n*Posted on 2020-08-30 by A. Writer*\n\n${body}`, '2020-08-30'],
    ['date-beside-separators', `Headline of the piece\n\nJuly 2, 2019 | Materials | 5 min read\n\n${body}`, '2019-07-02'],
    ['numeric-day-first', `Headline of the piece\n\n17/07/2018 - 08:15 GMT | By A. Writer\n\n${body}`, '2018-07-17'],
    ['dotted-day-first', `DESK | Politics | 10.08.2021 14:32\n\nHeadline of the piece\n\n${body}`, '2021-08-10'],
    ['date-line-with-time-and-byline', `Headline of the piece\n\nJune 26, 2018 at 7:14 am | by A. Writer | 4 Comments\n\n${body}`, '2018-06-26'],
  ])('%s', (_case, text, date) => {
    expect(doc(text, _case === 'posted-on-iso' ? 'a.md' : 'a.txt').published).toBe(date);
  });
  it('inferred-from-the-text: no date line gives the year of the latest date the text states', () => {
    const d = doc(`Headline of the piece\n\nThe tariffs took effect on July 6, 2018, and were raised in September 2018. ${body}`);
    expect([d.published, d.date?.precision, d.date?.how]).toEqual(['2018', 'year', 'inferred']);
  });
  it('a decade is not a year: "the 2000s" does not date a piece', () => {
    const d = doc(`Headline of the piece\n\nExports have grown since the 2000s, and in 2017 they doubled. ${body}`);
    expect(d.published).toBe('2017');
  });
  it('no-date-at-all leaves the date unknown', () => {
    expect(doc(`Headline of the piece\n\n${body}`).published).toBeUndefined();
  });
  it('manifest-first: a manifest date wins over the text', () => {
    const r = readDocument({ name: 'a.txt', bytes: new TextEncoder().encode(`T\n\nMay 30, 2014\n\n${body}`) }, { published: '2014-05' });
    expect('doc' in r && r.doc.published).toBe('2014-05');
  });
});
