/**
 * The names an article's actors can be swapped for, read from Reprisal's own lexicons, so that a
 * generated article names actors the extractor knows: countries (with the demonym and capital
 * that go with each), companies, and officials.
 */
import companiesFile from '../../src/lexicon/companies.json';
import countriesFile from '../../src/lexicon/countries.json';
import organisationsFile from '../../src/lexicon/organisations.json';
import peopleFile from '../../src/lexicon/people.json';

export type NameKind = 'name' | 'demonym' | 'capital' | 'company' | 'person' | 'surname';

/** One way of writing an actor: "Beijing" is the capital form of CHN. */
export interface NameForm {
  text: string;
  kind: NameKind;
  /** Country code, company id, or a person's full name. */
  key: string;
  /** A country's name came after "the" or "The" (the US), which its replacement may not take. */
  article?: 'the' | 'The';
}

export interface Country {
  code: string;
  name: string;
  demonym: string;
  capital: string;
  /** Whether the name is written with "the": the United States, the Netherlands. */
  article: boolean;
}

export interface NamePools {
  /** Every form to look for in a source article, longest first. */
  forms: NameForm[];
  /** What a country, company or official can become. */
  countries: Country[];
  companies: string[];
  people: string[];
}

// Economies that appear in trade disputes; the lexicon lists every UN member, but "Tuvalu bans
// Chilean wine" would read oddly in every tenth article.
const TARGET_COUNTRIES = 'USA CHN JPN KOR DEU FRA GBR IND BRA CAN AUS RUS MEX IDN TUR SAU ZAF ARG ITA ESP NLD SWE CHE VNM THA MYS SGP POL NZL NOR CHL PHL TWN'.split(' ');

interface LexCountry {
  code: string;
  name: string;
  names?: string[];
  demonyms?: string[];
  capitals?: string[];
}
interface LexOrg {
  id: string;
  name: string;
  aliases?: string[];
}

let pools: NamePools | undefined;

export function namePools(): NamePools {
  return (pools ??= buildPools());
}

function buildPools(): NamePools {
  const forms: NameForm[] = [];
  const countries: Country[] = [];
  // Lower-case forms ("the bloc", "eurozone") are common words in other contexts; only capitalised ones are swapped.
  const proper = (s: string) => /^[A-Z]/.test(s) && s.length >= 2;
  // The European Union and international bodies stay as they are: a bloc swapped for a country
  // would make "four EU countries" read as "four Chilean countries".
  for (const c of (countriesFile as { countries: LexCountry[] }).countries.filter((c) => c.code !== 'EUR' && c.code !== 'IGO')) {
    const demonym = c.demonyms?.find(proper);
    const capital = c.capitals?.find(proper);
    for (const n of new Set([c.name, ...(c.names ?? [])].filter(proper))) forms.push({ text: n, kind: 'name', key: c.code });
    // A form that is both a name and a demonym ("US") is read as the name.
    for (const d of (c.demonyms ?? []).filter(proper)) if (!forms.some((f) => f.text === d)) forms.push({ text: d, kind: 'demonym', key: c.code });
    if (capital) forms.push({ text: capital, kind: 'capital', key: c.code });
    if (demonym && capital && TARGET_COUNTRIES.includes(c.code)) countries.push({ code: c.code, name: c.name, demonym, capital, article: /^(United|Netherlands|Philippines)/.test(c.name) });
  }
  const companies: string[] = [];
  const orgs = [...(companiesFile as { organisations: LexOrg[] }).organisations, ...(organisationsFile as { organisations: LexOrg[] }).organisations];
  for (const o of orgs.filter((o) => /^[A-Z]{3}\.BUS\./.test(o.id))) {
    for (const a of new Set([o.name, ...(o.aliases ?? [])].filter(proper))) forms.push({ text: a, kind: 'company', key: o.id });
    if (/^[A-Z][\w&.' -]+$/.test(o.name)) companies.push(o.name);
  }
  const people: string[] = [];
  for (const body of (peopleFile as { organisations: LexOrg[] }).organisations) {
    const full = (body.aliases ?? []).filter((a) => proper(a) && /^[A-Z][\w.'-]* [A-Z][\w.' -]*$/.test(a) && !/^(Vice |President |Prime |Minister )/.test(a));
    people.push(...full);
    for (const a of full) forms.push({ text: a, kind: 'person', key: a });
    // Surnames alone are listed only where distinctive; each stands for the full name it ends.
    for (const a of (body.aliases ?? []).filter((a) => proper(a) && !a.includes(' '))) {
      const owner = full.find((f) => f.endsWith(` ${a}`)) ?? full[0];
      if (owner) forms.push({ text: a, kind: 'surname', key: owner });
    }
  }
  const seen = new Set<string>();
  const unique = forms.filter((f) => !seen.has(f.text) && seen.add(f.text));
  unique.sort((a, b) => b.text.length - a.text.length || (a.text < b.text ? -1 : 1));
  return { forms: unique, countries, companies: [...new Set(companies)].sort(), people: [...new Set(people)].sort() };
}
