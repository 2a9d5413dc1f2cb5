import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../src/lexicon/compile.js';
import { extractSentence } from '../support/extract.js';

const actorsOf = (sentence: string) => {
  const f = extractSentence(sentence);
  return f.events.map((e) => `${e.source.join(',')}>${e.target.join(',')}`);
};

describe('actors', () => {
  it.each([
    ['demonym-and-role: US prosecutors, Chinese military officers', 'US prosecutors indicted five Chinese military officers.', 'USA.JUD>CHN.MIL'],
    ['possessive-country: China\'s government', "China's government banned Apple's iPhones from its agencies.", 'CHN.GOV>USA.BUS.APPLE'],
    ['capital-for-government: Canberra, Beijing', 'Canberra accused Beijing of economic coercion.', 'AUS.GOV>CHN.GOV'],
    ['consumers: Korean consumers', 'Korean consumers boycotted Japanese beer.', 'KOR.CVL>JPN.BUS'],
    ['domestic-role: state-owned companies cut ties', 'China ordered state-owned companies to cut ties with US consulting firms.', 'CHN.GOV>USA.BUS'],
    ['named-company-with-country: IBM, Inspur', 'Inspur unveiled a campaign to lure customers from IBM.', 'CHN.BUS.INSPUR>USA.BUS.IBM'],
    ['agency-code: Commerce Department adds Huawei', 'The Commerce Department added Huawei to its entity list.', 'USA.GOV.DOC>CHN.BUS.HUAWEI'],
    ['ministry-with-name: foreign ministry', "China's foreign ministry condemned the US decision.", 'CHN.GOV.MFA>USA.GOV'],
    ['goods-for-producers: Australian barley', 'China imposed duties on Australian barley.', 'CHN.GOV>AUS.BUS'],
  ])('%s', (_case, sentence, expected) => {
    expect(actorsOf(sentence)).toContain(expected);
  });

  it('unknown-organisation-by-form: "Jinan-based Lumenware Group Ltd" is kept, with its country', () => {
    const f = extractSentence('Jinan-based Lumenware Group Ltd launched a campaign to lure customers from IBM.');
    expect(f.events[0]?.source).toEqual(['CHN.BUS.LUMENWARE']);
  });
  it('unknown-organisation-by-suffix: "Kestrel Metals Corp" is an actor even with no country known', () => {
    const f = extractSentence('The Commerce Department added Kestrel Metals Corp to its entity list.');
    expect(f.events[0]?.target[0]).toMatch(/\.BUS\.KESTRELMETALS$/);
  });
  it('user-lexicon: an analyst adds an actor without touching code', () => {
    const extra = compileLexicon({ organisations: [{ id: 'CAN.BUS.MAPLEGRAIN', name: 'Maple Grain', aliases: ['Maple Grain'] }] });
    expect(extra.actorNames.get('CAN.BUS.MAPLEGRAIN')).toBe('Maple Grain');
  });
});
