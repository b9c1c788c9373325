// What the store promises, whatever database backs it.
import type { Article } from '../extract/types.ts';

export interface ArticleLocation {
  readonly source: string;
  readonly url?: string;
  readonly firstSeen: string;
}

export interface StoredArticle extends Article {
  readonly ingestedAt: string;
  readonly locations: readonly ArticleLocation[];
}

export interface AddOutcome {
  readonly articleId: string;
  readonly source: string;
  /** `added`: new article; `new-location`: known text seen at a new place; `unchanged`: nothing new. */
  readonly status: 'added' | 'new-location' | 'unchanged';
}

export interface SearchHit {
  readonly articleId: string;
  readonly title?: string;
  /** Text around the match with the matched terms between `[` and `]`. */
  readonly snippet: string;
}

export interface StoredDerivation {
  /** The derivative. */
  readonly from: string;
  /** The original. */
  readonly to: string;
  readonly kind: 'copy' | 'rewrite';
  readonly similarity: number;
  /** False when neither dates nor content told which came first (the link is then stored both ways). */
  readonly directed: boolean;
  readonly method: string;
}

export interface StoredStory {
  readonly id: string;
  readonly title?: string;
  /** Earliest and latest publication date of its articles, `YYYY-MM-DD` or ISO time. */
  readonly start?: string;
  readonly end?: string;
  /** Member articles in the order they joined. */
  readonly articleIds: readonly string[];
  readonly updatedAt: string;
}

/** A story's analysis as written by the pipeline; the store keeps it as data and never interprets it. */
export interface StoryAnalysisRecord {
  readonly storyId: string;
  /** Names the code that computed it; readers ignore other versions. */
  readonly version: string;
  /** JSON-serialisable analysis (the contract's story object and its diagnostics). */
  readonly analysis: unknown;
  /** Number of contested claims, for story lists. */
  readonly contestedClaims: number;
  /** Outlet names, for story lists. */
  readonly outlets: readonly string[];
  /** Each claim's id and words, indexed for search. */
  readonly claims: readonly { readonly id: string; readonly text: string }[];
}

export interface StoredStoryAnalysis extends Omit<StoryAnalysisRecord, 'claims'> {
  readonly computedAt: string;
}

/** What a story list shows of an analysis, without reading the analysis itself. */
export type StoryAnalysisSummary = Omit<StoredStoryAnalysis, 'analysis'>;

export interface ClaimSearchHit {
  readonly storyId: string;
  readonly claimId: string;
  /** The claim's words with the matched terms between `[` and `]`. */
  readonly snippet: string;
}

/** One batch of story changes, written in one transaction. */
export interface StoriesUpdate {
  /** The online clusterer's state after the batch (JSON-serialisable). */
  readonly clustererSnapshot: unknown;
  /** Stories whose membership or facts changed, with their whole membership. */
  readonly stories: readonly Omit<StoredStory, 'updatedAt'>[];
  /** Story ids that no longer exist (merged into another). */
  readonly removedStoryIds: readonly string[];
  /** Every derivation link among the articles of the changed stories (replacing earlier links of those articles). */
  readonly derivations: readonly StoredDerivation[];
}

export interface Store {
  /** Adds a batch in one transaction: all of it lands or none of it does. */
  addArticles(articles: readonly Article[]): readonly AddOutcome[];
  getArticle(id: string): StoredArticle | undefined;
  /** Articles in the order they were first stored. */
  listArticles(options?: { readonly limit?: number; readonly offset?: number }): readonly StoredArticle[];
  countArticles(): number;
  search(query: string, options?: { readonly limit?: number }): readonly SearchHit[];
  /** The saved online-clusterer state, or undefined before the first story. */
  loadClustererSnapshot(): unknown;
  saveStories(update: StoriesUpdate): void;
  getStory(id: string): StoredStory | undefined;
  /** Stories, latest activity first. */
  listStories(options?: { readonly limit?: number; readonly offset?: number }): readonly StoredStory[];
  countStories(): number;
  storyOfArticle(articleId: string): string | undefined;
  /** Articles that belong to no story yet, in the order they were ingested. */
  unclusteredArticleIds(): readonly string[];
  /** The saved analysis of a story, or undefined when none was saved since its membership last changed. */
  getStoryAnalysis(storyId: string): StoredStoryAnalysis | undefined;
  /** Saves (replaces) a story's analysis; returns false, saving nothing, on a read-only store or when the
   *  story no longer exists. */
  saveStoryAnalysis(record: StoryAnalysisRecord): boolean;
  /** Summaries of the saved analyses among the given stories, keyed by story id. */
  storyAnalysisSummaries(storyIds: readonly string[]): ReadonlyMap<string, StoryAnalysisSummary>;
  /** Claims of saved analyses whose words match the query, best first. */
  searchClaims(query: string, options?: { readonly limit?: number }): readonly ClaimSearchHit[];
  /** Links in which any of the given articles is the derivative or the original. */
  derivationsAmong(articleIds: readonly string[]): readonly StoredDerivation[];
  close(): void;
}
