// Time for the annotate stage: dates and relative expressions in each article, resolved against its reference
// date (its publication date, else a date its text or its story establishes).
export type {
  PartOfDay,
  TimeExpression,
  TimeExpressionKind,
  TimePrecision,
  TimeResolution,
} from './types.ts';
export { findTimeExpressions, scanTimeExpressions, type FindTimeOptions, type TimeScan } from './find.ts';
export {
  inferReferenceDate,
  statedDate,
  type DatedText,
  type Reference,
  type ReferenceBasis,
} from './reference.ts';
export { resolveStoryDates, type StoryArticle, type StoryDates } from './story.ts';
export { findDurations } from './durations.ts';
export { findYears } from './years.ts';
export { tenseAround, type Tense } from './tense.ts';
