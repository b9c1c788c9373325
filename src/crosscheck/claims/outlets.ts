// Which articles count as one source: copies and rewrites of each other, and articles of one publisher.
import { disjointSets } from '../../core/index.ts';
import type { ClaimArticle, ClaimLink } from './types.ts';

export interface Outlets {
  /** Article id → id of the source group it belongs to. */
  readonly groupOf: ReadonlyMap<string, string>;
  /** Independent sources among the given articles. */
  count(articleIds: Iterable<string>): number;
}

const publisherKey = (publisher: string): string =>
  publisher
    .toLowerCase()
    .replace(/^the\s+/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

export function groupOutlets(articles: readonly ClaimArticle[], links: readonly ClaimLink[]): Outlets {
  const indexOf = new Map(articles.map((a, i) => [a.id, i]));
  const sets = disjointSets(articles.length);
  const union = (a: string, b: string): void => {
    const ia = indexOf.get(a);
    const ib = indexOf.get(b);
    if (ia !== undefined && ib !== undefined) sets.union(ia, ib);
  };
  for (const link of links) union(link.from, link.to);
  const byPublisher = new Map<string, string>();
  for (const article of articles) {
    if (article.publisher === undefined) continue;
    const key = publisherKey(article.publisher);
    if (key === '') continue;
    const first = byPublisher.get(key);
    if (first === undefined) byPublisher.set(key, article.id);
    else union(first, article.id);
  }
  const groupOf = new Map(articles.map((a, i) => [a.id, articles[sets.find(i)]?.id ?? a.id]));
  return {
    groupOf,
    count(articleIds) {
      const groups = new Set<string>();
      for (const id of articleIds) groups.add(groupOf.get(id) ?? id);
      return groups.size;
    },
  };
}
