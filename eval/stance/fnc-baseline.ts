// The official FNC-1 baseline's method, reimplemented from its description: word-overlap, refuting-word, polarity and
// hand-crafted word/char n-gram co-occurrence features, fed to a 4-class gradient-boosted ensemble of depth-3 trees.
import { trainGbdt, predictGbdt, type GbdtModel, type GbdtParams } from '../../src/crosscheck/stance/gbdt.ts';
import { STOP_WORDS, stem } from '../../src/crosscheck/stance/text.ts';
import { STANCES, type Stance } from '../../src/crosscheck/stance/types.ts';

/** The baseline's fifteen refuting words, matched on the headline's word forms. */
const BASELINE_REFUTING = [
  'fake',
  'fraud',
  'hoax',
  'false',
  'deny',
  'denies',
  'not',
  'despite',
  'nope',
  'doubt',
  'doubts',
  'bogus',
  'debunk',
  'pranks',
  'retract',
].map(stem);

/** As the baseline: 200 rounds of depth-3 trees at learning rate 0.1 on all rows and features. */
export const BASELINE_GBDT: GbdtParams = {
  rounds: 200,
  learningRate: 0.1,
  maxLeaves: 8,
  maxDepth: 3,
  minLeafRows: 1,
  l2: 1e-3,
  maxBins: 256,
  rowSample: 1,
  featureSample: 1,
  seed: 14128,
};

/** Lower-case alphanumeric words joined by single spaces (the baseline's `clean`). */
function clean(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []).join(' ');
}

function lemmas(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []).map(stem);
}

function charGrams(text: string, size: number): string[] {
  const grams: string[] = [];
  for (let i = 0; i + size <= text.length; i++) grams.push(text.slice(i, i + size));
  return grams;
}

function wordGrams(words: readonly string[], size: number): string[] {
  const grams: string[] = [];
  for (let i = 0; i + size <= words.length; i++) grams.push(words.slice(i, i + size).join(' '));
  return grams;
}

/** The baseline's 44 features of one pair. */
export function baselineFeatures(headline: string, body: string): number[] {
  const hLemmas = lemmas(headline);
  const bLemmas = lemmas(body);
  const hSet = new Set(hLemmas);
  const bSet = new Set(bLemmas);
  const union = new Set([...hSet, ...bSet]).size;
  const shared = [...hSet].filter((t) => bSet.has(t)).length;
  const features: number[] = [union === 0 ? 0 : shared / union];

  for (const word of BASELINE_REFUTING) features.push(hSet.has(word) ? 1 : 0);
  const refuting = new Set(BASELINE_REFUTING);
  features.push(
    hLemmas.filter((t) => refuting.has(t)).length % 2,
    bLemmas.filter((t) => refuting.has(t)).length % 2,
  );

  const cleanHeadline = clean(headline);
  const cleanBody = clean(body);
  const early = cleanBody.slice(0, 255);
  const first = cleanBody.slice(0, 100);
  const hits = (tokens: readonly string[], text: string): number =>
    tokens.filter((t) => text.includes(t)).length;
  const headlineTokens = cleanHeadline.split(' ').filter((t) => t !== '');
  const contentTokens = headlineTokens.filter((t) => !STOP_WORDS.has(t));
  features.push(hits(headlineTokens, cleanBody), hits(headlineTokens, early));
  features.push(hits(contentTokens, cleanBody), hits(contentTokens, early));

  const contentHeadline = contentTokens.join(' ');
  for (const size of [2, 8, 4, 16]) {
    const grams = charGrams(contentHeadline, size);
    features.push(hits(grams, cleanBody), hits(grams, early), hits(grams, first));
  }
  for (const size of [2, 3, 4, 5, 6]) {
    const grams = wordGrams(headlineTokens, size);
    features.push(hits(grams, cleanBody), hits(grams, early));
  }
  return features;
}

export interface BaselinePair {
  readonly headline: string;
  readonly body: string;
  readonly stance?: Stance;
}

function featureMatrix(pairs: readonly BaselinePair[]): { matrix: Float64Array; columns: number } {
  const rows = pairs.map((p) => baselineFeatures(p.headline, p.body));
  const columns = rows[0]?.length ?? 0;
  const matrix = new Float64Array(rows.length * columns);
  rows.forEach((row, i) => matrix.set(row, i * columns));
  return { matrix, columns };
}

export function trainBaseline(pairs: readonly (BaselinePair & { stance: Stance })[]): GbdtModel {
  const { matrix, columns } = featureMatrix(pairs);
  const labels = Int32Array.from(pairs.map((p) => STANCES.indexOf(p.stance)));
  return trainGbdt(
    { features: matrix, rows: pairs.length, columns, labels, classes: STANCES.length },
    BASELINE_GBDT,
  );
}

export function predictBaseline(model: GbdtModel, pairs: readonly BaselinePair[]): Stance[] {
  const { matrix, columns } = featureMatrix(pairs);
  return pairs.map((_, i) => {
    const probabilities = predictGbdt(model, matrix.subarray(i * columns, (i + 1) * columns));
    let best = 0;
    probabilities.forEach((p, k) => {
      if (p > (probabilities[best] ?? 0)) best = k;
    });
    return STANCES[best] ?? 'unrelated';
  });
}
