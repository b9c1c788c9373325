import { describe, expect, it } from 'vitest';
import { seededRandom } from '../core/index.ts';
import {
  inOrderAlignment,
  longestChain,
  longestCommonSubsequence,
  matchesOf,
  type SimilarityRow,
} from './derivations.ts';

/** The textbook dynamic program both fast routines must agree with. */
function plainLcs(a: readonly number[], b: readonly number[]): number {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i += 1)
    for (let j = 1; j <= b.length; j += 1)
      table[i]![j] =
        a[i - 1] === b[j - 1] ? table[i - 1]![j - 1]! + 1 : Math.max(table[i - 1]![j]!, table[i]![j - 1]!);
  return table[a.length]![b.length]!;
}

/** Heaviest chain of cells at or above `threshold` with strictly increasing row and column (column k read as
 *  `order[k]`), each cell weighing `gain(i, j)`. */
function plainChain(
  matrix: readonly Float64Array[],
  threshold: number,
  order: readonly number[],
  gain: (i: number, j: number) => number = () => 1,
): number {
  const table = Array.from({ length: matrix.length + 1 }, () => new Array<number>(order.length + 1).fill(0));
  for (let i = 1; i <= matrix.length; i += 1)
    for (let k = 1; k <= order.length; k += 1) {
      let best = Math.max(table[i - 1]![k]!, table[i]![k - 1]!);
      if (matrix[i - 1]![order[k - 1]!]! >= threshold)
        best = Math.max(best, table[i - 1]![k - 1]! + gain(i - 1, order[k - 1]!));
      table[i]![k] = best;
    }
  return table[matrix.length]![order.length]!;
}

/** The rows `sentenceSimilarities` gives for a dense matrix: every column of a positive cell. */
const sparse = (matrix: readonly Float64Array[]): SimilarityRow[] =>
  matrix.map((row) => {
    const columns = [...row.keys()].filter((j) => (row[j] ?? 0) > 0);
    return { columns, cosines: columns.map((j) => row[j] ?? 0) };
  });

describe('alignment counts used by copy and rewrite detection', () => {
  it('bit-parallel LCS equals the dynamic program, also past one 32-bit word and with repeats', () => {
    const random = seededRandom(5);
    for (let trial = 0; trial < 300; trial += 1) {
      const alphabet = 1 + Math.floor(random() * 12);
      const sequence = (): number[] =>
        Array.from({ length: Math.floor(random() * 90) }, () => Math.floor(random() * alphabet));
      const a = sequence();
      const b = sequence();
      expect(longestCommonSubsequence(a, b)).toBe(plainLcs(a, b));
    }
    expect(longestCommonSubsequence([], [1, 2])).toBe(0);
    expect(longestCommonSubsequence([1, 2, 3], [3, 2, 1])).toBe(1);
  });

  it('the chain over matches equals the in-order alignment, in column order and in shuffled orders', () => {
    const random = seededRandom(11);
    for (let trial = 0; trial < 300; trial += 1) {
      const rows = Math.floor(random() * 15);
      const columns = 1 + Math.floor(random() * 15);
      const matrix = Array.from({ length: rows }, () =>
        Float64Array.from({ length: columns }, () => random()),
      );
      const threshold = random();
      const matches = matchesOf(sparse(matrix), threshold);
      const identity = Array.from({ length: columns }, (_, j) => j);
      expect(longestChain(matches)).toBe(plainChain(matrix, threshold, identity));
      const order = [...identity].sort(() => random() - 0.5);
      const place = new Int32Array(columns);
      order.forEach((column, k) => (place[column] = k));
      expect(longestChain(matches, place)).toBe(plainChain(matrix, threshold, order));
      // Weighted by the row's or the column's size, as sentence coverage weighs them.
      const sizes = Array.from({ length: Math.max(rows, columns) }, () => 1 + Math.floor(random() * 20));
      for (const gain of [(i: number) => sizes[i] ?? 0, (_: number, j: number) => sizes[j] ?? 0])
        expect(inOrderAlignment(sparse(matrix), threshold, columns, gain)).toBe(
          plainChain(matrix, threshold, identity, gain),
        );
    }
  });
});
