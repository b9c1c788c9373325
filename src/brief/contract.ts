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

export const reportStorySchema = z.object({
  id: z.string(),
  title: z.string(),
  articleIds: z.array(z.string()),
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
