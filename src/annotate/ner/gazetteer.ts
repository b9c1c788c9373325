// Name lists the tagger consults as features: phrase lookup over lower-cased tokens, longest phrases first.
import { tokenizeText } from './tokenize.ts';

/** Gazetteer categories; each becomes its own feature family, so the model learns how far to trust it. */
export const GAZETTEER_CATEGORIES = [
  'country',
  'capital',
  'city',
  'major-city',
  'region',
  'place',
  'demonym',
  'first-name',
  'last-name',
  'person',
  'organization',
  'sports-team',
  'org-word',
  'place-word',
  'honorific',
  'role',
  'company',
  'person-name',
  'admin-region',
] as const;

export type GazetteerCategory = (typeof GAZETTEER_CATEGORIES)[number];

/** The serialised form: lower-cased phrases (tokens joined by one space) per category. */
export type GazetteerLists = Readonly<Partial<Record<GazetteerCategory, readonly string[]>>>;

/** Phrases longer than this many tokens are not looked up; the lists' long entries are rare official names. */
export const MAX_PHRASE_TOKENS = 6;

/** Tokenises and lower-cases a name the way the tagger sees text, so list entries and tokens compare equal. */
export function phraseKey(name: string): string {
  return tokenizeText(name)
    .map((token) => token.text.toLowerCase())
    .join(' ');
}

export interface GazetteerHit {
  readonly category: GazetteerCategory;
  readonly categoryIndex: number;
  readonly start: number;
  readonly end: number;
}

export class Gazetteer {
  private readonly phrases = new Map<string, number>();
  private readonly prefixes = new Set<string>();

  constructor(lists: GazetteerLists) {
    GAZETTEER_CATEGORIES.forEach((category, bit) => {
      for (const phrase of lists[category] ?? []) {
        if (phrase === '') continue;
        // Token boundaries are the spaces: each one ends a prefix (built at every model load, so no splitting).
        let spaces = 0;
        for (let at = phrase.indexOf(' '); at >= 0; at = phrase.indexOf(' ', at + 1)) spaces += 1;
        if (spaces + 1 > MAX_PHRASE_TOKENS) continue;
        this.phrases.set(phrase, (this.phrases.get(phrase) ?? 0) | (1 << bit));
        for (let at = phrase.indexOf(' '); at >= 0; at = phrase.indexOf(' ', at + 1))
          this.prefixes.add(phrase.slice(0, at));
      }
    });
  }

  get size(): number {
    return this.phrases.size;
  }

  /** Every list phrase found in the lower-cased tokens, overlapping matches included. */
  match(lowerTokens: readonly string[]): GazetteerHit[] {
    const hits: GazetteerHit[] = [];
    for (let start = 0; start < lowerTokens.length; start += 1) {
      let key = '';
      for (let end = start + 1; end <= Math.min(lowerTokens.length, start + MAX_PHRASE_TOKENS); end += 1) {
        key = end === start + 1 ? (lowerTokens[start] ?? '') : `${key} ${lowerTokens[end - 1] ?? ''}`;
        const bits = this.phrases.get(key);
        if (bits !== undefined) {
          GAZETTEER_CATEGORIES.forEach((category, bit) => {
            if ((bits & (1 << bit)) !== 0) hits.push({ category, categoryIndex: bit, start, end });
          });
        }
        if (!this.prefixes.has(key)) break;
      }
    }
    return hits;
  }

  /** Whether a phrase (already a `phraseKey`) is listed under a category. */
  has(key: string, category: GazetteerCategory): boolean {
    const bits = this.phrases.get(key);
    return bits !== undefined && (bits & (1 << GAZETTEER_CATEGORIES.indexOf(category))) !== 0;
  }
}
