import { describe, expect, it } from 'vitest';
import { analyseBody, buildIdfTable, FEATURE_NAMES, pairFeatures } from './features.ts';

const bodies = [
  'The harbour bridge in Marlow Bay will close for repairs on Monday, the city council said. Engineers will replace its cables.',
  'A photo of a giant squid in a city fountain is a hoax, officials said. The image was edited and the story is false.',
  'Wheat prices rose this week as dry weather hurt the harvest across the plains, traders said.',
];
const headlines = [
  'Harbour bridge to close for repairs',
  'Giant squid found in fountain',
  'Wheat prices rise',
];
const idf = buildIdfTable(bodies, headlines);

function feature(headline: string, body: string, name: string): number {
  const row = pairFeatures(headline, analyseBody(body, idf), idf);
  expect(row).toHaveLength(FEATURE_NAMES.length);
  return row[FEATURE_NAMES.indexOf(name)] ?? Number.NaN;
}

describe('stance features', () => {
  it('scores a body that restates the headline as more similar than a body on another story', () => {
    const headline = 'Marlow Bay harbour bridge closes for repairs';
    for (const name of ['cosine_body', 'overlap_share', 'bm25', 'cosine_best_sentence']) {
      expect(feature(headline, bodies[0] ?? '', name)).toBeGreaterThan(
        feature(headline, bodies[2] ?? '', name),
      );
    }
    expect(feature(headline, bodies[0] ?? '', 'overlap_share')).toBe(1);
  });

  it('counts refuting cues near the headline words in the body', () => {
    const headline = 'Giant squid found in city fountain';
    expect(feature(headline, bodies[1] ?? '', 'window_refuting_rate')).toBeGreaterThan(0);
    expect(feature(headline, bodies[1] ?? '', 'top_sentences_refuting')).toBeGreaterThanOrEqual(2);
    expect(feature(headline, bodies[0] ?? '', 'window_refuting_rate')).toBe(0);
  });

  it('reads hedging, negation and questions in the headline', () => {
    expect(feature('Squid reportedly not found?', bodies[1] ?? '', 'headline_hedging')).toBe(1);
    expect(feature('Squid reportedly not found?', bodies[1] ?? '', 'headline_negating')).toBe(1);
    expect(feature('Squid reportedly not found?', bodies[1] ?? '', 'headline_question')).toBe(1);
    expect(feature("Squid wasn't found", bodies[1] ?? '', 'headline_negating')).toBe(1);
  });

  it('gives finite values for an empty headline and an empty body', () => {
    const row = pairFeatures('', analyseBody('', idf), idf);
    expect(row.every(Number.isFinite)).toBe(true);
  });
});
