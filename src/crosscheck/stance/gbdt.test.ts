import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../core/index.ts';
import { predictGbdt, trainGbdt, type GbdtParams } from './gbdt.ts';

const PARAMS: GbdtParams = {
  rounds: 30,
  learningRate: 0.3,
  maxLeaves: 8,
  maxDepth: 0,
  minLeafRows: 2,
  l2: 1,
  maxBins: 32,
  rowSample: 0.9,
  featureSample: 1,
  seed: 3,
};

/** Points in the unit square labelled by quadrant-like rules, plus a noise column. */
function synthetic(rows: number, classes: number, seed: number) {
  const random = seededRandom(seed);
  const features = new Float64Array(rows * 3);
  const labels = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    const x = random();
    const y = random();
    features.set([x, y, random()], r * 3);
    labels[r] = classes === 2 ? (x + y > 1 ? 1 : 0) : x < 0.33 ? 0 : y < 0.5 ? 1 : 2;
  }
  return { features, rows, columns: 3, labels, classes };
}

function accuracy(set: ReturnType<typeof synthetic>, predict: (row: Float64Array) => number[]): number {
  let right = 0;
  for (let r = 0; r < set.rows; r++) {
    const p = predict(set.features.subarray(r * 3, r * 3 + 3));
    const best = p.indexOf(Math.max(...p));
    if (best === set.labels[r]) right++;
  }
  return right / set.rows;
}

describe('gradient-boosted trees', () => {
  it('learns a two-class boundary it was not given in closed form', () => {
    const model = trainGbdt(synthetic(600, 2, 1), PARAMS);
    const test = synthetic(400, 2, 2);
    expect(accuracy(test, (row) => predictGbdt(model, row))).toBeGreaterThan(0.9);
  });

  it('learns three classes with a softmax and returns probabilities that sum to 1', () => {
    const model = trainGbdt(synthetic(600, 3, 1), PARAMS);
    const test = synthetic(400, 3, 2);
    expect(accuracy(test, (row) => predictGbdt(model, row))).toBeGreaterThan(0.9);
    const p = predictGbdt(model, [0.9, 0.9, 0.5]);
    expect(p).toHaveLength(3);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(p[2]).toBeGreaterThan(0.8);
  });

  it('trains the same trees twice from the same seed', () => {
    const set = synthetic(300, 3, 5);
    expect(JSON.stringify(trainGbdt(set, PARAMS))).toBe(JSON.stringify(trainGbdt(set, PARAMS)));
  });

  it('keeps to the depth limit', () => {
    const model = trainGbdt(synthetic(300, 2, 5), { ...PARAMS, maxDepth: 1, maxLeaves: 16 });
    for (const [tree] of model.trees)
      expect(tree?.feature.filter((f) => f >= 0).length).toBeLessThanOrEqual(1);
  });
});
