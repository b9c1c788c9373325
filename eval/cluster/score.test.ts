import { describe, expect, it } from 'vitest';
import { scoreClustering } from './score.ts';

describe('scoreClustering', () => {
  it('scores a perfect clustering 1 whatever the labels are called', () => {
    const score = scoreClustering(['x', 'x', 'y'], ['a', 'a', 'b']);
    expect(score).toMatchObject({
      precision: 1,
      recall: 1,
      f1: 1,
      predictedClusters: 2,
      goldClusters: 2,
      items: 3,
    });
    expect(score.nmi).toBeCloseTo(1, 12);
  });

  it('computes B-cubed by hand for one cluster holding two gold stories', () => {
    // Predicted {1,2,3}; gold {1,2},{3}. Precision per item: 2/3, 2/3, 1/3; recall: 1, 1, 1.
    const score = scoreClustering(['p', 'p', 'p'], ['a', 'a', 'b']);
    expect(score.precision).toBeCloseTo(5 / 9, 12);
    expect(score.recall).toBe(1);
    expect(score.f1).toBeCloseTo((2 * (5 / 9)) / (5 / 9 + 1), 12);
    expect(score.nmi).toBe(0);
  });

  it('computes B-cubed and NMI by hand when every item stands alone', () => {
    // Singletons against gold {1,2},{3,4}: precision 1, recall 1/2; NMI = I / mean(H) = ln2 / ((ln4 + ln2) / 2).
    const score = scoreClustering(['1', '2', '3', '4'], ['a', 'a', 'b', 'b']);
    expect(score.precision).toBe(1);
    expect(score.recall).toBe(0.5);
    expect(score.f1).toBeCloseTo(2 / 3, 12);
    expect(score.nmi).toBeCloseTo(Math.LN2 / ((Math.log(4) + Math.LN2) / 2), 12);
  });

  it('refuses label lists of different lengths', () => {
    expect(() => scoreClustering(['a'], [])).toThrow(/as many predictions/);
  });
});
