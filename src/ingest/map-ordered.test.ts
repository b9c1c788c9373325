import { expect, it } from 'vitest';
import { mapOrdered } from './map-ordered.ts';

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

it('yields results in input order while running tasks concurrently up to the limit', async () => {
  let running = 0;
  let peak = 0;
  const results: number[] = [];
  for await (const value of mapOrdered([50, 10, 30, 5, 20], 3, async (ms, index) => {
    running += 1;
    peak = Math.max(peak, running);
    await delay(ms);
    running -= 1;
    return index;
  })) {
    results.push(value);
  }
  expect(results).toEqual([0, 1, 2, 3, 4]);
  expect(peak).toBe(3);
});

it('rethrows a failed task at its turn', async () => {
  const seen: number[] = [];
  const run = async (): Promise<void> => {
    for await (const value of mapOrdered([1, 2, 3], 2, (n) =>
      n === 2 ? Promise.reject(new Error('task 2 broke')) : Promise.resolve(n),
    )) {
      seen.push(value);
    }
  };
  await expect(run()).rejects.toThrow('task 2 broke');
  expect(seen).toEqual([1]);
});
