import { describe, expect, it } from 'vitest';
import { boundedMemo } from './bounded-memo.ts';

describe('boundedMemo', () => {
  it('computes once per key, undefined answers included, and starts over when full', () => {
    const asked: string[] = [];
    const length = boundedMemo((word: string) => {
      asked.push(word);
      return word === '' ? undefined : word.length;
    }, 2);
    expect([length('ab'), length('ab'), length(''), length('')]).toEqual([2, 2, undefined, undefined]);
    expect(asked).toEqual(['ab', '']);
    // Full at two keys: a third empties the memory, so 'ab' is computed again.
    expect(length('abc')).toBe(3);
    expect(length('ab')).toBe(2);
    expect(asked).toEqual(['ab', '', 'abc', 'ab']);
  });
});
