// Tunable numbers of quantity extraction. Each says its unit, what it trades off, and what chose it.

/** Relative half-width of the interval implied by "about/roughly/around N" (and "a dozen"): 0.1 → N ± 10%.
 *  Wider merges more honest roundings ("roughly 200" vs "nearly 200") but also hides real conflicts
 *  ("a dozen" vs "14" must stay apart: 12 × 1.1 = 13.2 < 14). 10% keeps every approximate pair in the
 *  bundled examples compatible and every contested pair apart. */
export const APPROXIMATE_TOLERANCE = 0.1;

/** Lower bound, as a multiple of the unit, of a vague plural: "dozens" ≥ 2 × 12, "hundreds" ≥ 2 × 100.
 *  Two is the smallest count for which the plural is grammatical; a larger floor would assert more than
 *  the outlet did. */
export const VAGUE_PLURAL_MINIMUM = 2;

/** Most words read after the number when looking for the counted noun (a hyphenated compound is one word).
 *  Longer runs start swallowing the next clause when a verb looks like a noun. The longest counted phrase
 *  in the sample corpus and the examples has 2 ("three container ships"); 4 leaves room. */
export const MAX_COUNTED_WORDS = 4;

/** Most tokens between the counted noun and the event verb ("had been destroyed" is 2, "were later
 *  reported killed" 3). Further on, the verb usually belongs to another clause. Set by hand. */
export const MAX_EVENT_GAP_TOKENS = 4;

/** Most characters between a quantity and the place it is about when the place comes before it ("the
 *  town of Sumy that killed 35 civilians": 13). Set by hand on the sample corpus; MAX_ABOUT_LINK_WORDS
 *  does most of the filtering, this only bounds the search. */
export const MAX_ABOUT_DISTANCE_BEFORE = 60;

/** Most words between a place and a quantity that follows it ("Sumy that killed 35": 2). More lets the
 *  subject of a long clause ("X of the Y Service said more than 30") pass as the place counted in. */
export const MAX_ABOUT_LINK_WORDS = 3;

/** Most characters between a quantity and a place introduced after it by in/at/near ("14 people were hurt
 *  in the fire at the Eastmole …": 32). Longer gaps reach places of the next clause. Set by hand. */
export const MAX_ABOUT_DISTANCE_AFTER = 60;

/** A digit run with at least this many digits, split in at least PHONE_MIN_GROUPS groups by spaces, dashes,
 *  dots or brackets, is a phone or reference number, not a quantity. 7 is the shortest local number. */
export const PHONE_MIN_DIGITS = 7;
export const PHONE_MIN_GROUPS = 3;

/** Share of capitalised words (of 4+ letters) from which a line is read as title case, where a
 *  capitalised word before a number ("Toll Reaches 14") is not a model name. Measured on the lines of the
 *  sample corpus and examples: title-case headlines score 0.83–1.0, prose up to 0.75 (name-heavy photo
 *  captions), one name-heavy bullet 0.82. 0.8 misreads that bullet and nothing else. */
export const TITLE_CASE_SHARE = 0.8;

/** Most tokens searched back from a bare number for a frame naming what it counts ("the number of people
 *  injured has risen to 14" is 7). Further back, frames belong to another clause. */
export const MAX_FRAME_TOKENS = 10;

/** A bare figure of at least this size ending in three or more zeros ("200,000", "€40 million") reads as
 *  rounded at its last non-zero digit: "200,000" allows 150,000–250,000, so "a town of 200,000" and "a town
 *  of more than 200,000" agree, while "€40 million" and "€55 million" stay apart. Smaller or less round
 *  figures ("12", "120", "2,053") are taken as stated: "10 dead" and "12 dead" must conflict. */
export const ROUNDED_FIGURE_MIN = 1000;
