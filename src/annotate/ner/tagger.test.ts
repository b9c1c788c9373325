import { describe, expect, it } from 'vitest';
import { loadNerTagger } from './index.ts';
import { emissionScores } from './perceptron.ts';
import { sentenceFeatures } from './features.ts';
import { encodeFeatures, scoreFeatures, type TaggerModel } from './tagger.ts';

describe('scoreFeatures', () => {
  it('gives exactly the scores of encoding the features and summing their weights', () => {
    const { model } = loadNerTagger() as unknown as { model: TaggerModel };
    const sentences = [
      ['Mayor', 'Ana', 'Ruiz', 'met', 'officials', 'of', 'the', 'Corvain', 'Port', 'Authority', '.'],
      ['no', 'names', 'here'],
      [],
    ];
    for (const tokens of sentences) {
      const features = sentenceFeatures(tokens, model.resources);
      for (const pass of [model.firstPass, model.secondPass ?? model.firstPass]) {
        expect(scoreFeatures(pass, features)).toEqual(
          emissionScores(pass.weights, encodeFeatures(pass.table, features)),
        );
      }
    }
  });
});
