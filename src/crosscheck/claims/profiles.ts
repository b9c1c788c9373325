// Each article's record in the story: how many claims it carries, which only its outlet makes, where it stands
// against the majority, and how much of what it says nobody had said before it.
import type { Outlets } from './outlets.ts';
import type { Claim, ClaimArticle, ClaimLink, SourceProfile } from './types.ts';

const timeOf = (article: ClaimArticle | undefined): number | undefined => {
  if (article?.publishedAt === undefined) return undefined;
  const time = Date.parse(article.publishedAt);
  return Number.isNaN(time) ? undefined : time;
};

export function profileSources(
  articles: readonly ClaimArticle[],
  claims: readonly Claim[],
  links: readonly ClaimLink[],
  outlets: Outlets,
): SourceProfile[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const originals = new Map<string, Set<string>>();
  for (const link of links) {
    const set = originals.get(link.from) ?? new Set<string>();
    set.add(link.to);
    originals.set(link.from, set);
  }
  return articles.map((article) => {
    let count = 0;
    let unique = 0;
    let contradicted = 0;
    let original = 0;
    const own = outlets.groupOf.get(article.id) ?? article.id;
    const time = timeOf(article);
    for (const claim of claims) {
      const sideIndex = claim.sides.findIndex((side) => side.articleIds.includes(article.id));
      if (sideIndex < 0) continue;
      count += 1;
      const everyone = claim.sides.flatMap((side) => side.articleIds);
      if (everyone.every((id) => (outlets.groupOf.get(id) ?? id) === own)) unique += 1;
      const side = claim.sides[sideIndex];
      if (
        claim.status === 'contested' &&
        side !== undefined &&
        claim.sides.some((other) => other !== side && other.outlets > side.outlets)
      )
        contradicted += 1;
      const earlier = everyone.some((id) => {
        if (id === article.id) return false;
        if (originals.get(article.id)?.has(id) === true) return true;
        const other = timeOf(byId.get(id));
        return time !== undefined && other !== undefined && other < time;
      });
      if (!earlier) original += 1;
    }
    return {
      articleId: article.id,
      claims: count,
      uniqueClaims: unique,
      contradicted,
      originality: count === 0 ? 0 : Math.round((original / count) * 1000) / 1000,
    };
  });
}
