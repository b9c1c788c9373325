import { describe, expect, it } from 'vitest';
import { scoreSpans } from './score.ts';

describe('scoreSpans', () => {
  it('gives F1 1 when every span matches exactly', () => {
    const gold = [['B-PER', 'I-PER', 'O', 'B-LOC']];
    const score = scoreSpans(gold, gold, ['PER', 'LOC']);
    expect(score.micro.f1).toBe(1);
    expect(score.byType.PER?.support).toBe(1);
  });

  it('counts a span with a wrong boundary as one false positive and one false negative', () => {
    const gold = [['B-ORG', 'I-ORG', 'I-ORG', 'O']];
    const predicted = [['B-ORG', 'I-ORG', 'O', 'O']];
    const score = scoreSpans(gold, predicted, ['ORG']);
    expect(score.byType.ORG).toEqual({ precision: 0, recall: 0, f1: 0, support: 1 });
  });

  it('counts a span with the right boundaries but the wrong type as a miss for both types', () => {
    const gold = [['B-LOC', 'O', 'B-PER']];
    const predicted = [['B-ORG', 'O', 'B-PER']];
    const score = scoreSpans(gold, predicted, ['PER', 'ORG', 'LOC']);
    expect(score.byType.PER?.f1).toBe(1);
    expect(score.byType.LOC?.recall).toBe(0);
    expect(score.byType.ORG?.precision).toBe(0);
    expect(score.micro.precision).toBeCloseTo(0.5);
    expect(score.micro.recall).toBeCloseTo(0.5);
  });

  it('micro-averages over the requested types only', () => {
    const gold = [['B-MISC', 'O', 'B-PER', 'O']];
    const predicted = [['O', 'O', 'B-PER', 'B-MISC']];
    const score = scoreSpans(gold, predicted, ['PER']);
    expect(score.micro.f1).toBe(1);
    expect(Object.keys(score.byType)).toEqual(['PER']);
  });

  it('matches a hand count over several sentences', () => {
    const gold = [
      ['B-PER', 'I-PER', 'O'],
      ['B-LOC', 'O', 'B-ORG'],
    ];
    const predicted = [
      ['B-PER', 'I-PER', 'B-LOC'],
      ['B-LOC', 'O', 'O'],
    ];
    // tp 2 (PER, LOC), fp 1 (LOC), fn 1 (ORG): P 2/3, R 2/3.
    const score = scoreSpans(gold, predicted, ['PER', 'ORG', 'LOC']);
    expect(score.micro.precision).toBeCloseTo(2 / 3);
    expect(score.micro.recall).toBeCloseTo(2 / 3);
    expect(score.micro.f1).toBeCloseTo(2 / 3);
  });

  it('refuses sequences of different lengths', () => {
    expect(() => scoreSpans([['O', 'O']], [['O']], ['PER'])).toThrow(/expected 2 predicted tags/);
  });
});
