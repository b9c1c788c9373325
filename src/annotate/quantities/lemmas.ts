// Dictionary lemmas (WordNet exceptions and rules, see normalize) for counted nouns.
import { nounLemma, verbLemma } from '../../normalize/index.ts';

export { nounLemma };

/** A lower-cased -s word the dictionary knows as a verb form but not as a plural noun ("awaits", "remains"). */
export function isVerbForm(word: string): boolean {
  return nounLemma(word) === word && verbLemma(word) !== word;
}
