// The time annotator's output: each date, relative date, clock time or duration in an article's text, with the
// calendar date it denotes once resolved against the article's reference date.

export type TimeExpressionKind =
  /** A calendar date the text spells out: "Friday, April 11, 2025", "in May 2023", "12 March", "in 2019". */
  | 'absolute'
  /** A date counted from the reference date: "yesterday", "later today", "last week", "three years ago". */
  | 'relative'
  /** A day of the week without a calendar date: "on Thursday", "late Wednesday night". */
  | 'weekday'
  /** A part of the reference day or the one before: "this morning", "tonight", "last night". */
  | 'part-of-day'
  /** Two ends stated together: "10-12 March", "from Monday to Wednesday". */
  | 'range'
  /** A clock time with no date of its own: "at 11.40 p.m.". */
  | 'clock-time'
  /** A length of time, not a point in it: "24 hours", "for more than three years". */
  | 'duration';

/** The finest unit the expression states. A `week` runs Monday to Sunday. */
export type TimePrecision = 'time' | 'day' | 'week' | 'month' | 'year';

/** How `date` was obtained: spelled out in full, counted from the reference date, or not at all. */
export type TimeResolution = 'explicit' | 'reference' | 'none';

export type PartOfDay = 'morning' | 'afternoon' | 'evening' | 'night';

export interface TimeExpression {
  /** UTF-16 offsets into the text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: TimeExpressionKind;
  /** `YYYY-MM-DD`: the day, or the first day of the week, month or year that `precision` names. */
  readonly date?: string;
  /** `YYYY-MM-DD`, inclusive: the last day of a range, week, weekend, month or year. */
  readonly endDate?: string;
  /** `HH:MM`, 24-hour, when the text states a clock time. */
  readonly time?: string;
  readonly partOfDay?: PartOfDay;
  /** ISO 8601 duration (`P3Y`, `PT24H`) for `kind: 'duration'`. */
  readonly duration?: string;
  readonly precision: TimePrecision;
  readonly resolvedBy: TimeResolution;
}
