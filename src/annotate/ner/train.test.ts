import { describe, expect, it } from 'vitest';
import type { LabelledDocument } from './conll-format.ts';
import { silverDocuments, trainTagger, type TrainingSettings } from './train.ts';
import { tagDocument } from './tagger.ts';

const labelled = (text: string): { tokens: string[]; tags: string[] } => {
  const parts = text.split(' ').map((part) => part.split('/'));
  return { tokens: parts.map(([token]) => token ?? ''), tags: parts.map(([, tag]) => tag ?? 'O') };
};

const documents: LabelledDocument[] = [
  [
    labelled('Ana/B-PER Vell/I-PER visited Tarsk/B-LOC on Monday .'),
    labelled('She met Odile/B-PER Marsh/I-PER in Tarsk/B-LOC .'),
  ],
  [
    labelled('Odile/B-PER Marsh/I-PER flew to Brevik/B-LOC .'),
    labelled('The talks in Brevik/B-LOC ended on Monday .'),
  ],
  [labelled('Ana/B-PER Vell/I-PER said the talks ended .'), labelled('Nobody else came .')],
];

const settings: TrainingSettings = {
  epochs: 5,
  seed: 3,
  upperCopyShare: 0,
  minFeatureCount: 1,
  hintFolds: 0,
  silverShare: 0,
  ensemble: 1,
};

const input = {
  documents,
  gazetteer: { 'first-name': ['ana', 'odile'], city: ['tarsk', 'brevik'] },
  wordClasses: new Map(),
};

describe('silverDocuments', () => {
  const model = trainTagger(input, settings, () => undefined);
  const unlabelled = [
    [
      ['Odile', 'Marsh', 'visited', 'Brevik', '.'],
      ['Talks', 'ended', '.'],
    ],
    [['Ana', 'Vell', 'flew', 'to', 'Tarsk', 'on', 'Monday', '.']],
  ];

  it('keeps the given share of sentences, in document order, with the tags the model gave them', () => {
    const silver = silverDocuments(model, unlabelled, 2 / 3);
    const kept = silver.flat();
    expect(kept).toHaveLength(2);
    const tagged = unlabelled.map((document) => tagDocument(model, document));
    for (const sentence of kept) {
      const [d, s] = sentence.tokens[0] === 'Ana' ? [1, 0] : sentence.tokens[0] === 'Odile' ? [0, 0] : [0, 1];
      expect(sentence.tags).toEqual(tagged[d]?.[s]);
    }
  });

  it('keeps nothing at share 0', () => {
    expect(silverDocuments(model, unlabelled, 0)).toEqual([]);
  });
});

describe('trainTagger', () => {
  it('gives the same weights for the same data and settings, ensembles included', () => {
    const twice = { ...settings, ensemble: 2 };
    const first = trainTagger(input, twice, () => undefined);
    const second = trainTagger(input, twice, () => undefined);
    expect(Array.from(second.firstPass.weights.emission)).toEqual(
      Array.from(first.firstPass.weights.emission),
    );
  });

  it('trains a second round on confidently tagged news when self-training is on', () => {
    const lines: string[] = [];
    trainTagger(
      { ...input, unlabelledDocuments: [[['Ana', 'Vell', 'visited', 'Brevik', '.']]] },
      { ...settings, silverShare: 1 },
      (line) => lines.push(line),
    );
    expect(lines).toContain('self-training: 1 silver sentences from 1 news documents');
    expect(lines.some((line) => line.startsWith('round 2 first pass'))).toBe(true);
  });
});
