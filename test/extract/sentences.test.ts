import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/sentences.js';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splitSentences(abbreviations) does not stop at U.S., Corp., Inc., Ltd., Jan. or No.', () => {
    const text = 'The U.S. Commerce Department fined ZTE Corp. and Acme Inc. in Jan. under rule No. 5 last year. Beijing hit back.';
    expect(split(text)).toEqual(['The U.S. Commerce Department fined ZTE Corp. and Acme Inc. in Jan. under rule No. 5 last year.', 'Beijing hit back.']);
  });
  it('splitSentences(abbreviation-at-end) stops after "U.S." when a new sentence follows', () => {
    expect(split('Huawei sued the U.S. The company said it would win.')).toEqual(['Huawei sued the U.S.', 'The company said it would win.']);
  });
  it('splitSentences(initials-and-decimals) keeps "John F. Kennedy" and "80.5 per cent" whole', () => {
    expect(split('John F. Kennedy Airport saw duties of 80.5 per cent. Next.')).toEqual(['John F. Kennedy Airport saw duties of 80.5 per cent.', 'Next.']);
  });
  it('splitSentences(lines) ends a sentence at a line break and marks headlines', () => {
    const s = splitSentences('China bans imports\n\nThe ban starts today.');
    expect(s.map((x) => x.headline)).toEqual([true, false]);
  });
  it('splitSentences(quotes) ends after a closing quote', () => {
    expect(split('He called it "bullying." China then acted.')).toEqual(['He called it "bullying."', 'China then acted.']);
  });
  it('splitSentences(wire-dateline) starts the first sentence after the dateline', () => {
    expect(split('WASHINGTON, July 6 (Meridian Wire) - The United States began collecting tariffs.')).toEqual(['The United States began collecting tariffs.']);
  });
});
