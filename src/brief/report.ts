// Assembles the JSON contract from stored articles and the run's diagnostics.
import type { Diagnostic } from '../core/index.ts';
import type { StoryEntity } from '../crosscheck/entities/index.ts';
import type { Timeline } from '../crosscheck/timeline/index.ts';
import type { Claim, StoryClaims } from '../crosscheck/claims/index.ts';
import { composeBrief } from './compose.ts';
import { briefMarkdown } from './render-brief.ts';
import type { StoredArticle, StoredDerivation, StoredStory } from '../store/index.ts';
import {
  SCHEMA_VERSION,
  type AnalysisReport,
  type ReportArticle,
  type ReportClaim,
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

/** A diagnostic in the contract's form. */
export function toReportDiagnostic(d: Diagnostic): ReportDiagnostic {
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
  readonly claims?: StoryClaims;
}

/** A span in the contract's form: `caption` only when it points into a caption. */
function toReportSpan(s: {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
  readonly caption?: number;
}): { articleId: string; caption?: number; start: number; end: number } {
  return {
    articleId: s.articleId,
    ...(s.caption === undefined ? {} : { caption: s.caption }),
    start: s.start,
    end: s.end,
  };
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
      spans: role.spans.map(toReportSpan),
    })),
    mentions: entity.mentions.map(toReportSpan),
    ...(entity.country === undefined ? {} : { country: entity.country }),
  };
}

function toReportClaim(claim: Claim): ReportClaim {
  const evidence = (e: Claim['support'][number]): ReportClaim['support'][number] => ({
    ...toReportSpan(e),
    sentence: e.sentence,
    ...(e.value === undefined ? {} : { value: e.value }),
  });
  return {
    id: claim.id,
    kind: claim.kind,
    text: claim.text,
    ...(claim.subject === undefined ? {} : { subject: claim.subject }),
    ...(claim.value === undefined ? {} : { value: claim.value }),
    status: claim.status,
    flags: [...claim.flags],
    outlets: claim.outlets,
    support: claim.support.map(evidence),
    conflicts: claim.conflicts.map(evidence),
    sides: claim.sides.map((side) => ({
      value: side.value,
      articleIds: [...side.articleIds],
      outlets: side.outlets,
    })),
  };
}

function toReportStory(
  input: StoryInput,
  articles: ReadonlyMap<string, StoredArticle>,
  reportArticles: ReadonlyMap<string, ReportArticle>,
): ReportStory {
  const { story, derivations, timeline, entities, claims } = input;
  const profiles = new Map((claims?.sources ?? []).map((p) => [p.articleId, p]));
  const start = timeline?.start ?? story.start;
  const end = timeline?.end ?? story.end;
  const members = new Set(story.articleIds);
  const title =
    story.title ??
    story.articleIds.map((id) => articles.get(id)?.title).find((t) => t !== undefined) ??
    '(untitled)';
  const base: Omit<ReportStory, 'brief' | 'citations'> = {
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
    claims: (claims?.claims ?? []).map(toReportClaim),
    sources: story.articleIds.map((articleId) => {
      const links = derivations.filter((link) => link.from === articleId && members.has(link.to));
      const publisher = articles.get(articleId)?.publisher;
      return {
        articleId,
        ...(publisher === undefined ? {} : { publisher }),
        claims: profiles.get(articleId)?.claims ?? 0,
        uniqueClaims: profiles.get(articleId)?.uniqueClaims ?? 0,
        contradicted: profiles.get(articleId)?.contradicted ?? 0,
        originality: profiles.get(articleId)?.originality ?? 0,
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
  const brief = composeBrief(base, reportArticles);
  return { ...base, brief: briefMarkdown(brief, reportArticles), citations: [...brief.citations] };
}

export function buildReport(
  articles: readonly StoredArticle[],
  stories: readonly StoryInput[],
  diagnostics: readonly Diagnostic[],
): AnalysisReport {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const reportArticles = articles.map(toReportArticle);
  const reportById = new Map(reportArticles.map((a) => [a.id, a]));
  return {
    schemaVersion: SCHEMA_VERSION,
    articles: reportArticles,
    stories: stories.map((story) => toReportStory(story, byId, reportById)),
    diagnostics: diagnostics.map(toReportDiagnostic),
  };
}
