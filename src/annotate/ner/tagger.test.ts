import { describe, expect, it } from 'vitest';
import { loadNerTagger } from './index.ts';
import { emissionScores } from './perceptron.ts';
import { sentenceFeatures } from './features.ts';
import {
  encodeFeatures,
  scoreFeatures,
  tagDocument,
  tagDocumentWithMargins,
  type TaggerModel,
} from './tagger.ts';

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

  it('gives the margins pass the tags plain tagging gives, and a margin per sentence', () => {
    const { model } = loadNerTagger() as unknown as { model: TaggerModel };
    const sentences = [
      ['Mayor', 'Ana', 'Ruiz', 'met', 'officials', 'in', 'Lisbon', '.'],
      ['Ruiz', 'said', 'the', 'talks', 'went', 'well', '.'],
    ];
    const confident = tagDocumentWithMargins(model, sentences);
    expect(confident.tags).toEqual(tagDocument(model, sentences));
    expect(confident.margins).toHaveLength(2);
    expect(confident.margins.every((margin) => Number.isFinite(margin) && margin >= 0)).toBe(true);
  });
});
