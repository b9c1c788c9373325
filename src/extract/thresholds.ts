// Tunable numbers shared by the HTML and plain-text extractors.

/** Below this many characters of text franc-min guesses poorly (its trigram model needs a few sentences), so the
 *  language stays `und` when the page declares none. */
export const MIN_CHARS_FOR_LANGUAGE_DETECTION = 50;

/** A declared language is checked against the text only when the text has this many characters (franc-min is
 *  reliable on a few paragraphs, not on a headline). */
export const MIN_CHARS_TO_OVERRIDE_DECLARED_LANGUAGE = 1_000;

/** The declared language stands while franc-min ranks it among its top this-many guesses. Its scores are not
 *  comparable across text lengths (an English page scores German 0.76 on one sentence, 0.93 on 1 000 chars), but
 *  its ranking is: close languages (es/pt, id/ms, ru/uk) sit together at the top. Dev: fixes one site-wide
 *  `lang="de"` on an English page (German ranked 5th), changes no other page. */
export const DECLARED_LANGUAGE_MAX_RANK = 3;

/** Share of an opening's words (its first `LANGUAGE_SAMPLE_CHARS / 2` characters, 30 words at least) that are
 *  English function words ("the", "of", "that", "said", …) at or above which the text is read as English without
 *  franc-min (about 1.5 ms an article, the largest part of extracting plain text). Dev (91 extraction pages +
 *  1,683 FNC-1 bodies): 1,693 texts pass at 0.15, every one English by franc-min too; the highest share in a text
 *  franc-min reads as another language is 0.078. */
export const PLAIN_ENGLISH_SHARE = 0.15;

/** Characters of text franc-min reads (its trigram ranking settles within a few paragraphs; longer costs time). */
export const LANGUAGE_SAMPLE_CHARS = 2_000;
