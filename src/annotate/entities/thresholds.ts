// Tunable numbers of the per-article entity annotator. Chosen by reading the sample corpus
// (../shared/corpus/paris-talks-2025-04) and the invented examples; there is no labelled role set to sweep on yet.

/** Words a person's name may have after titles are stripped. Longer "names" are tagging errors on headline text
 *  ("Witkoff Lead Trump Administration"); real names in news run to four words ("Maria de los Santos"). */
export const MAX_PERSON_NAME_WORDS = 5;

/** Unknown words allowed inside a role before its head noun ("harbour master", "chief fire officer"). More lets
 *  odd compounds through; fewer loses them. Two covers every compound in the sample corpus and examples. */
export const MAX_COMPOUND_WORDS = 2;

/** Tokens an appositive after a name may span ("Ana Ruiz, the chief fire officer of the X Rescue Service,").
 *  Longer comma-delimited stretches are clauses, not titles. */
export const MAX_APPOSITIVE_TOKENS = 14;

/** Words in a capitalised organisation or country phrase that qualifies a role ("of the X Fire and Rescue
 *  Service"). */
export const MAX_QUALIFIER_WORDS = 8;

/** A line is a headline (its capitals carry no name evidence) when at least this share of its content words is
 *  capitalised; prose sentences full of names and titles in the sample top out near 0.6, headlines sit at 0.9+. */
export const HEADLINE_MIN_CAPITALISED_SHARE = 0.75;

/** …and it has at least this many content words (a one-word subheading cannot mislead the tagger much). */
export const HEADLINE_MIN_CONTENT_WORDS = 3;

/** …and at most this many words: headlines and subheadings are short. */
export const HEADLINE_MAX_WORDS = 24;

/** Sentences back that "its" may reach for its organisation ("X said … . Its chief executive, Y,"). One: the
 *  antecedent of a possessive pronoun in news prose is almost always in the same or the previous sentence. */
export const PRONOUN_LOOKBACK_SENTENCES = 1;
