import { describe, expect, it } from 'vitest';
import { disjointSets } from './disjoint-sets.ts';

describe('disjointSets', () => {
  it('joins sets transitively and lists them by their smallest member', () => {
    const sets = disjointSets(6);
    expect(sets.union(4, 1)).toBe(true);
    expect(sets.union(1, 3)).toBe(true);
    expect(sets.union(3, 4)).toBe(false);
    sets.union(5, 2);
    expect(sets.find(4)).toBe(sets.find(3));
    expect(sets.find(0)).not.toBe(sets.find(1));
    expect(sets.groups()).toEqual([[0], [1, 3, 4], [2, 5]]);
  });
});
