// Sentences of a story's articles as weighted term vectors, so that sentences saying the same thing in several
// outlets can be found and compared (cosine of idf-weighted lemmas, names folded to their unaccented form).
import { splitSentences } from '../../normalize/index.ts';
import { loadIdfPrior, textTerms, type IdfPrior } from '../../stories/index.ts';
import type { ClaimArticle } from './types.ts';

export interface StorySentence {
  readonly articleId: string;
  /** Index of the sentence in its article. */
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Term → weight, unit length. */
  readonly vector: ReadonlyMap<string, number>;
}

/** Words read per sentence: a run-on table row or a list glued into one "sentence" stops here. */
const MAX_SENTENCE_TOKENS = 80;

/** Printable ASCII: nothing to fold, and checking is much cheaper than normalising. */
const PLAIN = /^[ -~]*$/;

export const foldAccents = (word: string): string =>
  PLAIN.test(word) ? word : word.normalize('NFD').replace(/\p{M}+/gu, '');

export function idfOf(prior: IdfPrior): (term: string) => number {
  const total = prior.documentCount;
  return (term) => Math.log((total + 1) / ((prior.documentFrequency.get(term) ?? 0) + 1)) + 1;
}

export function termVector(text: string, idf: (term: string) => number): Map<string, number> {
  const vector = new Map<string, number>();
  for (const raw of textTerms(text, MAX_SENTENCE_TOKENS).terms) {
    if (!/\p{L}/u.test(raw)) continue;
    const term = foldAccents(raw);
    vector.set(term, (vector.get(term) ?? 0) + idf(term));
  }
  let norm = 0;
  for (const weight of vector.values()) norm += weight * weight;
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [term, weight] of vector) vector.set(term, weight / norm);
  return vector;
}

export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) sum += weight * other;
  }
  return sum;
}

export interface StorySentences {
  readonly sentences: readonly StorySentence[];
  /** Sentences per article, in text order. */
  readonly byArticle: ReadonlyMap<string, readonly StorySentence[]>;
  /** The sentence of an article that holds the given offset. */
  sentenceAt(articleId: string, offset: number): StorySentence | undefined;
  idf(term: string): number;
}

/**
 * Term weights for one story: the background idf, scaled down for terms many of the story's articles use. The
 * story's own names and topic words ("fire", the chief's name) are in nearly every sentence about it, so
 * without this two sentences match because they both name the fire chief, not because they say the same thing.
 */
function storyIdf(articles: readonly ClaimArticle[]): (term: string) => number {
  const background = idfOf(loadIdfPrior());
  const documentFrequency = new Map<string, number>();
  for (const article of articles) {
    const terms = new Set(textTerms(article.text, Number.POSITIVE_INFINITY).terms.map(foldAccents));
    for (const term of terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const n = articles.length;
  const scale = 1 + Math.log(n);
  const cache = new Map<string, number>();
  return (term) => {
    let weight = cache.get(term);
    if (weight === undefined) {
      const df = Math.max(1, documentFrequency.get(term) ?? 1);
      weight = background(term) * ((1 + Math.log(n / df)) / scale);
      cache.set(term, weight);
    }
    return weight;
  };
}

export function readStorySentences(articles: readonly ClaimArticle[]): StorySentences {
  const idf = storyIdf(articles);
  const byArticle = new Map<string, StorySentence[]>();
  const sentences: StorySentence[] = [];
  for (const article of articles) {
    const list: StorySentence[] = [];
    for (const range of splitSentences(article.text, article.paragraphs)) {
      const text = article.text.slice(range.start, range.end);
      const sentence: StorySentence = {
        articleId: article.id,
        index: list.length,
        start: range.start,
        end: range.end,
        text,
        vector: termVector(text, idf),
      };
      list.push(sentence);
      sentences.push(sentence);
    }
    byArticle.set(article.id, list);
  }
  return {
    sentences,
    byArticle,
    idf,
    sentenceAt(articleId, offset) {
      const list = byArticle.get(articleId) ?? [];
      let low = 0;
      let high = list.length - 1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        const sentence = list[middle];
        if (sentence === undefined) break;
        if (offset < sentence.start) high = middle - 1;
        else if (offset >= sentence.end) low = middle + 1;
        else return sentence;
      }
      return undefined;
    },
  };
}
