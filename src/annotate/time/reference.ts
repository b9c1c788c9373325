// The date an article's relative expressions count from: its publication date, else the date its own text states
// at the top, else the date that best fits the dates the rest of its story establishes.
import { parseCivilDate, formatCivilDate } from './calendar.ts';
import { findTimeExpressions, scanTimeExpressions, type TimeScan } from './find.ts';
import { TOP_DATE_WINDOW_CHARS } from './thresholds.ts';
import type { TimeExpression } from './types.ts';

export interface DatedText {
  readonly text: string;
  /** `YYYY-MM-DD` or an ISO time. */
  readonly publishedAt?: string;
}

/** Where a reference date came from: the article's metadata, its own text, its story, or nowhere. */
export type ReferenceBasis = 'published' | 'stated' | 'story' | 'none';

export interface Reference {
  readonly date?: string;
  readonly basis: ReferenceBasis;
}

/** Days a text places on the calendar: explicit or resolved, to the day or finer, ranges by their first day. */
function daysOf(expressions: readonly TimeExpression[]): Set<string> {
  const days = new Set<string>();
  for (const expression of expressions)
    if (
      expression.date !== undefined &&
      expression.resolvedBy !== 'none' &&
      (expression.precision === 'day' || expression.precision === 'time')
    )
      days.add(expression.date);
  return days;
}

/** The first full date (day, month and year written out) starting within `TOP_DATE_WINDOW_CHARS` of the top:
 *  a date line ("Thu 12 Mar 2026 · 06:30 CET") or an opening such as "On Thursday, April 17, 2025, …". */
export function statedDate(text: string): string | undefined {
  const top = text.slice(0, TOP_DATE_WINDOW_CHARS + 100);
  return findTimeExpressions(top).value.find(
    (expression) =>
      expression.start < TOP_DATE_WINDOW_CHARS &&
      expression.resolvedBy === 'explicit' &&
      (expression.precision === 'day' || expression.precision === 'time'),
  )?.date;
}

/** The article's own reference: its publication date, else the date its text states at the top. */
export function ownReference(article: DatedText): Reference {
  const published = article.publishedAt === undefined ? undefined : parseCivilDate(article.publishedAt);
  if (published !== undefined) return { date: formatCivilDate(published), basis: 'published' };
  const stated = statedDate(article.text);
  return stated === undefined ? { basis: 'none' } : { date: stated, basis: 'stated' };
}

/** An article's expressions, found once, with its own reference date when it has one. */
export interface ScannedArticle {
  readonly scan: TimeScan;
  readonly reference?: string;
}

/** The days a story places on the calendar, each with the number of articles that place it (an article counts
 *  once per day, so one repeating "Wednesday" does not outweigh the others). */
export interface StoryDays {
  /** Every day an article resolves against its own reference, explicit dates alone when it has none. */
  readonly established: ReadonlyMap<string, number>;
  /** Days that may serve as a reference: established days up to the latest reference day of any article (days
   *  after it, such as a "Monday" meeting still to come, are rarely a publication day), or only explicit dates
   *  when no article has a reference. */
  readonly candidates: ReadonlySet<string>;
}

export function establishStoryDays(articles: readonly ScannedArticle[]): StoryDays {
  const established = new Map<string, number>();
  const explicit = new Set<string>();
  let latestReference: string | undefined;
  for (const article of articles) {
    const expressions = article.scan.resolve(
      article.reference === undefined ? {} : { referenceDate: article.reference },
    ).value;
    const days = daysOf(expressions);
    if (article.reference !== undefined) {
      days.add(article.reference);
      if (latestReference === undefined || article.reference > latestReference)
        latestReference = article.reference;
    }
    for (const day of days) established.set(day, (established.get(day) ?? 0) + 1);
    for (const day of daysOf(expressions.filter((expression) => expression.resolvedBy === 'explicit')))
      explicit.add(day);
  }
  const candidates =
    latestReference === undefined
      ? explicit
      : new Set([...established.keys()].filter((day) => day <= (latestReference ?? day)));
  return { established, candidates };
}

interface Fit {
  readonly date: string;
  /** The article's days that the story establishes too. */
  readonly hits: number;
  /** The article's days inside the span of the story's days: a bare "Wednesday" read a week too early falls
   *  outside it. */
  readonly inSpan: number;
  /** Whether the article names the candidate day itself ("said on Wednesday", "later today"). */
  readonly mentioned: boolean;
}

function isBetterFit(fit: Fit, best: Fit | undefined): boolean {
  if (best === undefined) return true;
  if (fit.hits !== best.hits) return fit.hits > best.hits;
  if (fit.inSpan !== best.inSpan) return fit.inSpan > best.inSpan;
  if (fit.mentioned !== best.mentioned) return fit.mentioned;
  return fit.date > best.date;
}

/** The story day that best serves as the reference of an undated article. Each candidate day is tried, and the
 *  one under which most of the article's own days land on days the story establishes wins ("Wednesday night" in
 *  a piece about a Thursday meeting fits a Thursday reference); then the one with most days inside the story's
 *  span; then one the article names itself under that reference (reports date their own day: "said on
 *  Wednesday", "later today"); then the later day, since articles follow the events they report. On the
 *  bundled example story, hiding one article's date at a time, this finds 4 of 6 dates exactly and the other
 *  two a day early; preferring the day more articles name, or simply the later day, found 3 of 6. */
export function referenceFromStory(scan: TimeScan, story: StoryDays): string | undefined {
  const known = [...story.established.keys()].sort();
  const first = known[0];
  const last = known[known.length - 1];
  let best: Fit | undefined;
  for (const date of story.candidates) {
    const days = [...daysOf(scan.resolve({ referenceDate: date }).value)];
    const fit: Fit = {
      date,
      hits: days.filter((day) => story.established.has(day)).length,
      inSpan: days.filter((day) => first !== undefined && last !== undefined && day >= first && day <= last)
        .length,
      mentioned: days.includes(date),
    };
    if (isBetterFit(fit, best)) best = fit;
  }
  return best?.date;
}

/** The reference date (`YYYY-MM-DD`) of the first text; the texts after it are other articles of the same
 *  story. Its own publication date wins, then a full date stated near the top of its text, then the day that
 *  best fits the dates the story establishes (see `establishedDays` and `referenceFromStory`). Undefined when
 *  none of these gives a date. */
export function inferReferenceDate(texts: readonly DatedText[]): string | undefined {
  const [target, ...others] = texts;
  if (target === undefined) return undefined;
  const own = ownReference(target);
  if (own.date !== undefined) return own.date;
  const targetScan = scanTimeExpressions(target.text);
  const story = establishStoryDays([
    { scan: targetScan },
    ...others.map((article) => {
      const reference = ownReference(article).date;
      return { scan: scanTimeExpressions(article.text), ...(reference === undefined ? {} : { reference }) };
    }),
  ]);
  return referenceFromStory(targetScan, story);
}
