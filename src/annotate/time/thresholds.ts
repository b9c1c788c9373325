// Tunable numbers of the time annotator, each with its unit, what it trades off and the evidence behind it.

/** Words; how far from a bare weekday or month the tense reader looks for a tense marker ("will", "met",
 *  "due to"), first before the expression, then after it, never past the sentence. A reported-speech sentence
 *  such as "said the council would discuss a support fund for small businesses in the port district at a
 *  meeting on Monday" puts the marker 14 words back; 20 covers that with margin while a marker further away
 *  usually belongs to another clause. */
export const TENSE_SCAN_WORDS = 20;

/** Characters; a full date (day, month and year) starting within this distance of the top of an undated text
 *  is read as its date line ("Thu 12 Mar 2026 · 06:30 CET", "On Thursday, April 17, 2025, …"). The date lines of
 *  the bundled text dumps sit 160–560 characters in, after masthead, headline, slug and byline lines; past about
 *  1,000 characters the body has begun and a full date is more often a past event than the day of writing. */
export const TOP_DATE_WINDOW_CHARS = 1000;

/** Characters of text handed to chrono in one call; longer texts are read in pieces of about this size, cut
 *  at a line break where possible. chrono's time grows faster than linearly with its input: the 1,683 FNC-1
 *  bodies joined into one 3.7 MB text took 60 s in one call and 1.6 s in 20k pieces (2.8 s as separate
 *  articles). Ordinary articles (2–20k characters) fit in one piece. */
export const CHRONO_PIECE_CHARS = 20_000;
