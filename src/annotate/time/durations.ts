// Lengths of time ("24 hours", "for more than three years", "a 24-hour strike"): found so that they are
// labelled as durations and never read as points in time.
import { NUMBER_WORD_VALUES } from '../quantities/number-words.ts';
import type { TimeExpression, TimePrecision } from './types.ts';

/** Cardinals in words, plus the words that count one or a hundred in a length ("a year", "a hundred days"). */
const NUMBER_WORDS: Readonly<Record<string, number>> = { ...NUMBER_WORD_VALUES, hundred: 100, a: 1, an: 1 };

interface Unit {
  readonly designator: string;
  readonly timePart: boolean;
  readonly multiplier: number;
  readonly precision: TimePrecision;
}

const UNITS: Readonly<Record<string, Unit>> = {
  second: { designator: 'S', timePart: true, multiplier: 1, precision: 'time' },
  minute: { designator: 'M', timePart: true, multiplier: 1, precision: 'time' },
  hour: { designator: 'H', timePart: true, multiplier: 1, precision: 'time' },
  day: { designator: 'D', timePart: false, multiplier: 1, precision: 'day' },
  week: { designator: 'W', timePart: false, multiplier: 1, precision: 'week' },
  fortnight: { designator: 'D', timePart: false, multiplier: 14, precision: 'day' },
  month: { designator: 'M', timePart: false, multiplier: 1, precision: 'month' },
  year: { designator: 'Y', timePart: false, multiplier: 1, precision: 'year' },
  decade: { designator: 'Y', timePart: false, multiplier: 10, precision: 'year' },
  century: { designator: 'Y', timePart: false, multiplier: 100, precision: 'year' },
};

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const WORD_NUMBER = `(?:(?:${TENS})[- ](?:${ONES})|${Object.keys(NUMBER_WORDS)
  .filter((word) => word !== 'a' && word !== 'an')
  .join('|')})`;
const UNIT_WORDS =
  'seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centuries|century';

/** A number and a unit, spaced or hyphenated ("24 hours", "24-hour", "three years", "twenty-four hours"); `a`/`an`
 *  count only after a word that makes a length of the phrase ("for a year", "within an hour"). */
const DURATION = new RegExp(
  `(?<![\\p{L}\\d.,])(?:(?<lead>for|within|over|during|past|last|next|in|after|than|nearly|almost|about|around|roughly|some)\\s+)?` +
    `(?<number>\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${WORD_NUMBER}|a|an)[- ](?<unit>${UNIT_WORDS})(?![\\p{L}\\d])`,
  'giu',
);

/** What follows a number and unit that makes it something other than a length: an offset from an event
 *  ("two days after", "a year later"), an age ("45 years old", "a 45-year-old") or a point ("three years ago"). */
const NOT_A_LENGTH_AFTER =
  /^(?:\s+(?:ago|later|earlier|before|after|since|prior|previously|from now|old|of age)\b|-old\b)/iu;

/** The value of a number written in digits ("24", "1.5") or words ("three", "twenty-four", "a"). */
export function numberValue(text: string): number | undefined {
  const lower = text.toLowerCase();
  if (/^\d/u.test(lower)) return Number(lower.replace(/,/gu, ''));
  const direct = NUMBER_WORDS[lower];
  if (direct !== undefined) return direct;
  const [tens, ones] = lower.split(/[- ]/u);
  const tensValue = tens === undefined ? undefined : NUMBER_WORDS[tens];
  const onesValue = ones === undefined ? undefined : NUMBER_WORDS[ones];
  return tensValue === undefined || onesValue === undefined ? undefined : tensValue + onesValue;
}

function unitOf(word: string): Unit | undefined {
  const lower = word.toLowerCase();
  const singular = lower === 'centuries' ? 'century' : lower.replace(/s$/u, '');
  return UNITS[singular];
}

function isoDuration(amount: number, unit: Unit): string {
  const value = Number((amount * unit.multiplier).toFixed(3));
  return unit.timePart ? `PT${value}${unit.designator}` : `P${value}${unit.designator}`;
}

export function findDurations(text: string): TimeExpression[] {
  const found: TimeExpression[] = [];
  for (const match of text.matchAll(DURATION)) {
    const groups = match.groups ?? {};
    const numberText = groups['number'] ?? '';
    const unitText = groups['unit'] ?? '';
    const lead = groups['lead'];
    if (/^an?$/iu.test(numberText) && lead === undefined) continue;
    const end = match.index + match[0].length;
    if (NOT_A_LENGTH_AFTER.test(text.slice(end, end + 20))) continue;
    const amount = numberValue(numberText);
    const unit = unitOf(unitText);
    if (amount === undefined || unit === undefined) continue;
    const start = lead === undefined ? match.index : end - numberText.length - 1 - unitText.length;
    found.push({
      start,
      end,
      text: text.slice(start, end),
      kind: 'duration',
      duration: isoDuration(amount, unit),
      precision: unit.precision,
      resolvedBy: 'none',
    });
  }
  return found;
}
