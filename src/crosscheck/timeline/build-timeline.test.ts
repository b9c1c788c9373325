import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../normalize/index.ts';
import { buildTimeline } from './build-timeline.ts';

const articles = [
  {
    id: 'a_one',
    publishedAt: '2026-03-12',
    text:
      'The fire at the grain silo was put out late on Wednesday night after crews worked for two days.\n\n' +
      'The council will hold an emergency session on Monday to discuss compensation for farmers.\n\n' +
      'Do the owners have insurance for the silo on Tuesday?',
  },
  {
    id: 'a_two',
    publishedAt: '2026-03-12T08:00:00Z',
    text:
      'Firefighters put out the silo fire late Wednesday night, the fire service said.\n\n' +
      'The blaze began early on Tuesday when a dryer overheated, according to the plant manager.',
  },
  {
    id: 'a_undated',
    text:
      'Thursday, March 12, 2026\n\n' +
      'The silo fire began on Tuesday when a dryer overheated and spread to the storage bins, the manager said.',
  },
];

describe('buildTimeline', () => {
  it('dates events and groups the same event told by several articles', () => {
    const { value } = buildTimeline(articles);
    const putOut = value.entries.find((e) => e.date === '2026-03-11');
    expect([...(putOut?.articleIds ?? [])].sort()).toEqual(['a_one', 'a_two']);
    const began = value.entries.find((e) => e.date === '2026-03-10');
    expect([...(began?.articleIds ?? [])].sort()).toEqual(['a_two', 'a_undated']);
    expect(value.entries.find((e) => e.date === '2026-03-16')?.text).toContain('emergency session');
  });

  it('cites each supporting sentence by article and span', () => {
    const { value } = buildTimeline(articles);
    for (const entry of value.entries) {
      for (const support of entry.support) {
        const article = articles.find((a) => a.id === support.articleId);
        expect(article?.text.slice(support.start, support.end)).toBe(support.sentence);
      }
    }
  });

  it('leaves out questions and bare date lines, and orders entries by date', () => {
    const { value } = buildTimeline(articles);
    expect(value.entries.some((e) => e.text.endsWith('?'))).toBe(false);
    expect(value.entries.some((e) => e.text.startsWith('Thursday, March 12'))).toBe(false);
    const dates = value.entries.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('gives the same timeline when the caller passes each article’s sentences', () => {
    const split = articles.map((article) => ({ ...article, sentences: splitSentences(article.text) }));
    expect(buildTimeline(split)).toEqual(buildTimeline(articles));
  });

  it('spans the story over the articles’ own or inferred dates', () => {
    const { value } = buildTimeline(articles);
    expect(value.references['a_undated']).toBe('2026-03-12');
    expect(value.start).toBe('2026-03-12');
    expect(value.end).toBe('2026-03-12');
  });
});
