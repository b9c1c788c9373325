// Exact-match entity span scoring (conlleval / seqeval style), shared by the evaluation report and its gate.
import { spansOf, type TokenSpan } from './tags.ts';

const spanKey = (span: TokenSpan): string => `${span.start}:${span.end}:${span.label}`;

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface TypeScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

export interface SpanScore {
  readonly byType: Readonly<Record<string, TypeScore>>;
  /** Micro-average over the requested types. */
  readonly micro: TypeScore;
}

function toScore(counts: Counts): TypeScore {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = counts;
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: tp + fn };
}

/**
 * Scores predicted against gold IOB2 sequences (one pair per sentence). A span counts only when its
 * boundaries and type both match. Only `types` are scored; spans of other types are ignored on both sides.
 */
export function scoreSpans(
  gold: readonly (readonly string[])[],
  predicted: readonly (readonly string[])[],
  types: readonly string[],
): SpanScore {
  if (gold.length !== predicted.length) {
    throw new Error(
      `expected as many predicted sentences as gold ones, found ${predicted.length} vs ${gold.length}`,
    );
  }
  const counts = new Map<string, Counts>(
    types.map((type) => [type, { truePositives: 0, falsePositives: 0, falseNegatives: 0 }]),
  );
  gold.forEach((goldTags, index) => {
    const predictedTags = predicted[index] ?? [];
    if (goldTags.length !== predictedTags.length) {
      throw new Error(
        `expected ${goldTags.length} predicted tags in sentence ${index}, found ${predictedTags.length}`,
      );
    }
    const goldSpans = spansOf(goldTags);
    const predictedSpans = spansOf(predictedTags);
    const goldKeys = new Set(goldSpans.map(spanKey));
    const predictedKeys = new Set(predictedSpans.map(spanKey));
    for (const span of predictedSpans) {
      const entry = counts.get(span.label);
      if (entry === undefined) continue;
      if (goldKeys.has(spanKey(span))) entry.truePositives += 1;
      else entry.falsePositives += 1;
    }
    for (const span of goldSpans) {
      const entry = counts.get(span.label);
      if (entry !== undefined && !predictedKeys.has(spanKey(span))) entry.falseNegatives += 1;
    }
  });
  const total: Counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  const byType: Record<string, TypeScore> = {};
  for (const [type, entry] of counts) {
    byType[type] = toScore(entry);
    total.truePositives += entry.truePositives;
    total.falsePositives += entry.falsePositives;
    total.falseNegatives += entry.falseNegatives;
  }
  return { byType, micro: toScore(total) };
}
