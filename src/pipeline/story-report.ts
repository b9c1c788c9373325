// One story as the JSON contract's story object, for the API, the web UI and `corroborate brief`.
import { buildReport, type ReportArticle, type ReportDiagnostic, type ReportStory } from '../brief/index.ts';
import type { Store } from '../store/index.ts';
import { viewStoriesOf } from './stories.ts';

export interface StoryReport {
  readonly story: ReportStory;
  /** The story's member articles in the contract's form (text included). */
  readonly articles: readonly ReportArticle[];
  readonly diagnostics: readonly ReportDiagnostic[];
}

/** The analysed story with its articles, or undefined when no story has this id. */
export function reportStory(store: Store, storyId: string): StoryReport | undefined {
  const stored = store.getStory(storyId);
  if (stored === undefined) return undefined;
  const view = viewStoriesOf(store, stored.articleIds.slice(0, 1));
  const report = buildReport(view.articles, view.stories, view.diagnostics);
  const story = report.stories.find((s) => s.id === storyId);
  if (story === undefined) return undefined;
  return { story, articles: report.articles, diagnostics: report.diagnostics };
}
