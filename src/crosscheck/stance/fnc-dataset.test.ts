import { describe, expect, it } from 'vitest';
import { splitByBody, splitByClaim, type LabelledPair } from './fnc-dataset.ts';
import type { Stance } from './types.ts';

/** Forty claims, each with two headlines and three bodies, plus unrelated pairs across claims. */
function syntheticPairs(): LabelledPair[] {
  const pairs: LabelledPair[] = [];
  const related: Stance[] = ['agree', 'disagree', 'discuss'];
  for (let claim = 0; claim < 40; claim++) {
    for (let h = 0; h < 2; h++) {
      for (let b = 0; b < 3; b++) {
        pairs.push({
          headline: `claim ${claim} headline ${h}`,
          bodyId: String(claim * 3 + b),
          stance: related[b] ?? 'discuss',
        });
      }
      pairs.push({
        headline: `claim ${claim} headline ${h}`,
        bodyId: String(((claim + 7) % 40) * 3),
        stance: 'unrelated',
      });
    }
  }
  return pairs;
}

describe('development splits', () => {
  it('puts no body on both sides of the Body ID split and holds out about the asked share', () => {
    const split = splitByBody(syntheticPairs(), 0.8, 11);
    const trainBodies = new Set(split.train.map((p) => p.bodyId));
    expect(split.dev.every((p) => !trainBodies.has(p.bodyId))).toBe(true);
    expect(split.devBodyIds.size).toBe(24);
    expect(split.train.length + split.dev.length).toBe(syntheticPairs().length);
  });

  it('draws the same split from the same seed and another from another seed', () => {
    const ids = (seed: number) => [...splitByBody(syntheticPairs(), 0.8, seed).devBodyIds].sort().join(',');
    expect(ids(11)).toBe(ids(11));
    expect(ids(11)).not.toBe(ids(12));
  });

  it('keeps both the headlines and the bodies of held-out claims out of training in the claim split', () => {
    const split = splitByClaim(syntheticPairs(), 0.8, 11);
    const trainHeadlines = new Set(split.train.map((p) => p.headline));
    const trainBodies = new Set(split.train.map((p) => p.bodyId));
    expect(split.dev.length).toBeGreaterThan(0);
    expect(split.dev.every((p) => !trainHeadlines.has(p.headline) && !trainBodies.has(p.bodyId))).toBe(true);
  });
});
