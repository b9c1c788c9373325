// Placing a found expression on the calendar: a stated year makes it explicit; everything else counts from the
// reference date, with news conventions for bare weekdays and months (the tense of the sentence decides).
import { diagnostic, type Diagnostic } from '../../core/index.ts';
import {
  addDays,
  type CivilDate,
  compareDates,
  daysBetween,
  daysInMonth,
  formatCivilDate,
  isValidDate,
  weekdayOf,
  weekStart,
} from './calendar.ts';
import { numberValue } from './durations.ts';
import {
  CLOCK_MARKER,
  MONTH_NAME,
  REFERENCE_DAY_WORDS,
  WEEKDAY_NAME,
  type Candidate,
  type StatedParts,
} from './scan.ts';
import type { Tense } from './tense.ts';
import type {
  PartOfDay,
  TimeExpression,
  TimeExpressionKind,
  TimePrecision,
  TimeResolution,
} from './types.ts';

/** A year written out: four digits from 1800 to 2099 not inside a longer number. */
const STATED_YEAR = /(?<![\d.,])(?:1[89]|20)\d{2}(?!\d)/u;
/** A calendar period counted from the reference date: "last week", "this year", "next weekend". */
const REFERENCE_PERIOD =
  /\b(?<modifier>last|past|previous|next|coming|this|current)\s+(?<unit>week|weekend|month|year)\b/iu;
const AGO = /\b(?<number>\d+|[a-z]+(?:[- ][a-z]+)?)\s+(?<unit>minute|hour|day|week|month|year)s?\s+ago\b/iu;
const PART_OF_DAY_WORDS: readonly (readonly [RegExp, PartOfDay])[] = [
  [/\b(?:morning|dawn)\b|\d\s*a\.?\s?m\b/iu, 'morning'],
  [/\b(?:afternoon|midday|noon)\b/iu, 'afternoon'],
  [/\bevening\b/iu, 'evening'],
  [/\b(?:night|tonight|overnight|midnight)\b|\d\s*p\.?\s?m\b/iu, 'night'],
];
/** Expressions that are only a part of the reference day (or the night before). */
const PART_OF_DAY_ONLY =
  /^(?:(?:later|earlier)\s+)?(?:tonight|last night|this (?:morning|afternoon|evening))$/iu;

interface Point {
  readonly kind: TimeExpressionKind;
  readonly date?: CivilDate;
  readonly endDate?: CivilDate;
  readonly precision: TimePrecision;
  readonly resolvedBy: TimeResolution;
}

export interface ResolveContext {
  readonly reference: CivilDate | undefined;
  /** The tense of the sentence around the candidate, computed on demand. */
  readonly tense: () => Tense;
  readonly diagnostics: Diagnostic[];
}

const monthPoint = (
  kind: TimeExpressionKind,
  year: number,
  month: number,
  resolvedBy: TimeResolution,
): Point => ({
  kind,
  date: { year, month, day: 1 },
  endDate: { year, month, day: daysInMonth(year, month) },
  precision: 'month',
  resolvedBy,
});

const yearPoint = (kind: TimeExpressionKind, year: number, resolvedBy: TimeResolution): Point => ({
  kind,
  date: { year, month: 1, day: 1 },
  endDate: { year, month: 12, day: 31 },
  precision: 'year',
  resolvedBy,
});

const unresolved = (kind: TimeExpressionKind, precision: TimePrecision): Point => ({
  kind,
  precision,
  resolvedBy: 'none',
});

function addMonths(date: CivilDate, months: number): { year: number; month: number } {
  const index = date.year * 12 + date.month - 1 + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

const isBackward = (modifier: string | undefined): boolean =>
  modifier === 'last' || modifier === 'past' || modifier === 'previous';

/** The day a bare weekday names: "last"/"next" step strictly back or forward; "this"/"coming" and future tense
 *  look ahead, anything else looks back, both counting the reference day itself. */
function resolveWeekday(
  weekday: number,
  reference: CivilDate,
  modifier: string | undefined,
  tense: () => Tense,
) {
  const referenceWeekday = weekdayOf(reference);
  const back = (referenceWeekday - weekday + 7) % 7;
  const ahead = (weekday - referenceWeekday + 7) % 7;
  if (isBackward(modifier)) return addDays(reference, -(back === 0 ? 7 : back));
  if (modifier === 'next') return addDays(reference, ahead === 0 ? 7 : ahead);
  if (modifier === 'this' || modifier === 'coming')
    return addDays(reference, tense() === 'past' ? -back : ahead);
  return addDays(reference, tense() === 'future' ? ahead : -back);
}

/** The year of a month named without one: "last"/"next" step strictly back or forward; past tense takes the
 *  latest such month up to the reference month, future tense the earliest from it, otherwise the nearest. */
function resolveMonthYear(
  month: number,
  reference: CivilDate,
  modifier: string | undefined,
  tense: () => Tense,
) {
  const { year, month: current } = reference;
  if (isBackward(modifier)) return month < current ? year : year - 1;
  if (modifier === 'next') return month > current ? year : year + 1;
  if (modifier === 'this') return year;
  const direction = tense();
  if (direction === 'past') return month <= current ? year : year - 1;
  if (direction === 'future') return month >= current ? year : year + 1;
  if (month - current > 6) return year - 1;
  if (current - month > 6) return year + 1;
  return year;
}

/** A day and month without a year: in past tense the latest such day up to the reference, in future tense the
 *  earliest from it, otherwise the one nearest the reference. */
function resolveDayYear(
  month: number,
  day: number,
  reference: CivilDate,
  tense: () => Tense,
): CivilDate | undefined {
  const options = [reference.year - 1, reference.year, reference.year + 1]
    .map((year) => ({ year, month, day }))
    .filter(isValidDate);
  const direction = tense();
  const allowed =
    direction === 'past'
      ? options.filter((date) => compareDates(date, reference) <= 0)
      : direction === 'future'
        ? options.filter((date) => compareDates(date, reference) >= 0)
        : options;
  return [...allowed].sort(
    (left, right) => Math.abs(daysBetween(reference, left)) - Math.abs(daysBetween(reference, right)),
  )[0];
}

/** "last week", "this year", "next weekend": a calendar period around the reference (weeks run Monday–Sunday). */
function resolvePeriod(modifier: string, unit: string, reference: CivilDate): Point {
  const step = isBackward(modifier) ? -1 : modifier === 'next' || modifier === 'coming' ? 1 : 0;
  if (unit === 'week') {
    const monday = addDays(weekStart(reference), 7 * step);
    return {
      kind: 'relative',
      date: monday,
      endDate: addDays(monday, 6),
      precision: 'week',
      resolvedBy: 'reference',
    };
  }
  if (unit === 'weekend') {
    const saturday = addDays(weekStart(reference), 5 + 7 * step);
    return {
      kind: 'relative',
      date: saturday,
      endDate: addDays(saturday, 1),
      precision: 'day',
      resolvedBy: 'reference',
    };
  }
  if (unit === 'month') {
    const { year, month } = addMonths(reference, step);
    return monthPoint('relative', year, month, 'reference');
  }
  return yearPoint('relative', reference.year + step, 'reference');
}

/** "yesterday", "later today", "three years ago", "last night": counted from the reference day. */
function resolveReferenceDay(text: string, reference: CivilDate, kind: TimeExpressionKind): Point {
  const ago = AGO.exec(text);
  if (ago?.groups !== undefined) {
    const amount = Math.round(numberValue(ago.groups['number'] ?? '') ?? 1);
    const unit = (ago.groups['unit'] ?? 'day').toLowerCase();
    if (unit === 'year') return yearPoint(kind, reference.year - amount, 'reference');
    if (unit === 'month') {
      const { year, month } = addMonths(reference, -amount);
      return monthPoint(kind, year, month, 'reference');
    }
    if (unit === 'week') {
      const monday = weekStart(addDays(reference, -7 * amount));
      return { kind, date: monday, endDate: addDays(monday, 6), precision: 'week', resolvedBy: 'reference' };
    }
    const days = unit === 'day' ? amount : unit === 'hour' ? Math.floor(amount / 24) : 0;
    return { kind, date: addDays(reference, -days), precision: 'day', resolvedBy: 'reference' };
  }
  const lower = text.toLowerCase();
  const offset = /day before yesterday/u.test(lower)
    ? -2
    : /day after tomorrow/u.test(lower)
      ? 2
      : /\byesterday\b|\blast night\b/u.test(lower)
        ? -1
        : /\btomorrow\b/u.test(lower)
          ? 1
          : 0;
  return { kind, date: addDays(reference, offset), precision: 'day', resolvedBy: 'reference' };
}

/** The point or period one end of a candidate names. Rules in order; the first that applies decides. */
function resolveParts(
  parts: StatedParts,
  text: string,
  modifier: string | undefined,
  context: ResolveContext,
): Point | undefined {
  const { reference } = context;

  // Rule 1: a stated year makes the date explicit, to the finest unit the text gives.
  if (parts.year !== undefined && STATED_YEAR.test(text)) {
    if (parts.month === undefined) return yearPoint('absolute', parts.year, 'explicit');
    if (parts.day === undefined) return monthPoint('absolute', parts.year, parts.month, 'explicit');
    const date = { year: parts.year, month: parts.month, day: parts.day };
    if (!isValidDate(date)) return undefined;
    if (parts.weekday !== undefined && parts.weekday !== weekdayOf(date))
      context.diagnostics.push(
        diagnostic(
          'warning',
          'annotate/weekday-mismatch',
          `"${text}" names a weekday that ${formatCivilDate(date)} is not; the date was kept`,
        ),
      );
    return { kind: 'absolute', date, precision: 'day', resolvedBy: 'explicit' };
  }

  // Rule 2: "last week", "this year", "next weekend": calendar periods around the reference. "The past week"
  // is a length ending now, not a calendar week, and is left to the duration finder.
  const period = REFERENCE_PERIOD.exec(text);
  if (period?.groups !== undefined && !/\bago\b/iu.test(text)) {
    const periodModifier = (period.groups['modifier'] ?? 'this').toLowerCase();
    const unit = (period.groups['unit'] ?? 'week').toLowerCase();
    if (periodModifier === 'past' && unit !== 'weekend') return undefined;
    if (reference === undefined)
      return unresolved('relative', unit === 'weekend' ? 'day' : (unit as TimePrecision));
    return resolvePeriod(periodModifier, unit, reference);
  }

  // Rule 3: "over the weekend": the latest weekend up to the reference, or the coming one in future tense.
  if (/\bweekend\b/iu.test(text)) {
    if (reference === undefined) return unresolved('relative', 'day');
    const thisWeekend = addDays(weekStart(reference), 5);
    const inProgress = compareDates(thisWeekend, reference) <= 0;
    const saturday = context.tense() === 'future' || inProgress ? thisWeekend : addDays(thisWeekend, -7);
    return {
      kind: 'relative',
      date: saturday,
      endDate: addDays(saturday, 1),
      precision: 'day',
      resolvedBy: 'reference',
    };
  }

  // Rule 4: "yesterday", "later today", "three years ago", "last night": counted from the reference day.
  if (REFERENCE_DAY_WORDS.test(text)) {
    const kind = PART_OF_DAY_ONLY.test(text) ? 'part-of-day' : 'relative';
    if (reference === undefined) return unresolved(kind, 'day');
    return resolveReferenceDay(text, reference, kind);
  }

  // Rule 5: a day and month without a year take their year from the reference and the tense.
  if (parts.month !== undefined && parts.day !== undefined && MONTH_NAME.test(text)) {
    if (reference === undefined) return unresolved('absolute', 'day');
    const date = resolveDayYear(parts.month, parts.day, reference, context.tense);
    return date === undefined
      ? undefined
      : { kind: 'absolute', date, precision: 'day', resolvedBy: 'reference' };
  }

  // Rule 6: a month alone takes its year from the reference, the modifier and the tense.
  if (parts.month !== undefined && parts.day === undefined && MONTH_NAME.test(text)) {
    const kind = modifier === undefined ? 'absolute' : 'relative';
    if (reference === undefined) return unresolved(kind, 'month');
    const year = resolveMonthYear(parts.month, reference, modifier, context.tense);
    return monthPoint(kind, year, parts.month, 'reference');
  }

  // Rule 7: a weekday without a calendar date is the nearest such day the tense allows.
  if (parts.weekday !== undefined && parts.day === undefined && WEEKDAY_NAME.test(text)) {
    if (reference === undefined) return unresolved('weekday', 'day');
    const date = resolveWeekday(parts.weekday, reference, modifier, context.tense);
    return { kind: 'weekday', date, precision: 'day', resolvedBy: 'reference' };
  }

  // Rule 8: "this morning", "this evening": a part of the reference day.
  if (PART_OF_DAY_ONLY.test(text)) {
    if (reference === undefined) return unresolved('part-of-day', 'day');
    return { kind: 'part-of-day', date: reference, precision: 'day', resolvedBy: 'reference' };
  }

  // Rule 9: a clock time alone carries no date.
  if (parts.hour !== undefined && CLOCK_MARKER.test(text)) return unresolved('clock-time', 'time');
  return undefined;
}

function partOfDayOf(text: string): PartOfDay | undefined {
  return PART_OF_DAY_WORDS.find(([pattern]) => pattern.test(text))?.[1];
}

function clockTimeOf(parts: StatedParts, text: string): string | undefined {
  if (parts.hour === undefined || !CLOCK_MARKER.test(text)) return undefined;
  return `${String(parts.hour).padStart(2, '0')}:${String(parts.minute ?? 0).padStart(2, '0')}`;
}

/** The second end of a range, placed on or after the first. */
function rangeEndOf(to: StatedParts, start: CivilDate): CivilDate | undefined {
  if (to.weekday !== undefined && to.day === undefined)
    return addDays(start, (to.weekday - weekdayOf(start) + 7) % 7);
  if (to.day === undefined && to.month === undefined) return undefined;
  const candidate = { year: to.year ?? start.year, month: to.month ?? start.month, day: to.day ?? start.day };
  const end =
    to.year === undefined && compareDates(candidate, start) < 0
      ? { ...candidate, year: candidate.year + 1 }
      : candidate;
  return isValidDate(end) ? end : undefined;
}

/** A candidate on the calendar, or undefined when no rule reads it as a time. */
export function resolveCandidate(candidate: Candidate, context: ResolveContext): TimeExpression | undefined {
  const { to } = candidate;
  // "March 3 to March 9, 2025": the start shares the year the end states (the one before, across a new year).
  const from =
    to?.year !== undefined &&
    to.month !== undefined &&
    candidate.from.year === undefined &&
    candidate.from.month !== undefined
      ? { ...candidate.from, year: candidate.from.month > to.month ? to.year - 1 : to.year }
      : candidate.from;
  const point = resolveParts(from, candidate.text, candidate.modifier, context);
  if (point === undefined) return undefined;
  const time = clockTimeOf(from, candidate.text);
  const rangeEnd = to === undefined || point.date === undefined ? undefined : rangeEndOf(to, point.date);
  const partOfDay = partOfDayOf(candidate.text);
  const precision: TimePrecision = time !== undefined && point.precision === 'day' ? 'time' : point.precision;
  const endDate = rangeEnd ?? point.endDate;
  return {
    start: candidate.start,
    end: candidate.end,
    text: candidate.text,
    kind: rangeEnd === undefined ? point.kind : 'range',
    ...(point.date === undefined ? {} : { date: formatCivilDate(point.date) }),
    ...(endDate === undefined ? {} : { endDate: formatCivilDate(endDate) }),
    ...(time === undefined ? {} : { time }),
    ...(partOfDay === undefined ? {} : { partOfDay }),
    precision,
    resolvedBy: point.resolvedBy,
  };
}
