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
});
