// A light word tokenizer for reading the words around entity mentions: role titles, appositives, possessives.
// It keeps offsets, keeps dotted abbreviations ("U.S.", "Gen.") whole and splits the possessive `'s` off.
import { ABBREVIATIONS } from '../../normalize/index.ts';

export interface WordToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const TOKEN_PATTERN =
  /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’](?![sS]\b)[\p{L}\p{M}]+|[-‐][\p{L}\p{M}\p{N}]+)*|['’][sS]\b|\S/gu;

export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const start = match.index;
    let end = start + match[0].length;
    if (text[end] === '.' && ABBREVIATIONS.has(match[0].toLowerCase())) end += 1;
    const previous = tokens[tokens.length - 1];
    // The dot was already taken by the abbreviation before it.
    if (previous !== undefined && previous.end > start) continue;
    tokens.push({ text: end === start + match[0].length ? match[0] : text.slice(start, end), start, end });
  }
  return tokens;
}

/** Index of the first token starting at or after `offset` (tokens.length when none). */
export function tokenAt(tokens: readonly WordToken[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle]?.start ?? Infinity) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Asked of nearly every token: an ASCII first letter is answered without the Unicode pattern. */
export const isCapitalized = (word: string): boolean => {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : /^\p{Lu}/u.test(word);
};
export const isLowercaseWord = (word: string): boolean => /^\p{Ll}[\p{L}\p{M}-]*$/u.test(word);
export const isPossessiveMarker = (word: string): boolean => /^['’][sS]$/u.test(word);
export const hasLetter = (word: string): boolean => /\p{L}/u.test(word);

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whether `form` is written at `start` of `text` as whole words: no letter or digit just before or after it. */
export function standsAt(text: string, form: string, start: number): boolean {
  if (start < 0 || !text.startsWith(form, start)) return false;
  const before = text[start - 1];
  const after = text[start + form.length];
  return (
    (before === undefined || !WORD_CHARACTER.test(before)) &&
    (after === undefined || !WORD_CHARACTER.test(after))
  );
}
