// Quotes for the annotate stage: direct, partial and reported speech with speakers.
export { findQuotes, type FindQuotesOptions } from './find-quotes.ts';
export type { Quote, QuoteKind, Speaker } from './types.ts';
