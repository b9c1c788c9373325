import { describe, expect, it } from 'vitest';
import { resolveStoryDates } from './story.ts';

describe('resolveStoryDates', () => {
  it('resolves each article against its own date and records where each reference came from', () => {
    const result = resolveStoryDates([
      { id: 'a', text: 'The bridge closed on Tuesday.', publishedAt: '2026-03-11' },
      { id: 'b', text: 'Thursday 12 March 2026\n\nThe bridge closed on Tuesday and reopened yesterday.' },
      { id: 'c', text: 'Engineers inspected the bridge on Tuesday and cleared it on Wednesday.' },
      { id: 'd', text: 'Nothing here is dated.' },
    ]);
    expect(result.value.references).toEqual({
      a: '2026-03-11',
      b: '2026-03-12',
      c: '2026-03-11',
      d: '2026-03-12',
    });
    expect(result.value.basis).toEqual({ a: 'published', b: 'stated', c: 'story', d: 'story' });
    expect(result.value.expressions['c']?.map((expression) => expression.date)).toEqual([
      '2026-03-10',
      '2026-03-11',
    ]);
    expect(result.value.expressions['b']?.map((expression) => expression.date)).toEqual([
      '2026-03-12',
      '2026-03-10',
      '2026-03-11',
    ]);
    expect(
      result.diagnostics.filter((d) => d.code === 'annotate/reference-from-story').map((d) => d.articleId),
    ).toEqual(['c', 'd']);
  });

  it('leaves relative dates unresolved when no article has a date, and says so per article', () => {
    const result = resolveStoryDates([{ id: 'a', text: 'The bridge closed on Tuesday.' }]);
    expect(result.value.references).toEqual({ a: undefined });
    expect(result.value.expressions['a']?.[0]?.resolvedBy).toBe('none');
    expect(result.diagnostics.map((d) => [d.code, d.articleId])).toEqual([
      ['annotate/no-reference-date', 'a'],
    ]);
  });

  it('reports a publication date it cannot read and falls back to the text', () => {
    const result = resolveStoryDates([
      { id: 'a', text: 'On 3 March 2026, the bridge closed.', publishedAt: 'yesterday' },
    ]);
    expect(result.value.references['a']).toBe('2026-03-03');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['annotate/bad-published-date']);
  });
});
