// What a number is measured in: currency before or after it, scale words, percent, durations, measures, ages.
import { DASHES } from './exclusions.ts';
import {
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DOLLAR_ADJECTIVES,
  DOLLAR_PREFIXES,
  DURATION_UNITS,
  EVENT_FORMS,
  FUNCTION_WORDS,
  MEASURE_ABBREVIATIONS,
  MEASURE_WORDS,
  SCALE_WORDS,
  SHORT_SCALES,
  SQUARE_UNITS,
} from './lexicon.ts';
import { adjacent, type Token } from './tokens.ts';
import type { QuantityKind } from './types.ts';

/** Currency written before the number: "€", "US$", "USD". */
export function currencyBefore(
  tokens: readonly Token[],
  index: number,
): { readonly code: string; readonly start: number } | undefined {
  const previous = tokens[index - 1];
  if (previous === undefined) return undefined;
  const symbol = CURRENCY_SYMBOLS[previous.text];
  if (symbol !== undefined) {
    const prefix = tokens[index - 2];
    if (previous.text === '$' && prefix !== undefined && adjacent(prefix, previous)) {
      const code = DOLLAR_PREFIXES[prefix.text];
      if (code !== undefined) return { code, start: index - 2 };
    }
    return { code: symbol, start: index - 1 };
  }
  if (CURRENCY_CODES.has(previous.text)) return { code: previous.text, start: index - 1 };
  return undefined;
}

function isPluralNoun(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    token.type === 'word' &&
    /^\p{Ll}{3,}s$/u.test(token.text) &&
    !FUNCTION_WORDS.has(token.lower) &&
    !EVENT_FORMS.has(token.lower)
  );
}

export interface Scale {
  readonly factor: number;
  /** Token index after the scale word. */
  readonly end: number;
  /** A bare "m" that reads as metres rather than millions ("a 20m drop"). */
  readonly metres?: boolean;
}

/**
 * Scale after a number ending at token `position`: "1.4 million", "€55m", "2.5bn", "25k". A glued "m" is
 * millions next to a currency or before a plural noun ("1.4m containers"), metres otherwise; a glued "b"
 * counts only as money.
 */
export function scaleAfter(
  tokens: readonly Token[],
  position: number,
  digits: boolean,
  money: boolean,
): Scale {
  const token = tokens[position];
  if (token === undefined || token.type !== 'word') return { factor: 1, end: position };
  const long = SCALE_WORDS[token.lower];
  if (long !== undefined) {
    // Number words carry their own scale ("two million"); only digits take a separate one.
    return digits ? { factor: long, end: position + 1 } : { factor: 1, end: position };
  }
  const short = SHORT_SCALES[token.lower];
  if (!digits || short === undefined || !adjacent(tokens[position - 1], token))
    return { factor: 1, end: position };
  if (token.lower === 'k' || money) return { factor: short, end: position + 1 };
  if (token.lower === 'm') {
    return isPluralNoun(tokens[position + 1])
      ? { factor: short, end: position + 1 }
      : { factor: 1, end: position + 1, metres: true };
  }
  return { factor: 1, end: position };
}

export interface Unit {
  readonly kind: QuantityKind;
  readonly unit?: string;
  /** Set by units that also say what is counted: an age, a compound ("30-country"). */
  readonly counted?: string;
  /** Token index after the unit. */
  readonly end: number;
  /** Multiplier to the main currency unit ("pence" → 0.01). */
  readonly factor?: number;
}

/** Hyphenated compounds: "30-day", "34-year-old", "10-kilometre", "30-country". */
function compoundUnit(tokens: readonly Token[], position: number, digits: boolean): Unit | undefined {
  const dash = tokens[position];
  const word = tokens[position + 1];
  if (dash === undefined || word === undefined || word.type !== 'word') return undefined;
  if (!adjacent(tokens[position - 1], dash) || !adjacent(dash, word)) return undefined;
  const duration = DURATION_UNITS[word.lower];
  if (duration === 'years' && tokens[position + 2]?.text === '-' && tokens[position + 3]?.lower === 'old')
    return { kind: 'measure', unit: 'years', counted: 'age', end: position + 4 };
  if (duration !== undefined) return { kind: 'duration', unit: duration, end: position + 2 };
  const measure = MEASURE_WORDS[word.lower] ?? MEASURE_ABBREVIATIONS[word.text];
  if (measure !== undefined) return { kind: 'measure', unit: measure, end: position + 2 };
  if (digits && /^\p{Ll}{3,}$/u.test(word.text) && !FUNCTION_WORDS.has(word.lower) && word.lower !== 'plus')
    return { kind: 'count', counted: word.lower, end: position + 2 };
  return undefined;
}

/** Unit after the number and its scale: percent, currency word or code, duration, measure, or an age. */
export function unitAfter(tokens: readonly Token[], position: number, digits: boolean): Unit | undefined {
  const token = tokens[position];
  if (token === undefined) return undefined;
  const next = tokens[position + 1];
  if (token.text === '%' || token.lower === 'percent' || token.lower === 'pct')
    return { kind: 'percent', unit: '%', end: position + 1 };
  if (token.lower === 'per' && next?.lower === 'cent')
    return { kind: 'percent', unit: '%', end: position + 2 };
  if (token.lower === 'percentage' && /^points?$/.test(next?.lower ?? ''))
    return { kind: 'percent', unit: 'pp', end: position + 2 };
  const dollar = DOLLAR_ADJECTIVES[token.text];
  if (dollar !== undefined && /^dollars?$/.test(next?.lower ?? ''))
    return { kind: 'money', unit: dollar, end: position + 2 };
  // "200 pounds of cocaine" weighs; "200 pounds" alone is money.
  if (token.lower.startsWith('pound') && next?.lower === 'of')
    return { kind: 'measure', unit: 'lb', end: position + 1 };
  const currency = CURRENCY_WORDS[token.lower];
  if (currency !== undefined)
    return { kind: 'money', unit: currency.code, end: position + 1, factor: currency.factor };
  if (CURRENCY_CODES.has(token.text)) return { kind: 'money', unit: token.text, end: position + 1 };
  if (DASHES.has(token.text)) return compoundUnit(tokens, position, digits);
  const duration = DURATION_UNITS[token.lower];
  // Written in lower case only: "Day", "Min" are names or headings.
  if (duration !== undefined && token.text === token.lower) {
    if (duration === 'years' && next?.lower === 'old')
      return { kind: 'measure', unit: 'years', counted: 'age', end: position + 2 };
    return { kind: 'duration', unit: duration, end: position + 1 };
  }
  if (token.lower === 'square' || token.lower === 'sq') {
    const base = MEASURE_WORDS[next?.lower ?? ''] ?? MEASURE_ABBREVIATIONS[next?.text ?? ''];
    const square = base === undefined ? undefined : SQUARE_UNITS[base];
    if (square !== undefined) return { kind: 'measure', unit: square, end: position + 2 };
  }
  if (token.text === '°' && (next?.text === 'C' || next?.text === 'F'))
    return { kind: 'measure', unit: `deg${next.text}`, end: position + 2 };
  const measure = MEASURE_WORDS[token.lower] ?? MEASURE_ABBREVIATIONS[token.text];
  if (measure !== undefined && token.text !== 'sq')
    return { kind: 'measure', unit: measure, end: position + 1 };
  return undefined;
}
