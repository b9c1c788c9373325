// Numbers that are not quantities: codes, dates, clock times, years, list markers, identifiers, phone numbers.
import type { TextRange } from '../../core/index.ts';
import {
  CURRENCY_CODES,
  DOLLAR_ADJECTIVES,
  DURATION_UNITS,
  FUNCTION_WORDS,
  IDENTIFIER_PREFIXES,
  MEASURE_ABBREVIATIONS,
  MONTHS,
  QUALIFIER_PHRASES,
  SCALE_WORDS,
  SHORT_SCALES,
  TIME_SUFFIXES,
  YEAR_PREPOSITIONS,
} from './lexicon.ts';
import { isNumberWord } from './number-words.ts';
import { PHONE_MIN_DIGITS, PHONE_MIN_GROUPS, TITLE_CASE_SHARE } from './thresholds.ts';
import { adjacent, isCapitalised, type Token } from './tokens.ts';

export const DASHES = new Set(['-', '–', '—']);
export const WEEKDAYS = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*$/;
/** Every word of a hedge phrase ("at", "least", "more", "than"). */
const QUALIFIER_WORDS = new Set(QUALIFIER_PHRASES.flatMap((phrase) => phrase.words));
/** One-word hedges that may open a capitalised number phrase mid-sentence ("About Seven"). */
const SINGLE_QUALIFIERS = new Set(
  QUALIFIER_PHRASES.filter((phrase) => phrase.words.length === 1).map((phrase) => phrase.words[0]),
);
const FRACTIONS = /^(?:halves|thirds?|quarters?|fifths?|sixths?|tenths?)$/;
/** Identifier prefixes that are abbreviated with a period: "No. 10", "p. 3". */
const DOTTED_PREFIXES = new Set(['no', 'nos', 'p', 'pp', 'vol']);

/** Value of a digit token ("1,234.5" → 1234.5), or undefined when it is not a plain number ("1.2.3", "1,23"). */
export function digitValue(text: string): number | undefined {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text) || /^\d+(?:\.\d+)?$/.test(text)) {
    return Number.parseFloat(text.replace(/,/g, ''));
  }
  return undefined;
}

function lineOf(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  return text.slice(start, newline === -1 ? text.length : newline);
}

/** Headlines and section titles capitalise most words, so a capitalised word before a number says nothing. */
function isTitleCaseLine(text: string, offset: number): boolean {
  const words = lineOf(text, offset).match(/\p{L}{4,}/gu) ?? [];
  if (words.length < 2) return true;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised / words.length >= TITLE_CASE_SHARE;
}

/** A run of digits split by spaces, dashes, dots or brackets into several groups: a phone or reference number. */
function isPhoneLike(text: string, token: Token): boolean {
  const from = Math.max(0, token.start - 20);
  const window = text.slice(from, token.end + 20);
  for (const match of window.matchAll(/\+?\(?\d[\d ().-]*\d/g)) {
    const start = from + match.index;
    if (start > token.start || start + match[0].length < token.end) continue;
    const digits = match[0].replace(/\D/g, '').length;
    const groups = match[0].split(/[ ().-]+/).filter((group) => group !== '').length;
    if (digits >= PHONE_MIN_DIGITS && groups >= PHONE_MIN_GROUPS) return true;
  }
  return false;
}

/** Clock times: "2 a.m.", "3.30am", "06:30 CET", "11.40 p.m.". */
function isTime(text: string, tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token === undefined) return false;
  if (token.text.includes(':')) return true;
  const after = text.slice(token.end, token.end + 8);
  if (/^\s?[ap]\.?\s?m\b/i.test(after) || /^\s?o['’]clock/i.test(after)) return true;
  const next = tokens[index + 1];
  if (next !== undefined && TIME_SUFFIXES.has(next.text)) return true;
  return /^\d{1,2}\.[0-5]\d$/.test(token.text) && /^\s?(?:h|hrs|GMT|UTC|local)\b/.test(after);
}

/** Dates: "April 17", "17 April", "April 17, 2025", "Thu 12 Mar", "2025-04-17". */
function isDatePart(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  if (previous !== undefined && MONTHS.has(previous.text)) return true;
  if (next !== undefined && MONTHS.has(next.text)) return true;
  if (
    previous?.text === ',' &&
    tokens[index - 2]?.type === 'number' &&
    MONTHS.has(tokens[index - 3]?.text ?? '')
  )
    return true;
  if (previous !== undefined && WEEKDAYS.test(previous.text) && /^\d{1,2}$/.test(token?.text ?? ''))
    return true;
  if (
    next?.text === '-' &&
    adjacent(token, next) &&
    tokens[index + 2]?.type === 'number' &&
    adjacent(next, tokens[index + 2])
  ) {
    const after = tokens[index + 3];
    if (after?.text === '-' && adjacent(tokens[index + 2], after)) return true;
  }
  if (previous?.text === '-' && adjacent(previous, token) && tokens[index - 2]?.type === 'number') {
    const before = tokens[index - 3];
    if (before?.text === '-' && adjacent(before, tokens[index - 2])) return true;
  }
  return false;
}

/** Whether token `index` opens its sentence (or follows only a colon, quote mark, bracket or bullet). */
function isSentenceStart(tokens: readonly Token[], index: number, sentence: TextRange): boolean {
  const token = tokens[index];
  if (token === undefined) return false;
  if (token.start <= sentence.start) return true;
  const previous = tokens[index - 1];
  return (
    previous === undefined ||
    /^[:"“‘'(\u2014\u2013•*-]$/u.test(previous.text) ||
    previous.end <= sentence.start
  );
}

/** A list marker at the start of a line: "1. Freight rates …", "2) …". */
function isListMarker(text: string, tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  if (token === undefined || next === undefined || !(next.text === '.' || next.text === ')')) return false;
  if (!adjacent(token, next) || !/^\s/.test(text.slice(next.end, next.end + 1))) return false;
  const lineStart = text.lastIndexOf('\n', token.start - 1) + 1;
  return text.slice(lineStart, token.start).trim() === '';
}

/** Letters glued to a digit that keep it a quantity: scales and units. Anything else ("5G", "4th") is a code. */
function allowedSuffix(word: Token): boolean {
  return (
    word.lower in SCALE_WORDS ||
    word.lower in SHORT_SCALES ||
    word.text in MEASURE_ABBREVIATIONS ||
    word.lower in DURATION_UNITS
  );
}

/** Whether a four-digit number is a year: a year unless money or followed by what it counts ("2000 troops"). */
function isYear(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token === undefined || !/^\d{4}$/.test(token.text)) return false;
  const value = Number(token.text);
  if (value < 1000 || value > 2199) return false;
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  if (previous !== undefined && YEAR_PREPOSITIONS.has(previous.lower)) return true;
  const counted =
    next?.type === 'word' && /^\p{Ll}{3,}s$/u.test(next.text) && !FUNCTION_WORDS.has(next.lower);
  const unit =
    next !== undefined && (next.lower in SCALE_WORDS || next.text === '%' || next.lower === 'percent');
  return !counted && !unit;
}

/** A capitalised word right before a number names a model or a code: "Boeing 737", "Resolution 2231". */
function followsName(text: string, tokens: readonly Token[], index: number, sentence: TextRange): boolean {
  const previous = tokens[index - 1];
  const token = tokens[index];
  if (previous === undefined || token === undefined || !isCapitalised(previous)) return false;
  if (isSentenceStart(tokens, index - 1, sentence)) return false;
  if (FUNCTION_WORDS.has(previous.lower) || QUALIFIER_WORDS.has(previous.lower)) return false;
  if (previous.text in DOLLAR_ADJECTIVES || CURRENCY_CODES.has(previous.text)) return false;
  return !isTitleCaseLine(text, token.start);
}

/** Digit tokens that are not quantities. `money` is set when a currency sign or code precedes the number. */
export function isExcludedDigits(
  text: string,
  tokens: readonly Token[],
  index: number,
  sentence: TextRange,
  money: boolean,
): boolean {
  const token = tokens[index];
  if (token === undefined) return true;
  if (token.text.includes(':')) return true;
  if (digitValue(token.text) === undefined) return true;
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  // "G7", "MH17", "COVID-19", "F-16".
  if (previous?.type === 'word' && adjacent(previous, token)) return true;
  if (previous !== undefined && DASHES.has(previous.text) && adjacent(previous, token)) {
    const before = tokens[index - 2];
    if (before?.type === 'word' && adjacent(before, previous)) return true;
  }
  // "5G", "3D", "4th", "1990s"; "2am" is caught as a time below.
  if (next?.type === 'word' && adjacent(token, next) && !allowedSuffix(next) && !/^[ap]m?$/i.test(next.text))
    return true;
  // "24/7", "0 / 5", "9/11".
  if (next?.text === '/' || previous?.text === '/') return true;
  if (previous?.text === '#' || previous?.text === '№') return true;
  if (isTime(text, tokens, index) || isDatePart(tokens, index) || isListMarker(text, tokens, index))
    return true;
  if (isPhoneLike(text, token)) return true;
  if (money) return false;
  // "No. 10", "page 3", "Article 5".
  const dotted = previous?.text === '.';
  const prefix = dotted ? tokens[index - 2] : previous;
  if (
    prefix !== undefined &&
    IDENTIFIER_PREFIXES.has(prefix.lower) &&
    (!dotted || DOTTED_PREFIXES.has(prefix.lower))
  )
    return true;
  return isYear(tokens, index) || followsName(text, tokens, index, sentence);
}

/** Number words that are not quantities: a bare "one", names ("Seven Sisters"), fractions ("two-thirds"). */
export function isExcludedWords(
  text: string,
  tokens: readonly Token[],
  start: number,
  end: number,
  words: number,
  sentence: TextRange,
): boolean {
  const first = tokens[start];
  const next = tokens[end];
  if (first === undefined) return true;
  if (words === 1 && (first.lower === 'one' || first.lower === 'zero')) {
    // "one or two", "one to three" are ranges; any other bare "one" is a pronoun or determiner.
    const after = tokens[end + 1];
    const ranged =
      (next?.lower === 'or' || next?.lower === 'to') &&
      after !== undefined &&
      (after.type === 'number' || isNumberWord(after.lower));
    if (!ranged) return true;
  }
  if (next?.text === '-' && adjacent(tokens[end - 1], next) && FRACTIONS.test(tokens[end + 1]?.lower ?? ''))
    return true;
  // "Seven Sisters", "Group of Seven": a capitalised number word inside a sentence is part of a name,
  // except in title-case lines.
  return (
    isCapitalised(first) &&
    !isSentenceStart(tokens, start, sentence) &&
    !SINGLE_QUALIFIERS.has(tokens[start - 1]?.lower ?? '') &&
    !isTitleCaseLine(text, first.start)
  );
}
