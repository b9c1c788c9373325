import { describe, expect, it } from 'vitest';
import { matchCountry } from './countries.ts';

describe('matchCountry', () => {
  it('reads names, dotted codes, upper-case codes and demonyms as one country', () => {
    for (const form of ['United States', 'U.S.', 'US', 'USA', 'American', 'Americans']) {
      expect(matchCountry(form)?.country, form).toBe('United States');
    }
    expect(matchCountry('UK')?.country).toBe('United Kingdom');
    expect(matchCountry('British')).toEqual({ country: 'United Kingdom', demonym: true });
    expect(matchCountry('French')).toEqual({ country: 'France', demonym: true });
  });

  it('reads Britain, the short name world-countries lacks, as the United Kingdom', () => {
    expect(matchCountry('Britain')).toEqual({ country: 'United Kingdom', demonym: false });
  });

  it('does not read English words or lower-case words as countries', () => {
    expect(matchCountry('IT')).toBeUndefined();
    expect(matchCountry('us')).toBeUndefined();
    expect(matchCountry('turkey')).toBeUndefined();
    expect(matchCountry('European')).toBeUndefined();
  });
});
