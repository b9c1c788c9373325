// What pages and the API read from the store, in one place: the analysed story (through reportStory, which
// reads the analysis saved in the store), cheap story summaries for lists, and articles in the contract's form.
import { buildReport, type ReportArticle } from '../brief/index.ts';
import { ANALYSIS_VERSION, reportStory, type StoryReport } from '../pipeline/index.ts';
import type { Store, StoredArticle, StoredStory, StoryAnalysisSummary } from '../store/index.ts';
import type { ArticleResponse, ArticleSummary, SearchResponse, StorySummary } from './api-schemas.ts';
import { outletName } from './outlet.ts';
import { MAX_OUTLET_LOOKUPS_PER_STORY } from './thresholds.ts';

/** The analysed story, or undefined when there is no story with this id. Every page and API route that
 *  needs a story's claims, entities or timeline comes through here. */
export function loadStoryReport(store: Store, storyId: string): StoryReport | undefined {
  return reportStory(store, storyId);
}

/** Story list rows without analysing anything: outlets and contested counts come from the saved analyses
 *  (current ones only); a story without one is named from a bounded number of its members. */
export function summarizeStories(store: Store, stories: readonly StoredStory[]): StorySummary[] {
  const saved = store.storyAnalysisSummaries(stories.map((story) => story.id));
  return stories.map((story) => {
    const analysis = saved.get(story.id);
    return summarizeStory(store, story, analysis?.version === ANALYSIS_VERSION ? analysis : undefined);
  });
}

function summarizeStory(
  store: Store,
  story: StoredStory,
  analysis: StoryAnalysisSummary | undefined,
): StorySummary {
  const read = story.articleIds.slice(0, MAX_OUTLET_LOOKUPS_PER_STORY);
  const outlets = new Set<string>(analysis?.outlets ?? []);
  let title: string | undefined = story.title;
  for (const id of title === undefined || analysis === undefined ? read : []) {
    const article = store.getArticle(id);
    if (article === undefined) continue;
    if (analysis === undefined) outlets.add(outletName(article));
    title ??= article.title;
  }
  return {
    id: story.id,
    title: title ?? '(untitled)',
    articleCount: story.articleIds.length,
    outlets: [...outlets].sort((a, b) => a.localeCompare(b)),
    outletsComplete: analysis !== undefined || read.length === story.articleIds.length,
    ...(story.start === undefined ? {} : { start: story.start }),
    ...(story.end === undefined ? {} : { end: story.end }),
    updatedAt: story.updatedAt,
    ...(analysis === undefined ? {} : { contested: analysis.contestedClaims }),
  };
}

export function summarizeArticle(article: ReportArticle): ArticleSummary {
  return {
    id: article.id,
    source: article.source,
    outlet: outletName(article),
    ...(article.url === undefined ? {} : { url: article.url }),
    ...(article.title === undefined ? {} : { title: article.title }),
    ...(article.publisher === undefined ? {} : { publisher: article.publisher }),
    ...(article.publishedAt === undefined ? {} : { publishedAt: article.publishedAt }),
  };
}

/** The stored article in the JSON contract's form, with the story it belongs to. */
export function describeArticle(store: Store, article: StoredArticle): ArticleResponse {
  const [contract] = buildReport([article], [], []).articles;
  if (contract === undefined) {
    throw new Error(`expected buildReport to return the one article given, found none for ${article.id}`);
  }
  const storyId = store.storyOfArticle(article.id);
  return {
    ...contract,
    ...(storyId === undefined ? {} : { storyId }),
    ingestedAt: article.ingestedAt,
  };
}

/** Claims matching the query in current saved analyses, each with its story's title. */
export function searchClaims(store: Store, query: string, limit: number): SearchResponse['claims'] {
  const hits = store.searchClaims(query, { limit });
  const current = store.storyAnalysisSummaries([...new Set(hits.map((hit) => hit.storyId))]);
  return hits
    .filter((hit) => current.get(hit.storyId)?.version === ANALYSIS_VERSION)
    .map((hit) => ({
      storyId: hit.storyId,
      storyTitle: store.getStory(hit.storyId)?.title ?? '(untitled)',
      claimId: hit.claimId,
      snippet: hit.snippet,
    }));
}
