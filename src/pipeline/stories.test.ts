import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { articleId, seededRandom } from '../core/index.ts';
import { EVICTION_INTERVAL_ITEMS } from '../stories/thresholds.ts';
import type { Article } from '../extract/types.ts';
import { openSqliteStore, type Store } from '../store/index.ts';
import { mentionsOf } from '../annotate/entities/test-mentions.ts';
import { ingestIntoStore, textsToTag, updateStories, viewStoriesOf } from './index.ts';

const EXAMPLE = new URL('../../examples/harbour-fire/', import.meta.url).pathname;
const CORPUS = new URL('../../../shared/corpus/paris-talks-2025-04/', import.meta.url).pathname;

describe('stories kept in the store', () => {
  let store: Store | undefined;
  afterEach(() => store?.close());

  it('groups the bundled example into one story and leaves it unchanged when the input is read again', async () => {
    store = openSqliteStore({ path: ':memory:' });
    const first = await ingestIntoStore(store, [EXAMPLE]);
    expect(store.countStories()).toBe(1);
    const story = store.listStories()[0];
    expect(story?.articleIds).toHaveLength(6);
    expect(new Set(story?.articleIds)).toEqual(new Set(first.articleIds));
    expect(story?.title).toBeTruthy();

    await ingestIntoStore(store, [EXAMPLE]);
    expect(store.listStories()).toEqual([story]);
  });

  it.skipIf(!existsSync(CORPUS))(
    'keeps two unrelated events apart and reports each with its articles',
    async () => {
      store = openSqliteStore({ path: ':memory:' });
      const run = await ingestIntoStore(store, [EXAMPLE, CORPUS]);
      expect(store.countStories()).toBe(2);
      const view = viewStoriesOf(store, run.articleIds);
      expect(view.stories.map((s) => s.story.articleIds.length).sort()).toEqual([5, 6]);
      expect(view.articles).toHaveLength(11);
    },
  );

  it('clusters articles a cut-short run stored without a story', async () => {
    store = openSqliteStore({ path: ':memory:' });
    await ingestIntoStore(store, [EXAMPLE]);
    const before = store.listStories();
    // A fresh store holding the same articles but no stories stands for a run stopped between the two writes.
    const articles = store.listArticles();
    store.close();
    store = openSqliteStore({ path: ':memory:' });
    store.addArticles(articles);
    expect(store.unclusteredArticleIds()).toHaveLength(6);
    updateStories(store);
    expect(store.unclusteredArticleIds()).toHaveLength(0);
    expect(store.listStories().map((s) => s.articleIds.length)).toEqual(
      before.map((s) => s.articleIds.length),
    );
  });
});

describe('entities of captions', () => {
  it('uses the mentions found beforehand for each caption body under the keys textsToTag gives', () => {
    const store = openSqliteStore({ path: ':memory:' });
    try {
      const text = 'The pier reopened on Monday after a month of repairs to its deck and rails.';
      const captions = [
        'Mayor Ilse Brandt, left, cuts the ribbon at the pier, Monday. (Jan Ferro, Pool Photo via Agency)',
        '(Pool Photo via Agency)',
      ];
      const article: Article = {
        id: articleId(text),
        source: 'pier.txt',
        lang: 'en',
        text,
        paragraphs: [{ start: 0, end: text.length }],
        captions,
        removed: [],
        method: 'text-lines',
      };
      store.addArticles([article]);
      updateStories(store);
      const texts = textsToTag(article);
      expect(texts.map((t) => t.text)).toEqual([
        text,
        'Mayor Ilse Brandt, left, cuts the ribbon at the pier, Monday.',
      ]);
      const mentions = new Map(
        texts.map(({ id, text: tagged }) => [
          id,
          {
            text: tagged,
            result: { value: mentionsOf(tagged, [['Ilse Brandt', 'person']]), diagnostics: [] },
          },
        ]),
      );
      const view = viewStoriesOf(store, [article.id], { mentions });
      const brandt = view.stories[0]?.entities.find((e) => e.name === 'Ilse Brandt');
      expect(brandt?.mentions).toEqual([{ articleId: article.id, caption: 0, start: 6, end: 17 }]);
      expect(brandt?.roles.map((r) => [r.role, r.spans[0]?.caption])).toEqual([['Mayor', 0]]);
    } finally {
      store.close();
    }
  });
});

describe('stories that go idle past the clustering window', () => {
  let store: Store | undefined;
  afterEach(() => store?.close());

  const HOUR = 3_600_000;
  const start = Date.parse('2026-03-01T08:00:00Z');
  const event =
    'The city council approved the new tram line through the northern districts after a long debate over costs and routes. Council members said construction of the tram line would begin in spring.';

  function article(text: string, source: string, time: number): Article {
    return {
      id: articleId(text),
      source,
      lang: 'en',
      text,
      title: text.split(' ').slice(0, 8).join(' '),
      publishedAt: new Date(time).toISOString(),
      paragraphs: [{ start: 0, end: text.length }],
      captions: [],
      removed: [],
      method: 'text-lines',
    };
  }

  // Unrelated one-off items, each made of its own invented words, so that each stands alone.
  function fillers(count: number, from: number): Article[] {
    const random = seededRandom(7);
    const word = (): string =>
      Array.from({ length: 7 }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');
    return Array.from({ length: count }, (_, i) => {
      const text = Array.from({ length: 40 }, word).join(' ') + '.';
      return article(text, `filler-${i}.txt`, from + i * 60_000);
    });
  }

  // Three reports of one event, then, five days later, more unrelated items than the clusterer handles between
  // two sweeps of its window: by the sweep the event's story has been idle for more than 96 hours.
  function batch(): Article[] {
    const reports = [0, 1, 2].map((n) =>
      article(`${event} Report ${n} on the tram line was filed today.`, `tram-${n}.txt`, start + n * HOUR),
    );
    return [...reports, ...fillers(EVICTION_INTERVAL_ITEMS + 8, start + 120 * HOUR)];
  }

  it('keeps a story and its members when it goes idle during the batch that filled it', () => {
    store = openSqliteStore({ path: ':memory:' });
    const articles = batch();
    store.addArticles(articles);
    updateStories(store);
    expect(store.unclusteredArticleIds()).toHaveLength(0);
    for (const a of articles) expect(store.storyOfArticle(a.id), a.source).toBeDefined();
    const tram = store.storyOfArticle(articles[0]?.id ?? '');
    expect(store.getStory(tram ?? '')?.articleIds).toHaveLength(3);

    // Running the clustering again with nothing new changes nothing.
    const stored = store.listStories();
    updateStories(store);
    expect(store.listStories()).toEqual(stored);
  });

  it('keeps a story saved by an earlier run when it goes idle during a later one', () => {
    store = openSqliteStore({ path: ':memory:' });
    const articles = batch();
    store.addArticles(articles.slice(0, 3));
    updateStories(store);
    const tram = store.storyOfArticle(articles[0]?.id ?? '');
    store.addArticles(articles.slice(3));
    updateStories(store);
    expect(store.storyOfArticle(articles[0]?.id ?? '')).toBe(tram);
    expect(store.getStory(tram ?? '')?.articleIds).toHaveLength(3);
    for (const a of articles) expect(store.storyOfArticle(a.id), a.source).toBeDefined();
  });
});
