// The stories stage's input item and the knobs of its online clusterer.

export interface StoryItem {
  readonly id: string;
  readonly title?: string;
  readonly text?: string;
  /** ISO date or time. */
  readonly publishedAt?: string;
  readonly publisher?: string;
  readonly url?: string;
}

/** Defaults and the measurements behind them: src/stories/thresholds.ts. */
export interface ClusterOptions {
  /** Minimum score (similarity after time decay, plus name bonus) for an item to join a story. */
  readonly joinThreshold: number;
  /** Added to `joinThreshold` for long texts, ramping up from `longTextFrom` distinct terms to twice that. */
  readonly longTextBoost: number;
  readonly longTextFrom: number;
  /** Added to `mergeThreshold` for stories of long texts, on the same ramp. */
  readonly longTextMergeBoost: number;
  /** Minimum centroid cosine (after time decay) for two stories to merge. */
  readonly mergeThreshold: number;
  /** Smallest story a growing story may merge with; smaller ones are rejoined through `recheckMaxSize`. */
  readonly mergeMinSize: number;
  /** Stories of at most this many items are re-scored against the others at each sweep (0: never). */
  readonly recheckMaxSize: number;
  /** Weight of the best single member's similarity against the centroid's, 0…1. */
  readonly neighbourWeight: number;
  /** Added to the score, times the share of the item's names the story already contains. */
  readonly nameBonus: number;
  /** Names an item needs for the full bonus; fewer scale it down (a headline's one name proves little). */
  readonly nameEvidence: number;
  /** Bounds of a story's time scale, hours; inside them, its mean gap between items times `timeScaleGaps`. */
  readonly minTimeScaleHours: number;
  readonly maxTimeScaleHours: number;
  readonly timeScaleGaps: number;
  /** Similarity never decays below this share of itself, however long the gap. */
  readonly timeDecayFloor: number;
  /** The decay floor for long texts, reached on the same ramp as `longTextBoost`. */
  readonly longTextDecayFloor: number;
  /** Stories idle for longer than this are retired from the index, hours. */
  readonly windowHours: number;
  /** Stories that have received no item among this many latest items are retired too (streams without dates). */
  readonly windowItems: number;
  readonly maxCentroidTerms: number;
  readonly maxItemTerms: number;
  /** Weight of a headline term against a body term when an item has both. */
  readonly titleWeight: number;
  /** Weight of a URL-slug word against a headline word, for items without a body (0: slugs unused). */
  readonly slugWeight: number;
  readonly maxTitleTokens: number;
  readonly maxBodyTokens: number;
  /** Latest members of each story kept for the nearest-member comparison. */
  readonly maxNeighboursPerStory: number;
  /** Items after which a term's document frequency counts half; keeps idf recent and its memory bounded. */
  readonly dfHalfLifeItems: number;
  /** Heaviest centroid terms used to look for merge candidates. */
  readonly mergeProbeTerms: number;
  /** Documents the background idf prior counts as (0: idf from the stream alone); see idf-prior.ts. */
  readonly idfPriorWeight: number;
}
