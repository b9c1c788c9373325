// The stories stage: which articles tell one story, and which are copies or rewrites of which.
export type { ClusterOptions, StoryItem } from './types.ts';
export { storyItemSchema, parseStoryItem } from './item-schema.ts';
export type { ClustererSnapshot } from './snapshot-schema.ts';
export {
  createStoryClusterer,
  restoreStoryClusterer,
  type AddResult,
  type StoryClusterer,
  type StorySummary,
} from './story-clusterer.ts';
export {
  findDerivations,
  type DerivationArticle,
  type DerivationLink,
  type DerivationMethod,
} from './derivations.ts';
export { representativeTitle } from './representative-title.ts';
export { CLUSTER_DEFAULTS } from './thresholds.ts';
