/**
 * Reading rules that hold in any dispute: an unplaced state body belongs to the dateline's country,
 * a "since" date starts a period and dates nothing, a threatened measure named by a noun is a threat.
 */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/corpus.js';
import { compileLexicon } from '../../src/lexicon/compile.js';
import { homeCountry } from '../../src/extract/home.js';
import { extract as extractEvents } from '../../src/extract/pipeline.js';

const lex = compileLexicon();
const extract = (text: string) => {
  const { docs } = buildCorpus([{ name: 'a.txt', bytes: new TextEncoder().encode(text) }]);
  return extractEvents(docs, { lexicon: lex }).events;
};

describe('the dateline', () => {
  it.each([
    ['NEW DELHI, June 30 (Wire) - The ministry said…', 'IND'],
    ['Headline\n\nSEOUL - Officials said…', 'KOR'],
    ['CANBERRA, May 19 (Wire) - …', 'AUS'],
    ['WASHINGTON/BEIJING, July 6 (Wire) - Both sides…', undefined],
    ['The ministry said on Monday that…', undefined],
  ])('%j is filed from %s', (text, country) => {
    expect(homeCountry(text, lex)).toBe(country);
  });

  it('places a state body the article does not place, even when it names the other side more', () => {
    const [e] = extract('Telecoms order hits Chinese vendors\n\nNEW DELHI, June 30, 2020 (Wire) - The Department of Telecommunications told state-run operators to stop using Chinese equipment from Chinese suppliers.');
    expect(e?.source).toEqual(['IND.GOV']);
  });
});

it('a date after "since" does not date the event', () => {
  const events = extract('Boycott calls grow\n\nMUMBAI, June 20, 2020 (Wire) - In the worst clash since 1975, traders called for a boycott of Chinese goods.');
  expect(events.map((e) => e.date?.start)).not.toContain('1975');
});

it('"threatened a 20 percent tariff" is a threat, not a tariff', () => {
  const [e] = extract('Car tariff threat\n\nWASHINGTON, June 22, 2018 (Wire) - Washington threatened a 20 percent tariff on all cars assembled in the European Union.');
  expect(e?.type).toBe('THREATEN');
});

it("a dateline with a year is not read as the first sentence's subject", () => {
  const [e] = extract('New chip rules\n\nBEIJING, Oct 18, 2023 (Wire) - The US Commerce Department on Tuesday tightened export controls on chips sold to China.');
  expect(e?.source).toEqual(['USA.GOV.DOC']);
});

it("an answer that objects to a measure (\"opposed the new rules\") targets the measure's author", () => {
  const events = extract("New chip rules\n\nWASHINGTON, Oct 18, 2023 (Wire) - The US Commerce Department on Tuesday tightened export controls on chips sold to China.\n\nOn Wednesday, China's commerce ministry said it firmly opposed the new rules.");
  expect(events.find((e) => e.type === 'ACCUSE')).toMatchObject({ source: ['CHN.GOV.MOFCOM'], target: ['USA.GOV.DOC'] });
});

it('a measure of relations with no one named is against the other side of the dispute', () => {
  const events = extract('Envoy row\n\nVILNIUS, Sept 3, 2021 (Wire) - China demanded that Lithuania recall its envoy from Beijing.\n\nLithuania brought its ambassador home from China for consultations on Friday.\n\nIn May, Lithuania pulled out of the 17+1 forum.');
  const lithuania = events.filter((e) => e.source[0] === 'LTU.GOV').map((e) => [e.measure, e.target]);
  expect(lithuania).toContainEqual(['recall-ambassador', ['CHN.GOV']]);
  expect(lithuania).toContainEqual(['agreement-termination', ['CHN.GOV']]);
});

it("a firm's permit revoked and its goods halted, told by two articles, is one event", () => {
  const { docs } = buildCorpus([
    { name: 'a.txt', bytes: new TextEncoder().encode('Canola row\n\nOTTAWA, March 5, 2019 (Wire) - China revoked the canola export permit of Richardson International, the company said.') },
    { name: 'b.txt', bytes: new TextEncoder().encode('Canola row\n\nWINNIPEG, March 20, 2019 (Wire) - China halted canola imports from Richardson International this month.') },
  ]);
  const events = extractEvents(docs, { lexicon: lex }).events.filter((e) => e.target.includes('CAN.BUS.RICHARDSON'));
  expect(events).toHaveLength(1);
  expect(events[0]!.mentions.map((m) => m.doc).sort()).toEqual(['a', 'b']);
});

it('quotation marks inside a trigger are read through, and the speaker is not the target', () => {
  const events = extract('THAAD row\n\nSEOUL, March 2, 2017 (Wire) - Beijing would take "necessary measures" to safeguard its security interests, the Chinese foreign ministry said on Tuesday.');
  expect(events.map((e) => [e.type, e.source, e.target])).toEqual([['THREATEN', ['CHN.GOV'], ['KOR.GOV']]]);
});

it("objecting to a measure is not taking it: the opposer is not the ban's author", () => {
  const events = extract("Apps row\n\nNEW DELHI, Sept 3, 2020 (Wire) - India's technology ministry blocked 118 more Chinese apps on Wednesday.\n\nOn Thursday, a spokesman for China's Ministry of Commerce said Beijing firmly opposes the latest ban.");
  expect(events.filter((e) => e.type === 'SANCTION').every((e) => e.source.every((s) => s.startsWith('IND')))).toBe(true);
  expect(events.find((e) => e.type === 'ACCUSE')?.source[0]).toMatch(/^CHN/);
});


it.each([
  ['a shop name', 'The Chinese website of Lotte Duty Free crashed on Thursday.'],
  ['a share price', 'Cosmetics maker Amorepacific Corp dropped 12 percent on the news.'],
  ['an inspection', 'Fire inspectors have visited Lotte Mart supermarkets in four cities.'],
])('%s is no measure', (_case, sentence) => {
  expect(extract(`Markets\n\nSEOUL, March 3, 2017 (Wire) - ${sentence}`)).toEqual([]);
});
