// Turns a headline or an article body into the lemmas and names that story clustering compares.
// Works on raw text (any case) and on text that arrives lower-cased and lemmatised already.
import { boundedMemo } from '../core/index.ts';
import { nounLemma, verbLemma } from '../normalize/index.ts';
import { STOP_WORDS } from './stop-words.ts';
import { LEMMA_CACHE_SIZE, TITLE_CASE_SHARE } from './thresholds.ts';
import type { ClusterOptions, StoryItem } from './types.ts';

/** Lemma of a lower-cased word: plural nouns and inflected verbs fold to one form ("stocks" → "stock",
 *  "killed" → "kill"); unknown words (most names) come back unchanged. */
export const lemmatize: (word: string) => string = boundedMemo((word: string): string => {
  if (!/^\p{L}{3,}$/u.test(word)) return word;
  const lemma = nounLemma(word);
  return lemma === word ? verbLemma(word) : lemma;
}, LEMMA_CACHE_SIZE);

export interface TextTerms {
  /** Content lemmas in text order, stop words removed. */
  readonly terms: readonly string[];
  /** Lower-cased proper-noun tokens: capitalised words not opening a sentence, and acronyms. */
  readonly names: readonly string[];
}

// A word, with an inner apostrophe or period-joined initials kept whole; or a number with its decimals.
const TOKEN = /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['\u2019]\p{L}+)*|\p{N}+(?:[.,]\p{N}+)*/gu;
/** Characters between two words that end a sentence (or a clause a name may open). */
const SENTENCE_BREAKS = new Set('.!?:;\n"\u201C\u2018|\u2013\u2014');

/** Whether `text` between `from` and `to` holds a sentence break. */
function breaksBetween(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) if (SENTENCE_BREAKS.has(text.charAt(index))) return true;
  return false;
}

function bareWord(surface: string): string {
  if (surface.endsWith('.')) return surface.replace(/\./g, ''); // initials: "U.S." → "US"
  if (!surface.includes("'") && !surface.includes('\u2019')) return surface;
  return surface.replace(/['\u2019]s$/u, '').replace(/['\u2019]/gu, '');
}

const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
const isAcronym = (word: string): boolean => /^\p{Lu}[\p{Lu}\p{N}]{1,5}$/u.test(word);

/** Content lemmas and names of one text segment (a headline or a body), reading at most `maxTokens` words. */
export function textTerms(text: string, maxTokens: number): TextTerms {
  // The words (surface without apostrophes or initials' points), lower-cased, and whether each opens a sentence.
  const bares: string[] = [];
  const lowers: string[] = [];
  const opens: boolean[] = [];
  let contentWords = 0;
  let capitalisedWords = 0;
  let upperWords = 0;
  let previousEnd = 0;
  let read = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const sentenceStart = previousEnd === 0 || breaksBetween(text, previousEnd, match.index);
    previousEnd = match.index + match[0].length;
    read += 1;
    const bare = bareWord(match[0]);
    if (bare !== '') {
      const lower = bare.toLowerCase();
      bares.push(bare);
      lowers.push(lower);
      opens.push(sentenceStart);
      if (!STOP_WORDS.has(lower) && /^\p{L}/u.test(bare) && !sentenceStart) {
        contentWords += 1;
        if (isCapitalised(bare)) capitalisedWords += 1;
        if (bare === bare.toUpperCase()) upperWords += 1;
      }
    }
    if (read >= maxTokens) break;
  }
  // Title Case and ALL CAPS segments say nothing about which words are names (sentence openers not counted).
  const caseInformative = contentWords > 0 && capitalisedWords / contentWords <= TITLE_CASE_SHARE;
  const acronymsInformative = contentWords > 0 && upperWords / contentWords <= TITLE_CASE_SHARE;
  const terms: string[] = [];
  const names: string[] = [];
  for (let index = 0; index < bares.length; index += 1) {
    const bare = bares[index] ?? '';
    const lower = lowers[index] ?? '';
    const acronym = acronymsInformative && isAcronym(bare);
    if (STOP_WORDS.has(lower) && !acronym) continue;
    terms.push(acronym ? lower : lemmatize(lower));
    const properNoun = caseInformative && !opens[index] && isCapitalised(bare);
    if (acronym || properNoun) names.push(lower);
  }
  return { terms, names };
}

/** The words of a news URL's slug (`/2014/03/10/colorado-pot-sales-brought-state/` → "colorado pot sales brought
 *  state"): the longest path segment of three or more words joined by `-`, `_` or `+`. Headline-only items gain
 *  the words an editor put in the address. */
export function urlSlugWords(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  let best: string[] = [];
  for (const segment of path.split('/')) {
    const decoded = segment.replace(/\.[a-z]{2,5}$/i, '');
    const words = decoded.split(/[-_+]+/).filter((word) => /^\p{L}+$/u.test(word));
    if (words.length >= 3 && words.length > best.length) best = words;
  }
  return best.length === 0 ? undefined : best.join(' ').toLowerCase();
}

/** The reading caps and weights `itemTerms` follows (a subset of the clusterer's options). */
export type ItemReading = Pick<
  ClusterOptions,
  'maxTitleTokens' | 'maxBodyTokens' | 'titleWeight' | 'slugWeight'
>;

export interface ItemTerms {
  /** Weighted count of each content lemma: headline words weigh `titleWeight` beside a body, slug words
   *  `slugWeight` without one. */
  readonly counts: ReadonlyMap<string, number>;
  readonly names: ReadonlySet<string>;
}

/** The terms one story item contributes, read the same way by the clusterer and by the idf-prior builder so
 *  that their document frequencies count the same things. */
export function itemTerms(item: StoryItem, reading: ItemReading): ItemTerms {
  const hasBody = item.text !== undefined && item.text.trim() !== '';
  const counts = new Map<string, number>();
  const names = new Set<string>();
  const read = (text: string | undefined, maxTokens: number, weight: number): void => {
    if (text === undefined) return;
    const segment = textTerms(text, maxTokens);
    for (const term of segment.terms) counts.set(term, (counts.get(term) ?? 0) + weight);
    for (const name of segment.names) names.add(name);
  };
  read(item.title, reading.maxTitleTokens, hasBody ? reading.titleWeight : 1);
  read(item.text, reading.maxBodyTokens, 1);
  if (!hasBody && reading.slugWeight > 0)
    read(urlSlugWords(item.url), reading.maxTitleTokens, reading.slugWeight);
  return { counts, names };
}
