// Dictionary lemmas (wink-lemmatizer, WordNet exceptions and rules) for counted nouns.
import { createRequire } from 'node:module';

interface Lemmatizer {
  noun(word: string): string;
  verb(word: string): string;
}
const require = createRequire(import.meta.url);
const lemmatizer = require('wink-lemmatizer') as Lemmatizer;

/** Singular of a lower-cased noun ("troops" → "troop"); unknown words come back unchanged. */
export function nounLemma(word: string): string {
  return lemmatizer.noun(word);
}

/** A lower-cased -s word the dictionary knows as a verb form but not as a plural noun ("awaits", "remains"). */
export function isVerbForm(word: string): boolean {
  return lemmatizer.noun(word) === word && lemmatizer.verb(word) !== word;
}
