/**
 * What a document has said so far, for resolving "it", "the government", "domestic banks" and
 * "foreign companies": recent actors in order, and the document's main countries by how often
 * they are named.
 */
import type { ActorPhrase } from './actors.js';

export interface Seen {
  code: string;
  country: string;
  kind: ActorPhrase['kind'];
  /** First actor of its clause: a likely antecedent for "it" and "they". */
  subject: boolean;
}

export class DocContext {
  readonly seen: Seen[] = [];
  private counts = new Map<string, number>();
  private ranking: string[] | undefined;

  /** @param home the country the article is filed from, when its dateline says. */
  constructor(readonly home?: string) {}

  count(country: string | undefined, weight = 1) {
    if (!country || country === 'IGO' || country === 'UNK') return;
    this.counts.set(country, (this.counts.get(country) ?? 0) + weight);
    this.ranking = undefined;
  }

  /** Countries by how often the document names them. */
  get focal(): string[] {
    this.ranking ??= [...this.counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([c]) => c);
    return this.ranking;
  }

  /** The other side of a dispute from `country`'s point of view. */
  counterpart(country: string | undefined): string | undefined {
    return this.focal.find((c) => c !== country) ?? (this.home !== country ? this.home : undefined);
  }

  lastCountry(): string | undefined {
    for (let i = this.seen.length - 1; i >= 0; i--) if (this.seen[i]!.country !== 'IGO') return this.seen[i]!.country;
    return this.focal[0];
  }

  lastOf(test: (s: Seen) => boolean): Seen | undefined {
    for (let i = this.seen.length - 1; i >= 0; i--) if (test(this.seen[i]!)) return this.seen[i];
    return undefined;
  }

  /** The organisation of a country named most often so far: what "the US company" means. */
  mainOrganisation(country?: string): Seen | undefined {
    const counts = new Map<string, number>();
    let best: Seen | undefined;
    for (const s of this.seen) {
      if ((s.kind !== 'org' && s.kind !== 'unknown-org') || (country && s.country !== country)) continue;
      const n = (counts.get(s.code) ?? 0) + (s.kind === 'org' ? 2 : 1);
      counts.set(s.code, n);
      if (!best || n >= (counts.get(best.code) ?? 0)) best = s;
    }
    return best;
  }

  push(s: Seen) {
    this.seen.push(s);
    if (this.seen.length > 200) this.seen.splice(0, 100);
  }
}
