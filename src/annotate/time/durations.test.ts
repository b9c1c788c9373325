import { describe, expect, it } from 'vitest';
import { findDurations } from './durations.ts';

const durationsIn = (text: string) => findDurations(text).map((found) => [found.text, found.duration]);

describe('findDurations', () => {
  it('finds lengths in digits, words and hyphenated adjectives', () => {
    expect(durationsIn('a 24-hour strike that lasted twenty-four hours, then 1,000 years')).toEqual([
      ['24-hour', 'PT24H'],
      ['twenty-four hours', 'PT24H'],
      ['1,000 years', 'P1000Y'],
    ]);
  });

  it('counts "a" and "an" only after a word that makes a length', () => {
    expect(durationsIn('He stayed for a year, twice a day, within an hour.')).toEqual([
      ['a year', 'P1Y'],
      ['an hour', 'PT1H'],
    ]);
  });

  it('skips ages and offsets from an event', () => {
    expect(durationsIn('a 45-year-old man, three years ago, two days after the vote, 30 years old')).toEqual(
      [],
    );
  });
});
