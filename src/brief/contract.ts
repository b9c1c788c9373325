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
  /** Claims this article supports (any side of any claim). */
  claims: z.number().int(),
  /** Claims only this article's outlet makes (rewrites of it count as the same outlet). */
  uniqueClaims: z.number().int(),
  /** Contested claims where this article is on a side that independent outlets contradict. */
  contradicted: z.number().int(),
  /** Share (0–1) of its claims that no earlier article and no article it derives from had made. */
  originality: z.number(),
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

/** Set on a span into a photo caption: `start` and `end` are offsets into the article's `captions[caption]`, not
 *  `text`. Absent, the span is into `text`. */
const captionIndexSchema = z
  .number()
  .int()
  .min(0)
  .optional()
  .describe(
    'Set when the span is in a photo caption: start and end are offsets into captions[caption], not text',
  );

export const reportSpanSchema = z.object({
  articleId: z.string(),
  caption: captionIndexSchema,
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

export const reportClaimEvidenceSchema = reportSpanSchema.extend({
  /** The value this sentence gives, as written ("at least 14", "Senator"), when the claim has values. */
  value: z.string().optional(),
});

export const CLAIM_KINDS = ['quantity', 'role', 'event', 'quote', 'date', 'statement'] as const;
export const CLAIM_STATUSES = ['corroborated', 'single-source', 'contested'] as const;
/** `quote-wording`: outlets quote the same speaker on the same point with different words;
 *  `outdated-title`: an outlet gives a past title ("former …") or a title the others have moved on from;
 *  `anachronism`: an outlet speaks of a dated event as still to come after its date, or the reverse;
 *  `provisional`: a side is an early or time-scoped figure later revised. */
export const CLAIM_FLAGS = ['quote-wording', 'outdated-title', 'anachronism', 'provisional'] as const;

export const reportClaimSchema = z.object({
  id: z.string(),
  kind: z.enum(CLAIM_KINDS),
  /** The claim in plain words, from the sentences that make it. */
  text: z.string(),
  /** Entity id when the claim is about a resolved entity, else a short phrase. */
  subject: z.string().optional(),
  /** The value most independent outlets give (a number as written, a title, a quote). */
  value: z.string().optional(),
  status: z.enum(CLAIM_STATUSES),
  flags: z.array(z.enum(CLAIM_FLAGS)),
  /** Independent outlets behind the claim: articles that copy or rewrite each other, or share a publisher,
   *  count once. */
  outlets: z.number().int(),
  support: z.array(reportClaimEvidenceSchema),
  /** For contested claims, the sentences that give an incompatible value. */
  conflicts: z.array(reportClaimEvidenceSchema),
  /** Each incompatible value with the articles that give it (one side when not contested). */
  sides: z.array(z.object({ value: z.string(), articleIds: z.array(z.string()), outlets: z.number().int() })),
});

const storySpanSchema = z.object({
  articleId: z.string(),
  caption: captionIndexSchema,
  start: z.number().int(),
  end: z.number().int(),
});

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
  claims: z.array(reportClaimSchema),
  /** The cited brief in Markdown; each [n] refers to `citations[n-1]`. */
  brief: z.string(),
  citations: z.array(reportSpanSchema),
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
export type ReportClaim = z.infer<typeof reportClaimSchema>;
export type ReportClaimEvidence = z.infer<typeof reportClaimEvidenceSchema>;
export type ReportSpan = z.infer<typeof reportSpanSchema>;
