import { describe, expect, it } from 'vitest';
import { composeBrief } from './compose.ts';
import type { ReportArticle } from './contract.ts';

const text =
  'Talks opened on Monday. U.S. Secretary of State Ana Pereira arrived in Lisbon for the talks. Officials met later.';

const article: ReportArticle = {
  id: 'a_1',
  source: 'wire.txt',
  publisher: 'The Wire',
  lang: 'en',
  text,
  paragraphs: [{ start: 0, end: text.length }],
  captions: [],
  removed: [],
  method: 'text-lines',
  locations: [{ source: 'wire.txt' }],
};

describe('composeBrief', () => {
  it('cites the whole sentence around a place, not from the period of an abbreviation inside it', () => {
    const start = text.indexOf('Lisbon');
    const brief = composeBrief(
      {
        id: 's_1',
        title: 'Talks in Lisbon',
        articleIds: ['a_1'],
        sources: [],
        entities: [
          {
            id: 'e_1',
            name: 'Lisbon',
            type: 'place',
            aliases: [],
            roles: [],
            mentions: [{ articleId: 'a_1', start, end: start + 'Lisbon'.length }],
          },
        ],
        timeline: [],
        claims: [],
      },
      new Map([['a_1', article]]),
    );
    const where = brief.sections.find((s) => s.heading === 'When and where');
    const cite = where?.lines[0]?.cites[0];
    expect(cite).toBe(1);
    expect(brief.citations[0]?.sentence).toBe(
      'U.S. Secretary of State Ana Pereira arrived in Lisbon for the talks.',
    );
  });
});
