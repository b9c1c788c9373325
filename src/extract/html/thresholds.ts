// Tunable numbers of HTML extraction. Each says its unit, what it trades off and the measurement behind it.
// Sweeps: the constant edited, then `npm run eval:extract -- --peers none --halves` on the 91 dev pages; figures are
// F1 (all / half A = even pages / half B = odd pages). Baseline with the values below: 0.9845 / 0.9825 / 0.9866.
// A value is moved off its default only when both halves agree; gains under ~0.001 (one page) are noise.

/** Characters of HTML read; the rest is dropped with `extract/truncated`. News pages run 25 kB–1.5 MB (dev max
 *  1.44 MB); 5 MB keeps every real page whole while bounding time (~1 s) and memory on hostile input. */
export const MAX_HTML_CHARS = 5_000_000;

/** Element nesting kept as a tree; deeper tags are flattened into the element at this depth, so every walk stays
 *  shallow. Dev pages nest at most ~60 deep; 200 leaves room for real pages. */
export const MAX_TREE_DEPTH = 200;

/** Nesting depth at which a parse is abandoned and the markup flattened first (htmlparser2's stack is O(depth) per
 *  tag: 100k nested divs take ~20 s unflattened, ~0.15 s flattened). Far above any real page. */
export const PARSER_STACK_LIMIT = 1_000;

/** Above this depth Readability (recursive over linkedom) is not run: it can overflow the stack, and a page this
 *  deep has been flattened anyway. */
export const MAX_DEPTH_FOR_READABILITY = 180;

// Container scoring: Readability's published defaults, kept.

/** Shortest paragraph, in characters, that scores its containers (Readability: 25). */
export const MIN_SCORED_PARAGRAPH_CHARS = 25;

/** Top-scoring containers compared when looking for a shared ancestor (Readability: 5). */
export const TOP_CANDIDATES = 5;

/** A sibling joins the article when its score reaches this share of the top container's (Readability: 0.2).
 *  Sweep 0.1 / 0.2 / 0.3: 0.9842 / 0.9845 / 0.9852 (A 0.9818 / 0.9825 / 0.9835) — within noise, default kept. */
export const SIBLING_SCORE_RATIO = 0.2;

/** A container inside the article with a link density above this is dropped (Readability: 0.2).
 *  Sweep 0.1 / 0.2 / 0.3 / 0.4: 0.9851 / 0.9845 / 0.9845 / 0.9845 — within noise, default kept. */
export const CONDITIONAL_LINK_DENSITY = 0.2;

/** Class/id weight: ±this for a negative (comment, share, sidebar…) or positive (article, body, content…) match. */
export const CLASS_WEIGHT = 25;

/** A paragraph scores one point per this many characters… */
export const CHARS_PER_LENGTH_POINT = 100;

/** …up to this many points (Readability: 100 chars, 3 points). */
export const MAX_LENGTH_POINTS = 3;

/** Runners-up scoring at least this share of the top container count as alternatives (Readability: 0.75)… */
export const ALTERNATIVE_SCORE_RATIO = 0.75;

/** …and when this many of them share an ancestor with it, the ancestor becomes the article (Readability: 3). */
export const MIN_ALTERNATIVE_CANDIDATES = 3;

/** Least score for a sibling container to join the article, whatever the top score (Readability: 10). */
export const MIN_SIBLING_SCORE = 10;

/** A sibling with the top container's class gets this share of the top score as a bonus (Readability: 0.2). */
export const SAME_CLASS_BONUS_RATIO = 0.2;

/** A sibling `p` joins the article when longer than this many characters with link density under… */
export const SIBLING_PARAGRAPH_MIN_CHARS = 80;

/** …this, or when shorter, without links and ending a sentence (Readability: 80 chars, 0.25). */
export const SIBLING_PARAGRAPH_LINK_DENSITY = 0.25;

/** A container with this many commas is prose and escapes the conditional clean (Readability: 10). */
export const CONDITIONAL_MAX_COMMAS = 10;

/** A container with several images and fewer paragraphs per image than this is a gallery (Readability: 0.5). */
export const CONDITIONAL_MIN_PARAGRAPHS_PER_IMAGE = 0.5;

/** A positively-classed container or a list is dropped above this link density (Readability: 0.5). */
export const CONDITIONAL_POSITIVE_LINK_DENSITY = 0.5;

/** Below this many characters an extraction attempt is retried with less stripping (Readability: 500). */
export const MIN_ARTICLE_CHARS = 500;

/** A sibling with the article container's tag and class joins it when it holds more than this many characters of
 *  low-link text, even unscored (body split around figures, paragraphs nested too deep to score it).
 *  Sweep 0 / 100 / 300 / off: 0.9845 / 0.9845 / 0.9845 / 0.9832 (A 0.9798 off) — the rule matters, the value not. */
export const SIBLING_TWIN_MIN_CHARS = 100;

// Furniture inside the article container.

/** Caption or credit classes count on the paragraph and this many nearest ancestors only: page-wide feature flags
 *  on `body` can mention captions too (one dev page flags every block without the cap; JSON-LD rescues it).
 *  Sweep 1 / 2 / 3 / 5: 0.9840 / 0.9845 / 0.9845 / 0.9845. */
export const CAPTION_CLASS_LEVELS = 3;

/** An inline element inside a paragraph made only of this many links (or one fewer plus an image) and no other
 *  words is a link card (hover card, inline share bar); prose links come with words between.
 *  Sweep 2 / 3 / 4 / off: 0.9845 / 0.9845 / 0.9845 / 0.9825 (B 0.9826 off). */
export const INLINE_CARD_MIN_LINKS = 3;

/** Longest line, in characters, still read as a bare date stamp ("Updated 5:27 am CST, Wednesday, …").
 *  Sweep 60 / 90 / 120: 0.9844 / 0.9845 / 0.9845. */
export const DATE_LINE_MAX_CHARS = 90;

/** A labelled teaser ("Related: …", "See more: …") needs this link share; prose that starts "Also:" does not.
 *  Sweep 0.3 / 0.5 / 0.7: flat at 0.9845. */
export const LINK_BLOCK_DENSITY = 0.5;

/** A block this much inside links is "a link" (teaser, list entry) rather than prose with links in it; shouted
 *  all-caps links and runs of such blocks are dropped. Sweep 0.6–1.0: flat at 0.9845. */
export const LINKED_BLOCK_DENSITY = 0.8;

/** Consecutive fully-linked blocks from this many on are a link list (related stories, more from…).
 *  Sweep 2 / 3 / 4 / 5: 0.9846 / 0.9845 / 0.9845 / 0.9841. */
export const LINK_LIST_MIN_ITEMS = 3;

/** Longest linked block, in characters, counted as a link-list item (headlines run 30–100). */
export const LINK_LIST_ITEM_MAX_CHARS = 120;

/** Longest line, in characters, taken as the heading of a link list ("You may also like…"). */
export const LINK_LIST_HEADING_MAX_CHARS = 40;

/** All-caps share of letters at which a linked line is a shouted promo ("CLICK HERE TO GET THE APP")… */
export const SHOUTING_UPPERCASE_SHARE = 0.8;

/** …counted only on lines with at least this many letters (acronyms are not shouting). */
export const SHOUTING_MIN_LETTERS = 10;

/** Longest line, in characters, tested against the call-to-action patterns ("Follow us on …", "Read more");
 *  a longer line opening "Recommended …" is a sentence. Dev CTAs run 10–60 characters. */
export const CALL_TO_ACTION_MAX_CHARS = 80;

/** Longest line, in characters, tested against the copyright patterns; longer is prose. */
export const FURNITURE_LINE_MAX_CHARS = 200;

/** Longest one-word label ("Updated", "Advertisement") dropped between paragraphs. */
export const SHORT_LABEL_MAX_CHARS = 20;

/** A block shorter than this, in characters, with a photo-credit label ("(Image: …)", "Photo: …") is a caption.
 *  Sweep 150 / 250 / 400: flat at 0.9845. An earlier rule (any short text beside an image) cost recall: dropped
 *  110 true tokens for 99 junk ones. */
export const IMAGE_CAPTION_MAX_CHARS = 250;

// Choosing among candidates.

/** Least text, in characters, for a candidate to count as an article body (a short news brief is ~300). Below it
 *  Readability is consulted. No dev page falls below it, so this is a safety net, not a tuned value. */
export const PLAUSIBLE_ARTICLE_CHARS = 250;

/** Highest link share for a candidate to count as an article body rather than a link farm. */
export const PLAUSIBLE_LINK_DENSITY = 0.5;

/** Readability replaces a plausible block extraction only with this many times more text. */
export const READABILITY_MIN_GAIN = 2;

/** Least text outside links, in characters, for an implausible candidate still to be returned (with
 *  `extract/weak-article`) rather than `extract/no-article`: about one sentence. */
export const MIN_PROSE_CHARS = 50;

/** Shortest JSON-LD articleBody, in characters, taken as a body rather than a description. */
export const JSON_LD_MIN_CHARS = 200;

/** A JSON-LD body shorter than this share of the page's own article text is a truncated teaser (dev: two 500-char
 *  teasers of 4–5 kB articles). Sweep 0.6 / 0.8 / 0.95: flat at 0.9845. */
export const JSON_LD_MIN_SHARE = 0.8;

/** Least share of 4-token shingles a JSON-LD body must share with the page's text to be trusted over it.
 *  Sweep 0.4 / 0.6 / 0.8 / never: 0.9845 / 0.9845 / 0.9845 / 0.9843. */
export const JSON_LD_MIN_OVERLAP = 0.6;

// Metadata and output.

/** Longest line, in characters, read for a written publication date when no markup gives one. */
export const DATE_TEXT_MAX_CHARS = 120;

/** Kept blocks at the top of the article searched (with the furniture before them) for "By …" and date lines. */
export const LEADING_BLOCKS_FOR_METADATA = 3;

/** Dropped blocks just before the article searched for "By …" and date lines (bylines and stamps sit between the
 *  headline and the first paragraph, rarely more than a few blocks up). */
export const LEADING_FURNITURE_BLOCKS = 15;

/** Longest byline kept, in characters; longer "author" elements are bios or keyword lists (Readability: 100). */
export const BYLINE_MAX_CHARS = 100;

/** Without a known publisher, a "Headline | Site" title is cut at the pipe only when the headline side has at least
 *  this many characters. */
export const TITLE_SEPARATOR_MIN_SIDE_CHARS = 15;

/** `removed` entries are clipped to this many characters so a page of furniture stays readable. */
export const MAX_REMOVED_ENTRY_CHARS = 300;

/** At most this many `removed` entries per page (a huge page can drop thousands of blocks). */
export const MAX_REMOVED_ENTRIES = 200;

/** Publication years outside [MIN, MAX] are CMS placeholders (`0001-01-01T00:00:00Z` on two dev pages) and are
 *  passed over for the next date source. */
export const MIN_PUBLICATION_YEAR = 1800;
export const MAX_PUBLICATION_YEAR = 2100;
