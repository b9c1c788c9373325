// Tunable numbers of the story timeline.

/** Two dated sentences about the same day tell the same event when their content words overlap at least this
 *  much (Jaccard). On the bundled example, sentences about the same event across outlets share 0.25–0.5 of their
 *  content words and different events of one day under 0.2; 0.25 keeps those apart. */
export const SAME_EVENT_MIN_JACCARD = 0.25;

/** Sentences with fewer content words than this are date lines or fragments ("Thu 12 Mar 2026 · 06:30"), not
 *  events. */
export const MIN_EVENT_CONTENT_WORDS = 4;

/** At most this many events per day, the best supported first: a timeline is a summary, not an index. */
export const MAX_EVENTS_PER_DAY = 6;
