// Who said what in an article: quoted words and reported speech, each tied to its speaker and sentence.
import type { TextRange } from '../../core/index.ts';

/** `direct`: a quoted sentence or more ("…," she said); `reported`: X said (that) …, without quote marks;
 *  `partial`: a quoted phrase inside the writer's own sentence (a scare quote, a fragment). */
export type QuoteKind = 'direct' | 'reported' | 'partial';

export interface Speaker {
  /** The speaker as named in the text: a person's name ("Tammy Bruce", not her title), an institution, or
   *  the description of an unnamed source ("one senior European official"). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** An unnamed source: "a senior official", "two people familiar with …", "European diplomats". */
  readonly anonymous: boolean;
  /** The pronoun that named the speaker in the attribution ("she said"), when the speaker above is the
   *  nearest person named before it in the same or the previous paragraph. */
  readonly resolvedFrom?: { readonly text: string; readonly start: number; readonly end: number };
}

export interface Quote {
  /** Span of the quoted words (inside the quote marks) or of the reported clause, UTF-16, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The sentences the quote and its attribution lie in. */
  readonly sentence: TextRange;
  /** `text.slice(start, end)`. */
  readonly text: string;
  readonly kind: QuoteKind;
  readonly speaker?: Speaker;
  /** The attribution verb in the past tense: said, told, stated, added, urged, accused, according to … */
  readonly verb?: string;
}
