// Cue-word lists for stance: words that refute, hedge, affirm, negate, attribute or contrast. Written for this
// project from general English usage (no word names a person, outlet or event); matched on Porter stems.
import { stem } from './text.ts';

function stems(words: string): ReadonlySet<string> {
  return new Set(
    words
      .split(/\s+/)
      .filter((word) => word !== '')
      .map(stem),
  );
}

/** Words that call a claim untrue or retract it. */
export const REFUTING =
  stems(`fake fakes faked fraud fraudulent hoax hoaxes false falsely deny denies denied denial
  debunk debunked debunks bogus prank pranks retract retracted retraction untrue fabricated fabrication
  misleading myth baseless unfounded incorrect wrong dismiss dismissed dismisses reject rejected rejects refute refuted
  refutes satire satirical spoof parody fictional contradict contradicted disprove disproved lie lies lied phony scam
  doubt doubts doubtful nonsense rubbish erroneous mistaken nope`);

/** Words that report a claim without vouching for it. */
export const HEDGING =
  stems(`reportedly allegedly alleged alleges claim claims claimed claiming rumor rumors rumour
  rumours rumored rumoured purportedly purported unconfirmed unverified supposedly apparently apparent possibly
  perhaps maybe may might could speculation speculate speculated believed suggests suggest suggested appears appear
  seemingly seems likely unclear uncertain report reports reported sources source tipped whether if`);

/** Words that vouch for a claim or say it was verified. */
export const AFFIRMING =
  stems(`confirm confirms confirmed confirmation official officially verified verify proof
  proves proved proven evidence indeed true truly actually revealed reveal reveals announced announce announces
  indeed definitely certainly undeniably authentic genuine real`);

/** Negation words; "n't" arrives as "not" from the tokenizer. */
export const NEGATING = stems(`not no never nor none nobody nothing neither without nowhere cannot`);

/** Attribution of a statement to someone. */
export const ATTRIBUTING = stems(`said says say told tells according stated statement spokesman spokeswoman
  spokesperson interview quoted`);

/** Contrast markers that often introduce the other side of a story. */
export const CONTRASTING = stems(`but however although though despite yet instead nevertheless whereas`);

export const LEXICONS = {
  refuting: REFUTING,
  hedging: HEDGING,
  affirming: AFFIRMING,
  negating: NEGATING,
  attributing: ATTRIBUTING,
  contrasting: CONTRASTING,
} as const;

export type LexiconName = keyof typeof LEXICONS;
export const LEXICON_NAMES = Object.keys(LEXICONS) as LexiconName[];

/** How many of `stemList` fall in each lexicon. */
export function countLexicons(stemList: readonly string[]): Record<LexiconName, number> {
  const counts: Record<LexiconName, number> = {
    refuting: 0,
    hedging: 0,
    affirming: 0,
    negating: 0,
    attributing: 0,
    contrasting: 0,
  };
  for (const s of stemList) {
    for (const name of LEXICON_NAMES) if (LEXICONS[name].has(s)) counts[name]++;
  }
  return counts;
}
