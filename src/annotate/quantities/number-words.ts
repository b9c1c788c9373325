// Numbers written in words: "thirty-seven", "two hundred and fifty", "a dozen", "1.4 million", "dozens".
import { VAGUE_PLURAL_MINIMUM } from './thresholds.ts';
import { adjacent, type Token } from './tokens.ts';

const SMALL: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Every single-word cardinal below a hundred: the units, teens and tens. */
export const NUMBER_WORD_VALUES: Readonly<Record<string, number>> = { ...SMALL, ...TENS };

export const MULTIPLIERS: Readonly<Record<string, number>> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

/** Plural unit words that mean "several of": "dozens" → at least 2 × 12. */
const VAGUE_PLURALS: Readonly<Record<string, number>> = {
  dozens: 12,
  hundreds: 1e2,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
};

// The tables as maps for lookups: every word of every text is tried as the start of a number, and a map is
// both faster than a keyed object read and blind to inherited keys ("constructor" is not a number).
const SMALL_VALUES: ReadonlyMap<string, number> = new Map(Object.entries(SMALL));
const TENS_VALUES: ReadonlyMap<string, number> = new Map(Object.entries(TENS));
const MULTIPLIER_VALUES: ReadonlyMap<string, number> = new Map(Object.entries(MULTIPLIERS));
const VAGUE_PLURAL_VALUES: ReadonlyMap<string, number> = new Map(Object.entries(VAGUE_PLURALS));
/** Words a number in words can start with; any other word starts none. */
const NUMBER_OPENERS: ReadonlySet<string> = new Set([
  ...SMALL_VALUES.keys(),
  ...TENS_VALUES.keys(),
  ...VAGUE_PLURAL_VALUES.keys(),
  'tens',
  'a',
  'an',
  'half',
]);

export interface WordNumber {
  readonly value: number;
  /** Index of the token after the number. */
  readonly end: number;
  /** `dozen`: "a dozen" (approximate); `plural`: "dozens", "tens of thousands" (a lower bound only). */
  readonly vague?: 'dozen' | 'plural';
  /** Count of number words read: one bare "one" is rarely a quantity. */
  readonly words: number;
}

export function isNumberWord(lower: string): boolean {
  return (
    SMALL_VALUES.has(lower) ||
    TENS_VALUES.has(lower) ||
    MULTIPLIER_VALUES.has(lower) ||
    VAGUE_PLURAL_VALUES.has(lower) ||
    lower === 'dozen'
  );
}

function lowerAt(tokens: readonly Token[], index: number): string {
  return tokens[index]?.lower ?? '';
}

/** A vague plural: "dozens", "hundreds of thousands", "tens of millions". */
function parseVaguePlural(tokens: readonly Token[], index: number): WordNumber | undefined {
  const word = lowerAt(tokens, index);
  const ofNext = lowerAt(tokens, index + 1) === 'of';
  const scaled = VAGUE_PLURAL_VALUES.get(lowerAt(tokens, index + 2));
  if ((word === 'tens' || VAGUE_PLURAL_VALUES.has(word)) && ofNext && scaled !== undefined && scaled >= 1e3) {
    const unit = word === 'tens' ? 10 : (VAGUE_PLURAL_VALUES.get(word) ?? 1);
    return { value: VAGUE_PLURAL_MINIMUM * unit * scaled, end: index + 3, vague: 'plural', words: 3 };
  }
  const unit = VAGUE_PLURAL_VALUES.get(word);
  if (unit === undefined) return undefined;
  return { value: VAGUE_PLURAL_MINIMUM * unit, end: index + 1, vague: 'plural', words: 1 };
}

/** Parses a number written in words starting at `index`, or returns undefined. */
export function parseWordNumber(tokens: readonly Token[], index: number): WordNumber | undefined {
  if (!NUMBER_OPENERS.has(lowerAt(tokens, index))) return undefined;
  const vague = parseVaguePlural(tokens, index);
  if (vague !== undefined) return vague;

  let position = index;
  let total = 0;
  let current = 0;
  let words = 0;
  const first = lowerAt(tokens, index);
  // "a hundred", "a million", "a dozen"; "half a million".
  if (first === 'a' || first === 'an' || first === 'half') {
    const factor = first === 'half' ? 0.5 : 1;
    const article = first === 'half' && lowerAt(tokens, index + 1) === 'a' ? 1 : 0;
    const next = lowerAt(tokens, index + 1 + article);
    if (next === 'dozen') return { value: 12 * factor, end: index + 2 + article, vague: 'dozen', words: 1 };
    if (!MULTIPLIER_VALUES.has(next) || (first === 'half' && article === 0)) return undefined;
    current = factor;
    position = index + 1 + article;
  }
  let previous: 'small' | 'tens' | 'hundred' | 'scale' | 'none' = current > 0 ? 'small' : 'none';
  while (position < tokens.length) {
    const token = tokens[position];
    if (token === undefined || token.type !== 'word') break;
    const word = token.lower;
    const small = SMALL_VALUES.get(word);
    const tens = TENS_VALUES.get(word);
    const multiplier = MULTIPLIER_VALUES.get(word);
    if (small !== undefined) {
      if (previous === 'small') break;
      if (previous === 'tens' && small >= 10) break;
      current += small;
      previous = 'small';
    } else if (tens !== undefined) {
      if (previous === 'small' || previous === 'tens') break;
      current += tens;
      previous = 'tens';
      // "thirty-seven"
      const hyphen = tokens[position + 1];
      const unit = tokens[position + 2];
      const unitValue = SMALL_VALUES.get(unit?.lower ?? '');
      if (
        hyphen?.text === '-' &&
        adjacent(token, hyphen) &&
        adjacent(hyphen, unit) &&
        unitValue !== undefined &&
        unitValue > 0 &&
        unitValue < 10
      ) {
        current += unitValue;
        previous = 'small';
        position += 2;
        words += 1;
      }
    } else if (multiplier === 100) {
      if (previous === 'hundred' || previous === 'none') break;
      current = current * 100;
      previous = 'hundred';
    } else if (multiplier !== undefined) {
      if (previous === 'none' || previous === 'scale') break;
      total += current * multiplier;
      current = 0;
      previous = 'scale';
    } else if (word === 'dozen' && previous === 'small' && total === 0) {
      current *= 12;
      position += 1;
      words += 1;
      break;
    } else if (word === 'and' && (previous === 'hundred' || previous === 'scale')) {
      const after = lowerAt(tokens, position + 1);
      if (!SMALL_VALUES.has(after) && !TENS_VALUES.has(after)) break;
    } else {
      break;
    }
    position += 1;
    if (word !== 'and') words += 1;
  }
  if (words === 0) return undefined;
  // A trailing "and" belongs to the sentence, not the number.
  while (position > index && lowerAt(tokens, position - 1) === 'and') position -= 1;
  return { value: total + current, end: position, words };
}
