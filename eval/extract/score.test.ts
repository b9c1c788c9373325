import { describe, expect, it } from 'vitest';
import { scoreCorpus, scorePage, shingles, tokenize } from './score.ts';

describe('tokenize', () => {
  it('keeps letter, digit and underscore runs in any script and drops punctuation', () => {
    expect(tokenize('U.S. café, 3½ — naïve_test 東京')).toEqual([
      'U',
      'S',
      'café',
      '3½',
      'naïve_test',
      '東京',
    ]);
  });
});

describe('shingles', () => {
  it('counts 4-token windows as a multiset', () => {
    const counts = shingles(tokenize('a b c d a b c d'));
    expect([...counts.values()].reduce((sum, n) => sum + n, 0)).toBe(5);
    expect(counts.get(['a', 'b', 'c', 'd'].join('\u0000'))).toBe(2);
  });

  it('makes one short shingle of a 1–3 token text and none of an empty text', () => {
    expect(shingles(['a', 'b']).size).toBe(1);
    expect(shingles([]).size).toBe(0);
  });
});

describe('scorePage', () => {
  it('gives P = R = 1 and exact for identical token sequences', () => {
    const score = scorePage('One two three four five.', 'One, two three - four five');
    expect(score).toMatchObject({ precision: 1, recall: 1, exact: true });
  });

  it('measures extra text as lost precision and missing text as lost recall', () => {
    const truth = 'a b c d e f';
    const extra = scorePage(truth, 'a b c d e f g h');
    expect(extra.recall).toBe(1);
    expect(extra.precision).toBeCloseTo(3 / 5);
    const missing = scorePage(truth, 'a b c d');
    expect(missing.precision).toBe(1);
    expect(missing.recall).toBeCloseTo(1 / 3);
  });

  it('scores an empty prediction as zero recall and leaves it out of precision', () => {
    const score = scorePage('a b c d', '');
    expect(score.recall).toBe(0);
    expect(score.tp + score.fp).toBe(0);
  });
});

describe('scoreCorpus', () => {
  it('takes F1 of the mean precision and the mean recall', () => {
    const corpus = scoreCorpus([
      scorePage('a b c d e f', 'a b c d e f g h'),
      scorePage('a b c d e f', 'a b c d'),
    ]);
    const precision = (3 / 5 + 1) / 2;
    const recall = (1 + 1 / 3) / 2;
    expect(corpus.precision).toBeCloseTo(precision);
    expect(corpus.recall).toBeCloseTo(recall);
    expect(corpus.f1).toBeCloseTo((2 * precision * recall) / (precision + recall));
    expect(corpus.accuracy).toBe(0);
  });

  it('excludes an empty prediction from mean precision but counts it in mean recall', () => {
    const corpus = scoreCorpus([scorePage('a b c d', 'a b c d'), scorePage('a b c d', '')]);
    expect(corpus.precision).toBe(1);
    expect(corpus.recall).toBe(0.5);
  });
});
