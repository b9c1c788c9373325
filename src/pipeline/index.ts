// The library behind the CLI and the HTTP API: runs inputs through ingest → extract → store, streaming.
import type { Diagnostic } from '../core/index.ts';
import { extractArticle, type Article } from '../extract/index.ts';
import { ingest, type IngestInput, type IngestOptions } from '../ingest/index.ts';
import type { AddOutcome, Store } from '../store/index.ts';
import { updateStories } from './stories.ts';

export {
  updateStories,
  viewStoriesOf,
  prepareStoryView,
  type PreparedStoryView,
  textsToTag,
  type StoriesResult,
  type StoryView,
  type ViewOptions,
  type FoundMentions,
} from './stories.ts';
export {
  ANALYSIS_VERSION,
  analyseStories,
  reportStory,
  type AnalyseStoriesProgress,
  type ReportStoryOptions,
  type StoryReport,
} from './story-report.ts';

/** Articles written per store transaction: big enough to amortise the commit, small enough that a crash
 *  loses at most this many articles' work (never half an article). */
export const STORE_BATCH_SIZE = 100;

export type PipelineEvent =
  | { readonly kind: 'article'; readonly article: Article }
  | { readonly kind: 'diagnostic'; readonly diagnostic: Diagnostic };

/** Reads and extracts every input, yielding articles and diagnostics in input order. */
export async function* readArticles(
  inputs: readonly IngestInput[],
  options: IngestOptions = {},
): AsyncGenerator<PipelineEvent> {
  for await (const event of ingest(inputs, options)) {
    if (event.kind === 'diagnostic') {
      yield event;
      continue;
    }
    const extracted = extractArticle(event.document);
    for (const d of extracted.diagnostics) {
      yield {
        kind: 'diagnostic',
        diagnostic: d.source === undefined ? { ...d, source: event.document.source } : d,
      };
    }
    if (extracted.value !== undefined) yield { kind: 'article', article: extracted.value };
  }
}

export interface IngestSummary {
  /** Ids of the articles this run read, in input order, each once. */
  readonly articleIds: readonly string[];
  readonly outcomes: readonly AddOutcome[];
  readonly diagnostics: readonly Diagnostic[];
  /** Inputs (or items of them) that produced a fatal diagnostic. */
  readonly failedSources: readonly string[];
  /** Stories this run created or changed (some may since have merged into another), each once. */
  readonly touchedStoryIds: readonly string[];
}

export interface IngestProgress {
  readonly done: number;
  readonly failed: number;
  readonly current: string;
}

/** Reads inputs into a store, batch by batch; re-running the same inputs changes nothing. */
export async function ingestIntoStore(
  store: Store,
  inputs: readonly IngestInput[],
  options: IngestOptions & {
    readonly onProgress?: (progress: IngestProgress) => void;
    /** Called with each article the first time this run reads it, before it is stored. */
    readonly onArticle?: (article: Article) => void;
  } = {},
): Promise<IngestSummary> {
  const outcomes: AddOutcome[] = [];
  const diagnostics: Diagnostic[] = [];
  const failed = new Set<string>();
  const seen = new Set<string>();
  const articleIds: string[] = [];
  const touched = new Set<string>();
  let pending: Article[] = [];

  const flush = (): void => {
    if (pending.length === 0) return;
    outcomes.push(...store.addArticles(pending));
    pending = [];
    const stories = updateStories(store);
    diagnostics.push(...stories.diagnostics);
    for (const id of stories.touchedStoryIds) touched.add(id);
  };

  for await (const event of readArticles(inputs, options)) {
    if (event.kind === 'diagnostic') {
      diagnostics.push(event.diagnostic);
      if (event.diagnostic.severity === 'fatal') failed.add(event.diagnostic.source ?? '(unknown input)');
    } else {
      pending.push(event.article);
      if (!seen.has(event.article.id)) {
        seen.add(event.article.id);
        articleIds.push(event.article.id);
        options.onArticle?.(event.article);
      }
      if (pending.length >= STORE_BATCH_SIZE) flush();
    }
    const current = event.kind === 'article' ? event.article.source : (event.diagnostic.source ?? '');
    options.onProgress?.({ done: outcomes.length + pending.length, failed: failed.size, current });
  }
  flush();
  return { articleIds, outcomes, diagnostics, failedSources: [...failed], touchedStoryIds: [...touched] };
}
