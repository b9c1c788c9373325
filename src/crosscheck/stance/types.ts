// The stance of an article body towards a headline or claim, as in the Fake News Challenge (FNC-1).

export const STANCES = ['agree', 'disagree', 'discuss', 'unrelated'] as const;
export type Stance = (typeof STANCES)[number];

/** The three labels a body related to the claim can take, in model output order. */
export const RELATED_STANCES = ['agree', 'disagree', 'discuss'] as const;
export type RelatedStance = (typeof RELATED_STANCES)[number];

export interface StancePrediction {
  readonly stance: Stance;
  readonly probabilities: Record<Stance, number>;
}

export interface StanceModel {
  predict(headline: string, body: string): StancePrediction;
}
