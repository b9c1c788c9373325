// The two-stage stance model: a boosted relatedness classifier (related vs unrelated), then a boosted stance
// classifier over related pairs (agree / disagree / discuss). Weights are plain JSON checked by a zod schema.
import { z } from 'zod';
import {
  analyseBody,
  buildIdfTable,
  FEATURE_NAMES,
  pairFeatures,
  type BodyAnalysis,
  type IdfTable,
} from './features.ts';
import { predictGbdt, trainGbdt, type GbdtModel, type GbdtParams } from './gbdt.ts';
import { BODY_CACHE_SIZE, DISAGREE_TRAINING_WEIGHT, RELATEDNESS_GBDT, STANCE_GBDT } from './thresholds.ts';
import { RELATED_STANCES, type Stance, type StanceModel, type StancePrediction } from './types.ts';

export const STANCE_WEIGHTS_FORMAT = 'corroborate-stance/1';

const treeSchema = z.object({
  feature: z.array(z.number().int()),
  threshold: z.array(z.number()),
  left: z.array(z.number().int()),
  right: z.array(z.number().int()),
  value: z.array(z.number()),
});

const gbdtSchema = z.object({
  classes: z.number().int().min(2),
  columns: z.number().int().min(1),
  baseScore: z.array(z.number()),
  trees: z.array(z.array(treeSchema)),
});

export const stanceWeightsSchema = z.object({
  format: z.literal(STANCE_WEIGHTS_FORMAT),
  /** Where the weights came from: data, split and seed, in words. */
  trainedOn: z.string(),
  /** Body IDs kept out of training, so an evaluation can check it scores on unseen bodies only. */
  heldOutBodyIds: z.array(z.string()).optional(),
  featureNames: z.array(z.string()),
  idf: z.object({
    documents: z.number().int().min(0),
    averageBodyLength: z.number().positive(),
    /** Document frequency per stem. */
    frequency: z.record(z.string(), z.number().int().min(1)),
  }),
  related: gbdtSchema,
  stance: gbdtSchema,
});

export type StanceWeights = z.infer<typeof stanceWeightsSchema>;

export interface TrainingPair {
  readonly headline: string;
  readonly body: string;
  readonly stance: Stance;
}

/** Fewer significant digits in the stored numbers keep the weights small; 9 digits leave decisions unchanged. */
const STORED_DIGITS = 9;

function compact(model: GbdtModel): GbdtModel {
  const round = (x: number): number => Number(x.toPrecision(STORED_DIGITS));
  return {
    ...model,
    baseScore: model.baseScore.map(round),
    trees: model.trees.map((round_) =>
      round_.map((tree) => ({ ...tree, threshold: tree.threshold.map(round), value: tree.value.map(round) })),
    ),
  };
}

/** Feature rows for pairs, analysing each distinct body once. */
export function featureMatrix(
  pairs: readonly { readonly headline: string; readonly body: string }[],
  idf: IdfTable,
): Float64Array {
  const columns = FEATURE_NAMES.length;
  const matrix = new Float64Array(pairs.length * columns);
  const bodies = new Map<string, BodyAnalysis>();
  pairs.forEach((pair, i) => {
    let analysis = bodies.get(pair.body);
    if (analysis === undefined) {
      analysis = analyseBody(pair.body, idf);
      bodies.set(pair.body, analysis);
    }
    matrix.set(pairFeatures(pair.headline, analysis, idf), i * columns);
  });
  return matrix;
}

export interface TrainingOptions {
  readonly trainedOn: string;
  readonly heldOutBodyIds?: readonly string[];
  readonly relatedParams?: GbdtParams;
  readonly stanceParams?: GbdtParams;
}

/** Trains both stages on labelled pairs; the IDF table comes from the same pairs' distinct bodies and headlines. */
export function trainStanceWeights(pairs: readonly TrainingPair[], options: TrainingOptions): StanceWeights {
  const idf = buildIdfTable(
    [...new Set(pairs.map((p) => p.body))],
    [...new Set(pairs.map((p) => p.headline))],
  );
  const columns = FEATURE_NAMES.length;
  const matrix = featureMatrix(pairs, idf);
  const related = trainGbdt(
    {
      features: matrix,
      rows: pairs.length,
      columns,
      labels: Int32Array.from(pairs.map((p) => (p.stance === 'unrelated' ? 0 : 1))),
      classes: 2,
    },
    options.relatedParams ?? RELATEDNESS_GBDT,
  );
  const relatedRows = pairs.flatMap((p, i) => (p.stance === 'unrelated' ? [] : [i]));
  const relatedMatrix = new Float64Array(relatedRows.length * columns);
  relatedRows.forEach((row, i) =>
    relatedMatrix.set(matrix.subarray(row * columns, (row + 1) * columns), i * columns),
  );
  const stance = trainGbdt(
    {
      features: relatedMatrix,
      rows: relatedRows.length,
      columns,
      labels: Int32Array.from(relatedRows.map((row) => RELATED_STANCES.indexOf(pairs[row]?.stance as never))),
      classes: RELATED_STANCES.length,
      weights: Float64Array.from(relatedRows, (row) =>
        pairs[row]?.stance === 'disagree' ? DISAGREE_TRAINING_WEIGHT : 1,
      ),
    },
    options.stanceParams ?? STANCE_GBDT,
  );
  return {
    format: STANCE_WEIGHTS_FORMAT,
    trainedOn: options.trainedOn,
    ...(options.heldOutBodyIds === undefined ? {} : { heldOutBodyIds: [...options.heldOutBodyIds] }),
    featureNames: [...FEATURE_NAMES],
    idf: {
      documents: idf.documents,
      averageBodyLength: Number(idf.averageBodyLength.toPrecision(STORED_DIGITS)),
      frequency: Object.fromEntries([...idf.frequency].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    },
    related: compact(related),
    stance: compact(stance),
  };
}

/**
 * The label with the highest expected FNC-1 score. Calling a pair unrelated earns 0.25 when it is unrelated; calling
 * it related label c earns 0.25 when it is related at all plus 0.75 when c is right. Near the related/unrelated
 * boundary this prefers the related call, which costs little when wrong and earns four times more when right.
 */
export function decideStance(probabilities: Record<Stance, number>): Stance {
  const pRelated = 1 - probabilities.unrelated;
  let best: Stance = 'unrelated';
  let bestScore = 0.25 * probabilities.unrelated;
  for (const s of RELATED_STANCES) {
    const expected = 0.25 * pRelated + 0.75 * probabilities[s];
    if (expected > bestScore) {
      best = s;
      bestScore = expected;
    }
  }
  return best;
}

/** A ready model from weights; it keeps the analyses of the last few bodies, since a body is usually scored many times. */
export function createStanceModel(weights: StanceWeights): StanceModel {
  if (weights.featureNames.join(',') !== FEATURE_NAMES.join(',')) {
    throw new Error(
      `expected stance weights for features [${FEATURE_NAMES.join(', ')}], found [${weights.featureNames.join(', ')}] — retrain with npm run train:stance`,
    );
  }
  const idf: IdfTable = {
    documents: weights.idf.documents,
    averageBodyLength: weights.idf.averageBodyLength,
    frequency: new Map(Object.entries(weights.idf.frequency)),
  };
  const bodies = new Map<string, BodyAnalysis>();
  const analysisOf = (body: string): BodyAnalysis => {
    const cached = bodies.get(body);
    if (cached !== undefined) return cached;
    const analysis = analyseBody(body, idf);
    if (bodies.size >= BODY_CACHE_SIZE) {
      const oldest = bodies.keys().next().value;
      if (oldest !== undefined) bodies.delete(oldest);
    }
    bodies.set(body, analysis);
    return analysis;
  };
  return {
    predict(headline: string, body: string): StancePrediction {
      const row = pairFeatures(headline, analysisOf(body), idf);
      const pRelated = predictGbdt(weights.related, row)[1] ?? 0;
      const relatedShares = predictGbdt(weights.stance, row);
      const probabilities: Record<Stance, number> = {
        agree: pRelated * (relatedShares[0] ?? 0),
        disagree: pRelated * (relatedShares[1] ?? 0),
        discuss: pRelated * (relatedShares[2] ?? 0),
        unrelated: 1 - pRelated,
      };
      return { stance: decideStance(probabilities), probabilities };
    },
  };
}
