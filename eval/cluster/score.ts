// The one scorer of story clustering, shared by the CI gate and the report: B-cubed precision/recall/F1 and NMI.

export interface ClusteringScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Normalised mutual information, arithmetic-mean normalisation (scikit-learn's default). */
  readonly nmi: number;
  readonly predictedClusters: number;
  readonly goldClusters: number;
  readonly items: number;
}

function entropy(sizes: Iterable<number>, total: number): number {
  let h = 0;
  for (const size of sizes) if (size > 0) h -= (size / total) * Math.log(size / total);
  return h;
}

/** Scores predicted labels against gold labels, item by item (arrays of equal length, same order). */
export function scoreClustering(predicted: readonly string[], gold: readonly string[]): ClusteringScore {
  if (predicted.length !== gold.length) {
    throw new Error(
      `expected as many predictions as gold labels, found ${predicted.length} and ${gold.length}`,
    );
  }
  const total = predicted.length;
  const predictedSizes = new Map<string, number>();
  const goldSizes = new Map<string, number>();
  const joint = new Map<string, number>();
  for (let i = 0; i < total; i += 1) {
    const p = predicted[i] ?? '';
    const g = gold[i] ?? '';
    predictedSizes.set(p, (predictedSizes.get(p) ?? 0) + 1);
    goldSizes.set(g, (goldSizes.get(g) ?? 0) + 1);
    const key = `${p}\u0000${g}`;
    joint.set(key, (joint.get(key) ?? 0) + 1);
  }
  if (total === 0) {
    return { precision: 1, recall: 1, f1: 1, nmi: 1, predictedClusters: 0, goldClusters: 0, items: 0 };
  }
  let precisionSum = 0;
  let recallSum = 0;
  let mutualInformation = 0;
  for (const [key, count] of joint) {
    const [p = '', g = ''] = key.split('\u0000');
    const predictedSize = predictedSizes.get(p) ?? 1;
    const goldSize = goldSizes.get(g) ?? 1;
    precisionSum += (count * count) / predictedSize;
    recallSum += (count * count) / goldSize;
    mutualInformation += (count / total) * Math.log((count * total) / (predictedSize * goldSize));
  }
  const precision = precisionSum / total;
  const recall = recallSum / total;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const hPredicted = entropy(predictedSizes.values(), total);
  const hGold = entropy(goldSizes.values(), total);
  const meanEntropy = (hPredicted + hGold) / 2;
  const nmi = meanEntropy === 0 ? 1 : Math.max(0, mutualInformation) / meanEntropy;
  return {
    precision,
    recall,
    f1,
    nmi,
    predictedClusters: predictedSizes.size,
    goldClusters: goldSizes.size,
    items: total,
  };
}
