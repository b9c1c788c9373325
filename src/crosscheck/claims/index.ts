// Claims lined up across one story's articles: figures, titles, quotes and statements, each judged
// corroborated, single-source or contested with the sentences behind every side; and a profile per source.
import type { Result } from '../../core/index.ts';
import { findAnachronisms } from './anachronisms.ts';
import { groupOutlets } from './outlets.ts';
import { profileSources } from './profiles.ts';
import { alignQuantities } from './quantity-claims.ts';
import { alignQuotes } from './quote-claims.ts';
import { alignRoles } from './role-claims.ts';
import { readStorySentences } from './sentence-vectors.ts';
import { alignStatements } from './statement-claims.ts';
import { alignTimes } from './time-claims.ts';
import type { Claim, ClaimEvidence, ClaimsInput, SourceProfile } from './types.ts';

export type * from './types.ts';

export interface StoryClaims {
  readonly claims: readonly Claim[];
  readonly sources: readonly SourceProfile[];
}

const STATUS_ORDER = { contested: 0, corroborated: 1, 'single-source': 2 } as const;

export function alignClaims(input: ClaimsInput): Result<StoryClaims> {
  const { articles, entities, derivations } = input;
  const order = [...articles].sort((a, b) => {
    const ta = a.publishedAt === undefined ? Number.POSITIVE_INFINITY : Date.parse(a.publishedAt);
    const tb = b.publishedAt === undefined ? Number.POSITIVE_INFINITY : Date.parse(b.publishedAt);
    return (Number.isNaN(ta) ? Infinity : ta) - (Number.isNaN(tb) ? Infinity : tb);
  });
  const articleOrder = new Map(order.map((a, i) => [a.id, i]));
  const outlets = groupOutlets(articles, derivations);
  const sentences = readStorySentences(articles);
  const quantities = alignQuantities(articles, sentences, outlets, articleOrder, input.storyDate);
  const quotes = alignQuotes(articles, entities, sentences, outlets);
  const roles = alignRoles(entities, articles, sentences, outlets, articleOrder);
  const times = alignTimes(articles, sentences, outlets, articleOrder, input.storyDate);
  const evidence = new Map<string, { start: number; end: number }[]>();
  for (const claim of [...quantities, ...quotes, ...times])
    for (const e of [...claim.support, ...claim.conflicts])
      evidence.set(e.articleId, [...(evidence.get(e.articleId) ?? []), e]);
  const within = (
    s: { articleId: string; start: number; end: number },
    list: readonly ClaimEvidence[],
  ): boolean => list.some((e) => e.articleId === s.articleId && e.start < s.end && s.start < e.end);
  const disputes = [...quantities, ...quotes, ...times].filter((c) => c.status === 'contested');
  const statements = alignStatements(sentences, outlets, articleOrder, {
    covered: (s) => (evidence.get(s.articleId) ?? []).some((e) => e.start < s.end && s.start < e.end),
    opposed: (a, b) =>
      disputes.some(
        (c) =>
          (within(a, c.support) && within(b, c.conflicts)) ||
          (within(a, c.conflicts) && within(b, c.support)),
      ),
  });
  const anachronisms = findAnachronisms(articles, sentences, outlets, input.storyDate);
  const claims = [...roles, ...quantities, ...times, ...quotes, ...anachronisms, ...statements].sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.outlets - a.outlets,
  );
  return {
    value: { claims, sources: profileSources(articles, claims, derivations, outlets) },
    diagnostics: [],
  };
}
