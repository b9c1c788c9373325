// Which articles are copies or rewrites of which: near-duplicate shingles found through MinHash buckets, then
// rewrites by in-order sentence alignment, or — for heavy rewrites — by sentences that follow the source's order
// together with the order of names and numbers. Independent reports of one event share names, numbers and
// facts, but not the sentence-by-sentence order. Rewrites of one another count as one voice in corroboration.
import { diagnostic, seededRandom, type Diagnostic, type Result, type TextRange } from '../core/index.ts';
import { STOP_WORDS } from './stop-words.ts';
import { textTerms } from './terms.ts';
import {
  COPY_CONTAINMENT,
  DIRECTION_MIN_GAP_MS,
  FULLER_TEXT_RATIO,
  MAX_SEQUENCE_TOKENS,
  MIN_SENTENCE_TERMS,
  MIN_SEQUENCE_TOKENS,
  MINHASH_BANDS,
  MINHASH_ROWS,
  PARAPHRASE_MATCH,
  PARAPHRASE_ORDER_EXCESS,
  REWRITE_PREFILTER_JACCARD,
  SENTENCE_COVERAGE,
  SENTENCE_MATCH,
  SEQUENCE_EXCESS,
  SEQUENCE_SHUFFLES,
  SHINGLE_WORDS,
} from './thresholds.ts';

export interface DerivationArticle {
  readonly id: string;
  readonly text: string;
  /** Accepted for convenience, not compared: rewrites and copies are often retitled. */
  readonly title?: string;
  /** ISO date or time. */
  readonly publishedAt?: string;
  /** Sentence ranges in `text` (NormalizedDoc.sentences); without them, lines and sentence-final
   *  punctuation followed by a capital split the text. */
  readonly sentences?: readonly TextRange[];
}

/** How a link was found: shared word shingles (copy), aligned sentences, or the order of names and numbers. */
export type DerivationMethod = 'shingles' | 'sentences' | 'sequence';

export interface DerivationLink {
  /** The derivative. */
  readonly from: string;
  /** The original. */
  readonly to: string;
  readonly kind: 'copy' | 'rewrite';
  /** 0…1: shingle containment (copy), in-order aligned share of the shorter text (sentences), or the order
   *  excess of names and numbers (sequence). */
  readonly similarity: number;
  /** False when neither dates nor content tell which came first: the link is then listed both ways. */
  readonly directed: boolean;
  readonly method: DerivationMethod;
}

interface Profile {
  readonly article: DerivationArticle;
  /** When the text appeared, as a range in ms: a date without a time covers its whole (UTC) day. */
  readonly time: { readonly from: number; readonly to: number } | undefined;
  readonly shingles: ReadonlySet<number>;
  readonly signature: Uint32Array;
  readonly terms: ReadonlySet<string>;
  /** Each alignable sentence's distinct content terms, in order of first use, as ids of the comparison's
   *  `TermIds` (numbers compare and index faster than strings). */
  readonly sentences: readonly Int32Array[];
  /** Capitalised words and numbers in text order, as term ids: the skeleton a rewrite keeps. */
  readonly skeleton: Int32Array;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 0x20;

/** Ids for the terms of the texts one comparison reads, given in order of first sight. */
type TermIds = Map<string, number>;

function termIds(terms: Iterable<string>, ids: TermIds): Int32Array {
  const out: number[] = [];
  for (const term of terms) {
    let id = ids.get(term);
    if (id === undefined) {
      id = ids.size;
      ids.set(term, id);
    }
    out.push(id);
  }
  return Int32Array.from(out);
}

/** Murmur3's finaliser: a cheap, well-mixed 32-bit permutation. */
function mix(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const PERMUTATIONS = MINHASH_BANDS * MINHASH_ROWS;
const SEEDS = Array.from({ length: PERMUTATIONS }, (_, i) => mix(0x9e3779b9 + i * 0x7f4a7c15));

function minhash(shingles: ReadonlySet<number>): Uint32Array {
  const signature = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < PERMUTATIONS; i += 1) {
      const value = mix(shingle ^ (SEEDS[i] ?? 0));
      if (value < (signature[i] ?? 0)) signature[i] = value;
    }
  }
  return signature;
}

/** FNV-1a of each run of `SHINGLE_WORDS` words joined by single spaces, hashed in place rather than joined. */
function wordShingles(text: string): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const shingles = new Set<number>();
  if (words.length === 0) return shingles;
  const count = Math.max(1, words.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < count; i += 1) {
    let hash = FNV_OFFSET;
    const end = Math.min(words.length, i + SHINGLE_WORDS);
    for (let w = i; w < end; w += 1) {
      if (w > i) hash = Math.imul(hash ^ SPACE, FNV_PRIME);
      const word = words[w] ?? '';
      for (let c = 0; c < word.length; c += 1) hash = Math.imul(hash ^ word.charCodeAt(c), FNV_PRIME);
    }
    shingles.add(hash >>> 0);
  }
  return shingles;
}

function appendSkeleton(text: string, skeleton: string[]): void {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  for (const word of words) {
    if (!/^[\p{Lu}\p{N}]/u.test(word)) continue;
    const lower = word.toLowerCase();
    if (STOP_WORDS.has(lower)) continue;
    if (skeleton.length >= MAX_SEQUENCE_TOKENS) return;
    skeleton.push(lower);
  }
}

/** A plain splitter for texts that come without sentence ranges: line breaks, and . ! ? before a capital. */
function roughSentences(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  const boundary = /\n+|(?<=[.!?]["'\u201D\u2019)]?)\s+(?=["'\u201C\u2018(]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    if (match.index > start) ranges.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  if (start < text.length) ranges.push({ start, end: text.length });
  return ranges;
}

const DAY_MS = 86_400_000;

/** A date alone ("2026-03-11") says the text appeared some time that day; a time says when. */
function publicationRange(publishedAt: string | undefined): Profile['time'] {
  if (publishedAt === undefined) return undefined;
  const from = Date.parse(publishedAt);
  if (Number.isNaN(from)) return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(publishedAt.trim());
  return { from, to: dateOnly ? from + DAY_MS : from };
}

function profile(article: DerivationArticle, ids: TermIds): Profile {
  const shingles = wordShingles(article.text);
  const sentences: Int32Array[] = [];
  const terms = new Set<string>();
  const skeleton: string[] = [];
  for (const range of article.sentences ?? roughSentences(article.text)) {
    const sentence = article.text.slice(range.start, range.end);
    const sentenceTerms = new Set(textTerms(sentence, 400).terms);
    for (const term of sentenceTerms) terms.add(term);
    // Short lines (menus, widgets, datelines) take no part in alignment or in the skeleton.
    if (sentenceTerms.size < MIN_SENTENCE_TERMS) continue;
    sentences.push(termIds(sentenceTerms, ids));
    appendSkeleton(sentence, skeleton);
  }
  return {
    article,
    time: publicationRange(article.publishedAt),
    shingles,
    signature: minhash(shingles),
    terms,
    sentences,
    skeleton: termIds(skeleton, ids),
  };
}

function intersectionSize<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let count = 0;
  for (const value of small) if (large.has(value)) count += 1;
  return count;
}

/** Cosines from here up are kept: the lower of the two thresholds the alignments read (`sentenceCoverage`,
 *  `paraphraseOrderExcess`). */
const KEPT_COSINE = Math.min(SENTENCE_MATCH, PARAPHRASE_MATCH);

/** For one sentence of `a`, the sentences of `b` (columns, ascending) whose cosine with it is at least
 *  `KEPT_COSINE`, and those cosines. */
export interface SimilarityRow {
  readonly columns: readonly number[];
  readonly cosines: readonly number[];
}

/** Cosine of every sentence of `a` with every sentence of `b` that reaches `KEPT_COSINE`, weighting words by idf
 *  over the two texts' sentences: words every sentence shares (the topic) weigh little. */
function sentenceSimilarities(a: Profile, b: Profile, scratch: Scratch): SimilarityRow[] {
  const { frequency, squared, dots } = scratch.reserve(b.sentences.length);
  const touched: number[] = [];
  for (const sentences of [a.sentences, b.sentences]) {
    for (const sentence of sentences) {
      for (const term of sentence) {
        if (frequency[term] === 0) touched.push(term);
        frequency[term] = (frequency[term] ?? 0) + 1;
      }
    }
  }
  const total = a.sentences.length + b.sentences.length;
  // Squared term weights, computed once per pair rather than once per sentence pair and term.
  for (const term of touched) squared[term] = (Math.log((total + 1) / ((frequency[term] ?? 0) + 1)) + 1) ** 2;
  const norm = (sentence: Int32Array): number => {
    let sum = 0;
    for (const term of sentence) sum += squared[term] ?? 0;
    return Math.sqrt(sum);
  };
  const normsB = b.sentences.map(norm);
  const postings = postingsOf(b);
  const rows = a.sentences.map((left): SimilarityRow => {
    const normA = norm(left);
    // Dot products through b's postings: only sentence pairs that share a term cost anything. Each dot is
    // summed in the order of `left`'s terms, as a pairwise loop would. Weights are at least 1, so a dot
    // still 0 has not been touched.
    const shared: number[] = [];
    for (const term of left) {
      const sentences = postings.get(term);
      if (sentences === undefined) continue;
      const weight = squared[term] ?? 0;
      for (const j of sentences) {
        if (dots[j] === 0) shared.push(j);
        dots[j] = (dots[j] ?? 0) + weight;
      }
    }
    shared.sort((x, y) => x - y);
    const columns: number[] = [];
    const cosines: number[] = [];
    for (const j of shared) {
      const cosine = (dots[j] ?? 0) / (normA * (normsB[j] ?? 1) || 1);
      dots[j] = 0;
      if (cosine < KEPT_COSINE) continue;
      columns.push(j);
      cosines.push(cosine);
    }
    return { columns, cosines };
  });
  for (const term of touched) frequency[term] = 0;
  return rows;
}

/** Per-term arrays reused across the pairs of one comparison (indexed by term id; counts left at zero). */
class Scratch {
  frequency = new Int32Array(0);
  squared = new Float64Array(0);
  /** Per sentence of the other text: a dot product being summed (left at zero between rows). */
  dots = new Float64Array(0);

  constructor(private readonly ids: TermIds) {}

  /** The arrays, grown to hold every term id given so far and `sentences` dot products. */
  reserve(sentences: number): { frequency: Int32Array; squared: Float64Array; dots: Float64Array } {
    if (this.frequency.length < this.ids.size) {
      this.frequency = new Int32Array(this.ids.size * 2);
      this.squared = new Float64Array(this.ids.size * 2);
    }
    if (this.dots.length < sentences) this.dots = new Float64Array(sentences * 2);
    return this;
  }
}

const postingCache = new WeakMap<Profile, ReadonlyMap<number, readonly number[]>>();

/** For each term of a profile, the indexes of its sentences that hold it. */
function postingsOf(profile: Profile): ReadonlyMap<number, readonly number[]> {
  let postings = postingCache.get(profile);
  if (postings === undefined) {
    const built = new Map<number, number[]>();
    profile.sentences.forEach((sentence, index) => {
      for (const term of sentence) {
        const list = built.get(term);
        if (list === undefined) built.set(term, [index]);
        else list.push(index);
      }
    });
    postings = built;
    postingCache.set(profile, postings);
  }
  return postings;
}

/** Best in-order alignment: pairs (i, j) with increasing i and j whose similarity reaches `threshold`,
 *  maximising the summed `gain(i, j)`: the heaviest chain over those pairs, row by row, with the best chain
 *  ending left of each column kept in a Fenwick tree of prefix maxima (over `columns` columns). */
export function inOrderAlignment(
  similarity: readonly SimilarityRow[],
  threshold: number,
  columns: number,
  gain: (i: number, j: number) => number,
): number {
  const tree = new Float64Array(columns + 1);
  const bestBefore = (column: number): number => {
    let best = 0;
    for (let k = column; k > 0; k -= k & -k) best = Math.max(best, tree[k] ?? 0);
    return best;
  };
  let best = 0;
  const ends: number[] = [];
  similarity.forEach((row, i) => {
    // A row's chains are all found before any is stored, so that two pairs of one row never chain.
    ends.length = 0;
    row.columns.forEach((j, index) => {
      if ((row.cosines[index] ?? 0) < threshold) return;
      ends.push(j, bestBefore(j) + gain(i, j));
    });
    for (let index = 0; index < ends.length; index += 2) {
      const value = ends[index + 1] ?? 0;
      best = Math.max(best, value);
      for (let k = (ends[index] ?? 0) + 1; k <= columns; k += k & -k) tree[k] = Math.max(tree[k] ?? 0, value);
    }
  });
  return best;
}

/** Each row's columns whose similarity reaches `threshold`, in column order. */
export function matchesOf(similarity: readonly SimilarityRow[], threshold: number): number[][] {
  return similarity.map((row) => row.columns.filter((_, index) => (row.cosines[index] ?? 0) >= threshold));
}

/** The most matches (row i, column j) that pair up in order — increasing i, increasing `place[j]` (a column's
 *  place in a shuffled order; its own index without one): `inOrderAlignment` with a gain of 1 per pair, counted
 *  as a longest increasing subsequence over the matches alone. */
export function longestChain(matches: readonly (readonly number[])[], place?: Int32Array): number {
  const tails: number[] = [];
  const places: number[] = [];
  for (const row of matches) {
    places.length = 0;
    for (const j of row) places.push(place === undefined ? j : (place[j] ?? 0));
    // Within a row from the right, so that two matches of one row never chain.
    places.sort((x, y) => y - x);
    for (const p of places) {
      let low = 0;
      let high = tails.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((tails[middle] ?? 0) < p) low = middle + 1;
        else high = middle;
      }
      tails[low] = p;
    }
  }
  return tails.length;
}

const identity = (length: number): number[] => Array.from({ length }, (_, index) => index);
const contentSize = (sentences: readonly Int32Array[]): number =>
  sentences.reduce((sum, sentence) => sum + sentence.length, 0);

/** Share of the shorter text's content words in sentences aligned in order, one to one, with a close sentence
 *  of the other (cosine from `SENTENCE_MATCH`): a copy or light rewrite retells the source sentence by sentence. */
function sentenceCoverage(a: Profile, b: Profile, similarity: readonly SimilarityRow[]): number {
  if (a.sentences.length === 0 || b.sentences.length === 0) return 0;
  const sizeA = contentSize(a.sentences);
  const sizeB = contentSize(b.sentences);
  const aShorter = sizeA <= sizeB;
  const aligned = inOrderAlignment(similarity, SENTENCE_MATCH, b.sentences.length, (i, j) =>
    aShorter ? (a.sentences[i]?.length ?? 0) : (b.sentences[j]?.length ?? 0),
  );
  return aligned / Math.max(1, aShorter ? sizeA : sizeB);
}

/** How many more sentences pair up loosely (cosine from `PARAPHRASE_MATCH`) in order than when the other
 *  text's sentences are shuffled, per sentence of the shorter text. A paraphrase follows its source sentence
 *  by sentence, though each pair shares only a few words; independent reports of one event share facts
 *  sentence for sentence too, but in their own order. With `needed`, a pair whose observed share alone falls
 *  short of it gets that share back (below `needed`) without the shuffled rounds. */
function paraphraseOrderExcess(
  a: Profile,
  b: Profile,
  similarity: readonly SimilarityRow[],
  needed = 0,
): number {
  const shorter = Math.min(a.sentences.length, b.sentences.length);
  if (shorter === 0) return 0;
  const matches = matchesOf(similarity, PARAPHRASE_MATCH);
  const observed = longestChain(matches);
  // The chance baseline only lowers the excess: when the observed share alone falls short, so does the excess.
  if (observed / shorter < needed) return observed / shorter;
  const columns = identity(b.sentences.length);
  const place = new Int32Array(columns.length);
  let chance = 0;
  for (let round = 1; round <= SEQUENCE_SHUFFLES; round += 1) {
    // The shuffled order reads column `order[k]` k-th.
    shuffled(columns, round * 104_729).forEach((column, k) => (place[column] = k));
    chance += longestChain(matches, place);
  }
  chance /= SEQUENCE_SHUFFLES;
  return Math.max(0, (observed - chance) / shorter);
}

/** Length of the longest common subsequence, bit-parallel (Hyyrö 2004): one bit per position of `b`, a zero
 *  bit for each position the subsequence has reached; each symbol of `a` costs one pass over ⌈|b|/32⌉ words. */
export function longestCommonSubsequence(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length === 0 || b.length === 0) return 0;
  const words = (b.length + 31) >>> 5;
  const masks = new Map<number, Uint32Array>();
  for (let j = 0; j < b.length; j += 1) {
    const symbol = b[j] ?? 0;
    let mask = masks.get(symbol);
    if (mask === undefined) {
      mask = new Uint32Array(words);
      masks.set(symbol, mask);
    }
    mask[j >>> 5] = ((mask[j >>> 5] ?? 0) | (1 << (j & 31))) >>> 0;
  }
  const v = new Uint32Array(words).fill(0xffffffff);
  for (let i = 0; i < a.length; i += 1) {
    const mask = masks.get(a[i] ?? 0);
    if (mask === undefined) continue;
    let carry = 0;
    for (let w = 0; w < words; w += 1) {
      const bits = v[w] ?? 0;
      const matched = (bits & (mask[w] ?? 0)) >>> 0;
      const sum = bits + matched + carry;
      carry = sum > 0xffffffff ? 1 : 0;
      v[w] = ((sum >>> 0) | (bits & ~matched)) >>> 0;
    }
  }
  let zeros = 0;
  for (let j = 0; j < b.length; j += 1) if ((((v[j >>> 5] ?? 0) >>> (j & 31)) & 1) === 0) zeros += 1;
  return zeros;
}

/** Deterministic shuffle (mulberry32), so the chance baseline and hence the result never vary between runs. */
function shuffled<T>(values: ArrayLike<T>, seed: number): T[] {
  const random = seededRandom(seed);
  const out = Array.from(values);
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** How much longer the common subsequence of the two skeletons is than chance (same words, shuffled order),
 *  per token of the shorter skeleton: a rewrite keeps the order of names and figures, an independent report
 *  on the same event shares the names in another order. `needed` as in `paraphraseOrderExcess`. */
function sequenceExcess(a: Profile, b: Profile, needed = 0): number {
  const shorter = Math.min(a.skeleton.length, b.skeleton.length);
  if (shorter < MIN_SEQUENCE_TOKENS) return 0;
  const observed = longestCommonSubsequence(a.skeleton, b.skeleton);
  // As in `paraphraseOrderExcess`: short of `needed` before the chance baseline is taken off, short after it.
  if (observed / shorter < needed) return observed / shorter;
  let chance = 0;
  for (let round = 1; round <= SEQUENCE_SHUFFLES; round += 1) {
    chance += longestCommonSubsequence(shuffled(a.skeleton, round), shuffled(b.skeleton, round * 7919));
  }
  chance /= SEQUENCE_SHUFFLES;
  return Math.max(0, (observed - chance) / shorter);
}

/** Which of two linked texts is the original: the earlier by date; for copies, else the fuller text. */
function orient(
  a: Profile,
  b: Profile,
  kind: 'copy' | 'rewrite',
): { original: Profile; derivative: Profile } | undefined {
  if (a.time !== undefined && b.time !== undefined) {
    // Ordered only when one range ends well before the other starts (a date alone spans its day).
    if (b.time.from - a.time.to >= DIRECTION_MIN_GAP_MS) return { original: a, derivative: b };
    if (a.time.from - b.time.to >= DIRECTION_MIN_GAP_MS) return { original: b, derivative: a };
  }
  if (kind === 'copy') {
    const [small, large] = a.shingles.size <= b.shingles.size ? [a, b] : [b, a];
    if (large.shingles.size >= small.shingles.size * FULLER_TEXT_RATIO)
      return { original: large, derivative: small };
  }
  return undefined;
}

function copyCandidates(profiles: readonly Profile[]): Set<string> {
  const buckets = new Map<string, number[]>();
  profiles.forEach((p, index) => {
    if (p.shingles.size === 0) return;
    for (let band = 0; band < MINHASH_BANDS; band += 1) {
      const rows = p.signature.subarray(band * MINHASH_ROWS, (band + 1) * MINHASH_ROWS);
      const key = `${band}:${rows.join(',')}`;
      const bucket = buckets.get(key);
      if (bucket === undefined) buckets.set(key, [index]);
      else bucket.push(index);
    }
  });
  const pairs = new Set<string>();
  for (const bucket of buckets.values()) {
    for (let x = 0; x < bucket.length; x += 1) {
      for (let y = x + 1; y < bucket.length; y += 1) pairs.add(`${bucket[x]},${bucket[y]}`);
    }
  }
  return pairs;
}

function classify(
  a: Profile,
  b: Profile,
  copyCandidate: boolean,
  scratch: Scratch,
): { kind: 'copy' | 'rewrite'; similarity: number; method: DerivationMethod } | undefined {
  if (copyCandidate) {
    const shared = intersectionSize(a.shingles, b.shingles);
    const containment = shared / Math.max(1, Math.min(a.shingles.size, b.shingles.size));
    if (containment >= COPY_CONTAINMENT) return { kind: 'copy', similarity: containment, method: 'shingles' };
  }
  const sharedTerms = intersectionSize(a.terms, b.terms);
  const jaccard = sharedTerms / Math.max(1, a.terms.size + b.terms.size - sharedTerms);
  if (jaccard < REWRITE_PREFILTER_JACCARD) return undefined;
  const similarity = sentenceSimilarities(a, b, scratch);
  const coverage = sentenceCoverage(a, b, similarity);
  if (coverage >= SENTENCE_COVERAGE) return { kind: 'rewrite', similarity: coverage, method: 'sentences' };
  // A heavy rewrite needs both signs: its sentences follow the source's, and so do its names and figures.
  // Either alone is reached by independent reports of one event (see thresholds.ts).
  if (paraphraseOrderExcess(a, b, similarity, PARAPHRASE_ORDER_EXCESS) < PARAPHRASE_ORDER_EXCESS)
    return undefined;
  const excess = sequenceExcess(a, b, SEQUENCE_EXCESS);
  if (excess >= SEQUENCE_EXCESS) return { kind: 'rewrite', similarity: excess, method: 'sequence' };
  return undefined;
}

/** Every measure `findDerivations` may consult for a pair, all computed (it stops at the first that decides):
 *  for reports and for calibrating the thresholds in thresholds.ts. */
export interface DerivationEvidence {
  /** Share of the smaller text's word shingles found in the other. */
  readonly containment: number;
  /** Jaccard of the two texts' content lemmas (the prefilter). */
  readonly termJaccard: number;
  /** In-order aligned share of the shorter text's content words (`SENTENCE_COVERAGE`). */
  readonly sentenceCoverage: number;
  /** In-order paraphrase pairs beyond chance, per sentence of the shorter text (`PARAPHRASE_ORDER_EXCESS`). */
  readonly paraphraseOrder: number;
  /** Order excess of the name-and-number skeletons (`SEQUENCE_EXCESS`). */
  readonly sequenceExcess: number;
}

export function derivationEvidence(a: DerivationArticle, b: DerivationArticle): DerivationEvidence {
  const ids: TermIds = new Map();
  const left = profile(a, ids);
  const right = profile(b, ids);
  const sharedTerms = intersectionSize(left.terms, right.terms);
  const similarity = sentenceSimilarities(left, right, new Scratch(ids));
  return {
    containment:
      intersectionSize(left.shingles, right.shingles) /
      Math.max(1, Math.min(left.shingles.size, right.shingles.size)),
    termJaccard: sharedTerms / Math.max(1, left.terms.size + right.terms.size - sharedTerms),
    sentenceCoverage: sentenceCoverage(left, right, similarity),
    paraphraseOrder: paraphraseOrderExcess(left, right, similarity),
    sequenceExcess: sequenceExcess(left, right),
  };
}

/** Links each copy or rewrite to its original. Meant for the articles of one story (cost grows with pairs). */
export function findDerivations(articles: readonly DerivationArticle[]): Result<readonly DerivationLink[]> {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const usable: DerivationArticle[] = [];
  for (const article of articles) {
    if (seen.has(article.id)) {
      const message = `article "${article.id}" appears twice; the second is ignored`;
      diagnostics.push(diagnostic('warning', 'stories/duplicate-id', message, { articleId: article.id }));
      continue;
    }
    seen.add(article.id);
    if (article.text.trim() === '') {
      const message = 'article has no text to compare';
      diagnostics.push(diagnostic('info', 'stories/empty-text', message, { articleId: article.id }));
      continue;
    }
    usable.push(article);
  }
  const ids: TermIds = new Map();
  const profiles = usable.map((article) => profile(article, ids));
  const scratch = new Scratch(ids);
  const candidates = copyCandidates(profiles);
  const links: DerivationLink[] = [];
  for (let x = 0; x < profiles.length; x += 1) {
    for (let y = x + 1; y < profiles.length; y += 1) {
      const a = profiles[x];
      const b = profiles[y];
      if (a === undefined || b === undefined) continue;
      const found = classify(a, b, candidates.has(`${x},${y}`), scratch);
      if (found === undefined) continue;
      const direction = orient(a, b, found.kind);
      if (direction !== undefined) {
        links.push({
          from: direction.derivative.article.id,
          to: direction.original.article.id,
          ...found,
          directed: true,
        });
      } else {
        links.push({ from: b.article.id, to: a.article.id, ...found, directed: false });
        links.push({ from: a.article.id, to: b.article.id, ...found, directed: false });
      }
    }
  }
  return { value: links, diagnostics };
}
