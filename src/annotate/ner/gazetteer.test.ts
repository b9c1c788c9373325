import { describe, expect, it } from 'vitest';
import { Gazetteer, phraseKey } from './gazetteer.ts';

describe('Gazetteer', () => {
  const gazetteer = new Gazetteer({
    city: [phraseKey('Port Vale'), phraseKey('Vale')],
    country: [phraseKey('Republic of Norland')],
    'first-name': ['ana'],
  });

  it('finds multi-token phrases case-insensitively, overlapping matches included', () => {
    const hits = gazetteer.match(['in', 'port', 'vale', 'today']);
    expect(hits.map((hit) => [hit.category, hit.start, hit.end])).toEqual([
      ['city', 1, 3],
      ['city', 2, 3],
    ]);
  });

  it('tokenises list entries the way text is tokenised', () => {
    expect(phraseKey("Côte d'Ivoire")).toBe("côte d'ivoire");
    expect(phraseKey('St. Kitts')).toBe('st. kitts');
    expect(gazetteer.has('republic of norland', 'country')).toBe(true);
    expect(gazetteer.has('ana', 'city')).toBe(false);
  });
});

describe('buildGazetteerLists', () => {
  it('fills the state/province, first-name, company and people-name lists from the installed packages', async () => {
    const { buildGazetteerLists } = await import('./build-gazetteer.ts');
    const lists = buildGazetteerLists();
    expect(lists['admin-region']).toContain('texas');
    expect(lists['first-name']).toContain('mary');
    expect(lists.company?.length ?? 0).toBeGreaterThan(1000);
    expect(lists['person-name']?.length ?? 0).toBeGreaterThan(10000);
  });
});
