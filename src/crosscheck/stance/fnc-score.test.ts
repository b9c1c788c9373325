import { describe, expect, it } from 'vitest';
import { pairPoints, scoreStances } from './fnc-score.ts';
import type { Stance } from './types.ts';

describe('FNC-1 score', () => {
  it('gives 1 for a right related label, 0.25 for a wrong related label or a right unrelated, else 0', () => {
    expect(pairPoints('agree', 'agree')).toBe(1);
    expect(pairPoints('disagree', 'discuss')).toBe(0.25);
    expect(pairPoints('unrelated', 'unrelated')).toBe(0.25);
    expect(pairPoints('unrelated', 'agree')).toBe(0);
    expect(pairPoints('discuss', 'unrelated')).toBe(0);
  });

  it('sums points and divides by what perfect predictions earn', () => {
    const gold: Stance[] = ['agree', 'disagree', 'unrelated', 'discuss'];
    const predicted: Stance[] = ['agree', 'discuss', 'unrelated', 'unrelated'];
    const score = scoreStances(gold, predicted);
    expect(score.score).toBeCloseTo(1.5);
    expect(score.maxScore).toBeCloseTo(3.25);
    expect(score.relative).toBeCloseTo(1.5 / 3.25);
    expect(score.accuracy).toBeCloseTo(0.5);
    expect(score.confusion.disagree.discuss).toBe(1);
    expect(score.confusion.discuss.unrelated).toBe(1);
  });

  it('reports per-class F1 and their mean, counting a class never predicted as 0', () => {
    const score = scoreStances(
      ['agree', 'agree', 'disagree', 'unrelated'],
      ['agree', 'unrelated', 'agree', 'unrelated'],
    );
    expect(score.perClass.agree.precision).toBeCloseTo(0.5);
    expect(score.perClass.agree.recall).toBeCloseTo(0.5);
    expect(score.perClass.agree.f1).toBeCloseTo(0.5);
    expect(score.perClass.unrelated.f1).toBeCloseTo(2 / 3);
    expect(score.perClass.disagree.f1).toBe(0);
    expect(score.perClass.discuss.support).toBe(0);
    expect(score.macroF1).toBeCloseTo((0.5 + 0 + 0 + 2 / 3) / 4);
  });

  it('scores perfect predictions as 100% relative', () => {
    const gold: Stance[] = ['discuss', 'unrelated', 'disagree'];
    expect(scoreStances(gold, gold).relative).toBe(1);
  });
});
