// Features of a (headline, body) pair for the stance model: how much of the headline the body covers (relatedness),
// and which refuting, hedging or affirming cues surround the covered words (stance).
import { countLexicons, LEXICON_NAMES, NEGATING, REFUTING, type LexiconName } from './lexicons.ts';
import { analyse, ngrams, numbersIn, splitSentences, STOP_WORDS, type AnalysedText } from './text.ts';
import {
  BM25_B,
  BM25_K1,
  CUE_WINDOW_TOKENS,
  LEAD_SENTENCES,
  SENTENCE_MATCH_MIN_STEMS,
  TOP_SENTENCES,
} from './thresholds.ts';

/** Document frequencies from the training texts; unseen words count as seen once. */
export interface IdfTable {
  readonly documents: number;
  readonly frequency: ReadonlyMap<string, number>;
  /** Mean body length in content stems (for BM25). */
  readonly averageBodyLength: number;
}

export function idfOf(table: IdfTable, term: string): number {
  const df = table.frequency.get(term) ?? 0;
  return Math.log((1 + table.documents) / (1 + df)) + 1;
}

/** Builds the IDF table over bodies and distinct headlines (each one document). */
export function buildIdfTable(bodies: readonly string[], headlines: readonly string[]): IdfTable {
  const frequency = new Map<string, number>();
  let bodyLength = 0;
  for (const text of [...bodies, ...headlines]) {
    const content = analyse(text).content;
    for (const term of new Set(content)) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  }
  for (const body of bodies) bodyLength += analyse(body).content.length;
  return {
    documents: bodies.length + headlines.length,
    frequency,
    averageBodyLength: bodies.length === 0 ? 1 : bodyLength / bodies.length,
  };
}

type Vector = ReadonlyMap<string, number>;

function tfidfVector(terms: readonly string[], idf: IdfTable): Map<string, number> {
  const vector = new Map<string, number>();
  for (const t of terms) vector.set(t, (vector.get(t) ?? 0) + 1);
  let norm = 0;
  for (const [t, count] of vector) {
    const weight = (1 + Math.log(count)) * idfOf(idf, t);
    vector.set(t, weight);
    norm += weight * weight;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [t, w] of vector) vector.set(t, w / norm);
  return vector;
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) dot += w * (large.get(t) ?? 0);
  return dot;
}

interface SentenceInfo {
  readonly text: AnalysedText;
  readonly vector: Vector;
  readonly contentSet: ReadonlySet<string>;
  readonly hasQuote: boolean;
}

/** Everything about a body that does not depend on the headline, computed once per body. */
export interface BodyAnalysis {
  readonly text: AnalysedText;
  readonly vector: Vector;
  readonly contentCounts: ReadonlyMap<string, number>;
  readonly contentBigrams: ReadonlySet<string>;
  readonly stemBigrams: ReadonlySet<string>;
  readonly stemTrigrams: ReadonlySet<string>;
  readonly sentences: readonly SentenceInfo[];
  readonly leadSet: ReadonlySet<string>;
  readonly leadVector: Vector;
  readonly numbers: ReadonlySet<string>;
  readonly names: ReadonlySet<string>;
  readonly lexicon: Record<LexiconName, number>;
  readonly questionMarks: number;
  /** Positions of each stem in `text.stems`. */
  readonly positions: ReadonlyMap<string, readonly number[]>;
}

/** Lower-cased stems of capitalised words that do not open a sentence: a rough set of the names in a body. */
function namesIn(sentences: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const sentence of sentences) {
    const words = sentence.match(/[\p{L}\p{N}']+/gu) ?? [];
    for (let i = 1; i < words.length; i++) {
      const word = words[i] ?? '';
      if (/^\p{Lu}/u.test(word)) {
        const lower = analyse(word).content[0];
        if (lower !== undefined) names.add(lower);
      }
    }
  }
  return names;
}

export function analyseBody(body: string, idf: IdfTable): BodyAnalysis {
  const text = analyse(body);
  const sentenceTexts = splitSentences(body);
  const sentences = sentenceTexts.map((s) => {
    const analysed = analyse(s);
    return {
      text: analysed,
      vector: tfidfVector(analysed.content, idf),
      contentSet: new Set(analysed.content),
      hasQuote: /["\u201C\u201D]/.test(s),
    };
  });
  const lead = sentences.slice(0, LEAD_SENTENCES).flatMap((s) => s.text.content);
  const contentCounts = new Map<string, number>();
  for (const t of text.content) contentCounts.set(t, (contentCounts.get(t) ?? 0) + 1);
  const positions = new Map<string, number[]>();
  text.stems.forEach((s, i) => {
    const list = positions.get(s);
    if (list === undefined) positions.set(s, [i]);
    else list.push(i);
  });
  return {
    text,
    vector: tfidfVector(text.content, idf),
    contentCounts,
    contentBigrams: new Set(ngrams(text.content, 2)),
    stemBigrams: new Set(ngrams(text.stems, 2)),
    stemTrigrams: new Set(ngrams(text.stems, 3)),
    sentences,
    leadSet: new Set(lead),
    leadVector: tfidfVector(lead, idf),
    numbers: new Set(numbersIn(body)),
    names: namesIn(sentenceTexts),
    lexicon: countLexicons(text.stems),
    questionMarks: (body.match(/\?/g) ?? []).length,
    positions,
  };
}

export const FEATURE_NAMES: readonly string[] = [
  'cosine_body',
  'cosine_lead',
  'cosine_best_sentence',
  'cosine_top_sentences',
  'overlap_share',
  'overlap_idf_share',
  'overlap_lead_share',
  'overlap_count',
  'missing_max_idf',
  'jaccard',
  'bigram_share',
  'stem_bigram_share',
  'stem_trigram_share',
  'bm25',
  'bm25_per_term',
  'headline_terms',
  'body_terms_log',
  'numbers_in_headline',
  'numbers_found_share',
  'names_found_share',
  'matching_sentence_share',
  'first_match_position',
  ...LEXICON_NAMES.map((n) => `headline_${n}`),
  ...LEXICON_NAMES.map((n) => `body_${n}_rate`),
  ...LEXICON_NAMES.map((n) => `top_sentences_${n}`),
  ...LEXICON_NAMES.map((n) => `lead_${n}`),
  ...LEXICON_NAMES.map((n) => `window_${n}_rate`),
  'headline_question',
  'headline_quoted',
  'headline_negation_parity',
  'top_sentences_negation_parity',
  'negation_agreement',
  'body_question_rate',
  'body_quote_sentence_share',
  'body_sentences_log',
  'headline_refuting_in_body',
];

/** The feature row of one pair, in `FEATURE_NAMES` order. */
export function pairFeatures(headline: string, body: BodyAnalysis, idf: IdfTable): number[] {
  const h = analyse(headline);
  const hSet = new Set(h.content);
  const hVector = tfidfVector(h.content, idf);
  const features: number[] = [];

  const sentenceScores = body.sentences.map((s) => cosine(hVector, s.vector));
  const ranked = sentenceScores.map((score, index) => ({ score, index })).sort((a, b) => b.score - a.score);
  const top = ranked.slice(0, TOP_SENTENCES);
  features.push(
    cosine(hVector, body.vector),
    cosine(hVector, body.leadVector),
    top[0]?.score ?? 0,
    top.length === 0 ? 0 : top.reduce((sum, t) => sum + t.score, 0) / top.length,
  );

  let found = 0;
  let foundIdf = 0;
  let totalIdf = 0;
  let foundLead = 0;
  let missingMaxIdf = 0;
  for (const t of hSet) {
    const weight = idfOf(idf, t);
    totalIdf += weight;
    if (body.contentCounts.has(t)) {
      found++;
      foundIdf += weight;
    } else missingMaxIdf = Math.max(missingMaxIdf, weight);
    if (body.leadSet.has(t)) foundLead++;
  }
  const hCount = Math.max(1, hSet.size);
  const union = new Set([...hSet, ...body.contentCounts.keys()]).size;
  features.push(
    found / hCount,
    totalIdf === 0 ? 0 : foundIdf / totalIdf,
    foundLead / hCount,
    found,
    missingMaxIdf,
    union === 0 ? 0 : found / union,
  );

  const share = (grams: readonly string[], set: ReadonlySet<string>): number =>
    grams.length === 0 ? 0 : grams.filter((g) => set.has(g)).length / grams.length;
  features.push(
    share(ngrams(h.content, 2), body.contentBigrams),
    share(ngrams(h.stems, 2), body.stemBigrams),
    share(ngrams(h.stems, 3), body.stemTrigrams),
  );

  const bodyLength = body.text.content.length;
  let bm25 = 0;
  for (const t of hSet) {
    const tf = body.contentCounts.get(t) ?? 0;
    if (tf === 0) continue;
    const norm = tf + BM25_K1 * (1 - BM25_B + (BM25_B * bodyLength) / idf.averageBodyLength);
    bm25 += (idfOf(idf, t) * (tf * (BM25_K1 + 1))) / norm;
  }
  features.push(bm25, bm25 / hCount, hSet.size, Math.log1p(bodyLength));

  const hNumbers = new Set(numbersIn(headline));
  const numbersFound = [...hNumbers].filter((n) => body.numbers.has(n)).length;
  const hNames = new Set(
    (headline.match(/[\p{L}\p{N}']+/gu) ?? [])
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => analyse(w).content[0])
      .filter((w): w is string => w !== undefined),
  );
  const namesFound = [...hNames].filter((n) => body.names.has(n)).length;
  features.push(
    hNumbers.size,
    hNumbers.size === 0 ? 0 : numbersFound / hNumbers.size,
    hNames.size === 0 ? 0 : namesFound / hNames.size,
  );

  let matchingSentences = 0;
  let firstMatch = -1;
  body.sentences.forEach((s, i) => {
    let shared = 0;
    for (const t of hSet) if (s.contentSet.has(t)) shared++;
    if (shared >= Math.min(SENTENCE_MATCH_MIN_STEMS, hSet.size) && shared > 0) {
      matchingSentences++;
      if (firstMatch < 0) firstMatch = i;
    }
  });
  const sentenceCount = Math.max(1, body.sentences.length);
  features.push(matchingSentences / sentenceCount, firstMatch < 0 ? 1 : firstMatch / sentenceCount);

  const headlineLexicon = countLexicons(h.stems);
  const tokenCount = Math.max(1, body.text.stems.length);
  const topStems = top.flatMap((t) => body.sentences[t.index]?.text.stems ?? []);
  const topLexicon = countLexicons(topStems);
  const leadLexicon = countLexicons(body.sentences.slice(0, LEAD_SENTENCES).flatMap((s) => s.text.stems));
  const windowLexicon = cueWindowCounts(hSet, body);
  for (const n of LEXICON_NAMES) features.push(headlineLexicon[n]);
  for (const n of LEXICON_NAMES) features.push((100 * body.lexicon[n]) / tokenCount);
  for (const n of LEXICON_NAMES) features.push(topLexicon[n]);
  for (const n of LEXICON_NAMES) features.push(leadLexicon[n]);
  for (const n of LEXICON_NAMES) features.push(windowLexicon.counts[n] / Math.max(1, windowLexicon.windows));

  const headlineNegations = h.stems.filter((s) => NEGATING.has(s) || REFUTING.has(s)).length;
  const topNegations = topStems.filter((s) => NEGATING.has(s) || REFUTING.has(s)).length;
  const quoteSentences = body.sentences.filter((s) => s.hasQuote).length;
  const headlineRefuting = [...new Set(h.stems.filter((s) => REFUTING.has(s)))];
  features.push(
    headline.includes('?') ? 1 : 0,
    /["'\u2018\u2019\u201C\u201D]/.test(headline) ? 1 : 0,
    headlineNegations % 2,
    topNegations % 2,
    headlineNegations % 2 === topNegations % 2 ? 1 : 0,
    (100 * body.questionMarks) / tokenCount,
    quoteSentences / sentenceCount,
    Math.log1p(body.sentences.length),
    headlineRefuting.filter((s) => body.positions.has(s)).length,
  );
  return features;
}

/** Lexicon counts in windows of the body around each occurrence of a headline content stem. */
function cueWindowCounts(
  headlineStems: ReadonlySet<string>,
  body: BodyAnalysis,
): { counts: Record<LexiconName, number>; windows: number } {
  const covered = new Uint8Array(body.text.stems.length);
  let windows = 0;
  for (const t of headlineStems) {
    if (STOP_WORDS.has(t)) continue;
    for (const position of body.positions.get(t) ?? []) {
      windows++;
      const from = Math.max(0, position - CUE_WINDOW_TOKENS);
      const to = Math.min(covered.length, position + CUE_WINDOW_TOKENS + 1);
      covered.fill(1, from, to);
    }
  }
  const inWindows: string[] = [];
  covered.forEach((flag, i) => {
    if (flag === 1) inWindows.push(body.text.stems[i] ?? '');
  });
  return { counts: countLexicons(inWindows), windows };
}
