// Features of one sentence for the NER tagger: word, shape, affixes, context, gazetteer hits and word classes,
// with the sentence's casing (normal, all-capitals, all-lower) folded into the case features. Each feature is
// a 32-bit hash of its template and values, so tagging builds no strings per feature.
import { boundedMemo } from '../../core/index.ts';
import type { Gazetteer } from './gazetteer.ts';
import { NUMBER_RICH_SHARE, TABLE_NUMBER_SHARE, UPPER_SENTENCE_SHARE } from './thresholds.ts';

/** Look-ups the features read besides the tokens; all of them ship inside the model file. */
export interface FeatureResources {
  readonly gazetteer: Gazetteer;
  /** Lower-cased word → its classes, see word-classes.ts. */
  readonly wordClasses: WordClassLookup;
}

/** What the features read of the word classes: a Map while training, the model file's table when tagging. */
export interface WordClassLookup extends Iterable<[string, WordClass]> {
  get(word: string): WordClass | undefined;
  readonly size: number;
}

export interface WordClass {
  /** How the word is usually written in running text: `L` lower, `C` capitalised, `U` all capitals, `M` mixed. */
  readonly caseHabit?: string;
  /** Coarse part of speech from a dictionary, for words that are not names. */
  readonly partOfSpeech?: string;
  /** Distributional class path, coarse to fine (`3.41.207`); each prefix is a coarser class. */
  readonly cluster?: string;
  /** Clusters of the word's pretrained vector, one id per level (`12.201.873`), see embedding-classes.ts. */
  readonly embedding?: string;
}

/** Document-level evidence for a token from a first tagging pass (see tagger.ts). */
export interface DocumentHint {
  /** Type most often given to this word elsewhere in the document, `O` when it was outside entities there. */
  readonly label?: string;
  /** How the word is written elsewhere in the document, inside ordinary sentences and not first. */
  readonly caseElsewhere?: 'lower' | 'capital' | 'both';
}

/** A sentence's features: token `t` owns `keys[offsets[t] .. offsets[t + 1])`. */
export interface SentenceFeatures {
  readonly keys: Uint32Array;
  readonly offsets: Int32Array;
}

export type SentenceCase = 'normal' | 'upper' | 'lower';

/** FNV-1a over UTF-16 code units. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function mix(a: number, b: number): number {
  let hash = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca77);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** A feature's key: its template number and up to three values. 0 is reserved for "no key". */
export function featureKey(template: number, a = 0, b = 0, c = 0): number {
  const key = mix(mix(mix(template + 1, a), b), c);
  return key === 0 ? 1 : key;
}

/** Feature templates; the numbers feed the feature hashes, so a committed model fixes them (gaps are retired). */
const T = {
  bias: 1,
  word: 2,
  shape: 3,
  caseAt: 4,
  prefix3: 5,
  suffix2: 6,
  suffix3: 7,
  suffix4: 8,
  length: 9,
  wordBefore: 10,
  wordAfter: 11,
  word2Before: 12,
  word2After: 13,
  bigramBefore: 14,
  bigramAfter: 15,
  shapeBefore: 16,
  shapeAfter: 17,
  caseTrigram: 18,
  shapeBigramBefore: 19,
  shapeBigramAfter: 20,
  exactWord: 21,
  hyphen: 22,
  digit: 23,
  habit: 24,
  partOfSpeech: 25,
  cluster: 26,
  clusterBefore: 27,
  clusterAfter: 28,
  habitBefore: 29,
  gazetteer: 30,
  gazetteerCase: 31,
  gazetteerBefore: 32,
  gazetteerAfter: 33,
  hint: 34,
  hintCase: 35,
  chunkPosition: 38,
  chunkKeywords: 39,
  caseElsewhere: 41,
  numberNeighbours: 42,
  numberDensity: 43,
  embedding: 44,
  embeddingBefore: 45,
  embeddingAfter: 46,
  embeddingCase: 47,
  chunkLastEmbedding: 48,
  chunkFirstEmbedding: 49,
  embeddingCaseBefore: 50,
  embeddingCaseAfter: 51,
} as const;

/** Kinds of number a token can be, for the table-line features: small counts and scores read as results. */
const NUMBER_KIND = { none: 0, small: 1, score: 2, decimal: 3, long: 4 } as const;

function numberKind(token: string | undefined): number {
  if (token === undefined) return NUMBER_KIND.none;
  if (/^\d{1,3}$/.test(token)) return NUMBER_KIND.small;
  if (/^\d{1,3}-\d{1,3}$/.test(token)) return NUMBER_KIND.score;
  if (/^\d*[.,:]\d+$/.test(token)) return NUMBER_KIND.decimal;
  return /^[\d.,:/-]*\d[\d.,:/-]*$/.test(token) ? NUMBER_KIND.long : NUMBER_KIND.none;
}

/** Share of a sentence's tokens that are numbers, in three bands: prose, number-rich, table-like. */
function numberDensity(tokens: readonly string[]): number {
  let numbers = 0;
  for (const token of tokens) if (numberKind(token) !== NUMBER_KIND.none) numbers += 1;
  const share = tokens.length === 0 ? 0 : numbers / tokens.length;
  if (share >= TABLE_NUMBER_SHARE) return 2;
  return share >= NUMBER_RICH_SHARE ? 1 : 0;
}

/** Lower-case words that may join capitalised words into one name (`Bank of England`, `Procter & Gamble`). */
const NAME_CONNECTORS = new Set([
  'of',
  'and',
  '&',
  'for',
  'de',
  'du',
  'la',
  'von',
  'van',
  'der',
  'the',
  "'s",
  '-',
]);

interface Chunk {
  readonly start: number;
  readonly end: number;
}

/**
 * Runs of capitalised tokens, joined across connectors when a capitalised token follows (`Bank of
 * England`): the phrase a long name spans, whose head word (often last: `Authority`, `Corp.`) types it.
 */
function capitalisedChunks(tokens: readonly string[], kinds: readonly CaseKind[]): Chunk[] {
  const chunks: Chunk[] = [];
  const capitalised = (index: number): boolean => {
    const kind = kinds[index];
    return kind === CASE.title || kind === CASE.upper || kind === CASE.mixed;
  };
  let index = 0;
  while (index < tokens.length) {
    if (!capitalised(index)) {
      index += 1;
      continue;
    }
    const start = index;
    let end = index + 1;
    for (;;) {
      if (end < tokens.length && capitalised(end)) {
        end += 1;
        continue;
      }
      let gap = end;
      while (gap < tokens.length && gap - end < 2 && NAME_CONNECTORS.has((tokens[gap] ?? '').toLowerCase()))
        gap += 1;
      if (gap > end && gap < tokens.length && capitalised(gap)) {
        end = gap + 1;
        continue;
      }
      break;
    }
    chunks.push({ start, end });
    index = end;
  }
  return chunks;
}

const CASE = {
  none: 1,
  lower: 2,
  title: 3,
  upper: 4,
  mixed: 5,
  pad: 6,
  upperSentence: 7,
  lowerSentence: 8,
} as const;
type CaseKind = (typeof CASE)[keyof typeof CASE];

function isUpperCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);
}

function isLowerCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff && code !== 0xf7);
}

/** Word shape with runs collapsed: `Smith` → `Xx`, `U.S.` → `X.X.`, `1996-08-30` → `d-d-d`. */
export function wordShape(word: string): string {
  let shape = '';
  let last = -1;
  for (let i = 0; i < word.length; i += 1) {
    const code = word.charCodeAt(i);
    let kind: number;
    if (code >= 48 && code <= 57) kind = 100;
    else if (isUpperCode(code)) kind = 88;
    else if (isLowerCode(code)) kind = 120;
    else if (code > 0xff) {
      const char = word.charAt(i);
      const lower = char.toLowerCase();
      if (lower === char.toUpperCase()) kind = code;
      else kind = char === lower ? 120 : 88;
    } else kind = code;
    if (kind !== last) shape += String.fromCharCode(kind);
    last = kind;
  }
  return shape;
}

/** Case of a token's surface: title case, all capitals, lower case, mixed, or no letters. */
export function surfaceCase(word: string): SurfaceCase {
  return knownSurfaceCase(word);
}

type SurfaceCase = 'title' | 'upper' | 'lower' | 'mixed' | 'none';

/** Words recur in every text: their case, hashes and affix keys are worked out once per so many words. */
const WORD_CACHE_SIZE = 50_000;
const knownSurfaceCase = boundedMemo(surfaceCaseOf, WORD_CACHE_SIZE);

function surfaceCaseOf(word: string): SurfaceCase {
  const lower = word.toLowerCase();
  const upper = word.toUpperCase();
  if (lower === upper) return 'none';
  if (word === lower) return 'lower';
  if (word === upper) return lower.length === 1 ? 'title' : 'upper';
  const first = word.charAt(0);
  const rest = word.slice(1);
  return first === first.toUpperCase() && rest === rest.toLowerCase() ? 'title' : 'mixed';
}

/** A sentence written all in capitals (a headline) or all in lower case gives no case evidence of its own. */
export function sentenceCase(tokens: readonly string[]): SentenceCase {
  let cased = 0;
  let upper = 0;
  let lower = 0;
  for (const token of tokens) {
    if (token.length < 2) continue;
    const kind = surfaceCase(token);
    if (kind === 'none') continue;
    cased += 1;
    if (kind === 'upper') upper += 1;
    else if (kind === 'lower') lower += 1;
  }
  if (cased === 0) return 'normal';
  if (upper / cased >= UPPER_SENTENCE_SHARE) return 'upper';
  if (lower === cased && cased >= 3) return 'lower';
  return 'normal';
}

interface TokenView {
  readonly word: number;
  readonly shape: number;
  readonly caseKind: CaseKind;
  readonly habit: number;
  readonly cluster: readonly number[];
  /** `level << 16 | id` per level of the word's embedding clusters. */
  readonly embedding: readonly number[];
}

const PAD_BEFORE: TokenView = {
  word: hashString('<s>'),
  shape: 1,
  caseKind: CASE.pad,
  habit: 1,
  cluster: [],
  embedding: [],
};
const PAD_AFTER: TokenView = {
  word: hashString('</s>'),
  shape: 2,
  caseKind: CASE.pad,
  habit: 1,
  cluster: [],
  embedding: [],
};

const HABIT_CODES: Readonly<Record<string, number>> = { L: 3, C: 4, M: 5, U: 6 };

/** One value per level of an embedding class `12.201.873`: the level in the high bits, the id below. */
function embeddingValues(embedding: string | undefined): number[] {
  if (embedding === undefined || embedding === '') return [];
  return embedding.split('.').map((id, level) => (level << 16) | Number(id));
}

/** One key per level of a `coarse.mid.fine` class path: each prefix is a class of its own. */
function clusterKeys(cluster: string | undefined): number[] {
  if (cluster === undefined || cluster === '') return [];
  const keys: number[] = [];
  let prefix = '';
  for (const part of cluster.split('.')) {
    prefix = prefix === '' ? part : `${prefix}.${part}`;
    keys.push(hashString(prefix));
  }
  return keys;
}

interface ClassValues {
  readonly cluster: readonly number[];
  readonly embedding: readonly number[];
}

const NO_CLASS_VALUES: ClassValues = { cluster: [], embedding: [] };
/** Cluster keys and embedding values per word class, worked out once: the same words recur in every text. */
const classValuesOf = new WeakMap<WordClass, ClassValues>();

function classValues(wordClass: WordClass | undefined): ClassValues {
  if (wordClass === undefined) return NO_CLASS_VALUES;
  let values = classValuesOf.get(wordClass);
  if (values === undefined) {
    values = { cluster: clusterKeys(wordClass.cluster), embedding: embeddingValues(wordClass.embedding) };
    classValuesOf.set(wordClass, values);
  }
  return values;
}

function caseKindOf(token: string, mode: SentenceCase): CaseKind {
  const kind = surfaceCase(token);
  if (kind === 'none') return CASE.none;
  // In an all-capitals or all-lower sentence the surface case says nothing about the word itself.
  if (mode === 'upper') return CASE.upperSentence;
  if (mode === 'lower') return CASE.lowerSentence;
  return CASE[kind];
}

const POSITION_BITS = 8;
const POSITIONS = { B: 0, I: 1, L: 2, U: 3 } as const;

const BIAS_KEY = featureKey(T.bias);
const NO_WORD_KEYS = new Uint32Array(7);

/** A lower-cased word's hash and the keys of its features that depend on the word alone: the word itself, its
 *  3-letter prefix, 2- to 4-letter suffixes and length (in that order, after the hash). */
const wordKeysOf = boundedMemo((lower: string): Uint32Array => {
  const word = hashString(lower);
  return Uint32Array.of(
    word,
    featureKey(T.word, word),
    featureKey(T.prefix3, hashString(lower.slice(0, 3))),
    featureKey(T.suffix2, hashString(lower.slice(-2))),
    featureKey(T.suffix3, hashString(lower.slice(-3))),
    featureKey(T.suffix4, hashString(lower.slice(-4))),
    featureKey(T.length, Math.min(lower.length, 8)),
  );
}, WORD_CACHE_SIZE);

/** Features of every token of one sentence. */
export function sentenceFeatures(tokens: readonly string[], resources: FeatureResources): SentenceFeatures {
  const mode = sentenceCase(tokens);
  const modeCode = mode === 'normal' ? 0 : mode === 'upper' ? 1 : 2;
  const density = numberDensity(tokens);
  const lowers = tokens.map((token) => token.toLowerCase());
  const intrinsic = lowers.map(wordKeysOf);
  const views: TokenView[] = tokens.map((token, index) => {
    const lower = lowers[index] ?? '';
    const wordClass = resources.wordClasses.get(lower);
    return {
      word: intrinsic[index]?.[0] ?? 0,
      shape: mix(modeCode, hashString(wordShape(mode === 'normal' ? token : lower))),
      caseKind: caseKindOf(token, mode),
      habit: HABIT_CODES[wordClass?.caseHabit ?? ''] ?? 2,
      ...classValues(wordClass),
    };
  });
  const gazetteerHits: number[][] = tokens.map(() => []);
  for (const hit of resources.gazetteer.match(lowers)) {
    const single = hit.end - hit.start === 1;
    for (let index = hit.start; index < hit.end; index += 1) {
      let position: number = POSITIONS.I;
      if (single) position = POSITIONS.U;
      else if (index === hit.start) position = POSITIONS.B;
      else if (index === hit.end - 1) position = POSITIONS.L;
      gazetteerHits[index]?.push(((hit.categoryIndex + 1) << POSITION_BITS) | position);
    }
  }
  const keywordBits = (chunk: Chunk): number => {
    let bits = 0;
    for (let index = chunk.start; index < chunk.end; index += 1) {
      const lower = lowers[index] ?? '';
      if (resources.gazetteer.has(lower, 'org-word')) bits |= 1;
      if (resources.gazetteer.has(lower, 'place-word')) bits |= 2;
      if (index === chunk.start && resources.gazetteer.has(lower, 'first-name')) bits |= 4;
      if (lower === 'of' || lower === 'and' || lower === '&') bits |= 8;
    }
    return bits;
  };
  const chunkOf: ((Chunk & { readonly keywords: number }) | undefined)[] = tokens.map(() => undefined);
  if (mode === 'normal') {
    for (const chunk of capitalisedChunks(
      tokens,
      views.map((view) => view.caseKind),
    )) {
      if (chunk.end - chunk.start < 2) continue;
      const withKeywords = { ...chunk, keywords: keywordBits(chunk) };
      for (let index = chunk.start; index < chunk.end; index += 1) chunkOf[index] = withKeywords;
    }
  }
  const at = (index: number): TokenView => (index < 0 ? PAD_BEFORE : (views[index] ?? PAD_AFTER));
  const keys: number[] = [];
  const offsets = new Int32Array(tokens.length + 1);
  views.forEach((view, index) => {
    const token = tokens[index] ?? '';
    const lower = lowers[index] ?? '';
    const own = intrinsic[index] ?? NO_WORD_KEYS;
    const previous = at(index - 1);
    const next = at(index + 1);
    const first = index === 0 ? 1 : 2;
    const caseKind = view.caseKind;
    keys.push(
      BIAS_KEY,
      own[1] ?? 0,
      featureKey(T.shape, view.shape),
      featureKey(T.caseAt, caseKind, first),
      own[2] ?? 0,
      own[3] ?? 0,
      own[4] ?? 0,
      own[5] ?? 0,
      own[6] ?? 0,
      featureKey(T.wordBefore, previous.word),
      featureKey(T.wordAfter, next.word),
      featureKey(T.word2Before, at(index - 2).word),
      featureKey(T.word2After, at(index + 2).word),
      featureKey(T.bigramBefore, previous.word, view.word),
      featureKey(T.bigramAfter, view.word, next.word),
      featureKey(T.shapeBefore, previous.shape),
      featureKey(T.shapeAfter, next.shape),
      featureKey(T.caseTrigram, previous.caseKind, caseKind, next.caseKind),
      featureKey(T.shapeBigramBefore, previous.shape, view.shape),
      featureKey(T.shapeBigramAfter, view.shape, next.shape),
      featureKey(T.habit, view.habit, caseKind, first),
      featureKey(T.habitBefore, previous.habit, previous.caseKind),
    );
    if (mode === 'normal') keys.push(featureKey(T.exactWord, hashString(token)));
    if (token.includes('-')) keys.push(featureKey(T.hyphen));
    if (/\d/.test(token)) keys.push(featureKey(T.digit));
    const partOfSpeech = resources.wordClasses.get(lower)?.partOfSpeech;
    if (partOfSpeech !== undefined) keys.push(featureKey(T.partOfSpeech, hashString(partOfSpeech), caseKind));
    for (const cluster of view.cluster) keys.push(featureKey(T.cluster, cluster));
    for (const cluster of previous.cluster) keys.push(featureKey(T.clusterBefore, cluster));
    for (const cluster of next.cluster) keys.push(featureKey(T.clusterAfter, cluster));
    for (const value of view.embedding) {
      keys.push(featureKey(T.embedding, value), featureKey(T.embeddingCase, value, caseKind));
    }
    for (const value of previous.embedding) keys.push(featureKey(T.embeddingBefore, value));
    for (const value of next.embedding) keys.push(featureKey(T.embeddingAfter, value));
    // A neighbour's class joined with its case and the word's own: a capitalised word beside a capitalised
    // word of a place-like class reads otherwise than beside a lower-case one.
    for (const value of previous.embedding) {
      keys.push(featureKey(T.embeddingCaseBefore, value, previous.caseKind, caseKind));
    }
    for (const value of next.embedding) {
      keys.push(featureKey(T.embeddingCaseAfter, value, next.caseKind, caseKind));
    }
    for (const hit of gazetteerHits[index] ?? []) {
      keys.push(featureKey(T.gazetteer, hit), featureKey(T.gazetteerCase, hit, caseKind));
    }
    const chunk = chunkOf[index];
    if (chunk !== undefined) {
      let position: number = POSITIONS.I;
      if (index === chunk.start) position = POSITIONS.B;
      else if (index === chunk.end - 1) position = POSITIONS.L;
      const length = Math.min(chunk.end - chunk.start, 5);
      keys.push(
        featureKey(T.chunkPosition, position, length),
        featureKey(T.chunkKeywords, chunk.keywords, position),
      );
      // A long name's last word often types it (`... United`, `... Airport`, `... Ministry`), its first
      // word sometimes (`Lake ...`, `Radio ...`): their vector classes reach every word of the phrase. The
      // coarsest level is left out, too broad to tell a club from a town.
      for (const value of at(chunk.end - 1).embedding) {
        if (value >> 16 > 0) keys.push(featureKey(T.chunkLastEmbedding, value, position));
      }
      for (const value of at(chunk.start).embedding) {
        if (value >> 16 > 0) keys.push(featureKey(T.chunkFirstEmbedding, value, position));
      }
    }
    if (caseKind !== CASE.none && caseKind !== CASE.lower) {
      // A name followed by a small number or a score in a number-rich line reads as a results table entry.
      keys.push(
        featureKey(T.numberNeighbours, numberKind(tokens[index - 1]), numberKind(tokens[index + 1]), density),
        featureKey(T.numberDensity, density, caseKind, (gazetteerHits[index]?.length ?? 0) > 0 ? 1 : 0),
      );
    }
    for (const hit of gazetteerHits[index - 1] ?? []) keys.push(featureKey(T.gazetteerBefore, hit));
    for (const hit of gazetteerHits[index + 1] ?? []) keys.push(featureKey(T.gazetteerAfter, hit));
    offsets[index + 1] = keys.length;
  });
  return { keys: Uint32Array.from(keys), offsets };
}

const HINT_LABELS: Readonly<Record<string, number>> = { O: 1, PER: 2, ORG: 3, LOC: 4, MISC: 5 };
const CASE_ELSEWHERE = { lower: 1, capital: 2, both: 3 } as const;

/** The second pass's document-level features appended to each token's first-pass features. */
export function withHintFeatures(
  features: SentenceFeatures,
  tokens: readonly string[],
  hints: readonly (DocumentHint | undefined)[],
): SentenceFeatures {
  const mode = sentenceCase(tokens);
  const keys: number[] = [];
  const offsets = new Int32Array(features.offsets.length);
  for (let token = 0; token + 1 < features.offsets.length; token += 1) {
    for (let k = features.offsets[token] ?? 0; k < (features.offsets[token + 1] ?? 0); k += 1) {
      keys.push(features.keys[k] ?? 0);
    }
    const hint = hints[token];
    const kind = caseKindOf(tokens[token] ?? '', mode);
    if (hint?.label !== undefined) {
      const label = HINT_LABELS[hint.label] ?? 0;
      keys.push(featureKey(T.hint, label), featureKey(T.hintCase, label, kind));
    }
    if (hint?.caseElsewhere !== undefined) {
      const first = token === 0 ? 1 : 2;
      keys.push(featureKey(T.caseElsewhere, CASE_ELSEWHERE[hint.caseElsewhere], kind, first));
    }
    offsets[token + 1] = keys.length;
  }
  return { keys: Uint32Array.from(keys), offsets };
}
