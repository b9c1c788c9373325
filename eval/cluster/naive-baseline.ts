// The naive peer: single-pass TF-IDF clustering. Each item joins the cluster whose centroid is most
// cosine-similar above one threshold, else starts one. Plain lower-cased words minus stop words, idf from the
// stream so far, no time, names, merging or caps. The report gives it its best threshold from a small sweep.
import { STOP_WORDS } from '../../src/stories/stop-words.ts';
import type { ClusteringDataset } from './dataset.ts';
import { scoreClustering, type ClusteringScore } from './score.ts';

export const NAIVE_THRESHOLDS = [0.03, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4] as const;

interface Centroid {
  readonly index: number;
  readonly weights: Map<string, number>;
  norm2: number;
}

function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !STOP_WORDS.has(word));
}

/** Cluster labels for the dataset's items, in order. */
export function naiveCluster(dataset: ClusteringDataset, threshold: number): string[] {
  const documentFrequency = new Map<string, number>();
  let documents = 0;
  const centroids: Centroid[] = [];
  const index = new Map<string, Set<Centroid>>();
  const labels: string[] = [];
  for (const { item } of dataset.items) {
    const counts = new Map<string, number>();
    for (const word of words(`${item.title ?? ''} ${item.text ?? ''}`))
      counts.set(word, (counts.get(word) ?? 0) + 1);
    documents += 1;
    for (const word of counts.keys()) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
    const vector = new Map<string, number>();
    let norm2 = 0;
    for (const [word, count] of counts) {
      const weight = count * (Math.log((documents + 1) / ((documentFrequency.get(word) ?? 0) + 1)) + 1);
      vector.set(word, weight);
      norm2 += weight * weight;
    }
    const norm = Math.sqrt(norm2) || 1;
    for (const [word, weight] of vector) vector.set(word, weight / norm);
    const dots = new Map<Centroid, number>();
    for (const [word, weight] of vector) {
      for (const centroid of index.get(word) ?? []) {
        dots.set(centroid, (dots.get(centroid) ?? 0) + weight * (centroid.weights.get(word) ?? 0));
      }
    }
    let best: { centroid: Centroid; cosine: number } | undefined;
    for (const [centroid, dot] of dots) {
      const cosine = dot / Math.sqrt(centroid.norm2);
      if (best === undefined || cosine > best.cosine) best = { centroid, cosine };
    }
    let target: Centroid;
    if (best !== undefined && best.cosine >= threshold) {
      target = best.centroid;
    } else {
      target = { index: centroids.length, weights: new Map(), norm2: 0 };
      centroids.push(target);
    }
    for (const [word, weight] of vector) {
      const before = target.weights.get(word) ?? 0;
      target.weights.set(word, before + weight);
      target.norm2 += (before + weight) ** 2 - before ** 2;
      let postings = index.get(word);
      if (postings === undefined) index.set(word, (postings = new Set()));
      postings.add(target);
    }
    labels.push(String(target.index));
  }
  return labels;
}

/** The naive peer at each threshold of the sweep, and the best of them by B-cubed F1. */
export function naiveSweep(dataset: ClusteringDataset): {
  best: { threshold: number; score: ClusteringScore };
  all: { threshold: number; score: ClusteringScore }[];
} {
  const gold = dataset.items.map(({ gold }) => gold);
  const all = NAIVE_THRESHOLDS.map((threshold) => ({
    threshold,
    score: scoreClustering(naiveCluster(dataset, threshold), gold),
  }));
  const best = all.reduce((a, b) => (b.score.f1 > a.score.f1 ? b : a));
  return { best, all };
}
