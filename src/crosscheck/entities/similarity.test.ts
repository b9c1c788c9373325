import { describe, expect, it } from 'vitest';
import { jaro, jaroWinkler } from './similarity.ts';
import { GIVEN_MIN_SIMILARITY, SURNAME_MIN_SIMILARITY } from './thresholds.ts';

describe('jaro and jaroWinkler', () => {
  it('scores identical strings 1 and strings with no letter in common 0', () => {
    expect(jaro('sybiha', 'sybiha')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'abc')).toBe(0);
  });

  it('matches the textbook values', () => {
    expect(jaro('martha', 'marhta')).toBeCloseTo(0.944, 3);
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
  });

  it('scores transliteration variants above the merge thresholds', () => {
    for (const [a, b] of [
      ['sybiha', 'sybiga'],
      ['plotner', 'ploetner'],
      ['zelensky', 'zelenskiy'],
    ] as const) {
      expect(jaroWinkler(a, b), `${a}/${b}`).toBeGreaterThanOrEqual(SURNAME_MIN_SIMILARITY);
    }
    for (const [a, b] of [
      ['andrii', 'andriy'],
      ['sergei', 'sergey'],
      ['volodymyr', 'wolodymyr'],
    ] as const) {
      expect(jaroWinkler(a, b), `${a}/${b}`).toBeGreaterThanOrEqual(GIVEN_MIN_SIMILARITY);
    }
  });

  it('scores clearly different surnames below the merge threshold', () => {
    for (const [a, b] of [
      ['trump', 'truman'],
      ['brown', 'braun'],
      ['jackson', 'johnson'],
      ['li', 'lu'],
    ] as const) {
      expect(jaroWinkler(a, b), `${a}/${b}`).toBeLessThan(SURNAME_MIN_SIMILARITY);
    }
  });
});
