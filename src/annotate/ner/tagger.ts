// Runs a trained model: feature keys → emission scores → Viterbi, then a second pass that sees how each
// word was tagged elsewhere in the same document (a name tagged PER in the body stays PER in an all-capitals
// headline).
import type { FeatureTable } from './feature-table.ts';
import {
  sentenceCase,
  sentenceFeatures,
  surfaceCase,
  withHintFeatures,
  type DocumentHint,
  type FeatureResources,
  type SentenceFeatures,
} from './features.ts';
import {
  LABEL_COUNT,
  tokenMargins,
  viterbi,
  type EncodedSentence,
  type PerceptronWeights,
} from './perceptron.ts';
import { NER_TAGS, splitTag, type NerTag } from './tags.ts';
import { MIN_HINT_WORD_LENGTH } from './thresholds.ts';

/** One linear model: feature key → row of `weights.emission`. */
export interface LinearModel {
  readonly table: FeatureTable;
  readonly weights: PerceptronWeights;
}

export interface TaggerModel {
  readonly resources: FeatureResources;
  readonly firstPass: LinearModel;
  /** Reads the first pass's document hints; absent in a model trained without it. */
  readonly secondPass?: LinearModel;
}

/** Feature keys to weight rows, unknown features dropped. */
export function encodeFeatures(table: FeatureTable, features: SentenceFeatures): EncodedSentence {
  const ids = new Int32Array(features.keys.length);
  const offsets = new Int32Array(features.offsets.length);
  let count = 0;
  for (let token = 0; token + 1 < features.offsets.length; token += 1) {
    for (let k = features.offsets[token] ?? 0; k < (features.offsets[token + 1] ?? 0); k += 1) {
      const row = table.row(features.keys[k] ?? 0);
      if (row >= 0) {
        ids[count] = row;
        count += 1;
      }
    }
    offsets[token + 1] = count;
  }
  return { ids: ids.subarray(0, count), offsets };
}

/** Emission scores straight from feature keys: `emissionScores(weights, encodeFeatures(table, features))` in one
 *  pass, summed in the same order (so the same floats), without building the id arrays. */
export function scoreFeatures(model: LinearModel, features: SentenceFeatures): Float64Array {
  const { table } = model;
  const { emission } = model.weights;
  const length = features.offsets.length - 1;
  const scores = new Float64Array(Math.max(0, length) * LABEL_COUNT);
  // The tag set's nine labels summed in locals, feature by feature in the same order (the same floats).
  for (let token = 0; token < length; token += 1) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    let s5 = 0;
    let s6 = 0;
    let s7 = 0;
    let s8 = 0;
    const end = features.offsets[token + 1] ?? 0;
    for (let k = features.offsets[token] ?? 0; k < end; k += 1) {
      const row = table.row(features.keys[k] ?? 0);
      if (row < 0) continue;
      const o = row * NINE_LABELS;
      s0 += emission[o] ?? 0;
      s1 += emission[o + 1] ?? 0;
      s2 += emission[o + 2] ?? 0;
      s3 += emission[o + 3] ?? 0;
      s4 += emission[o + 4] ?? 0;
      s5 += emission[o + 5] ?? 0;
      s6 += emission[o + 6] ?? 0;
      s7 += emission[o + 7] ?? 0;
      s8 += emission[o + 8] ?? 0;
    }
    const base = token * NINE_LABELS;
    scores[base] = s0;
    scores[base + 1] = s1;
    scores[base + 2] = s2;
    scores[base + 3] = s3;
    scores[base + 4] = s4;
    scores[base + 5] = s5;
    scores[base + 6] = s6;
    scores[base + 7] = s7;
    scores[base + 8] = s8;
  }
  return scores;
}

/** The tag set's size, which `scoreFeatures` sums label by label in locals. */
const NINE_LABELS = 9;
if (LABEL_COUNT !== NINE_LABELS)
  throw new Error(`expected ${NINE_LABELS} NER labels for scoreFeatures, found ${LABEL_COUNT}: update it`);

/** The best tags of one sentence and the emission scores they were decoded from. */
function decodeFeatures(
  model: LinearModel,
  features: SentenceFeatures,
): { tags: NerTag[]; scores: Float64Array; length: number } {
  const length = Math.max(0, features.offsets.length - 1);
  const scores = scoreFeatures(model, features);
  const path = viterbi(scores, model.weights.transition, length);
  return { tags: Array.from(path, (label) => NER_TAGS[label] ?? 'O'), scores, length };
}

function runLinear(model: LinearModel, features: SentenceFeatures): NerTag[] {
  return decodeFeatures(model, features).tags;
}

function hintKey(token: string): string | undefined {
  if (token.length < MIN_HINT_WORD_LENGTH || !/\p{L}/u.test(token)) return undefined;
  return token.toLowerCase();
}

/**
 * For every token, the entity type most often given to the same word (case-folded) at its other
 * occurrences in the document, or `O` when it was outside entities at all of them; undefined when the word
 * occurs nowhere else. Only occurrences in ordinarily cased sentences vote: in a headline or an all-lower
 * sentence the first pass has too little to go on.
 */
export function documentHints(
  sentences: readonly (readonly string[])[],
  tags: readonly (readonly string[])[],
): (DocumentHint | undefined)[][] {
  const votes = new Map<string, Map<string, number>>();
  const casing = new Map<string, { lower: number; capital: number }>();
  const labelOf = (tag: string): string => {
    const { prefix, label } = splitTag(tag);
    return prefix === 'O' ? 'O' : label;
  };
  // The case a word is written in counts only where it is informative: inside an ordinary sentence.
  const caseOf = (s: number, t: number, token: string): 'lower' | 'capital' | undefined => {
    if (voting[s] !== true || t === 0) return undefined;
    const kind = surfaceCase(token);
    if (kind === 'lower') return 'lower';
    return kind === 'title' || kind === 'upper' || kind === 'mixed' ? 'capital' : undefined;
  };
  const voting = sentences.map((tokens) => sentenceCase(tokens) === 'normal');
  sentences.forEach((tokens, s) => {
    if (voting[s] !== true) return;
    tokens.forEach((token, t) => {
      const key = hintKey(token);
      if (key === undefined) return;
      const label = labelOf(tags[s]?.[t] ?? 'O');
      const perLabel = votes.get(key) ?? new Map<string, number>();
      perLabel.set(label, (perLabel.get(label) ?? 0) + 1);
      votes.set(key, perLabel);
      const written = caseOf(s, t, token);
      if (written !== undefined) {
        const entry = casing.get(key) ?? { lower: 0, capital: 0 };
        entry[written] += 1;
        casing.set(key, entry);
      }
    });
  });
  return sentences.map((tokens, s) =>
    tokens.map((token, t) => {
      const key = hintKey(token);
      if (key === undefined) return undefined;
      const own = voting[s] === true ? labelOf(tags[s]?.[t] ?? 'O') : undefined;
      let best: string | undefined;
      let bestCount = 0;
      let others = 0;
      for (const [label, count] of votes.get(key) ?? []) {
        const elsewhere = label === own ? count - 1 : count;
        others += elsewhere;
        // Any entity reading elsewhere beats O: a name is often left untagged where context is thin.
        if (label !== 'O' && elsewhere > bestCount) {
          best = label;
          bestCount = elsewhere;
        }
      }
      const written = caseOf(s, t, token);
      const counts = casing.get(key);
      const lower = (counts?.lower ?? 0) - (written === 'lower' ? 1 : 0);
      const capital = (counts?.capital ?? 0) - (written === 'capital' ? 1 : 0);
      let caseElsewhere: DocumentHint['caseElsewhere'];
      if (lower > 0) caseElsewhere = capital > 0 ? 'both' : 'lower';
      else if (capital > 0) caseElsewhere = 'capital';
      if (others === 0 && caseElsewhere === undefined) return undefined;
      return {
        ...(others === 0 ? {} : { label: best ?? 'O' }),
        ...(caseElsewhere === undefined ? {} : { caseElsewhere }),
      };
    }),
  );
}

/** Tags a document (its sentences in order) with both passes. */
export function tagDocument(model: TaggerModel, sentences: readonly (readonly string[])[]): NerTag[][] {
  const features = sentences.map((tokens) => sentenceFeatures(tokens, model.resources));
  const first = features.map((sentence) => runLinear(model.firstPass, sentence));
  const second = model.secondPass;
  if (second === undefined) return first;
  const hints = documentHints(sentences, first);
  return sentences.map((tokens, s) => {
    const own = features[s];
    return own === undefined ? [] : runLinear(second, withHintFeatures(own, tokens, hints[s] ?? []));
  });
}

/** A document's tags with, per sentence, its least confident token's margin (see `tokenMargins`). */
export interface ConfidentTags {
  readonly tags: NerTag[][];
  readonly margins: number[];
}

/** Tags a document like `tagDocument` and scores each sentence by the final pass's smallest token margin. */
export function tagDocumentWithMargins(
  model: TaggerModel,
  sentences: readonly (readonly string[])[],
): ConfidentTags {
  const features = sentences.map((tokens) => sentenceFeatures(tokens, model.resources));
  const first = features.map((sentence) => runLinear(model.firstPass, sentence));
  const final = model.secondPass ?? model.firstPass;
  const hints = model.secondPass === undefined ? undefined : documentHints(sentences, first);
  const tags: NerTag[][] = [];
  const margins: number[] = [];
  sentences.forEach((tokens, s) => {
    const own = features[s] ?? { keys: new Uint32Array(0), offsets: new Int32Array(1) };
    const decoded = decodeFeatures(
      final,
      hints === undefined ? own : withHintFeatures(own, tokens, hints[s] ?? []),
    );
    const { scores, length } = decoded;
    tags.push(decoded.tags);
    let smallest = Infinity;
    for (const margin of tokenMargins(scores, final.weights.transition, length)) {
      smallest = Math.min(smallest, margin);
    }
    margins.push(smallest);
  });
  return { tags, margins };
}
