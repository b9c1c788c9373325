import { describe, expect, it } from 'vitest';
import { porterStem } from './porter-stemmer.ts';

describe('Porter stemmer', () => {
  it.each([
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['cats', 'cat'],
    ['agreed', 'agre'],
    ['hopping', 'hop'],
    ['filing', 'file'],
    ['relational', 'relat'],
    ['generalization', 'gener'],
    ['adjustment', 'adjust'],
    ['controll', 'control'],
  ])('stems %s to %s as the published algorithm does', (word, expected) => {
    expect(porterStem(word)).toBe(expected);
  });

  it('brings the forms of one verb to one stem', () => {
    expect(new Set(['denies', 'denied', 'denying', 'deny'].map(porterStem)).size).toBe(1);
  });

  it('leaves short and non-ASCII words alone', () => {
    expect(porterStem('is')).toBe('is');
    expect(porterStem('größten')).toBe('größten');
  });
});
