import { describe, expect, it } from 'vitest';
import { NAME_PARTICLES } from './lexicon.ts';
import { cleanPersonSpan, nameKey, splitPersonName, trimMention } from './names.ts';

const trimmed = (text: string): string | undefined => {
  const span = trimMention(text, 0, text.length);
  return span === undefined ? undefined : text.slice(span.start, span.end);
};

const cleaned = (text: string): string | undefined => {
  const span = cleanPersonSpan(text, { start: 0, end: text.length });
  return span === undefined ? undefined : text.slice(span.start, span.end);
};

describe('trimMention', () => {
  it('strips bullets, quotes, brackets, a possessive and a sentence-final period', () => {
    expect(trimmed('• “Ana Ruiz’s')).toBe('Ana Ruiz');
    expect(trimmed('(Ana Ruiz),')).toBe('Ana Ruiz');
    expect(trimmed('Ruiz.')).toBe('Ruiz');
  });

  it('keeps the period of an initial, a dotted code or a short abbreviation', () => {
    expect(trimmed('U.S.')).toBe('U.S.');
    expect(trimmed('Tom Hale Jr.')).toBe('Tom Hale Jr.');
    expect(trimmed('Halden Inc.')).toBe('Halden Inc.');
  });

  it('gives nothing for a mention without letters', () => {
    expect(trimmed('“ — ”')).toBeUndefined();
  });
});

describe('cleanPersonSpan', () => {
  it('strips courtesy titles, job titles, countries before titles and possessors', () => {
    expect(cleaned('Mayor Birte Sol')).toBe('Birte Sol');
    expect(cleaned('Dr. Ji-ho Park')).toBe('Ji-ho Park');
    expect(cleaned('French President Elise Morel')).toBe('Elise Morel');
    expect(cleaned('Chile’s Ana Ruiz')).toBe('Ana Ruiz');
  });

  it('keeps given names that look like titles or countries', () => {
    expect(cleaned('Dean Holt')).toBe('Dean Holt');
    expect(cleaned('Jordan Peel')).toBe('Jordan Peel');
  });

  it('ends a name before a second one joined to it', () => {
    expect(cleaned('Tom Hale AKA Red Hale')).toBe('Tom Hale');
    expect(cleaned('Elise Morel and Owen Pryce')).toBe('Elise Morel');
    expect(cleaned('Senator Ana Ruiz a.k.a. Nana')).toBe('Ana Ruiz');
  });

  it('rejects lower-case, numbered and overlong "names"', () => {
    expect(cleaned('the talks')).toBeUndefined();
    expect(cleaned('Mark 1')).toBeUndefined();
    expect(cleaned('Rubio And Witkoff Lead Trump Administration Push')).toBeUndefined();
  });
});

describe('nameKey and splitPersonName', () => {
  it('folds case, diacritics, dots, apostrophes and a leading article', () => {
    expect(nameKey('Marta Kovačić')).toBe(nameKey('MARTA KOVACIC'));
    expect(nameKey('U.S.')).toBe('us');
    expect(nameKey('The Kremlin')).toBe('kremlin');
    expect(nameKey("Sean O'Neill")).toBe('sean oneill');
  });

  it('keeps surname particles with the surname', () => {
    expect(splitPersonName('Ursula van der Berg', NAME_PARTICLES)).toEqual({
      given: ['ursula'],
      surname: 'van der berg',
    });
    expect(splitPersonName('Andriy Sybiga', NAME_PARTICLES)).toEqual({
      given: ['andriy'],
      surname: 'sybiga',
    });
    expect(splitPersonName('Sybiga', NAME_PARTICLES)).toEqual({ given: [], surname: 'sybiga' });
  });
});
