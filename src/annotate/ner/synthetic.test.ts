import { describe, expect, it } from 'vitest';
import type { GazetteerLists } from './gazetteer.ts';
import { syntheticDocuments, type SyntheticSettings } from './synthetic.ts';
import { spansOf, splitTag } from './tags.ts';

const lists: GazetteerLists = {
  'major-city': ['tarsk', 'brevik', 'upper dorn'],
  city: ['holm', 'vessa'],
  'admin-region': ['north vale'],
  country: ['ardenia', 'belmar'],
  demonym: ['ardenian'],
  'first-name': ['ana', 'odile'],
  'person-name': ['marsh', 'vell'],
  company: ['quillon', 'stavro'],
  'sports-team': ['tarsk comets'],
};

const settings: SyntheticSettings = {
  sportsDocuments: 12,
  organisationDocuments: 12,
  familiarShare: 0.5,
  seed: 3,
};

describe('syntheticDocuments', () => {
  const documents = syntheticDocuments(lists, settings, (word) => word === 'tarsk');
  const sentences = documents.flat();

  it('gives the same documents for the same lists and settings', () => {
    expect(syntheticDocuments(lists, settings, (word) => word === 'tarsk')).toEqual(documents);
    expect(documents).toHaveLength(24);
  });

  it('writes well-formed IOB2 with one tag per token', () => {
    for (const sentence of sentences) {
      expect(sentence.tags).toHaveLength(sentence.tokens.length);
      sentence.tags.forEach((tag, index) => {
        const { prefix, label } = splitTag(tag);
        if (prefix !== 'I') return;
        expect(splitTag(sentence.tags[index - 1] ?? 'O').label).toBe(label);
      });
    }
  });

  it('tags a club named after a place ORG beside a score, and the same places LOC in ordinary prose', () => {
    const readings = new Map<string, Set<string>>();
    for (const sentence of sentences) {
      for (const span of spansOf(sentence.tags)) {
        const name = sentence.tokens.slice(span.start, span.end).join(' ').toLowerCase();
        readings.set(name, (readings.get(name) ?? new Set()).add(span.label));
      }
    }
    expect([...(readings.get('tarsk') ?? [])].sort()).toEqual(['LOC', 'ORG']);
    const resultLine = sentences.find(
      (sentence) => /^\d+$/.test(sentence.tokens[1] ?? '') && sentence.tags[0] === 'B-ORG',
    );
    expect(resultLine).toBeDefined();
  });

  it('draws every person and place from the lists it is given', () => {
    const known = new Set(
      Object.values(lists)
        .flat()
        .flatMap((phrase) => phrase.split(' ')),
    );
    for (const sentence of sentences) {
      for (const span of spansOf(sentence.tags)) {
        if (span.label !== 'PER' && span.label !== 'LOC') continue;
        const words = sentence.tokens.slice(span.start, span.end).map((token) => token.toLowerCase());
        expect(words.some((word) => known.has(word) || known.has(word.replace(/\.$/, '')))).toBe(true);
      }
    }
  });
});
