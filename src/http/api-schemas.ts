// The HTTP API's edge types: one zod schema per request and response, giving the runtime check, the TS type
// and (through toJSONSchema) the OpenAPI document, so the three cannot drift apart.
import { z } from 'zod';
import { reportArticleSchema, reportDiagnosticSchema, reportStorySchema } from '../brief/index.ts';
import {
  DEFAULT_SEARCH_HITS,
  MAX_INGEST_ITEMS,
  MAX_QUERY_CHARS,
  MAX_SEARCH_HITS,
  MAX_STORIES_PAGE_SIZE,
  STORIES_PAGE_SIZE,
} from './thresholds.ts';

export const ERROR_CODES = [
  'http/bad-request',
  'http/unauthorized',
  'http/ingest-disabled',
  'http/not-found',
  'http/payload-too-large',
  'http/unsupported-media-type',
  'http/internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const errorBodySchema = z.object({
  error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }),
});

export const storiesQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_STORIES_PAGE_SIZE).default(STORIES_PAGE_SIZE),
  offset: z.coerce.number().int().min(0).default(0),
});

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1).max(MAX_QUERY_CHARS),
  limit: z.coerce.number().int().min(1).max(MAX_SEARCH_HITS).default(DEFAULT_SEARCH_HITS),
});

export const storySummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  articleCount: z.number().int(),
  /** Outlet names among the members read (see `outletsComplete`), sorted. */
  outlets: z.array(z.string()),
  /** False when the story has more members than the list reads to name outlets. */
  outletsComplete: z.boolean(),
  start: z.string().optional(),
  end: z.string().optional(),
  updatedAt: z.string(),
  /** Contested claims, present when the story's analysis is saved (every story `ingest` or a page view
   *  analysed since its last change). */
  contested: z.number().int().optional(),
});

export const storyListSchema = z.object({
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  stories: z.array(storySummarySchema),
});

export const articleSummarySchema = z.object({
  id: z.string(),
  source: z.string(),
  outlet: z.string(),
  url: z.string().optional(),
  title: z.string().optional(),
  publisher: z.string().optional(),
  publishedAt: z.string().optional(),
});

export const storyResponseSchema = z.object({
  /** The story object of the JSON contract. */
  story: reportStorySchema,
  /** The story's articles without their text (`/api/articles/{id}` has it). */
  articles: z.array(articleSummarySchema),
  diagnostics: z.array(reportDiagnosticSchema),
});

export const articleResponseSchema = reportArticleSchema.extend({
  storyId: z.string().optional(),
  ingestedAt: z.string(),
});

export const searchResponseSchema = z.object({
  query: z.string(),
  hits: z.array(
    z.object({
      articleId: z.string(),
      title: z.string().optional(),
      /** Text around the match, the matched terms between `[` and `]`. */
      snippet: z.string(),
      storyId: z.string().optional(),
    }),
  ),
  /** Claims of analysed stories whose words match, best first. */
  claims: z.array(
    z.object({
      storyId: z.string(),
      storyTitle: z.string(),
      claimId: z.string(),
      /** The claim's words, the matched terms between `[` and `]`. */
      snippet: z.string(),
    }),
  ),
});

export const httpUrlSchema = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });

export const ingestTextSchema = z.object({
  /** A file name; its extension tells ingestion how to read the content (`.txt` when it has none). */
  name: z.string().min(1).max(200),
  content: z.string(),
});

export const ingestBodySchema = z
  .object({
    urls: z.array(httpUrlSchema).max(MAX_INGEST_ITEMS).default([]),
    texts: z.array(ingestTextSchema).max(MAX_INGEST_ITEMS).default([]),
  })
  .strict()
  .refine((body) => body.urls.length + body.texts.length > 0, {
    message: 'expected at least one URL or text',
  })
  .refine((body) => body.urls.length + body.texts.length <= MAX_INGEST_ITEMS, {
    message: `expected at most ${MAX_INGEST_ITEMS} URLs and texts together`,
  });

export const ingestResultSchema = z.object({
  added: z.number().int(),
  unchanged: z.number().int(),
  newLocations: z.number().int(),
  /** Inputs (or items of them) that could not be read; each has a fatal diagnostic. */
  failed: z.array(z.string()),
  articleIds: z.array(z.string()),
  storyIds: z.array(z.string()),
  diagnostics: z.array(reportDiagnosticSchema),
});

export type ErrorBody = z.infer<typeof errorBodySchema>;
export type StorySummary = z.infer<typeof storySummarySchema>;
export type StoryList = z.infer<typeof storyListSchema>;
export type ArticleSummary = z.infer<typeof articleSummarySchema>;
export type StoryResponse = z.infer<typeof storyResponseSchema>;
export type ArticleResponse = z.infer<typeof articleResponseSchema>;
export type SearchResponse = z.infer<typeof searchResponseSchema>;
export type IngestBody = z.infer<typeof ingestBodySchema>;
export type IngestResult = z.infer<typeof ingestResultSchema>;
