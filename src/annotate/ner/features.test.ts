import { describe, expect, it } from 'vitest';
import { sentenceFeatures, type FeatureResources } from './features.ts';
import { Gazetteer } from './gazetteer.ts';

const resources: FeatureResources = {
  gazetteer: new Gazetteer({ city: ['ashford'] }),
  wordClasses: new Map(),
};

function keysOf(tokens: string[], index: number): Set<number> {
  const features = sentenceFeatures(tokens, resources);
  return new Set(features.keys.subarray(features.offsets[index], features.offsets[index + 1]));
}

describe('sentenceFeatures', () => {
  it('gives a name followed by a score in a line of figures features that the same name in prose lacks', () => {
    const inTable = keysOf(['Ashford', '3', 'Brill', '1', '(', 'halftime', '1-0', ')'], 0);
    const inProse = keysOf(['Ashford', 'won', 'the', 'cup', 'again', 'this', 'year', '.'], 0);
    const tableOnly = [...inTable].filter((key) => !inProse.has(key));
    expect(tableOnly.length).toBeGreaterThanOrEqual(2);
  });

  it('gives a number-rich line no table features for lower-case words', () => {
    const lower = keysOf(['won', '3', 'lost', '1', 'drew', '2'], 0);
    const prose = keysOf(['won', 'the', 'match', 'and', 'then', 'left'], 0);
    // Only the neighbour word and shape features may differ, not extra table keys.
    expect(lower.size).toBe(prose.size);
  });

  it('gives words of one vector class shared keys, at the word and beside it', () => {
    const withVectors: FeatureResources = {
      gazetteer: new Gazetteer({}),
      wordClasses: new Map([
        ['oslo', { embedding: '3.41.207' }],
        ['lyon', { embedding: '3.41.207' }],
        ['soup', { embedding: '9.12.5' }],
      ]),
    };
    const keysAt = (tokens: string[], index: number): Set<number> => {
      const features = sentenceFeatures(tokens, withVectors);
      return new Set(features.keys.subarray(features.offsets[index], features.offsets[index + 1]));
    };
    const shared = (a: Set<number>, b: Set<number>): number => [...a].filter((key) => b.has(key)).length;
    const oslo = keysAt(['they', 'flew', 'to', 'Oslo'], 3);
    const lyon = keysAt(['they', 'flew', 'to', 'Lyon'], 3);
    const soup = keysAt(['they', 'flew', 'to', 'Soup'], 3);
    expect(shared(oslo, lyon) - shared(oslo, soup)).toBeGreaterThanOrEqual(6);
    const beforeOslo = keysAt(['Oslo', 'said'], 1);
    const beforeLyon = keysAt(['Lyon', 'said'], 1);
    const beforeSoup = keysAt(['Soup', 'said'], 1);
    expect(shared(beforeOslo, beforeLyon) - shared(beforeOslo, beforeSoup)).toBeGreaterThanOrEqual(3);
  });

  it("carries the vector classes of a long name's last word to every word of the name", () => {
    const firstWordKeys = (wordClasses: FeatureResources['wordClasses']): Set<number> => {
      const features = sentenceFeatures(['Tarn', 'Vale', 'Rovers', 'won'], {
        gazetteer: new Gazetteer({}),
        wordClasses,
      });
      return new Set(features.keys.subarray(features.offsets[0], features.offsets[1]));
    };
    const known = firstWordKeys(new Map([['rovers', { embedding: '3.41.207' }]]));
    const unknown = firstWordKeys(new Map());
    // Two levels of the last word's classes (the coarsest is left out) and nothing else differ.
    expect([...known].filter((key) => !unknown.has(key))).toHaveLength(2);
    expect(unknown.size).toBe(known.size - 2);
  });
});
