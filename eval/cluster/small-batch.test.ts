import { describe, expect, it } from 'vitest';
import { loadSmallBatch, scoreSmallBatch, shuffledOrder } from './small-batch.ts';

describe('small batches of full articles', () => {
  it('clusters the bundled example, the fixtures and the sample corpus exactly, in file order and in shuffled orders', async () => {
    const items = await loadSmallBatch();
    expect(items.length).toBeGreaterThanOrEqual(13);
    expect(scoreSmallBatch(items, {}, 6)).toEqual({ meanF1: 1, minF1: 1, exact: 1 });
  });

  it('shuffles deterministically and keeps every item', () => {
    const values = Array.from({ length: 20 }, (_, i) => i);
    expect(shuffledOrder(values, 3)).toEqual(shuffledOrder(values, 3));
    expect(shuffledOrder(values, 3)).not.toEqual(values);
    expect([...shuffledOrder(values, 5)].sort((a, b) => a - b)).toEqual(values);
  });
});
