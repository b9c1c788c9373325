// Time expressions in an article's text, resolved against its reference date: found once (chrono-node plus
// years and durations), then placed on the calendar for any reference.
import { diagnostic, type Diagnostic, type Result } from '../../core/index.ts';
import { type CivilDate, parseCivilDate } from './calendar.ts';
import { findDurations } from './durations.ts';
import { resolveCandidate } from './resolve.ts';
import { scanDates, type Candidate } from './scan.ts';
import { tenseAround, type Tense } from './tense.ts';
import type { TimeExpression } from './types.ts';
import { findYears } from './years.ts';

export interface FindTimeOptions {
  /** `YYYY-MM-DD` or an ISO time (its local date as written is used): usually the publication date. */
  readonly referenceDate?: string;
}

/** The expressions of one text, found but not yet placed: `resolve` may be called for several references. */
export interface TimeScan {
  resolve(options?: FindTimeOptions): Result<readonly TimeExpression[]>;
}

function referenceOf(options: FindTimeOptions, diagnostics: Diagnostic[]): CivilDate | undefined {
  if (options.referenceDate === undefined) return undefined;
  const reference = parseCivilDate(options.referenceDate);
  if (reference === undefined)
    diagnostics.push(
      diagnostic(
        'warning',
        'annotate/bad-reference-date',
        `expected a reference date as YYYY-MM-DD or an ISO time, found "${options.referenceDate}"; relative dates were left unresolved`,
      ),
    );
  return reference;
}

/** Keeps the first of overlapping expressions in text order, the longer one when two start together. */
function withoutOverlaps(expressions: readonly TimeExpression[]): TimeExpression[] {
  const sorted = [...expressions].sort((left, right) => left.start - right.start || right.end - left.end);
  const kept: TimeExpression[] = [];
  for (const expression of sorted) {
    const last = kept[kept.length - 1];
    if (last !== undefined && expression.start < last.end) continue;
    kept.push(expression);
  }
  return kept;
}

export function scanTimeExpressions(text: string): TimeScan {
  const candidates: readonly Candidate[] = scanDates(text);
  const fixed = [...findYears(text), ...findDurations(text)];
  const tenses = new Map<number, Tense>();
  const tenseOf = (candidate: Candidate): Tense => {
    let tense = tenses.get(candidate.start);
    if (tense === undefined) {
      tense = tenseAround(text, candidate.start, candidate.end);
      tenses.set(candidate.start, tense);
    }
    return tense;
  };
  return {
    resolve(options: FindTimeOptions = {}): Result<readonly TimeExpression[]> {
      const diagnostics: Diagnostic[] = [];
      const reference = referenceOf(options, diagnostics);
      const found: TimeExpression[] = [...fixed];
      for (const candidate of candidates) {
        const context = { reference, tense: () => tenseOf(candidate), diagnostics };
        const expression = resolveCandidate(candidate, context);
        if (expression !== undefined) found.push(expression);
      }
      return { value: withoutOverlaps(found), diagnostics };
    },
  };
}

/** Dates, relative dates, clock times and durations in `text`, with character spans; relative ones resolved
 *  against `referenceDate` when given, left with `resolvedBy: 'none'` and no date otherwise. */
export function findTimeExpressions(
  text: string,
  options: FindTimeOptions = {},
): Result<readonly TimeExpression[]> {
  return scanTimeExpressions(text).resolve(options);
}
