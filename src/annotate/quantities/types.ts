// What a number phrase in an article states, normalised so that claims from several outlets can be compared.
import type { TextRange } from '../../core/index.ts';

/** `duration` and `measure` (ages, distances, weights) are kept apart so that count comparisons can skip them. */
export type QuantityKind = 'count' | 'money' | 'percent' | 'duration' | 'measure';

/** How the outlet hedged the number: `exact` when it gave it bare. */
export type QuantityQualifier =
  'about' | 'at-least' | 'at-most' | 'more-than' | 'less-than' | 'up-to' | 'range' | 'exact';

export interface Quantity {
  /** Span of the number phrase (qualifier, number, unit, counted noun) in the text, UTF-16, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly sentence: TextRange;
  /** `text.slice(start, end)`. */
  readonly text: string;
  /** Normalised value (`€21 billion` → 21e9, `10%` → 10); the midpoint for a range. */
  readonly value: number;
  /**
   * Bounds the wording implies, present only when finite: `exact` gives low = high = value, `about` ±
   * APPROXIMATE_TOLERANCE, `more-than`/`at-least` a low only, `up-to`/`less-than`/`at-most` a high only.
   * Bounds of `more-than`/`less-than` are exclusive in meaning but stored as the stated number.
   */
  readonly low?: number;
  readonly high?: number;
  readonly approximate: boolean;
  readonly qualifier: QuantityQualifier;
  readonly kind: QuantityKind;
  /** `EUR`, `USD`, `GBP`, … for money; `%` or `pp` for percent; `days`, `hours`, `years`, … for durations;
   *  `km`, `kg`, `t`, … for measures; `people` for counts of people. Absent for other counts. */
  readonly unit?: string;
  /** Head noun of what is counted, lower-cased as written: `troops`, `civilians`, `containers`. */
  readonly counted?: string;
  /** Singular lemma of `counted` (`troops` → `troop`), for grouping across outlets. */
  readonly countedLemma?: string;
  /** The verb or state the number is tied to, as a past participle: `killed`, `injured`, `hurt`, `destroyed`. */
  readonly event?: string;
  /** Synonyms folded together (`hurt`/`wounded`/`injured` → `injured`; `died`/`dead`/`killed` → `killed`). */
  readonly eventClass?: string;
  /** The place or named thing the number is about when stated near it (`in Sumy` → `Sumy`). */
  readonly about?: string;
  /** Set when the text gives the number as an outdated figure ("14, up from the 12 reported on Tuesday"):
   *  it tells what was said before, and should not count as a conflicting value. */
  readonly superseded?: boolean;
}
