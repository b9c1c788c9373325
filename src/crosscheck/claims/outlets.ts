// Which articles count as one source: copies and rewrites of each other, and articles of one publisher.
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
  const parent = new Map<string, string>(articles.map((a) => [a.id, a.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    let node = id;
    while (node !== root) {
      const next = parent.get(node) ?? root;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const union = (a: string, b: string): void => {
    if (!parent.has(a) || !parent.has(b)) return;
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
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
  const groupOf = new Map(articles.map((a) => [a.id, find(a.id)]));
  return {
    groupOf,
    count(articleIds) {
      const groups = new Set<string>();
      for (const id of articleIds) groups.add(groupOf.get(id) ?? id);
      return groups.size;
    },
  };
}
