import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { articleId } from '../../core/index.ts';
import type { Article } from '../../extract/types.ts';
import type { Store } from '../types.ts';
import { openSqliteStore } from './sqlite-store.ts';

function makeArticle(text: string, source: string, extra: Partial<Article> = {}): Article {
  return {
    id: articleId(text),
    source,
    lang: 'en',
    text,
    paragraphs: [{ start: 0, end: text.length }],
    captions: [],
    removed: ['Menu'],
    method: 'text-lines',
    ...extra,
  };
}

const body =
  'The harbour authority said the fire was contained by morning after crews worked through the night. '.repeat(
    4,
  );

describe('openSqliteStore', () => {
  let store: Store | undefined;
  afterEach(() => store?.close());

  it('stores an article and reads every field back', () => {
    store = openSqliteStore({ path: ':memory:' });
    const article = makeArticle(body, 'a.txt', {
      title: 'Fire contained',
      publishedAt: '2026-03-10',
      byline: 'Ana Ruiz',
    });
    expect(store.addArticles([article])).toEqual([
      { articleId: article.id, source: 'a.txt', status: 'added' },
    ]);
    const stored = store.getArticle(article.id);
    expect(stored).toMatchObject({ ...article, locations: [{ source: 'a.txt' }] });
    expect(stored).not.toHaveProperty('url');
    expect(store.countArticles()).toBe(1);
  });

  it('treats re-ingesting the same input as a no-op', () => {
    store = openSqliteStore({ path: ':memory:' });
    const article = makeArticle(body, 'a.txt');
    store.addArticles([article]);
    expect(store.addArticles([article])[0]?.status).toBe('unchanged');
    expect(store.countArticles()).toBe(1);
    expect(store.getArticle(article.id)?.locations).toHaveLength(1);
  });

  it('records one text found at two URLs as one article with two locations', () => {
    store = openSqliteStore({ path: ':memory:' });
    store.addArticles([makeArticle(body, 'https://one.example/a', { url: 'https://one.example/a' })]);
    const outcome = store.addArticles([
      makeArticle(body, 'https://two.example/b', { url: 'https://two.example/b' }),
    ]);
    expect(outcome[0]?.status).toBe('new-location');
    expect(store.countArticles()).toBe(1);
    const urls = store.getArticle(articleId(body))?.locations.map((l) => l.url);
    expect(urls).toEqual(['https://one.example/a', 'https://two.example/b']);
  });

  it('leaves nothing half-written when a batch fails midway', () => {
    store = openSqliteStore({ path: ':memory:' });
    const good = makeArticle(body, 'good.txt');
    const broken = makeArticle(`${body} second`, 'broken.txt');
    const exploding = Object.defineProperty({ ...broken }, 'text', {
      get() {
        throw new Error('simulated crash while writing');
      },
    });
    expect(() => store?.addArticles([good, exploding])).toThrow('simulated crash');
    expect(store.countArticles()).toBe(0);
    expect(store.getArticle(good.id)).toBeUndefined();
  });

  it('finds articles by full-text search without letting the query act as FTS syntax', () => {
    store = openSqliteStore({ path: ':memory:' });
    store.addArticles([makeArticle(body, 'a.txt', { title: 'Port fire' })]);
    expect(store.search('harbour authority')[0]?.snippet).toContain('[harbour]');
    expect(store.search('"unbalanced AND OR (')).toEqual([]);
    expect(store.search('')).toEqual([]);
  });

  it('keeps data across reopening a file database', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-store-'));
    try {
      const path = join(dir, 'test.db');
      const first = openSqliteStore({ path });
      first.addArticles([makeArticle(body, 'a.txt')]);
      first.close();
      store = openSqliteStore({ path });
      expect(store.countArticles()).toBe(1);
      expect(store.listArticles()[0]?.text).toBe(body);
    } finally {
      store?.close();
      store = undefined;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('saves stories with their members, links and clusterer state, and applies merges', () => {
    store = openSqliteStore({ path: ':memory:' });
    const first = makeArticle(body, 'a.txt', { publishedAt: '2026-03-10' });
    const second = makeArticle(`${body} Second report.`, 'b.txt', { publishedAt: '2026-03-11' });
    const third = makeArticle(`${body} Third report.`, 'c.txt', { publishedAt: '2026-03-12' });
    store.addArticles([first, second, third]);
    expect(store.unclusteredArticleIds()).toEqual([first.id, second.id, third.id]);
    expect(store.loadClustererSnapshot()).toBeUndefined();

    store.saveStories({
      clustererSnapshot: { version: 1, stories: ['s_one', 's_two'] },
      stories: [
        {
          id: 's_one',
          title: 'Fire',
          start: '2026-03-10',
          end: '2026-03-11',
          articleIds: [first.id, second.id],
        },
        { id: 's_two', title: 'Other', start: '2026-03-12', end: '2026-03-12', articleIds: [third.id] },
      ],
      removedStoryIds: [],
      derivations: [
        {
          from: second.id,
          to: first.id,
          kind: 'rewrite',
          similarity: 0.9,
          directed: true,
          method: 'sentences',
        },
      ],
    });
    expect(store.unclusteredArticleIds()).toEqual([]);
    expect(store.loadClustererSnapshot()).toEqual({ version: 1, stories: ['s_one', 's_two'] });
    expect(store.listStories().map((story) => story.id)).toEqual(['s_two', 's_one']);
    expect(store.storyOfArticle(second.id)).toBe('s_one');
    expect(store.derivationsAmong([first.id])).toEqual([
      {
        from: second.id,
        to: first.id,
        kind: 'rewrite',
        similarity: 0.9,
        directed: true,
        method: 'sentences',
      },
    ]);

    // s_two turns out to be part of s_one.
    store.saveStories({
      clustererSnapshot: { version: 1, stories: ['s_one'] },
      stories: [
        {
          id: 's_one',
          title: 'Fire',
          start: '2026-03-10',
          end: '2026-03-12',
          articleIds: [first.id, second.id, third.id],
        },
      ],
      removedStoryIds: ['s_two'],
      derivations: [],
    });
    expect(store.countStories()).toBe(1);
    expect(store.getStory('s_two')).toBeUndefined();
    expect(store.getStory('s_one')?.articleIds).toEqual([first.id, second.id, third.id]);
    expect(store.storyOfArticle(third.id)).toBe('s_one');
    expect(store.derivationsAmong([first.id, second.id, third.id])).toEqual([]);
  });

  it('writes nothing of a story update that fails midway', () => {
    store = openSqliteStore({ path: ':memory:' });
    const article = makeArticle(body, 'a.txt');
    store.addArticles([article]);
    expect(() =>
      store?.saveStories({
        clustererSnapshot: { version: 1 },
        stories: [{ id: 's_one', articleIds: [article.id, 'a_missing'] }],
        removedStoryIds: [],
        derivations: [],
      }),
    ).toThrow();
    expect(store.countStories()).toBe(0);
    expect(store.loadClustererSnapshot()).toBeUndefined();
    expect(store.unclusteredArticleIds()).toEqual([article.id]);
  });

  it('keeps a story analysis until the story changes, and finds its claims by search', () => {
    store = openSqliteStore({ path: ':memory:' });
    const first = makeArticle(body, 'a.txt');
    const second = makeArticle(`${body} Second report.`, 'b.txt');
    const third = makeArticle(`${body} Third report.`, 'c.txt');
    store.addArticles([first, second, third]);
    const saveMembers = (id: string, articleIds: string[], removedStoryIds: string[] = []): void =>
      store?.saveStories({
        clustererSnapshot: {},
        stories: [{ id, articleIds }],
        removedStoryIds,
        derivations: [],
      });
    saveMembers('s_one', [first.id]);
    saveMembers('s_two', [third.id]);
    const record = {
      storyId: 's_one',
      version: 'v1',
      analysis: { story: { id: 's_one', claims: ['<b>not HTML here</b>'] } },
      contestedClaims: 2,
      outlets: ['Ledger', 'Wire'],
      claims: [
        { id: 'c1', text: 'The fire destroyed 37 containers at the harbour' },
        { id: 'c2', text: 'Damage was put at €40 million' },
      ],
    };
    expect(store.saveStoryAnalysis(record)).toBe(true);
    expect(store.saveStoryAnalysis({ ...record, storyId: 's_missing' })).toBe(false);
    expect(store.getStoryAnalysis('s_one')).toMatchObject({
      storyId: 's_one',
      version: 'v1',
      analysis: record.analysis,
      contestedClaims: 2,
      outlets: ['Ledger', 'Wire'],
    });
    expect([...store.storyAnalysisSummaries(['s_one', 's_two']).keys()]).toEqual(['s_one']);
    expect(store.searchClaims('containers')).toEqual([
      { storyId: 's_one', claimId: 'c1', snippet: 'The fire destroyed 37 [containers] at the harbour' },
    ]);
    expect(store.searchClaims('"million*')).toHaveLength(1);

    // Saving again replaces the analysis and its claims instead of adding to them.
    store.saveStoryAnalysis({ ...record, version: 'v2', claims: [{ id: 'c1', text: 'containers burned' }] });
    expect(store.getStoryAnalysis('s_one')?.version).toBe('v2');
    expect(store.searchClaims('containers')).toHaveLength(1);
    expect(store.searchClaims('million')).toEqual([]);

    // A new member makes the saved analysis stale: it is dropped with its claims.
    saveMembers('s_one', [first.id, second.id]);
    expect(store.getStoryAnalysis('s_one')).toBeUndefined();
    expect(store.searchClaims('containers')).toEqual([]);

    // A story merged away takes its analysis with it.
    store.saveStoryAnalysis({ ...record, storyId: 's_two' });
    saveMembers('s_one', [first.id, second.id, third.id], ['s_two']);
    expect(store.getStoryAnalysis('s_two')).toBeUndefined();
    expect(store.searchClaims('containers')).toEqual([]);
  });

  it('saves no analysis through a read-only store', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-store-'));
    try {
      const path = join(dir, 'test.db');
      const writer = openSqliteStore({ path });
      const article = makeArticle(body, 'a.txt');
      writer.addArticles([article]);
      writer.saveStories({
        clustererSnapshot: {},
        stories: [{ id: 's_one', articleIds: [article.id] }],
        removedStoryIds: [],
        derivations: [],
      });
      writer.close();
      store = openSqliteStore({ path, readonly: true });
      const saved = store.saveStoryAnalysis({
        storyId: 's_one',
        version: 'v1',
        analysis: {},
        contestedClaims: 0,
        outlets: [],
        claims: [],
      });
      expect(saved).toBe(false);
      expect(store.getStoryAnalysis('s_one')).toBeUndefined();
    } finally {
      store?.close();
      store = undefined;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
