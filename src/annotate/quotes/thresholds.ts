// Tunable numbers of quote attribution. Each says its unit, what it trades off, and what chose it.

/** Most words in a speaker phrase read as a whole ("one senior European official" is 4, "the chief
 *  executive of the company" 6). Longer subjects ("Chief fire officer X of the Y Service") fall back to the
 *  person named inside them; without one, no speaker is better than a clause taken for a name. */
export const MAX_SPEAKER_WORDS = 8;

/** Most words of a quoted stretch inside the writer's sentence that still reads as `partial`; longer ones
 *  are whole statements quoted mid-sentence, read as `direct`. Only used when the quote neither opens a
 *  sentence nor follows a speech verb and a colon or comma. The longest fragment of this kind in the sample
 *  corpus has 10 words; 25 leaves room for long fragments without taking a quoted paragraph for one. */
export const PARTIAL_MAX_WORDS = 25;

/** Fewest words in a reported clause ("he said it was too early" has 4 after "said"). Shorter complements
 *  are objects ("said so", "said goodbye"), not speech. */
export const MIN_REPORTED_WORDS = 3;

/** Most words between a speech verb and the "that" opening its clause ("said in a written statement that"
 *  is 4). Further away, "that" is a relative pronoun of another clause. */
export const MAX_THAT_DISTANCE = 6;

/** Most characters a single-quoted stretch may span. Single quote marks double as apostrophes, so a long
 *  "quote" is usually two apostrophes far apart. The sample corpus has no single-quoted speech; 400
 *  characters is about three sentences. */
export const MAX_SINGLE_QUOTE_LENGTH = 400;
