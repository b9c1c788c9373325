import { describe, expect, it } from 'vitest';
import { lemmatize, textTerms, urlSlugWords } from './terms.ts';

describe('textTerms', () => {
  it('folds plurals and inflections to one lemma and drops stop words', () => {
    expect(textTerms('Stocks fell as the banks raised rates', 100).terms).toEqual([
      'stock',
      'fall',
      'bank',
      'raise',
      'rate',
    ]);
    expect(lemmatize('companies')).toBe('company');
  });

  it('takes capitalised words that do not open a sentence as names in sentence-case text', () => {
    const { names } = textTerms('Officials met in Paris on Thursday. Talks with Macron went on.', 100);
    expect(names).toEqual(['paris', 'thursday', 'macron']);
  });

  it('finds no names in Title Case headlines but keeps acronyms in sentence case', () => {
    expect(textTerms('Fed Official Says Weak Data Caused By Weather', 100).names).toEqual([]);
    expect(textTerms('Shares of IBM rose after the SEC filing', 100).names).toEqual(['ibm', 'sec']);
  });

  it('reads initials and possessives as one word', () => {
    expect(textTerms("the U.S. envoy met Macron's adviser", 100).terms).toEqual([
      'us',
      'envoy',
      'meet',
      'macron',
      'adviser',
    ]);
  });

  it('reads at most the given number of tokens', () => {
    expect(textTerms('alpha beta gamma delta epsilon', 2).terms).toEqual(['alpha', 'beta']);
  });
});

describe('urlSlugWords', () => {
  it('takes the longest hyphenated path segment of a news address', () => {
    expect(urlSlugWords('http://q13fox.com/2014/03/10/colorado-pot-sales-brought-state/')).toBe(
      'colorado pot sales brought state',
    );
    expect(urlSlugWords('https://example.com/news/a_b_c_d.html')).toBe('a b c d');
  });

  it('returns nothing for addresses without a slug or that do not parse', () => {
    expect(urlSlugWords('http://www.cnbc.com/id/101483585')).toBeUndefined();
    expect(urlSlugWords('not a url')).toBeUndefined();
    expect(urlSlugWords(undefined)).toBeUndefined();
  });
});
