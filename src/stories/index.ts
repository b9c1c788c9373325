// The stories stage: which articles tell one story, and which are copies or rewrites of which.
export type { ClusterOptions, StoryItem } from './types.ts';
export { storyItemSchema, parseStoryItem } from './item-schema.ts';
export type { ClustererSnapshot } from './snapshot-schema.ts';
export {
  createStoryClusterer,
  restoreStoryClusterer,
  type AddResult,
  type ClustererResources,
  type StoryClusterer,
  type StorySummary,
} from './story-clusterer.ts';
export {
  derivationEvidence,
  findDerivations,
  type DerivationArticle,
  type DerivationEvidence,
  type DerivationLink,
  type DerivationMethod,
} from './derivations.ts';
export { representativeTitle } from './representative-title.ts';
export { lemmatize, textTerms } from './terms.ts';
export { STOP_WORDS } from './stop-words.ts';
export { CLUSTER_DEFAULTS } from './thresholds.ts';
export {
  countDocumentFrequencies,
  idfPriorFile,
  loadIdfPrior,
  readIdfPrior,
  IDF_PRIOR_PATH,
  type IdfPrior,
  type IdfPriorFile,
} from './idf-prior.ts';
