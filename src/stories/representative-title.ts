// The headline that best stands for a story: the one whose words the story's other headlines share most.
import { textTerms } from './terms.ts';
import type { StoryItem } from './types.ts';

const MAX_TITLE_TOKENS = 64;

/** The medoid headline (highest summed cosine to the others, idf over the story's headlines); on a tie the
 *  shorter, then the earlier. Undefined when no item has a headline. */
export function representativeTitle(items: readonly StoryItem[]): string | undefined {
  const titled = items
    .map((item) => item.title?.trim() ?? '')
    .filter((title) => title !== '')
    .map((title) => ({ title, terms: new Set(textTerms(title, MAX_TITLE_TOKENS).terms) }));
  if (titled.length === 0) return undefined;
  const frequency = new Map<string, number>();
  for (const { terms } of titled)
    for (const term of terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const weight = (term: string): number =>
    Math.log((titled.length + 1) / ((frequency.get(term) ?? 0) + 1)) + 1;
  const norms = titled.map(({ terms }) =>
    Math.sqrt([...terms].reduce((sum, term) => sum + weight(term) ** 2, 0)),
  );
  let best: { title: string; score: number } | undefined;
  titled.forEach(({ title, terms }, i) => {
    let score = 0;
    titled.forEach((other, j) => {
      if (i === j) return;
      let dot = 0;
      for (const term of terms) if (other.terms.has(term)) dot += weight(term) ** 2;
      const denominator = (norms[i] ?? 0) * (norms[j] ?? 0);
      score += denominator === 0 ? 0 : dot / denominator;
    });
    const better =
      best === undefined ||
      score > best.score + 1e-9 ||
      (Math.abs(score - best.score) <= 1e-9 && title.length < best.title.length);
    if (better) best = { title, score };
  });
  return best?.title;
}
