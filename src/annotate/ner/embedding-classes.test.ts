import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../core/index.ts';
import { embeddingClusters, nearestCentroids, sphericalKMeans, unitVectors } from './embedding-classes.ts';

// Three invented groups of words, each pointing along its own axis with a little spread.
const RAW: Readonly<Record<string, readonly number[]>> = {
  paris: [5, 0.3, 0],
  rome: [4, -0.2, 0.1],
  vienna: [6, 0.1, -0.3],
  smith: [0.2, 3, 0],
  jones: [-0.1, 2, 0.2],
  brown: [0.3, 4, -0.1],
  bank: [0, 0.2, 2],
  agency: [0.1, -0.3, 5],
  ministry: [-0.2, 0, 3],
};
const WORDS = Object.keys(RAW);
const vectors = unitVectors([...WORDS, 'missing'], 3, (word) => RAW[word]);

describe('unitVectors', () => {
  it('scales every vector to unit length and skips words without one', () => {
    expect(vectors.words).toEqual(WORDS);
    for (let row = 0; row < WORDS.length; row += 1) {
      const norm = Math.hypot(...vectors.values.subarray(row * 3, row * 3 + 3));
      expect(norm).toBeCloseTo(1, 5);
    }
  });
});

describe('sphericalKMeans', () => {
  it('finds the three directions whatever rows seed it', () => {
    const rows = Int32Array.from(WORDS.keys());
    for (const seed of [1, 2, 3]) {
      const centroids = sphericalKMeans(vectors.values, 3, rows, 3, 5, seededRandom(seed));
      const assignment = nearestCentroids(vectors.values, 3, centroids);
      expect(new Set([assignment[0], assignment[1], assignment[2]]).size).toBe(1);
      expect(new Set([assignment[3], assignment[4], assignment[5]]).size).toBe(1);
      expect(new Set([assignment[6], assignment[7], assignment[8]]).size).toBe(1);
      expect(new Set(assignment).size).toBe(3);
    }
  });
});

describe('embeddingClusters', () => {
  const settings = { words: 9, levels: [1, 3], sample: 9, iterations: 5, seed: 4 };

  it('gives every word one id per level, words of one group the same ids', () => {
    const classes = embeddingClusters(vectors, settings);
    expect(classes.size).toBe(9);
    expect(classes.get('paris')).toMatch(/^0\.\d$/);
    expect(classes.get('rome')).toBe(classes.get('paris'));
    expect(classes.get('jones')).toBe(classes.get('smith'));
    expect(classes.get('bank')).not.toBe(classes.get('smith'));
  });

  it('is deterministic for a fixed seed and keeps only the most frequent words', () => {
    expect([...embeddingClusters(vectors, settings)]).toEqual([...embeddingClusters(vectors, settings)]);
    expect([...embeddingClusters(vectors, { ...settings, words: 4 }).keys()]).toEqual(WORDS.slice(0, 4));
  });
});
