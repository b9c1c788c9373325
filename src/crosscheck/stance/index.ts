// Stance of an article body towards a headline or claim (agree / disagree / discuss / unrelated), from a compact
// boosted-tree model trained in this repo on FNC-1 (scripts/train-stance.ts) and committed under models/stance.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { ConfigurationError } from '../../core/index.ts';
import { createStanceModel, stanceWeightsSchema, type StanceWeights } from './model.ts';
import type { StanceModel } from './types.ts';

export type { RelatedStance, Stance, StanceModel, StancePrediction } from './types.ts';
export { RELATED_STANCES, STANCES } from './types.ts';
export {
  createStanceModel,
  decideStance,
  trainStanceWeights,
  type StanceWeights,
  type TrainingPair,
} from './model.ts';
export { parseBodiesCsv, parsePairsCsv, type StancePair } from './fnc-csv.ts';
export {
  formatStanceScore,
  pairPoints,
  scoreStances,
  type ClassScores,
  type StanceScore,
} from './fnc-score.ts';

/** Weights trained on all FNC-1 training pairs: the production model. */
export const STANCE_WEIGHTS_PATH = fileURLToPath(
  new URL('../../../models/stance/stance.json.gz', import.meta.url),
);
/** Weights trained on the 80% Body ID split only, so the 20% held out gives an honest score (eval/stance). */
export const STANCE_DEV_WEIGHTS_PATH = fileURLToPath(
  new URL('../../../models/stance/stance-dev.json.gz', import.meta.url),
);

/** Reads and checks a weights file: JSON, gzip-compressed when the name ends in `.gz`. */
export function readStanceWeights(path: string): StanceWeights {
  let json: unknown;
  try {
    const bytes = readFileSync(path);
    json = JSON.parse((path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8'));
  } catch (cause) {
    throw new ConfigurationError(
      `expected stance weights (JSON) at ${path}, found none or unreadable — run npm run train:stance`,
      { cause },
    );
  }
  const parsed = stanceWeightsSchema.safeParse(json);
  if (!parsed.success) {
    throw new ConfigurationError(
      `expected stance weights in format corroborate-stance/1 at ${path}, found another shape — run npm run train:stance`,
      { cause: parsed.error },
    );
  }
  return parsed.data;
}

const loaded = new Map<string, StanceModel>();

/** The committed production model (or the weights at `path`), loaded once per process. */
export function loadStanceModel(path: string = STANCE_WEIGHTS_PATH): StanceModel {
  const cached = loaded.get(path);
  if (cached !== undefined) return cached;
  const model = createStanceModel(readStanceWeights(path));
  loaded.set(path, model);
  return model;
}
