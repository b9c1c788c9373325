// Country names, codes and demonyms (world-countries) so "U.S.", "US", "American" and "United States" qualify
// a role or name a place as one country.
import { boundedMemo } from '../../core/index.ts';
import { createRequire } from 'node:module';
import { z } from 'zod';

const countrySchema = z.array(
  z.object({
    name: z.object({ common: z.string(), official: z.string() }),
    cca2: z.string(),
    cca3: z.string(),
    altSpellings: z.array(z.string()),
    unMember: z.boolean(),
    area: z.number(),
    demonyms: z.object({ eng: z.object({ f: z.string(), m: z.string() }).optional() }).optional(),
  }),
);

export interface CountryMatch {
  /** The country's common English name ("United States"). */
  readonly country: string;
  /** The words named the people of the country ("French") rather than the country. */
  readonly demonym: boolean;
}

/** Two-letter capitals that are English words or common acronyms before they are country codes. */
const CODE_LOOKALIKES = new Set(
  'IT IN AT TO BE NO ME AM AS IS OR SO UP ON MY GO DO HE IF OF BY AN ID PM TV AI CEO FM MP GM PR HR PA'.split(
    ' ',
  ),
);

interface CountryIndex {
  readonly names: ReadonlyMap<string, string>;
  readonly codes: ReadonlyMap<string, string>;
  readonly demonyms: ReadonlyMap<string, string>;
}

/** Names news writes for a country that world-countries lists under neither its names nor its alternative
 *  spellings, by the country's two-letter code: "Britain’s foreign secretary" is the United Kingdom's. */
const EXTRA_NAMES: readonly { readonly name: string; readonly cca2: string }[] = [
  { name: 'Britain', cca2: 'GB' },
];

let index: CountryIndex | undefined;

/** Lower-cased, dots and diacritics dropped, whitespace collapsed. */
export function countryKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[.’']/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

function buildIndex(): CountryIndex {
  const require = createRequire(import.meta.url);
  // UN members first, then larger countries: an ambiguous demonym ("American", "French") goes to the sovereign
  // state rather than a territory.
  const countries = countrySchema
    .parse(require('world-countries'))
    .sort((a, b) => Number(b.unMember) - Number(a.unMember) || b.area - a.area);
  const names = new Map<string, string>();
  const codes = new Map<string, string>();
  const demonyms = new Map<string, string>();
  const add = (map: Map<string, string>, key: string, country: string): void => {
    if (key !== '' && !map.has(key)) map.set(key, country);
  };
  for (const country of countries) {
    const common = country.name.common;
    add(names, countryKey(common), common);
    add(names, countryKey(country.name.official), common);
    for (const spelling of country.altSpellings) {
      if (/^\p{Lu}{2,3}$/u.test(spelling)) add(codes, spelling, common);
      else if (spelling.length > 3) add(names, countryKey(spelling), common);
    }
    add(codes, country.cca2, common);
    add(codes, country.cca3, common);
    for (const demonym of [country.demonyms?.eng?.m, country.demonyms?.eng?.f]) {
      if (demonym !== undefined) add(demonyms, countryKey(demonym), common);
    }
  }
  for (const { name, cca2 } of EXTRA_NAMES) {
    const common = codes.get(cca2);
    if (common !== undefined) add(names, countryKey(name), common);
  }
  return { names, codes, demonyms };
}

function countryIndex(): CountryIndex {
  index ??= buildIndex();
  return index;
}

/**
 * The country a phrase names, as written in running text: a name ("United States"), a dotted code ("U.S.") or
 * an upper-case code that is not also an English word ("UK", "USA"), or a demonym ("French", "Americans").
 */
export function matchCountry(text: string): CountryMatch | undefined {
  return knownCountry(text);
}

/** Distinct phrases whose country lookup is remembered; a news article asks about a few hundred. */
const MATCH_CACHE_SIZE = 50_000;
const knownCountry = boundedMemo(lookUpCountry, MATCH_CACHE_SIZE);

function lookUpCountry(text: string): CountryMatch | undefined {
  const { names, codes, demonyms } = countryIndex();
  const trimmed = text.trim();
  if (!/^\p{Lu}/u.test(trimmed)) return undefined;
  const byName = names.get(countryKey(trimmed));
  if (byName !== undefined) return { country: byName, demonym: false };
  const dotted = /^(?:\p{Lu}\.){2,3}$/u.test(trimmed);
  const code = trimmed.replace(/\./gu, '');
  if (dotted || (/^\p{Lu}{2,3}$/u.test(code) && !CODE_LOOKALIKES.has(code))) {
    const byCode = codes.get(code);
    if (byCode !== undefined) return { country: byCode, demonym: false };
  }
  const key = countryKey(trimmed);
  const byDemonym = demonyms.get(key) ?? (key.endsWith('s') ? demonyms.get(key.slice(0, -1)) : undefined);
  return byDemonym === undefined ? undefined : { country: byDemonym, demonym: true };
}
