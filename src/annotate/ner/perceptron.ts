// A first-order structured perceptron: emission weights per (feature, tag), tag-transition weights, Viterbi
// decoding restricted to well-formed IOB2, and weight averaging for training.
import { seededRandom } from '../../core/index.ts';
import { NER_TAGS, splitTag } from './tags.ts';

export const LABEL_COUNT = NER_TAGS.length;
/** Row of the transition table used for the sentence start. */
const START = LABEL_COUNT;

/** `allowed[(previous + 1 row) * LABEL_COUNT + current]`: `I-X` only after `B-X` or `I-X`. */
export const ALLOWED_TRANSITIONS: Uint8Array = (() => {
  const allowed = new Uint8Array((LABEL_COUNT + 1) * LABEL_COUNT);
  for (let previous = 0; previous <= LABEL_COUNT; previous += 1) {
    for (let current = 0; current < LABEL_COUNT; current += 1) {
      const next = splitTag(NER_TAGS[current] ?? 'O');
      const before = previous === START ? { prefix: 'O', label: '' } : splitTag(NER_TAGS[previous] ?? 'O');
      const ok = next.prefix !== 'I' || (before.prefix !== 'O' && before.label === next.label);
      allowed[previous * LABEL_COUNT + current] = ok ? 1 : 0;
    }
  }
  return allowed;
})();

export interface PerceptronWeights {
  /** `emission[feature * LABEL_COUNT + label]`. */
  readonly emission: Float32Array;
  /** `transition[(previous or START) * LABEL_COUNT + label]`. */
  readonly transition: Float32Array;
}

/** A sentence as feature ids: token `t` owns `ids[offsets[t] .. offsets[t + 1])`. */
export interface EncodedSentence {
  readonly ids: Int32Array;
  readonly offsets: Int32Array;
}

export function emissionScores(weights: PerceptronWeights, sentence: EncodedSentence): Float64Array {
  const length = sentence.offsets.length - 1;
  const scores = new Float64Array(length * LABEL_COUNT);
  for (let token = 0; token < length; token += 1) {
    const base = token * LABEL_COUNT;
    for (let k = sentence.offsets[token] ?? 0; k < (sentence.offsets[token + 1] ?? 0); k += 1) {
      const row = (sentence.ids[k] ?? 0) * LABEL_COUNT;
      for (let label = 0; label < LABEL_COUNT; label += 1) {
        scores[base + label] = (scores[base + label] ?? 0) + (weights.emission[row + label] ?? 0);
      }
    }
  }
  return scores;
}

/** Best well-formed label sequence under emission + transition scores. */
export function viterbi(scores: Float64Array, transition: Float32Array, length: number): Int32Array {
  const best = new Float64Array(length * LABEL_COUNT).fill(-Infinity);
  const back = new Int32Array(length * LABEL_COUNT);
  for (let label = 0; label < LABEL_COUNT; label += 1) {
    if (ALLOWED_TRANSITIONS[START * LABEL_COUNT + label] === 0) continue;
    best[label] = (scores[label] ?? 0) + (transition[START * LABEL_COUNT + label] ?? 0);
  }
  for (let token = 1; token < length; token += 1) {
    const base = token * LABEL_COUNT;
    const previousBase = base - LABEL_COUNT;
    for (let label = 0; label < LABEL_COUNT; label += 1) {
      let top = -Infinity;
      let arg = 0;
      for (let previous = 0; previous < LABEL_COUNT; previous += 1) {
        if (ALLOWED_TRANSITIONS[previous * LABEL_COUNT + label] === 0) continue;
        const value =
          (best[previousBase + previous] ?? -Infinity) + (transition[previous * LABEL_COUNT + label] ?? 0);
        if (value > top) {
          top = value;
          arg = previous;
        }
      }
      best[base + label] = top + (scores[base + label] ?? 0);
      back[base + label] = arg;
    }
  }
  const path = new Int32Array(length);
  if (length === 0) return path;
  let last = 0;
  const lastBase = (length - 1) * LABEL_COUNT;
  for (let label = 1; label < LABEL_COUNT; label += 1) {
    if ((best[lastBase + label] ?? -Infinity) > (best[lastBase + last] ?? -Infinity)) last = label;
  }
  for (let token = length - 1; token >= 0; token -= 1) {
    path[token] = last;
    last = back[token * LABEL_COUNT + last] ?? 0;
  }
  return path;
}

/**
 * Per-token confidence of the best path: for each token, how much the best well-formed sequence outscores
 * the best one giving that token another label (max-marginals from a forward and a backward max pass).
 * Zero means a tie; the scale is the model's own score scale.
 */
export function tokenMargins(scores: Float64Array, transition: Float32Array, length: number): Float64Array {
  const forward = new Float64Array(length * LABEL_COUNT).fill(-Infinity);
  const backward = new Float64Array(length * LABEL_COUNT).fill(0);
  for (let label = 0; label < LABEL_COUNT; label += 1) {
    if (ALLOWED_TRANSITIONS[START * LABEL_COUNT + label] === 0) continue;
    forward[label] = (scores[label] ?? 0) + (transition[START * LABEL_COUNT + label] ?? 0);
  }
  for (let token = 1; token < length; token += 1) {
    const base = token * LABEL_COUNT;
    for (let label = 0; label < LABEL_COUNT; label += 1) {
      let top = -Infinity;
      for (let previous = 0; previous < LABEL_COUNT; previous += 1) {
        if (ALLOWED_TRANSITIONS[previous * LABEL_COUNT + label] === 0) continue;
        const value =
          (forward[base - LABEL_COUNT + previous] ?? -Infinity) +
          (transition[previous * LABEL_COUNT + label] ?? 0);
        if (value > top) top = value;
      }
      forward[base + label] = top + (scores[base + label] ?? 0);
    }
  }
  for (let token = length - 2; token >= 0; token -= 1) {
    const base = token * LABEL_COUNT;
    const nextBase = base + LABEL_COUNT;
    for (let label = 0; label < LABEL_COUNT; label += 1) {
      let top = -Infinity;
      for (let next = 0; next < LABEL_COUNT; next += 1) {
        if (ALLOWED_TRANSITIONS[label * LABEL_COUNT + next] === 0) continue;
        const value =
          (transition[label * LABEL_COUNT + next] ?? 0) +
          (scores[nextBase + next] ?? 0) +
          (backward[nextBase + next] ?? 0);
        if (value > top) top = value;
      }
      backward[base + label] = top;
    }
  }
  const margins = new Float64Array(length);
  for (let token = 0; token < length; token += 1) {
    let first = -Infinity;
    let second = -Infinity;
    for (let label = 0; label < LABEL_COUNT; label += 1) {
      const value =
        (forward[token * LABEL_COUNT + label] ?? -Infinity) + (backward[token * LABEL_COUNT + label] ?? 0);
      if (value > first) {
        second = first;
        first = value;
      } else if (value > second) second = value;
    }
    margins[token] = first - second;
  }
  return margins;
}

export function decode(weights: PerceptronWeights, sentence: EncodedSentence): Int32Array {
  const length = sentence.offsets.length - 1;
  return viterbi(emissionScores(weights, sentence), weights.transition, length);
}

export interface TrainingExample {
  readonly sentence: EncodedSentence;
  readonly labels: Int32Array;
}

export interface TrainOptions {
  readonly featureCount: number;
  readonly epochs: number;
  readonly seed: number;
  /** Called after each epoch with the averaged weights so far (for the training log). */
  readonly onEpoch?: (epoch: number, weights: PerceptronWeights, mistakes: number) => void;
}

/** Averaged structured perceptron (Collins 2002) with the lazy-average trick. */
export function trainPerceptron(
  examples: readonly TrainingExample[],
  options: TrainOptions,
): PerceptronWeights {
  const emissionSize = options.featureCount * LABEL_COUNT;
  const transitionSize = (LABEL_COUNT + 1) * LABEL_COUNT;
  const current = { emission: new Float32Array(emissionSize), transition: new Float32Array(transitionSize) };
  const emissionSum = new Float64Array(emissionSize);
  const transitionSum = new Float64Array(transitionSize);
  const random = seededRandom(options.seed);
  const order = examples.map((_, index) => index);
  let step = 1;
  const averaged = (): PerceptronWeights => {
    const emission = new Float32Array(emissionSize);
    for (let i = 0; i < emissionSize; i += 1) {
      emission[i] = (current.emission[i] ?? 0) - (emissionSum[i] ?? 0) / step;
    }
    const transition = new Float32Array(transitionSize);
    for (let i = 0; i < transitionSize; i += 1) {
      transition[i] = (current.transition[i] ?? 0) - (transitionSum[i] ?? 0) / step;
    }
    return { emission, transition };
  };
  const update = (sentence: EncodedSentence, labels: Int32Array, delta: number): void => {
    const length = labels.length;
    for (let token = 0; token < length; token += 1) {
      const label = labels[token] ?? 0;
      for (let k = sentence.offsets[token] ?? 0; k < (sentence.offsets[token + 1] ?? 0); k += 1) {
        const index = (sentence.ids[k] ?? 0) * LABEL_COUNT + label;
        current.emission[index] = (current.emission[index] ?? 0) + delta;
        emissionSum[index] = (emissionSum[index] ?? 0) + delta * step;
      }
      const previous = token === 0 ? START : (labels[token - 1] ?? 0);
      const index = previous * LABEL_COUNT + label;
      current.transition[index] = (current.transition[index] ?? 0) + delta;
      transitionSum[index] = (transitionSum[index] ?? 0) + delta * step;
    }
  };
  for (let epoch = 1; epoch <= options.epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      const swap = order[i] ?? 0;
      order[i] = order[j] ?? 0;
      order[j] = swap;
    }
    let mistakes = 0;
    for (const index of order) {
      const example = examples[index];
      if (example === undefined) continue;
      const predicted = decode(current, example.sentence);
      let same = true;
      for (let token = 0; token < predicted.length; token += 1) {
        if (predicted[token] !== example.labels[token]) same = false;
      }
      if (!same) {
        mistakes += 1;
        update(example.sentence, example.labels, 1);
        update(example.sentence, predicted, -1);
      }
      step += 1;
    }
    options.onEpoch?.(epoch, averaged(), mistakes);
  }
  return averaged();
}
