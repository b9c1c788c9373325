// Text analysis shared by the stance features: tokens, stems, stop words and rough sentences of a headline or body.
import { porterStem } from './porter-stemmer.ts';

/** Function words that carry no topic; written for this module, close to the common English lists. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are as at be because been before being below between both
  but by can did do does doing down during each few for from further had has have having he her here hers herself
  him himself his how i if in into is it its itself just me more most my myself of off on once only or other our
  ours ourselves out over own same she should so some such than that the their theirs them themselves then there
  these they this those through to too under until up very was we were what when where which while who whom why
  will with would you your yours yourself yourselves also its s t said says say just one two new like get got
  us via will wo ll re ve d m could may might must shall let`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

const stemCache = new Map<string, string>();
/** Stems are cached: a few tens of thousands of distinct words cover a news corpus. */
const STEM_CACHE_LIMIT = 200_000;

export function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const result = porterStem(word);
  if (stemCache.size < STEM_CACHE_LIMIT) stemCache.set(word, result);
  return result;
}

/** Lower-case word tokens; "n't" becomes a separate "not" so negation is one token however it is spelled. */
export function tokenize(text: string): string[] {
  const folded = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/n't\b/g, ' not')
    .replace(/\bcannot\b/g, 'can not');
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Analysed text: every token and stem, and the content stems (stop words and one-letter tokens dropped). */
export interface AnalysedText {
  readonly tokens: readonly string[];
  readonly stems: readonly string[];
  readonly content: readonly string[];
}

export function analyse(text: string): AnalysedText {
  const tokens = tokenize(text);
  const stems = tokens.map(stem);
  const content: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    if (token.length > 1 && !STOP_WORDS.has(token)) content.push(stems[i] ?? token);
  }
  return { tokens, stems, content };
}

/** Splits a body into rough sentences: at line breaks and at . ! ? followed by space and a capital, digit or quote. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const line of text.split(/\n+/)) {
    for (const part of line.split(/(?<=[.!?]["'\u201D\u2019)]?)\s+(?=["'\u201C\u2018(]?[\p{Lu}\p{N}])/u)) {
      const trimmed = part.trim();
      if (trimmed !== '') sentences.push(trimmed);
    }
  }
  return sentences;
}

/** The n-grams of a token list joined by a space. */
export function ngrams(tokens: readonly string[], n: number): string[] {
  const grams: string[] = [];
  for (let i = 0; i + n <= tokens.length; i++) grams.push(tokens.slice(i, i + n).join(' '));
  return grams;
}

/** Numbers written with digits, normalised ("1,200" → "1200"). */
export function numbersIn(text: string): string[] {
  return (text.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((n) => n.replace(/,/g, '').replace(/\.0+$/, ''));
}
