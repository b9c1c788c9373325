// Tunable numbers of plain-text extraction. Each says its unit, what it trades off and the evidence behind it:
// the five dumps of ../shared/corpus/paris-talks-2025-04 plus the invented fixtures in test/fixtures/extract/text-*.

/** Characters of text read; the rest is dropped with `extract/truncated`. Article dumps run 2–40 kB; 2 M chars keeps
 *  any real page whole while bounding the line classifier (linear, ~10 ms per 100 kB) on hostile input. */
export const MAX_TEXT_CHARS = 2_000_000;

/** Words a line needs to read as prose when not closed by a full stop, "!" or "?" (see PROSE_CLOSED_MIN_WORDS). */
export const PROSE_MIN_WORDS = 3;

/** Words a line closed by a full stop, "!" or "?" needs to read as prose: "He declined." is a paragraph. Title Case
 *  lines ("Breaking News!") fail the lower-case test whatever their length. */
export const PROSE_CLOSED_MIN_WORDS = 2;

/** Share of letter-initial words that start lower-case for a line to read as prose. Sentences run 0.55–0.9 on the
 *  corpus; Title Case headlines 0–0.2 (minor words only); 0.25 separates them with margin on both sides. */
export const PROSE_MIN_LOWERCASE_RATIO = 0.25;

/** Words above which a line reads as prose even without final punctuation (a truncated or unterminated
 *  paragraph). Corpus headlines and subheadings run ≤ 15 words; the longest title-like line is 15 (002 line 23). */
export const PROSE_UNTERMINATED_MIN_WORDS = 18;

/** Words from which a line ending in a colon reads as prose introducing a list ("The deal covers:"); shorter ones
 *  are labels ("Tags:", "Share:"). Widget labels with a colon ("Follow us on:") are caught by the lexicon first. */
export const PROSE_COLON_MIN_WORDS = 3;

/** Words from which an all-caps line with final punctuation reads as a sentence (old wire copy is all caps).
 *  All-caps kickers and labels have ≤ 4 words and no full stop. */
export const PROSE_ALL_CAPS_MIN_WORDS = 8;

/** Most words a title-like line (headline, subheading, link title, menu item) has. Longest corpus headline: 15. */
export const TITLE_MAX_WORDS = 30;

/** Most characters of a title-like line. Longest corpus headline: 97 characters; 200 leaves room for long ones. */
export const TITLE_MAX_CHARS = 200;

/** Words from which a top-zone line counts fully as a headline; shorter lines (kickers, menu items, section names,
 *  "Top StoryUS") score lower, and among full-score lines the first wins, so a longer deck under the headline does
 *  not. Corpus headlines have 7–11 words, kickers and banners 2–5; invented dumps have 7-word headlines over
 *  12-word decks (8 picked the deck). */
export const HEADLINE_FULL_SCORE_WORDS = 5;

/** Score a headline candidate gains when the next line opens the article (byline, date stamp, deck, prose): menu
 *  items and banners above the headline are followed by more menu items. Worth less than the words cap so a
 *  two-word section name before the byline still loses to a full headline. */
export const HEADLINE_BODY_NEIGHBOUR_BONUS = 2;

/** Units after a headline candidate searched for a line that starts with it (a slug repeating the headline). The
 *  corpus slugs follow their headline directly; 10 allows a kicker, byline and caption between and keeps the
 *  search linear on pages of thousands of lines. */
export const HEADLINE_ECHO_WINDOW = 10;

/** Fewest words a headline has. Two-word lines are section names far more often than headlines. */
export const HEADLINE_MIN_WORDS = 3;

/** Words from which a title-like line between the headline and the body is kept as the deck (standfirst) rather
 *  than dropped with the top zone. Menu items, kickers and section names have ≤ 5 words; decks run 10–30. */
export const DECK_MIN_WORDS = 8;

/** Share of lower-case words a deck needs: sentence case (invented dumps: 0.5–0.8), unlike Title Case nav
 *  headlines (≤ 0.3). */
export const DECK_MIN_LOWERCASE_RATIO = 0.4;

/** Most words of an all-caps line read as a kicker/section label ("DEEP LOOKS", "ANALYSIS") when it sits beside a
 *  headline-like line. Longer all-caps lines are kept as subheadings. */
export const KICKER_MAX_WORDS = 4;

/** Most words of a short label line tested for glued labels ("Top StoryUS"). */
export const GLUED_LABEL_MAX_WORDS = 4;

/** Consecutive title-like lines (no prose between) from which the run is read as a link list or menu. Body
 *  subheadings always have prose between them; corpus runs of kept title-like lines are at most 2 long
 *  (a subheading after a second headline), while "Previous/Next Article" blocks are 4. */
export const LINK_RUN_MIN = 3;

/** Title-like lines after a list header ("Latest News", "Related", "More on …") dropped with it when they are not
 *  in the bottom zone. Related-link boxes hold 3–8 items; 10 bounds the damage of a misread header. */
export const HEADER_LIST_MAX_ITEMS = 10;

/** Longest line (characters) tested as a furniture sentence ("No votes so far! Be the first to rate this
 *  article.", cookie banners). Longer lines are body prose whatever words they use; banners run 40–250 chars. */
export const FURNITURE_SENTENCE_MAX_CHARS = 320;

/** Most words of a line read as "Read more: <headline>" style link furniture. */
export const LINK_PREFIX_MAX_WORDS = 30;

/** Most words of a byline line ("By Jane Doe and John Roe, Associated Press"). */
export const BYLINE_MAX_WORDS = 14;

/** Most words of an unlabelled byline under the headline ("Jane Doe and John Roe in Paris"). */
export const BARE_BYLINE_MAX_WORDS = 9;

/** Most words of a date line ("Published: April 17, 2025 3:45 PM EDT", "Updated 17 Apr 2025"). */
export const DATE_LINE_MAX_WORDS = 12;

/** Share of a date line's letters and digits that the parsed date must cover; the rest are prefixes such as
 *  "Published" or "Updated". 0.5 accepts "Last updated on April 17, 2025" and rejects sentences with a date. */
export const DATE_LINE_MIN_COVERAGE = 0.5;

/** Fewest metadata fields (before the body text) of a slug line "Headline/ Outlet/ CITY/ Author/ Edition/ body".
 *  3 rules out ordinary "and/ or" slashes; the corpus slugs have 5. */
export const SLUG_MIN_FIELDS = 3;

/** Most words of one slug metadata field. The headline field is the longest (corpus: 11 words). */
export const SLUG_FIELD_MAX_WORDS = 20;

/** Fewest slug fields that are short (≤ SLUG_SHORT_FIELD_WORDS words): outlet, place, author, edition. */
export const SLUG_MIN_SHORT_FIELDS = 2;

/** Words of a short slug field. */
export const SLUG_SHORT_FIELD_WORDS = 4;

/** Characters of the agency name inside a dateline's parentheses ("(AP)", "(Agency)", "(Agency News)"). */
export const DATELINE_AGENCY_MAX_CHARS = 24;

/** Share of a markdown line's text inside links above which a non-prose line is a link (menu item, related link). */
export const LINK_LINE_MIN_DENSITY = 0.8;

/** Hard-wrapped text: most characters of the longest line. Wrapped dumps use 60–80 columns (email, wire, RFC
 *  style); web dumps put each paragraph on one line, and paragraphs run 150–900 characters. */
export const HARD_WRAP_MAX_WIDTH = 100;

/** Hard-wrapped text: fewest characters of the longest line. Below it the lines are short by nature (menus, link
 *  lists), and joining them would glue furniture together. Wrapped dumps use 60 columns or more. */
export const HARD_WRAP_MIN_WIDTH = 55;

/** Hard-wrapped text: a line counts as "full" (wrapped, so its paragraph continues on the next line) when its length
 *  is within this many characters of the longest line. Word wrap leaves a ragged edge up to the longest word. */
export const HARD_WRAP_RAGGED_EDGE = 20;

/** Hard-wrapped text: fewest full lines followed by a non-blank line before the text is read as wrapped; fewer is
 *  likely a short dump of one-line paragraphs. */
export const HARD_WRAP_MIN_CONTINUATIONS = 3;

/** Characters of prose that must sit above a comments header ("Comments (12)") for it to open a comments section
 *  that drops everything below, readers' prose included. A comment counter beside the byline has at most a deck
 *  (≤ 300 chars) above it; 500 (two to three paragraphs) keeps clear of it and still catches the thread under a
 *  short news brief. Shorter articles keep the thread's prose rather than risk their own. */
export const COMMENTS_MIN_PROSE_ABOVE = 500;

/** Fewest words of a prose line dropped as a pull quote (it repeats inside a longer paragraph). Shorter repeats
 *  ("He declined to comment.") can legitimately recur, so they stay. */
export const PULL_QUOTE_MIN_WORDS = 5;

/** Prose paragraphs above which pull-quote search (quadratic) is skipped. Articles have < 200 paragraphs; the cap
 *  bounds time on hostile input (a 2 M-char dump of one-line paragraphs). */
export const PULL_QUOTE_MAX_PARAGRAPHS = 1000;
