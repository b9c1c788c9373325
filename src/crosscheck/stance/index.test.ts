import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from './features.ts';
import {
  loadStanceModel,
  readStanceWeights,
  STANCE_DEV_WEIGHTS_PATH,
  STANCE_WEIGHTS_PATH,
  STANCES,
} from './index.ts';
import { decideStance } from './model.ts';

interface ModelCase {
  readonly slug: string;
  readonly headline: string;
  readonly body: string;
  readonly related: boolean;
}

const cases = JSON.parse(
  readFileSync(new URL('../../../test/fixtures/crosscheck/stance-model/cases.json', import.meta.url), 'utf8'),
) as ModelCase[];

describe('committed stance model', () => {
  it('loads once and returns probabilities over the four stances that sum to 1', () => {
    const model = loadStanceModel();
    expect(loadStanceModel()).toBe(model);
    const { stance, probabilities } = model.predict(cases[0]?.headline ?? '', cases[0]?.body ?? '');
    expect(STANCES).toContain(stance);
    expect(Object.keys(probabilities).sort()).toEqual([...STANCES].sort());
    expect(Object.values(probabilities).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });

  it.each(cases.map((c) => [c.slug, c] as const))('tells related from unrelated: %s', (_slug, c) => {
    const prediction = loadStanceModel().predict(c.headline, c.body);
    expect(prediction.stance === 'unrelated').toBe(!c.related);
  });

  it('leans towards disagree for a body that calls the headline a hoax, more than for one that restates it', () => {
    const model = loadStanceModel();
    const debunk = cases.find((c) => c.slug === 'debunked-rumour');
    const restate = cases.find((c) => c.slug === 'restated-report');
    const pDebunk = model.predict(debunk?.headline ?? '', debunk?.body ?? '').probabilities;
    const pRestate = model.predict(restate?.headline ?? '', restate?.body ?? '').probabilities;
    expect(pDebunk.disagree).toBeGreaterThan(pRestate.disagree);
  });

  it('answers for empty text without failing', () => {
    expect(STANCES).toContain(loadStanceModel().predict('', '').stance);
  });

  it('ships weights for the current features, the dev ones holding out their Body IDs', () => {
    for (const path of [STANCE_WEIGHTS_PATH, STANCE_DEV_WEIGHTS_PATH]) {
      expect(readStanceWeights(path).featureNames).toEqual(FEATURE_NAMES);
    }
    expect(readStanceWeights(STANCE_DEV_WEIGHTS_PATH).heldOutBodyIds?.length).toBeGreaterThan(0);
  });
});

describe('stance decision', () => {
  it('picks the label with the highest expected FNC score, preferring a related call near the boundary', () => {
    expect(decideStance({ agree: 0.05, disagree: 0.02, discuss: 0.03, unrelated: 0.9 })).toBe('unrelated');
    expect(decideStance({ agree: 0.3, disagree: 0.05, discuss: 0.1, unrelated: 0.55 })).toBe('agree');
    expect(decideStance({ agree: 0.1, disagree: 0.1, discuss: 0.7, unrelated: 0.1 })).toBe('discuss');
  });
});
