import { describe, expect, it } from 'vitest';
import { headlineRanges, isHeadline } from './headlines.ts';

describe('isHeadline', () => {
  it('reads short capitalised lines without a full stop as headlines', () => {
    expect(isHeadline('Varga and Holt Lead Talks on the Harbour Deal')).toBe(true);
    expect(isHeadline('Conclusion: Hope, But No Breakthrough Yet')).toBe(true);
  });

  it('does not read prose full of names and titles as a headline', () => {
    expect(isHeadline('French President Elise Morel met NATO Secretary General Piet Kramer in Oslo.')).toBe(
      false,
    );
    expect(isHeadline('Talks went on late into the night')).toBe(false);
    expect(isHeadline('Investigation')).toBe(false);
  });
});

describe('headlineRanges', () => {
  it('finds headline lines inside paragraphs with their offsets', () => {
    const text =
      'Harbour Fire Under Control\n\nThe fire was put out. Crews stayed.\n\nWhat Happens Next For Eastpier';
    const ranges = headlineRanges(text, [
      { start: 0, end: 26 },
      { start: 28, end: 63 },
      { start: 65, end: text.length },
    ]);
    expect(ranges.map((range) => text.slice(range.start, range.end))).toEqual([
      'Harbour Fire Under Control',
      'What Happens Next For Eastpier',
    ]);
  });
});
