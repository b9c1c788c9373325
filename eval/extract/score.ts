// The extraction scorer shared by the eval gate and the report: 4-token shingle P/R as in the
// article-extraction-benchmark's evaluate.py, averaged over pages, F1 of the means.

/** Tokens: letters, digits and underscore runs, case-sensitive, punctuation dropped. */
export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Width of a shingle in tokens, as in the upstream benchmark. */
export const SHINGLE_SIZE = 4;

/** Multiset of 4-token windows; a 1–3 token text is one short shingle, an empty text has none. */
export function shingles(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const windows = Math.max(1, tokens.length - SHINGLE_SIZE + 1);
  if (tokens.length === 0) return counts;
  for (let i = 0; i < windows; i++) {
    const key = tokens.slice(i, i + SHINGLE_SIZE).join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  /** tp, fp and fn normalised by their sum (all 0 when both texts are empty). */
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  /** Token sequences are identical. */
  readonly exact: boolean;
}

export function scorePage(truth: string, predicted: string): PageScore {
  const truthTokens = tokenize(truth);
  const predictedTokens = tokenize(predicted);
  const truthShingles = shingles(truthTokens);
  const predictedShingles = shingles(predictedTokens);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, trueCount] of truthShingles) {
    const predCount = predictedShingles.get(key) ?? 0;
    tp += Math.min(trueCount, predCount);
    fn += Math.max(0, trueCount - predCount);
  }
  for (const [key, predCount] of predictedShingles) {
    const trueCount = truthShingles.get(key) ?? 0;
    fp += Math.max(0, predCount - trueCount);
  }
  const total = tp + fp + fn;
  if (total > 0) {
    tp /= total;
    fp /= total;
    fn /= total;
  }
  const perfect = fp === 0 && fn === 0;
  const exact =
    truthTokens.length === predictedTokens.length &&
    truthTokens.every((token, i) => token === predictedTokens[i]);
  return {
    tp,
    fp,
    fn,
    precision: perfect ? 1 : tp + fp > 0 ? tp / (tp + fp) : 0,
    recall: perfect ? 1 : tp + fn > 0 ? tp / (tp + fn) : 0,
    exact,
  };
}

export interface CorpusScore {
  readonly pages: number;
  /** Mean per-page precision over pages with tp+fp > 0. */
  readonly precision: number;
  /** Mean per-page recall over pages with tp+fn > 0. */
  readonly recall: number;
  /** F1 of the two means. */
  readonly f1: number;
  /** Share of pages whose token sequences are identical. */
  readonly accuracy: number;
}

export function scoreCorpus(pages: readonly PageScore[]): CorpusScore {
  let precisionSum = 0;
  let precisionCount = 0;
  let recallSum = 0;
  let recallCount = 0;
  let exact = 0;
  for (const page of pages) {
    if (page.tp + page.fp > 0) {
      precisionSum += page.precision;
      precisionCount++;
    }
    if (page.tp + page.fn > 0) {
      recallSum += page.recall;
      recallCount++;
    }
    if (page.exact) exact++;
  }
  const precision = precisionCount === 0 ? 0 : precisionSum / precisionCount;
  const recall = recallCount === 0 ? 0 : recallSum / recallCount;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    pages: pages.length,
    precision,
    recall,
    f1,
    accuracy: pages.length === 0 ? 0 : exact / pages.length,
  };
}
