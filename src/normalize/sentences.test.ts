import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

function sentences(text: string): string[] {
  return splitSentences(text).map((r) => text.slice(r.start, r.end));
}

describe('splitSentences', () => {
  it('splits on sentence-final punctuation followed by a capital', () => {
    expect(sentences('The port reopened. Ships waited offshore! Did anyone leave? No.')).toEqual([
      'The port reopened.',
      'Ships waited offshore!',
      'Did anyone leave?',
      'No.',
    ]);
  });

  it('keeps titles, initials and mid-sentence country abbreviations inside the sentence', () => {
    expect(
      sentences('U.S. Secretary of State Ana Ruiz met Gen. Tomas Berg and J. Okafor in Paris. Talks ended.'),
    ).toEqual([
      'U.S. Secretary of State Ana Ruiz met Gen. Tomas Berg and J. Okafor in Paris.',
      'Talks ended.',
    ]);
  });

  it('ends a sentence at a country abbreviation when a usual sentence opener follows', () => {
    expect(sentences('The envoy returned to the U.S. The talks resume Monday.')).toEqual([
      'The envoy returned to the U.S.',
      'The talks resume Monday.',
    ]);
  });

  it('keeps closing quotes with their sentence and does not split decimals', () => {
    expect(sentences('"We will rebuild." The loss was 3.5 million euros, he said.')).toEqual([
      '"We will rebuild."',
      'The loss was 3.5 million euros, he said.',
    ]);
    expect(sentences('\u201CIt is over,\u201D she said. \u201CGo home.\u201D')).toEqual([
      '\u201CIt is over,\u201D she said.',
      '\u201CGo home.\u201D',
    ]);
  });

  it('treats paragraph and line breaks as boundaries and reports offsets into the whole text', () => {
    const text = 'Key points\n\nFirst point is here\nSecond point follows. It has two sentences.';
    const ranges = splitSentences(text);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual([
      'Key points',
      'First point is here',
      'Second point follows.',
      'It has two sentences.',
    ]);
  });

  it('returns nothing for empty text', () => {
    expect(splitSentences('  \n\n ')).toEqual([]);
  });
});
