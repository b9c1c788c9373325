import { describe, expect, it } from 'vitest';
import {
  ALLOWED_TRANSITIONS,
  LABEL_COUNT,
  decode,
  tokenMargins,
  trainPerceptron,
  viterbi,
  type TrainingExample,
} from './perceptron.ts';
import { NER_TAGS } from './tags.ts';

const label = (tag: string): number => NER_TAGS.indexOf(tag as (typeof NER_TAGS)[number]);

describe('viterbi', () => {
  it('never produces an I- tag that does not continue an entity of its type', () => {
    // Emissions favour I-PER everywhere; the best legal path must open with B-PER.
    const scores = new Float64Array(3 * LABEL_COUNT);
    for (let token = 0; token < 3; token += 1) scores[token * LABEL_COUNT + label('I-PER')] = 5;
    const path = Array.from(viterbi(scores, new Float32Array((LABEL_COUNT + 1) * LABEL_COUNT), 3));
    expect(path.map((index) => NER_TAGS[index])).toEqual(['B-PER', 'I-PER', 'I-PER']);
  });

  it('forbids O → I-X and B-ORG → I-PER', () => {
    expect(ALLOWED_TRANSITIONS[label('O') * LABEL_COUNT + label('I-LOC')]).toBe(0);
    expect(ALLOWED_TRANSITIONS[label('B-ORG') * LABEL_COUNT + label('I-PER')]).toBe(0);
    expect(ALLOWED_TRANSITIONS[label('B-ORG') * LABEL_COUNT + label('I-ORG')]).toBe(1);
  });
});

describe('trainPerceptron', () => {
  // Feature 0: bias; 1: "word after a title"; 2: "capitalised"; 3: "lower-case".
  const sentence = (features: number[][]) => {
    const ids = features.flat();
    const offsets = [0];
    for (const token of features) offsets.push((offsets[offsets.length - 1] ?? 0) + token.length);
    return { ids: Int32Array.from(ids), offsets: Int32Array.from(offsets) };
  };
  const examples: TrainingExample[] = [
    {
      sentence: sentence([
        [0, 3],
        [0, 1, 2],
        [0, 3],
      ]),
      labels: Int32Array.from([0, label('B-PER'), 0]),
    },
    {
      sentence: sentence([
        [0, 2, 3],
        [0, 3],
        [0, 3],
      ]),
      labels: Int32Array.from([0, 0, 0]),
    },
    {
      sentence: sentence([
        [0, 3],
        [0, 3],
        [0, 1, 2],
      ]),
      labels: Int32Array.from([0, 0, label('B-PER')]),
    },
  ];

  it('learns a separable toy problem and is deterministic for a seed', () => {
    const weights = trainPerceptron(examples, { featureCount: 4, epochs: 10, seed: 1 });
    for (const example of examples)
      expect(Array.from(decode(weights, example.sentence))).toEqual(Array.from(example.labels));
    const again = trainPerceptron(examples, { featureCount: 4, epochs: 10, seed: 1 });
    expect(Array.from(again.emission)).toEqual(Array.from(weights.emission));
  });
});

describe('tokenMargins', () => {
  it('is large where one label clearly wins and zero where two labels tie', () => {
    const scores = new Float64Array(2 * LABEL_COUNT);
    scores[label('B-PER')] = 6;
    scores[LABEL_COUNT + label('O')] = 2;
    scores[LABEL_COUNT + label('B-LOC')] = 2;
    const margins = tokenMargins(scores, new Float32Array((LABEL_COUNT + 1) * LABEL_COUNT), 2);
    expect(margins[0]).toBe(6);
    expect(margins[1]).toBe(0);
  });

  it('counts only well-formed paths, so a forbidden I- tag cannot lower the margin', () => {
    const scores = new Float64Array(LABEL_COUNT);
    scores[label('O')] = 1;
    scores[label('I-ORG')] = 50;
    const margins = tokenMargins(scores, new Float32Array((LABEL_COUNT + 1) * LABEL_COUNT), 1);
    expect(margins[0]).toBe(1);
  });
});
