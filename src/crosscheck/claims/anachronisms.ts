// Sentences that speak of a dated event as still to come when the article's own date is past it ("ahead of the
// 2024 election" in a 2025 article): a sign of recycled or outdated copy.
import { hashId } from '../../core/index.ts';
import type { Outlets } from './outlets.ts';
import type { StorySentences } from './sentence-vectors.ts';
import type { Claim, ClaimArticle } from './types.ts';

const UPCOMING =
  /\b(ahead of|before|upcoming|coming|forthcoming|next|run-up to|in the lead-up to|will\s+\w+\s+in)\s+(?:the\s+|this\s+|next\s+)?(?:upcoming\s+)?((?:19|20)\d{2})\s+(\p{L}+(?:\s+\p{L}+)?)/giu;
const EVENT_WORDS =
  /^(?:presidential\s+)?(?:general\s+|midterm\s+|parliamentary\s+|local\s+|federal\s+|national\s+)?(?:elections?|votes?|referendum|olympics|olympic games|games|world cup|summit|census|midterms|primar(?:y|ies)|campaign|season|budget)/iu;

const yearOf = (date: string | undefined): number | undefined => {
  const match = date === undefined ? null : /^(\d{4})/u.exec(date);
  return match?.[1] === undefined ? undefined : Number(match[1]);
};

export function findAnachronisms(
  articles: readonly ClaimArticle[],
  sentences: StorySentences,
  outlets: Outlets,
  storyDate: string | undefined,
): Claim[] {
  const claims: Claim[] = [];
  for (const article of articles) {
    const reference = yearOf(article.publishedAt) ?? yearOf(storyDate);
    if (reference === undefined) continue;
    for (const match of article.text.matchAll(UPCOMING)) {
      const year = Number(match[2]);
      const event = match[3] ?? '';
      if (year >= reference || !EVENT_WORDS.test(event)) continue;
      const sentence = sentences.sentenceAt(article.id, match.index);
      if (sentence === undefined) continue;
      const value = match[0].trim();
      claims.push({
        id: hashId('c', 'date', article.id, String(match.index)),
        kind: 'date',
        text: `Speaks of "${value}" as still to come, though the ${year} event was past by ${reference}`,
        value,
        status: 'single-source',
        flags: ['anachronism'],
        outlets: outlets.count([article.id]),
        support: [
          { articleId: article.id, start: sentence.start, end: sentence.end, sentence: sentence.text, value },
        ],
        conflicts: [],
        sides: [{ value, articleIds: [article.id], outlets: 1 }],
      });
    }
  }
  return claims;
}
