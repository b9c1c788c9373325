// The JSON contract of `analyze --format json` (../shared/DESIGN.md): what the API serves and evaluations read.
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

export const reportArticleSchema = z.object({
  id: z.string(),
  source: z.string(),
  url: z.string().optional(),
  title: z.string().optional(),
  publisher: z.string().optional(),
  byline: z.string().optional(),
  publishedAt: z.string().optional(),
  dateline: z.string().optional(),
  lang: z.string(),
  text: z.string(),
  paragraphs: z.array(z.object({ start: z.number(), end: z.number() })),
  captions: z.array(z.string()),
  removed: z.array(z.string()),
  method: z.string(),
  locations: z.array(z.object({ source: z.string(), url: z.string().optional() })),
});

export const reportDiagnosticSchema = z.object({
  severity: z.enum(['fatal', 'warning', 'info']),
  code: z.string(),
  source: z.string().optional(),
  articleId: z.string().optional(),
  message: z.string(),
});

export const reportSourceSchema = z.object({
  articleId: z.string(),
  publisher: z.string().optional(),
  /** Articles this one copies or rewrites (both ways when the direction is unknown). */
  derivedFrom: z.array(z.string()),
  derivations: z.array(
    z.object({
      articleId: z.string(),
      kind: z.enum(['copy', 'rewrite']),
      similarity: z.number(),
      directed: z.boolean(),
    }),
  ),
});

export const reportSpanSchema = z.object({
  articleId: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  sentence: z.string(),
});

export const reportTimelineEntrySchema = z.object({
  date: z.string(),
  time: z.string().optional(),
  text: z.string(),
  articleIds: z.array(z.string()),
  support: z.array(reportSpanSchema),
});

const storySpanSchema = z.object({ articleId: z.string(), start: z.number().int(), end: z.number().int() });

export const reportEntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(['person', 'organization', 'place', 'group', 'other']),
  aliases: z.array(z.string()),
  roles: z.array(
    z.object({
      role: z.string(),
      of: z.string().optional(),
      articleIds: z.array(z.string()),
      spans: z.array(storySpanSchema),
    }),
  ),
  mentions: z.array(storySpanSchema),
  country: z.string().optional(),
});

export const reportStorySchema = z.object({
  id: z.string(),
  title: z.string(),
  articleIds: z.array(z.string()),
  start: z.string().optional(),
  end: z.string().optional(),
  sources: z.array(reportSourceSchema),
  entities: z.array(reportEntitySchema),
  timeline: z.array(reportTimelineEntrySchema),
});

export const analysisReportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(reportArticleSchema),
  stories: z.array(reportStorySchema),
  diagnostics: z.array(reportDiagnosticSchema),
});

export type AnalysisReport = z.infer<typeof analysisReportSchema>;
export type ReportArticle = z.infer<typeof reportArticleSchema>;
export type ReportDiagnostic = z.infer<typeof reportDiagnosticSchema>;
export type ReportStory = z.infer<typeof reportStorySchema>;
export type ReportSource = z.infer<typeof reportSourceSchema>;
export type ReportEntity = z.infer<typeof reportEntitySchema>;
