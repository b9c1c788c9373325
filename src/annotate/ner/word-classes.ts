// Word classes the tagger reads for words it may not have seen labelled: how a word is usually cased in
// running text, its dictionary part of speech, and its distributional cluster.
import { sentenceCase, surfaceCase, type WordClass } from './features.ts';
import { MIN_CASE_HABIT_COUNT, CASE_HABIT_MAJORITY } from './thresholds.ts';

/**
 * Case habit of each lower-cased word from unlabelled sentences: `L` when it is written in lower case at
 * least CASE_HABIT_MAJORITY of the time inside ordinary sentences, `U` when written all in capitals that
 * often (an acronym: `OSCE`, not a shouted `NEVER`), `C` when capitalised that often, `M` else.
 * Sentence-initial tokens and all-capitals or all-lower sentences say nothing and are skipped.
 */
export function caseHabits(sentences: Iterable<readonly string[]>): Map<string, string> {
  const counts = new Map<string, { lower: number; capital: number; upper: number }>();
  for (const tokens of sentences) {
    if (sentenceCase(tokens) !== 'normal') continue;
    tokens.forEach((token, index) => {
      if (index === 0) return;
      const kind = surfaceCase(token);
      if (kind === 'none') return;
      const key = token.toLowerCase();
      const entry = counts.get(key) ?? { lower: 0, capital: 0, upper: 0 };
      if (kind === 'lower') entry.lower += 1;
      else entry.capital += 1;
      if (kind === 'upper') entry.upper += 1;
      counts.set(key, entry);
    });
  }
  const habits = new Map<string, string>();
  for (const [word, { lower, capital, upper }] of counts) {
    const total = lower + capital;
    if (total < MIN_CASE_HABIT_COUNT) continue;
    let habit = 'M';
    if (lower / total >= CASE_HABIT_MAJORITY) habit = 'L';
    else if (upper / total >= CASE_HABIT_MAJORITY && word.length > 1) habit = 'U';
    else if (capital / total >= CASE_HABIT_MAJORITY) habit = 'C';
    habits.set(word, habit);
  }
  return habits;
}

/** Joins the sources into one map, keeping only words that carry at least one class. */
export function mergeWordClasses(
  habits: ReadonlyMap<string, string>,
  partsOfSpeech: ReadonlyMap<string, string>,
  clusters: ReadonlyMap<string, string>,
  embeddings: ReadonlyMap<string, string> = new Map(),
): Map<string, WordClass> {
  const words = new Set([
    ...habits.keys(),
    ...partsOfSpeech.keys(),
    ...clusters.keys(),
    ...embeddings.keys(),
  ]);
  const merged = new Map<string, WordClass>();
  for (const word of [...words].sort()) {
    const caseHabit = habits.get(word);
    const partOfSpeech = partsOfSpeech.get(word);
    const cluster = clusters.get(word);
    const embedding = embeddings.get(word);
    merged.set(word, {
      ...(caseHabit === undefined ? {} : { caseHabit }),
      ...(partOfSpeech === undefined ? {} : { partOfSpeech }),
      ...(cluster === undefined ? {} : { cluster }),
      ...(embedding === undefined ? {} : { embedding }),
    });
  }
  return merged;
}

export interface ClusterSettings {
  /** Words seen fewer times than this get no cluster. */
  readonly minCount: number;
  /** Most frequent words whose left/right occurrence makes the context dimensions. */
  readonly contextWords: number;
  /** Cluster counts from fine to coarse; each level clusters the centroids of the level below. */
  readonly levels: readonly number[];
  readonly iterations: number;
}

type SparseVector = Map<number, number>;

function normalize(vector: SparseVector): SparseVector {
  let norm = 0;
  for (const value of vector.values()) norm += value * value;
  const scale = norm === 0 ? 0 : 1 / Math.sqrt(norm);
  for (const [key, value] of vector) vector.set(key, value * scale);
  return vector;
}

/**
 * Spherical k-means, deterministic: the first `k` vectors (most frequent words first) seed the centroids,
 * and every iteration assigns each vector to the nearest centroid by cosine.
 */
function kMeans(
  vectors: readonly SparseVector[],
  dimensions: number,
  k: number,
  iterations: number,
): Int32Array {
  const clusters = Math.min(k, vectors.length);
  const centroids: Float64Array[] = [];
  for (let c = 0; c < clusters; c += 1) {
    const centroid = new Float64Array(dimensions);
    for (const [key, value] of vectors[c] ?? new Map<number, number>()) centroid[key] = value;
    centroids.push(centroid);
  }
  const assignment = new Int32Array(vectors.length);
  for (let iteration = 0; iteration < iterations; iteration += 1) {
    vectors.forEach((vector, index) => {
      let best = 0;
      let bestScore = -Infinity;
      centroids.forEach((centroid, c) => {
        let score = 0;
        for (const [key, value] of vector) score += value * (centroid[key] ?? 0);
        if (score > bestScore) {
          bestScore = score;
          best = c;
        }
      });
      assignment[index] = best;
    });
    for (const centroid of centroids) centroid.fill(0);
    vectors.forEach((vector, index) => {
      const centroid = centroids[assignment[index] ?? 0];
      if (centroid === undefined) return;
      for (const [key, value] of vector) centroid[key] = (centroid[key] ?? 0) + value;
    });
    for (const centroid of centroids) {
      let norm = 0;
      for (const value of centroid) norm += value * value;
      const scale = norm === 0 ? 0 : 1 / Math.sqrt(norm);
      for (let i = 0; i < centroid.length; i += 1) centroid[i] = (centroid[i] ?? 0) * scale;
    }
  }
  return assignment;
}

/**
 * Distributional word classes from unlabelled sentences: each frequent word is described by the words seen
 * just before and after it (square-root counts, unit length), clustered by k-means at the finest level, then
 * the clusters themselves grouped into coarser levels. The class string reads coarse to fine, `3.41.207`,
 * so its prefixes are the coarser classes.
 */
export function distributionalClusters(
  sentences: Iterable<readonly string[]>,
  settings: ClusterSettings,
): Map<string, string> {
  const lowered: string[][] = [];
  const frequency = new Map<string, number>();
  for (const tokens of sentences) {
    const words = tokens.map((token) => token.toLowerCase());
    lowered.push(words);
    for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  const byFrequency = [...frequency.entries()]
    .filter(([, count]) => count >= settings.minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([word]) => word);
  const contextIndex = new Map(
    byFrequency.slice(0, settings.contextWords).map((word, index) => [word, index]),
  );
  const otherContext = settings.contextWords;
  const dimensions = 2 * (settings.contextWords + 2);
  const wordIndex = new Map(byFrequency.map((word, index) => [word, index]));
  const counts: SparseVector[] = byFrequency.map(() => new Map<number, number>());
  const contextOf = (word: string | undefined): number =>
    word === undefined ? otherContext + 1 : (contextIndex.get(word) ?? otherContext);
  for (const words of lowered) {
    words.forEach((word, position) => {
      const index = wordIndex.get(word);
      if (index === undefined) return;
      const vector = counts[index];
      if (vector === undefined) return;
      const left = contextOf(words[position - 1]);
      const right = settings.contextWords + 2 + contextOf(words[position + 1]);
      vector.set(left, (vector.get(left) ?? 0) + 1);
      vector.set(right, (vector.get(right) ?? 0) + 1);
    });
  }
  const vectors = counts.map((vector) => {
    for (const [key, value] of vector) vector.set(key, Math.sqrt(value));
    return normalize(vector);
  });
  const paths: string[][] = byFrequency.map(() => []);
  let members: number[][] = byFrequency.map((_, index) => [index]);
  let level = vectors;
  for (const k of settings.levels) {
    const assignment = kMeans(level, dimensions, k, settings.iterations);
    const grouped: number[][] = Array.from({ length: Math.min(k, level.length) }, () => []);
    const centroids: SparseVector[] = grouped.map(() => new Map<number, number>());
    assignment.forEach((cluster, item) => {
      for (const word of members[item] ?? []) {
        paths[word]?.unshift(String(cluster));
        grouped[cluster]?.push(word);
      }
      const centroid = centroids[cluster];
      for (const [key, value] of level[item] ?? new Map<number, number>()) {
        centroid?.set(key, (centroid.get(key) ?? 0) + value);
      }
    });
    members = grouped;
    level = centroids.map(normalize);
  }
  const classes = new Map<string, string>();
  byFrequency.forEach((word, index) => classes.set(word, (paths[index] ?? []).join('.')));
  return classes;
}
