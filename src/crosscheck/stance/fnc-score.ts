// The FNC-1 score and the per-class report, shared by the evaluation report and its CI gate.
import { STANCES, type Stance } from './types.ts';

export interface ClassScores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

export interface StanceScore {
  readonly pairs: number;
  /** Sum of FNC points earned. */
  readonly score: number;
  /** Points perfect predictions would earn. */
  readonly maxScore: number;
  /** score / maxScore. */
  readonly relative: number;
  readonly accuracy: number;
  readonly perClass: Record<Stance, ClassScores>;
  readonly macroF1: number;
  /** `confusion[gold][predicted]` counts. */
  readonly confusion: Record<Stance, Record<Stance, number>>;
}

const RELATED: ReadonlySet<Stance> = new Set(['agree', 'disagree', 'discuss']);

/** FNC points for one pair: 0.25 for a right related/unrelated call, 0.75 more for the right related label. */
export function pairPoints(gold: Stance, predicted: Stance): number {
  let points = 0;
  if (gold === predicted) {
    points += 0.25;
    if (gold !== 'unrelated') points += 0.5;
  }
  if (RELATED.has(gold) && RELATED.has(predicted)) points += 0.25;
  return points;
}

function emptyRow(): Record<Stance, number> {
  return { agree: 0, disagree: 0, discuss: 0, unrelated: 0 };
}

/** Scores predictions against gold labels, index by index. */
export function scoreStances(gold: readonly Stance[], predicted: readonly Stance[]): StanceScore {
  if (gold.length !== predicted.length) {
    throw new Error(
      `expected as many predictions as gold labels, found ${predicted.length} and ${gold.length}`,
    );
  }
  const confusion: Record<Stance, Record<Stance, number>> = {
    agree: emptyRow(),
    disagree: emptyRow(),
    discuss: emptyRow(),
    unrelated: emptyRow(),
  };
  let score = 0;
  let maxScore = 0;
  let correct = 0;
  gold.forEach((g, i) => {
    const p = predicted[i] ?? 'unrelated';
    score += pairPoints(g, p);
    maxScore += pairPoints(g, g);
    if (g === p) correct++;
    confusion[g][p]++;
  });
  const perClass = {} as Record<Stance, ClassScores>;
  for (const s of STANCES) {
    const tp = confusion[s][s];
    const support = STANCES.reduce((sum, p) => sum + confusion[s][p], 0);
    const predictedCount = STANCES.reduce((sum, g) => sum + confusion[g][s], 0);
    const precision = predictedCount === 0 ? 0 : tp / predictedCount;
    const recall = support === 0 ? 0 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perClass[s] = { precision, recall, f1, support };
  }
  const macroF1 = STANCES.reduce((sum, s) => sum + perClass[s].f1, 0) / STANCES.length;
  return {
    pairs: gold.length,
    score,
    maxScore,
    relative: maxScore === 0 ? 0 : score / maxScore,
    accuracy: gold.length === 0 ? 0 : correct / gold.length,
    perClass,
    macroF1,
    confusion,
  };
}

/** A plain-text report: headline figures, per-class table and confusion matrix. */
export function formatStanceScore(name: string, s: StanceScore): string {
  const pct = (x: number): string => (100 * x).toFixed(2);
  const lines = [
    `${name}: FNC score ${s.score.toFixed(2)} / ${s.maxScore.toFixed(2)} = ${pct(s.relative)}% relative · ` +
      `accuracy ${pct(s.accuracy)}% · macro-F1 ${s.macroF1.toFixed(4)} · ${s.pairs} pairs`,
    `  ${'class'.padEnd(10)} ${'P'.padStart(7)} ${'R'.padStart(7)} ${'F1'.padStart(7)} ${'n'.padStart(7)}`,
    ...STANCES.map((c) => {
      const k = s.perClass[c];
      return `  ${c.padEnd(10)} ${k.precision.toFixed(4).padStart(7)} ${k.recall.toFixed(4).padStart(7)} ${k.f1.toFixed(4).padStart(7)} ${String(k.support).padStart(7)}`;
    }),
    `  confusion (rows gold, columns predicted)`,
    `  ${''.padEnd(10)} ${STANCES.map((c) => c.padStart(9)).join(' ')}`,
    ...STANCES.map(
      (g) => `  ${g.padEnd(10)} ${STANCES.map((p) => String(s.confusion[g][p]).padStart(9)).join(' ')}`,
    ),
  ];
  return lines.join('\n');
}
