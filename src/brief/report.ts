// Assembles the JSON contract from stored articles and the run's diagnostics.
import type { Diagnostic } from '../core/index.ts';
import type { StoredArticle } from '../store/index.ts';
import {
  SCHEMA_VERSION,
  type AnalysisReport,
  type ReportArticle,
  type ReportDiagnostic,
} from './contract.ts';

function toReportArticle(article: StoredArticle): ReportArticle {
  return {
    id: article.id,
    source: article.source,
    ...(article.url === undefined ? {} : { url: article.url }),
    ...(article.title === undefined ? {} : { title: article.title }),
    ...(article.publisher === undefined ? {} : { publisher: article.publisher }),
    ...(article.byline === undefined ? {} : { byline: article.byline }),
    ...(article.publishedAt === undefined ? {} : { publishedAt: article.publishedAt }),
    ...(article.dateline === undefined ? {} : { dateline: article.dateline }),
    lang: article.lang,
    text: article.text,
    paragraphs: article.paragraphs.map((p) => ({ start: p.start, end: p.end })),
    captions: [...article.captions],
    removed: [...article.removed],
    method: article.method,
    locations: article.locations.map((l) => ({
      source: l.source,
      ...(l.url === undefined ? {} : { url: l.url }),
    })),
  };
}

function toReportDiagnostic(d: Diagnostic): ReportDiagnostic {
  return {
    severity: d.severity,
    code: d.code,
    ...(d.source === undefined ? {} : { source: d.source }),
    ...(d.articleId === undefined ? {} : { articleId: d.articleId }),
    message: d.message,
  };
}

export function buildReport(
  articles: readonly StoredArticle[],
  diagnostics: readonly Diagnostic[],
): AnalysisReport {
  return {
    schemaVersion: SCHEMA_VERSION,
    articles: articles.map(toReportArticle),
    stories: [],
    diagnostics: diagnostics.map(toReportDiagnostic),
  };
}
