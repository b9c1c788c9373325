// Gradient-boosted decision trees (histogram splits, leaf-wise growth, Newton leaves, logistic or softmax loss):
// the learner behind the stance model and the reimplemented FNC-1 baseline. Deterministic for a given seed.
import { seededRandom } from '../../core/index.ts';

export interface GbdtParams {
  /** Boosting rounds; each adds one tree per class output. */
  readonly rounds: number;
  readonly learningRate: number;
  /** Leaves per tree (leaf-wise growth stops here). */
  readonly maxLeaves: number;
  /** Depth limit per tree; 0 means none. */
  readonly maxDepth: number;
  /** Fewest training rows in a leaf. */
  readonly minLeafRows: number;
  /** L2 penalty on leaf values (XGBoost's lambda). */
  readonly l2: number;
  /** Histogram bins per feature, at most 256. */
  readonly maxBins: number;
  /** Share of rows drawn for each round. */
  readonly rowSample: number;
  /** Share of features offered to each tree. */
  readonly featureSample: number;
  readonly seed: number;
}

export interface TrainingSet {
  /** Row-major feature matrix: `features[row * columns + column]`. */
  readonly features: Float64Array;
  readonly rows: number;
  readonly columns: number;
  /** Class index per row, 0 … classes-1. */
  readonly labels: Int32Array;
  readonly classes: number;
  /** Per-row weight; all ones when absent. */
  readonly weights?: Float64Array;
}

/** One tree as parallel arrays; a node is a leaf when `feature[i] < 0`, and `x <= threshold` goes left. */
export interface Tree {
  readonly feature: number[];
  readonly threshold: number[];
  readonly left: number[];
  readonly right: number[];
  readonly value: number[];
}

export interface GbdtModel {
  readonly classes: number;
  readonly columns: number;
  /** Initial raw score per output (one output for two classes, else one per class). */
  readonly baseScore: number[];
  /** `trees[round][output]`. */
  readonly trees: Tree[][];
}

/** Candidate thresholds per feature: midpoints between distinct values, thinned to quantiles past `maxBins`. */
function binThresholds(set: TrainingSet, maxBins: number): Float64Array[] {
  const result: Float64Array[] = [];
  const column = new Float64Array(set.rows);
  for (let f = 0; f < set.columns; f++) {
    for (let r = 0; r < set.rows; r++) column[r] = set.features[r * set.columns + f] ?? 0;
    const sorted = Float64Array.from(column).sort();
    const distinct: number[] = [];
    for (const v of sorted)
      if (distinct.length === 0 || distinct[distinct.length - 1] !== v) distinct.push(v);
    let cuts: number[] = [];
    if (distinct.length <= maxBins) {
      for (let i = 0; i + 1 < distinct.length; i++)
        cuts.push(((distinct[i] ?? 0) + (distinct[i + 1] ?? 0)) / 2);
    } else {
      for (let k = 1; k < maxBins; k++) {
        const position = Math.floor((k * sorted.length) / maxBins);
        const lower = sorted[position - 1] ?? 0;
        const upper = sorted[position] ?? 0;
        if (lower !== upper) cuts.push((lower + upper) / 2);
        else {
          // A run of equal values: cut just above it, at the midpoint to the next distinct value.
          let j = position;
          while (j < sorted.length && sorted[j] === upper) j++;
          if (j < sorted.length) cuts.push((upper + (sorted[j] ?? upper)) / 2);
        }
      }
      cuts = [...new Set(cuts)].sort((a, b) => a - b);
    }
    result.push(Float64Array.from(cuts));
  }
  return result;
}

function binOf(thresholds: Float64Array, value: number): number {
  let low = 0;
  let high = thresholds.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (value <= (thresholds[mid] ?? 0)) high = mid;
    else low = mid + 1;
  }
  return low;
}

interface Split {
  gain: number;
  feature: number;
  bin: number;
}

interface Leaf {
  node: number;
  rows: Int32Array;
  depth: number;
  sumG: number;
  sumH: number;
  hist: Float64Array;
  split: Split | undefined;
}

interface GrowContext {
  readonly binned: Uint8Array;
  readonly columns: number;
  readonly bins: number;
  readonly thresholds: Float64Array[];
  readonly grad: Float64Array;
  readonly hess: Float64Array;
  readonly active: readonly number[];
  readonly params: GbdtParams;
}

/** Histogram layout: for feature f and bin b, [3 * (f * bins + b)] holds gradient, hessian, row count. */
function buildHistogram(context: GrowContext, rows: Int32Array): Float64Array {
  const { binned, columns, bins, grad, hess, active } = context;
  const hist = new Float64Array(columns * bins * 3);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] ?? 0;
    const g = grad[r] ?? 0;
    const h = hess[r] ?? 0;
    const base = r * columns;
    for (let k = 0; k < active.length; k++) {
      const f = active[k] ?? 0;
      const slot = 3 * (f * bins + (binned[base + f] ?? 0));
      hist[slot] = (hist[slot] ?? 0) + g;
      hist[slot + 1] = (hist[slot + 1] ?? 0) + h;
      hist[slot + 2] = (hist[slot + 2] ?? 0) + 1;
    }
  }
  return hist;
}

function bestSplit(context: GrowContext, leaf: Leaf): Split | undefined {
  const { bins, active, params, thresholds } = context;
  const { hist, sumG, sumH } = leaf;
  const count = leaf.rows.length;
  if (count < 2 * params.minLeafRows) return undefined;
  if (params.maxDepth > 0 && leaf.depth >= params.maxDepth) return undefined;
  const parentScore = (sumG * sumG) / (sumH + params.l2);
  let best: Split | undefined;
  for (const f of active) {
    const cuts = thresholds[f]?.length ?? 0;
    let gl = 0;
    let hl = 0;
    let cl = 0;
    for (let b = 0; b < cuts; b++) {
      const slot = 3 * (f * bins + b);
      gl += hist[slot] ?? 0;
      hl += hist[slot + 1] ?? 0;
      cl += hist[slot + 2] ?? 0;
      if (cl < params.minLeafRows) continue;
      if (count - cl < params.minLeafRows) break;
      const gr = sumG - gl;
      const hr = sumH - hl;
      const gain = (gl * gl) / (hl + params.l2) + (gr * gr) / (hr + params.l2) - parentScore;
      if (gain > 1e-12 && (best === undefined || gain > best.gain)) best = { gain, feature: f, bin: b };
    }
  }
  return best;
}

function growTree(context: GrowContext, rows: Int32Array): Tree {
  const tree: Tree = { feature: [-1], threshold: [0], left: [-1], right: [-1], value: [0] };
  const { grad, hess, params } = context;
  const makeLeaf = (node: number, leafRows: Int32Array, depth: number, hist: Float64Array): Leaf => {
    let sumG = 0;
    let sumH = 0;
    for (let i = 0; i < leafRows.length; i++) {
      const r = leafRows[i] ?? 0;
      sumG += grad[r] ?? 0;
      sumH += hess[r] ?? 0;
    }
    const leaf: Leaf = { node, rows: leafRows, depth, sumG, sumH, hist, split: undefined };
    leaf.split = bestSplit(context, leaf);
    tree.value[node] = (-sumG / (sumH + params.l2)) * params.learningRate;
    return leaf;
  };
  const leaves: Leaf[] = [makeLeaf(0, rows, 0, buildHistogram(context, rows))];
  while (leaves.length < params.maxLeaves) {
    let chosen = -1;
    for (let i = 0; i < leaves.length; i++) {
      const gain = leaves[i]?.split?.gain;
      if (gain !== undefined && (chosen < 0 || gain > (leaves[chosen]?.split?.gain ?? 0))) chosen = i;
    }
    const leaf = leaves[chosen];
    if (leaf?.split === undefined) break;
    const { feature, bin } = leaf.split;
    const leftRows: number[] = [];
    const rightRows: number[] = [];
    for (let i = 0; i < leaf.rows.length; i++) {
      const r = leaf.rows[i] ?? 0;
      if ((context.binned[r * context.columns + feature] ?? 0) <= bin) leftRows.push(r);
      else rightRows.push(r);
    }
    const leftNode = tree.feature.length;
    const rightNode = leftNode + 1;
    tree.feature[leaf.node] = feature;
    tree.threshold[leaf.node] = context.thresholds[feature]?.[bin] ?? 0;
    tree.left[leaf.node] = leftNode;
    tree.right[leaf.node] = rightNode;
    tree.value[leaf.node] = 0;
    for (const node of [leftNode, rightNode]) {
      tree.feature[node] = -1;
      tree.threshold[node] = 0;
      tree.left[node] = -1;
      tree.right[node] = -1;
      tree.value[node] = 0;
    }
    const left = Int32Array.from(leftRows);
    const right = Int32Array.from(rightRows);
    // Build the smaller child's histogram and take the larger one as parent minus smaller.
    const smallerIsLeft = left.length <= right.length;
    const smallHist = buildHistogram(context, smallerIsLeft ? left : right);
    const largeHist = leaf.hist;
    for (let i = 0; i < largeHist.length; i++) largeHist[i] = (largeHist[i] ?? 0) - (smallHist[i] ?? 0);
    const depth = leaf.depth + 1;
    const leftLeaf = makeLeaf(leftNode, left, depth, smallerIsLeft ? smallHist : largeHist);
    const rightLeaf = makeLeaf(rightNode, right, depth, smallerIsLeft ? largeHist : smallHist);
    leaves.splice(chosen, 1, leftLeaf, rightLeaf);
  }
  return tree;
}

function outputsOf(classes: number): number {
  return classes === 2 ? 1 : classes;
}

/** Trains a boosted ensemble; logistic loss for two classes, softmax for more. */
export function trainGbdt(set: TrainingSet, params: GbdtParams): GbdtModel {
  const { rows, columns, classes } = set;
  const outputs = outputsOf(classes);
  const bins = Math.min(256, params.maxBins);
  const thresholds = binThresholds(set, bins);
  const binned = new Uint8Array(rows * columns);
  for (let r = 0; r < rows; r++) {
    for (let f = 0; f < columns; f++) {
      binned[r * columns + f] = binOf(
        thresholds[f] ?? new Float64Array(),
        set.features[r * columns + f] ?? 0,
      );
    }
  }
  const weights = set.weights ?? new Float64Array(rows).fill(1);
  const prior = new Float64Array(classes);
  let totalWeight = 0;
  for (let r = 0; r < rows; r++) {
    const label = set.labels[r] ?? 0;
    prior[label] = (prior[label] ?? 0) + (weights[r] ?? 1);
    totalWeight += weights[r] ?? 1;
  }
  const share = (k: number): number => Math.max(1e-6, (prior[k] ?? 0) / totalWeight);
  const baseScore =
    outputs === 1
      ? [Math.log(share(1) / share(0))]
      : Array.from({ length: classes }, (_, k) => Math.log(share(k)));
  const raw = new Float64Array(rows * outputs);
  for (let r = 0; r < rows; r++) for (let k = 0; k < outputs; k++) raw[r * outputs + k] = baseScore[k] ?? 0;

  const random = seededRandom(params.seed);
  const trees: Tree[][] = [];
  const grad = new Float64Array(rows);
  const hess = new Float64Array(rows);
  const probabilities = new Float64Array(rows * outputs);
  for (let round = 0; round < params.rounds; round++) {
    for (let r = 0; r < rows; r++) {
      softmaxInto(raw, r * outputs, outputs, probabilities);
    }
    const sampled: number[] = [];
    for (let r = 0; r < rows; r++) if (params.rowSample >= 1 || random() < params.rowSample) sampled.push(r);
    const sampleRows = Int32Array.from(sampled);
    const roundTrees: Tree[] = [];
    for (let k = 0; k < outputs; k++) {
      for (let r = 0; r < rows; r++) {
        const p = probabilities[r * outputs + k] ?? 0;
        const y = outputs === 1 ? (set.labels[r] === 1 ? 1 : 0) : set.labels[r] === k ? 1 : 0;
        const w = weights[r] ?? 1;
        grad[r] = w * (p - y);
        hess[r] = w * Math.max(p * (1 - p), 1e-12);
      }
      const active: number[] = [];
      for (let f = 0; f < columns; f++)
        if (params.featureSample >= 1 || random() < params.featureSample) active.push(f);
      if (active.length === 0) active.push(Math.floor(random() * columns));
      const tree = growTree({ binned, columns, bins, thresholds, grad, hess, active, params }, sampleRows);
      for (let r = 0; r < rows; r++) {
        raw[r * outputs + k] =
          (raw[r * outputs + k] ?? 0) + leafValue(tree, (f) => set.features[r * columns + f] ?? 0);
      }
      roundTrees.push(tree);
    }
    trees.push(roundTrees);
  }
  return { classes, columns, baseScore, trees };
}

/** Probabilities from raw scores at `offset`: a sigmoid for one output (giving P(class 1)), else a softmax. */
function softmaxInto(raw: Float64Array, offset: number, outputs: number, into: Float64Array): void {
  if (outputs === 1) {
    into[offset] = 1 / (1 + Math.exp(-(raw[offset] ?? 0)));
    return;
  }
  let max = -Infinity;
  for (let k = 0; k < outputs; k++) max = Math.max(max, raw[offset + k] ?? 0);
  let sum = 0;
  for (let k = 0; k < outputs; k++) {
    const e = Math.exp((raw[offset + k] ?? 0) - max);
    into[offset + k] = e;
    sum += e;
  }
  for (let k = 0; k < outputs; k++) into[offset + k] = (into[offset + k] ?? 0) / sum;
}

function leafValue(tree: Tree, valueOf: (feature: number) => number): number {
  let node = 0;
  for (;;) {
    const feature = tree.feature[node] ?? -1;
    if (feature < 0) return tree.value[node] ?? 0;
    node = valueOf(feature) <= (tree.threshold[node] ?? 0) ? (tree.left[node] ?? 0) : (tree.right[node] ?? 0);
  }
}

/** Class probabilities for one feature row, using the first `rounds` rounds (all by default). */
export function predictGbdt(model: GbdtModel, row: ArrayLike<number>, rounds = model.trees.length): number[] {
  const outputs = outputsOf(model.classes);
  const raw = Float64Array.from(model.baseScore);
  const used = Math.min(rounds, model.trees.length);
  for (let round = 0; round < used; round++) {
    const roundTrees = model.trees[round] ?? [];
    for (let k = 0; k < outputs; k++) {
      const tree = roundTrees[k];
      if (tree !== undefined) raw[k] = (raw[k] ?? 0) + leafValue(tree, (f) => row[f] ?? 0);
    }
  }
  const probabilities = new Float64Array(outputs);
  softmaxInto(raw, 0, outputs, probabilities);
  if (outputs === 1) {
    const p = probabilities[0] ?? 0;
    return [1 - p, p];
  }
  return Array.from(probabilities);
}
