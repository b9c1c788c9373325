// One story as the JSON contract's story object, for the API, the web UI and `corroborate brief`. The analysis
// (entities, timeline, claims, brief) is saved in the store once computed and read back until the story's
// membership changes, so a page view costs a read, not an analysis.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  buildReport,
  outletName,
  reportDiagnosticSchema,
  reportStorySchema,
  SCHEMA_VERSION,
  type ReportArticle,
  type ReportDiagnostic,
  type ReportStory,
} from '../brief/index.ts';
import type { Store, StoredArticle, StoredStory } from '../store/index.ts';
import { viewStoriesOf } from './stories.ts';

/** Bump when the analysis of unchanged articles would come out differently (annotators, claims, brief, models),
 *  so analyses saved by the previous code are recomputed instead of served. */
const ANALYSIS_FORMAT = 6;

const PACKAGE_VERSION = z
  .object({ version: z.string() })
  .parse(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))).version;

/** Names the code that computes analyses; saved analyses of another version are ignored. */
export const ANALYSIS_VERSION = `${PACKAGE_VERSION}/contract-${SCHEMA_VERSION}/analysis-${ANALYSIS_FORMAT}`;

export interface StoryReport {
  readonly story: ReportStory;
  /** The story's member articles in the contract's form (text included). */
  readonly articles: readonly ReportArticle[];
  readonly diagnostics: readonly ReportDiagnostic[];
}

export interface ReportStoryOptions {
  /** Recompute even when a saved analysis holds (and save the new one). */
  readonly refresh?: boolean;
}

const savedAnalysisSchema = z.object({
  story: reportStorySchema,
  diagnostics: z.array(reportDiagnosticSchema),
});

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

function memberArticles(store: Store, story: StoredStory): StoredArticle[] {
  return story.articleIds
    .map((id) => store.getArticle(id))
    .filter((a): a is StoredArticle => a !== undefined);
}

/** The saved analysis when it was written by this code for the story's current members. */
function savedReport(store: Store, stored: StoredStory): StoryReport | undefined {
  const saved = store.getStoryAnalysis(stored.id);
  if (saved === undefined || saved.version !== ANALYSIS_VERSION) return undefined;
  const parsed = savedAnalysisSchema.safeParse(saved.analysis);
  if (!parsed.success || !sameMembers(parsed.data.story.articleIds, stored.articleIds)) return undefined;
  const articles = buildReport(memberArticles(store, stored), [], []).articles;
  return { story: parsed.data.story, articles, diagnostics: parsed.data.diagnostics };
}

function analyse(store: Store, stored: StoredStory): StoryReport | undefined {
  const view = viewStoriesOf(store, stored.articleIds.slice(0, 1));
  const report = buildReport(view.articles, view.stories, view.diagnostics);
  const story = report.stories.find((s) => s.id === stored.id);
  if (story === undefined) return undefined;
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  store.saveStoryAnalysis({
    storyId: story.id,
    version: ANALYSIS_VERSION,
    analysis: { story, diagnostics: report.diagnostics },
    contestedClaims: story.claims.filter((claim) => claim.status === 'contested').length,
    outlets: [...new Set(story.articleIds.map((id) => outletName(byId.get(id))))].sort((a, b) =>
      a.localeCompare(b),
    ),
    claims: story.claims.map((claim) => ({ id: claim.id, text: claim.text })),
  });
  return { story, articles: report.articles, diagnostics: report.diagnostics };
}

/** The analysed story with its articles, or undefined when no story has this id. Reads the saved analysis
 *  when it still holds; otherwise analyses the story and saves the result (unless the store is read-only). */
export function reportStory(
  store: Store,
  storyId: string,
  options: ReportStoryOptions = {},
): StoryReport | undefined {
  const stored = store.getStory(storyId);
  if (stored === undefined) return undefined;
  if (options.refresh !== true) {
    const saved = savedReport(store, stored);
    if (saved !== undefined) return saved;
  }
  return analyse(store, stored);
}

export interface AnalyseStoriesProgress {
  readonly done: number;
  readonly total: number;
  readonly storyId: string;
}

/** Makes sure each story has a current saved analysis (stories that have one are skipped); returns how many
 *  were analysed. What `ingest` runs on the stories a batch touched, so the first page view is a read. */
export function analyseStories(
  store: Store,
  storyIds: readonly string[],
  onProgress?: (progress: AnalyseStoriesProgress) => void,
): number {
  let analysed = 0;
  storyIds.forEach((storyId, index) => {
    // Saving a story's new membership deletes its analysis, so a row of this version is current.
    const current = store.storyAnalysisSummaries([storyId]).get(storyId)?.version === ANALYSIS_VERSION;
    const stored = current ? undefined : store.getStory(storyId);
    if (stored !== undefined) {
      analyse(store, stored);
      analysed += 1;
    }
    onProgress?.({ done: index + 1, total: storyIds.length, storyId });
  });
  return analysed;
}
