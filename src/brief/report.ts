// Assembles the JSON contract from stored articles and the run's diagnostics.
import type { Diagnostic } from '../core/index.ts';
import type { StoryEntity } from '../crosscheck/entities/index.ts';
import type { Timeline } from '../crosscheck/timeline/index.ts';
import type { StoredArticle, StoredDerivation, StoredStory } from '../store/index.ts';
import {
  SCHEMA_VERSION,
  type AnalysisReport,
  type ReportArticle,
  type ReportDiagnostic,
  type ReportEntity,
  type ReportStory,
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

/** A story with what the report needs of it: its record and the copy/rewrite links among its articles. */
export interface StoryInput {
  readonly story: StoredStory;
  readonly derivations: readonly StoredDerivation[];
  readonly timeline?: Timeline;
  readonly entities?: readonly StoryEntity[];
}

function toReportEntity(entity: StoryEntity): ReportEntity {
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    aliases: [...entity.aliases],
    roles: entity.roles.map((role) => ({
      role: role.role,
      ...(role.of === undefined ? {} : { of: role.of }),
      articleIds: [...role.articleIds],
      spans: role.spans.map((s) => ({ articleId: s.articleId, start: s.start, end: s.end })),
    })),
    mentions: entity.mentions.map((s) => ({ articleId: s.articleId, start: s.start, end: s.end })),
    ...(entity.country === undefined ? {} : { country: entity.country }),
  };
}

function toReportStory(input: StoryInput, articles: ReadonlyMap<string, StoredArticle>): ReportStory {
  const { story, derivations, timeline, entities } = input;
  const start = timeline?.start ?? story.start;
  const end = timeline?.end ?? story.end;
  const members = new Set(story.articleIds);
  const title =
    story.title ??
    story.articleIds.map((id) => articles.get(id)?.title).find((t) => t !== undefined) ??
    '(untitled)';
  return {
    id: story.id,
    title,
    articleIds: [...story.articleIds],
    ...(start === undefined ? {} : { start }),
    ...(end === undefined ? {} : { end }),
    entities: (entities ?? []).map(toReportEntity),
    timeline: (timeline?.entries ?? []).map((entry) => ({
      date: entry.date,
      ...(entry.time === undefined ? {} : { time: entry.time }),
      text: entry.text,
      articleIds: [...entry.articleIds],
      support: entry.support.map((s) => ({
        articleId: s.articleId,
        start: s.start,
        end: s.end,
        sentence: s.sentence,
      })),
    })),
    sources: story.articleIds.map((articleId) => {
      const links = derivations.filter((link) => link.from === articleId && members.has(link.to));
      const publisher = articles.get(articleId)?.publisher;
      return {
        articleId,
        ...(publisher === undefined ? {} : { publisher }),
        derivedFrom: [...new Set(links.map((link) => link.to))],
        derivations: links.map((link) => ({
          articleId: link.to,
          kind: link.kind,
          similarity: link.similarity,
          directed: link.directed,
        })),
      };
    }),
  };
}

export function buildReport(
  articles: readonly StoredArticle[],
  stories: readonly StoryInput[],
  diagnostics: readonly Diagnostic[],
): AnalysisReport {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return {
    schemaVersion: SCHEMA_VERSION,
    articles: articles.map(toReportArticle),
    stories: stories.map((story) => toReportStory(story, byId)),
    diagnostics: diagnostics.map(toReportDiagnostic),
  };
}
