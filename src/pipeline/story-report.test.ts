import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore, type Store } from '../store/index.ts';
import { ANALYSIS_VERSION, analyseStories, ingestIntoStore, reportStory } from './index.ts';

const EXAMPLE = new URL('../../examples/harbour-fire/', import.meta.url).pathname;

describe('reportStory with the analysis saved in the store', () => {
  let store: Store | undefined;
  afterEach(() => store?.close());

  it('saves the analysis once and reads it back until the story changes or the code does', async () => {
    store = openSqliteStore({ path: ':memory:' });
    const ingested = await ingestIntoStore(store, [EXAMPLE]);
    const storyId = ingested.touchedStoryIds[0] ?? '';
    expect(store.getStory(storyId)?.articleIds).toHaveLength(6);
    expect(store.getStoryAnalysis(storyId)).toBeUndefined();

    const first = reportStory(store, storyId);
    expect(first?.articles).toHaveLength(6);
    const saved = store.getStoryAnalysis(storyId);
    expect(saved?.version).toBe(ANALYSIS_VERSION);
    const contested = first?.story.claims.filter((c) => c.status === 'contested').length ?? 0;
    expect(contested).toBeGreaterThan(0);
    expect(store.storyAnalysisSummaries([storyId]).get(storyId)?.contestedClaims).toBe(contested);
    expect(saved?.outlets.length).toBeGreaterThanOrEqual(4);
    expect(store.searchClaims('containers').map((hit) => hit.storyId)).toContain(storyId);

    // A second call reads what was saved: a marker written into the saved analysis comes back.
    const marked = { ...(first?.story ?? {}), title: 'Read from the store' };
    const record = {
      storyId,
      version: ANALYSIS_VERSION,
      analysis: { story: marked, diagnostics: [] },
      contestedClaims: contested,
      outlets: saved?.outlets ?? [],
      claims: [],
    };
    store.saveStoryAnalysis(record);
    const second = reportStory(store, storyId);
    expect(second?.story.title).toBe('Read from the store');
    expect(second?.articles.map((a) => a.id)).toEqual(first?.articles.map((a) => a.id));
    expect(second?.articles[0]?.text).toBe(first?.articles[0]?.text);
    expect(analyseStories(store, [storyId])).toBe(0);

    // Refreshing, or an analysis saved by other code, or one that does not parse, recomputes it.
    expect(reportStory(store, storyId, { refresh: true })?.story.title).toBe(first?.story.title);
    store.saveStoryAnalysis({ ...record, version: 'older' });
    expect(reportStory(store, storyId)?.story.title).toBe(first?.story.title);
    store.saveStoryAnalysis({ ...record, analysis: { story: { id: storyId } } });
    expect(reportStory(store, storyId)?.story.title).toBe(first?.story.title);
    store.saveStoryAnalysis({ ...record, version: 'older' });
    expect(analyseStories(store, [storyId, 's_unknown'])).toBe(1);
    expect(store.getStoryAnalysis(storyId)?.version).toBe(ANALYSIS_VERSION);
    expect(reportStory(store, 's_unknown')).toBeUndefined();
  });
});
