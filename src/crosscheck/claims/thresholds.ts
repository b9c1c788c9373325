// Tunable numbers of claim alignment. Each was chosen on the bundled example and the sample corpus (reading the
// claims they produce against the example's answer key) and on written fixtures; none names anything in them.

/** Two mentions of the same counted thing with no event to tie them (or one without) are the same figure only
 *  when their sentences have at least this cosine (idf-weighted lemmas). 0.15 links "three ships were moved
 *  from nearby berths" with "three container ships were towed from the berths"; 0.3 split them. Lower joins
 *  unrelated counts of a common noun ("1.4 million containers a year" with "dozens of containers"). */
export const QUANTITY_CONTEXT_MIN_COSINE = 0.15;

/** Money figures in one currency are the same figure when their sentences have at least this cosine, or when
 *  they name the same kind of sum (damage, cost, aid …). */
export const MONEY_CONTEXT_MIN_COSINE = 0.2;

/** Two sentences of different outlets state the same thing when their cosine reaches this. 0.5 pairs
 *  reworded sentences of one fact ("brought under control on Wednesday afternoon" / "managed to bring … under
 *  control by Wednesday afternoon"); 0.4 began pairing sentences that only share the story's names. */
export const STATEMENT_MIN_COSINE = 0.5;

/** Groups of matching sentences merge only when every pair across them reaches this cosine (complete link),
 *  so that sentences sharing only a speaker's name and title do not chain into one group. */
export const STATEMENT_GROUP_MIN_COSINE = 0.35;

/** A sentence is a claim of its own only when its content terms weigh at least this much before
 *  normalisation: drops "Read more.", "He said so." and bare datelines. */
export const STATEMENT_MIN_TERMS = 4;

/** Quotes of the same speaker are the same quote when this share of the shorter one's words (idf-weighted)
 *  is in the longer one; below it but above QUOTE_SAME_POINT_MIN_OVERLAP they are the same point worded
 *  differently. */
export const QUOTE_SAME_WORDS_MIN_OVERLAP = 0.6;
export const QUOTE_SAME_POINT_MIN_OVERLAP = 0.35;
/** …and when they share at least this many content lemmas: with one, two quotes of a fire chief that both
 *  mention "boxes" were taken for one point; the cost is that a pledge reworded around a single shared verb
 *  ("rebuild") is not linked. */
export const QUOTE_SAME_POINT_MIN_SHARED = 2;
// …unless each quote is its outlet's only direct quote of that speaker: then one shared lemma will do, with
// the overlap share still required (the reworded pledge shares "rebuild" at 0.41; two unrelated quotes of
// one fire chief, the only ones in their articles, share "box" at 0.33).

/** Partial quotes (a phrase in the writer's sentence) shorter than this many words are scare quotes, not claims. */
export const PARTIAL_QUOTE_MIN_WORDS = 3;

/** Single-source statements listed per article: the ones with the heaviest content first. Every one still
 *  counts in the source profile. */
export const MAX_STATEMENTS_PER_ARTICLE = 400;

/** Two times of day given for the same kind of moment (the event began, ended) on a compatible day are the
 *  same claim when their sentences have at least this cosine: low, because the moment's words ("fire",
 *  "started") are the story's own and weigh little, and the clock time itself is not a term. */
export const TIME_CONTEXT_MIN_COSINE = 0.1;

/** Most characters between a time of day and the verb it dates ("the blaze …, which started at about 2:15
 *  a.m." is 4; "the fire broke out just after 2am" 1): further on, the verb is another clause's ("At 4 a.m.
 *  police arrived, and hours later the fire started"). */
export const TIME_EVENT_REACH_CHARS = 40;

/** Minutes either side of a time given as approximate ("about", "around", "roughly"). */
export const TIME_APPROXIMATE_MINUTES = 30;

/** Minutes after "shortly after" (or before "shortly before") a time. */
export const TIME_SHORTLY_MINUTES = 45;

/** Minutes after a bare "after" (or before "before") a time. */
export const TIME_OPEN_SIDE_MINUTES = 120;

/** Minutes either side of a time written without a qualifier: a round hour is often itself a rounding, a half
 *  hour less so, "2:15" is as stated. */
export const TIME_STATED_MINUTES = { hour: 30, half: 15, exact: 10 } as const;

/** Two counts of one outcome ("killed", "injured") with unrelated sentences are two accounts of one toll only
 *  when the larger is at most this many times the smaller: on real FNC-1 stories, counts of different
 *  incidents ("two people" in one shooting, "80,000" over a drug war) sat 10× and more apart, while outlets'
 *  disagreeing tolls (12 vs 14 injured, 200 vs 276 kidnapped, 30 vs 50 detained) sat within 2×; "six killed"
 *  against "killing two people" (another incident) is 3×. */
export const SAME_EVENT_MAX_RATIO = 2.5;

/** No two figures more than this many times apart are one claim, however alike their sentences: on FNC-1
 *  stories such pairs were other sums or other tolls ("$100" handed over, "$55,000" raised since). */
export const MAX_LINK_RATIO = 10;
