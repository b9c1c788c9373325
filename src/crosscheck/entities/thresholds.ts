// Tunable numbers of cross-article entity resolution. Jaro–Winkler values quoted below were computed with
// similarity.ts on the pairs named; the sample corpus has too few spelling variants for a sweep.

/** Surnames at least this similar (Jaro–Winkler, diacritics stripped) may name one person. Transliterations
 *  score 0.92–0.98 (Sybiha/Sybiga 0.933, Plotner/Ploetner 0.921, Zelensky/Zelenskiy 0.978); different surnames
 *  that must stay apart mostly score below (Smith/Smyth 0.893, Trump/Truman 0.893, Shah/Shaw 0.883). Pairs above it
 *  that are different people (Navalny/Navalnaya 0.956) are kept apart by the given-name test. */
export const SURNAME_MIN_SIMILARITY = 0.9;

/** Given names at least this similar may name one person (Andrii/Andriy 0.933, Sergei/Sergey 0.933,
 *  Volodymyr/Wolodymyr 0.926, Oleksandr/Olexandr 0.919); below are different names (Mike/Mark 0.70,
 *  Yulia/Julia 0.867 is lost, a deliberate cost). An initial matches any name with its letter. */
export const GIVEN_MIN_SIMILARITY = 0.9;

/** A spelling-variant match (either part not identical) also needs evidence: a shared role, or this share of
 *  the smaller set of co-occurring entities in common. Half: two reports of one event share most of their cast;
 *  variants that are different people (Andrew/Andrea Smith) are mostly named in one article, where the
 *  article's own coreference already kept them apart. */
export const MIN_SHARED_CONTEXT = 0.5;

/** A surname-only entity ("Zelensky") joins the most-mentioned full name with that surname when it has at least
 *  this many times the mentions of the next one; otherwise it stays on its own rather than guess. */
export const SURNAME_DOMINANCE_RATIO = 3;

/** A bare name read as a person (no given name, no role) joins the one place, organisation or other of that name
 *  in the story when that entity has at least this many times its mentions: a tagging slip on a name the story
 *  otherwise reads as a place ("Corvain" 1 against 8 in examples/harbour-fire). Same ratio as
 *  SURNAME_DOMINANCE_RATIO; a real person named like a place is rarely mentioned by surname alone three times
 *  less often than the place and never given a first name or a title. */
export const BARE_NAME_DOMINANCE = 3;

/** A short organisation name ("Halvard", "the Observatory") joins the one longer name it starts or whose head it
 *  ends unless it has more than this many times the longer name's mentions: then the longer one is a rare
 *  variant ("MacBook Air Retina" once beside "MacBook Air" 112 times in 300 FNC-1 bodies), not the full name. */
export const SHORT_NAME_DOMINANCE = 3;
