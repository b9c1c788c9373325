import { describe, expect, it } from 'vitest';
import { readJsonLd } from './json-ld.ts';

describe('readJsonLd', () => {
  it('finds the article node inside an @graph and resolves its publisher by @id', () => {
    const script = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', '@id': '#org', name: 'Hill Post' },
        { '@type': 'WebPage', name: 'Page name' },
        {
          '@type': 'NewsArticle',
          headline: 'Head',
          publisher: { '@id': '#org' },
          datePublished: '2020-02-02',
        },
      ],
    });
    const { article } = readJsonLd([script]);
    expect(article?.type).toBe('NewsArticle');
    expect(article?.headline).toBe('Head');
    expect(article?.publisher).toBe('Hill Post');
    expect(article?.datePublished).toBe('2020-02-02');
  });

  it('reads authors given as a string, an object or a list, without URLs or repeats', () => {
    const script = JSON.stringify([
      {
        '@type': 'BlogPosting',
        author: ['Ada Brook', { '@type': 'Person', name: 'Lee Marsh' }, 'https://x.org/a', 'Ada Brook'],
      },
    ]);
    expect(readJsonLd([script]).article?.authors).toEqual(['Ada Brook', 'Lee Marsh']);
  });

  it('prefers a node with an articleBody', () => {
    const scripts = [
      JSON.stringify({ '@type': 'NewsArticle', headline: 'No body' }),
      JSON.stringify({ '@type': 'Article', headline: 'With body', articleBody: 'Body text.' }),
    ];
    expect(readJsonLd(scripts).article?.headline).toBe('With body');
  });

  it('repairs raw newlines and trailing commas and counts scripts it cannot repair', () => {
    const sloppy = '{"@type": "NewsArticle", "articleBody": "Line one\nLine two", "headline": "H",}';
    const result = readJsonLd([sloppy, '{ not json at all']);
    expect(result.article?.articleBody).toBe('Line one Line two');
    expect(result.invalid).toBe(1);
  });

  it('returns no article when no node is article-like', () => {
    expect(readJsonLd([JSON.stringify({ '@type': 'BreadcrumbList' })]).article).toBeUndefined();
  });
});
