/** The forms of a word an analyst writes once in a lexicon ("ban~" → ban, bans, banned, banning). */

const VOWELS = 'aeiou';

/** Base form, third person, past, participle and -ing forms (or a noun's plural), plus listed irregular forms. */
export function inflect(base: string, irregular: Record<string, string[]> = {}): string[] {
  const forms = new Set([base]);
  const last = base[base.length - 1] ?? '';
  const prev = base[base.length - 2] ?? '';
  if (base.endsWith('ee')) {
    forms.add(`${base}s`).add(`${base}d`).add(`${base}ing`);
  } else if (last === 'e') {
    forms.add(`${base}s`).add(`${base}d`).add(`${base.slice(0, -1)}ing`);
  } else if (last === 'y' && !VOWELS.includes(prev)) {
    const stem = base.slice(0, -1);
    forms.add(`${stem}ies`).add(`${stem}ied`).add(`${base}ing`);
  } else {
    forms.add(`${base}s`).add(`${base}es`).add(`${base}ed`).add(`${base}ing`);
    // Short words double their last consonant: ban → banned, vet → vetting.
    if (!VOWELS.includes(last) && 'wxy'.indexOf(last) < 0 && VOWELS.includes(prev) && !VOWELS.includes(base[base.length - 3] ?? 'a')) {
      forms.add(`${base}${last}ed`).add(`${base}${last}ing`);
    }
  }
  for (const f of irregular[base] ?? []) forms.add(f);
  return [...forms];
}

/** Plural of a role noun: company → companies, business → businesses. */
export function plural(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}
