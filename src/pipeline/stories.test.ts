import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore, type Store } from '../store/index.ts';
import { ingestIntoStore, updateStories, viewStoriesOf } from './index.ts';

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
