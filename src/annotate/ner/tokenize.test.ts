import { describe, expect, it } from 'vitest';
import { splitSentences, tokenizeText } from './tokenize.ts';

const words = (text: string): string[] => tokenizeText(text).map((token) => token.text);

describe('tokenizeText', () => {
  it("splits punctuation and the possessive 's off words", () => {
    expect(words("The mayor's office, he said.")).toEqual([
      'The',
      'mayor',
      "'s",
      'office',
      ',',
      'he',
      'said',
      '.',
    ]);
  });

  it("splits n't the Penn Treebank way", () => {
    expect(words("They didn't")).toEqual(['They', 'did', "n't"]);
  });

  it('keeps abbreviations, initials and dotted acronyms whole', () => {
    expect(words('Dr. J. Okafor of the U.S. team')).toEqual([
      'Dr.',
      'J.',
      'Okafor',
      'of',
      'the',
      'U.S.',
      'team',
    ]);
  });

  it('keeps numbers, dates and hyphenated words whole', () => {
    expect(words('On 2024-03-01 the 12-year-old paid 1,250.50')).toEqual([
      'On',
      '2024-03-01',
      'the',
      '12-year-old',
      'paid',
      '1,250.50',
    ]);
  });

  it('gives offsets that slice back to each token', () => {
    const text = '  “Quiet,” said Ana’s brother.';
    for (const token of tokenizeText(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });
});

describe('splitSentences', () => {
  const sentences = (text: string): string[] =>
    splitSentences(text, tokenizeText(text)).map((sentence) => sentence.map((token) => token.text).join(' '));

  it('ends a sentence at a full stop followed by a capital', () => {
    expect(sentences('Rain fell. Roads closed.')).toEqual(['Rain fell .', 'Roads closed .']);
  });

  it('keeps a closing quote with the sentence it closes', () => {
    expect(sentences('"We are ready." The crew left.')).toEqual(['" We are ready . "', 'The crew left .']);
  });

  it('does not split after an abbreviation', () => {
    expect(sentences('Mr. Lind arrived.')).toEqual(['Mr. Lind arrived .']);
  });

  it('splits at blank lines and at a line that ends without punctuation before a capital', () => {
    expect(sentences('HARBOUR FIRE CONTAINED\nOfficials said on Monday.\n\nMore later')).toEqual([
      'HARBOUR FIRE CONTAINED',
      'Officials said on Monday .',
      'More later',
    ]);
  });

  it('joins a line wrapped in the middle of a sentence', () => {
    expect(sentences('The fire spread to the\nwarehouse quickly.')).toEqual([
      'The fire spread to the warehouse quickly .',
    ]);
  });
});
