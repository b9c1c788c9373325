// Statements across outlets: sentences of different articles that say the same thing (cosine of idf-weighted
// lemmas), grouped so that each article gives at most one sentence to a group. A group from two independent
// outlets is corroborated; one in which some outlets deny what others state is contested; a sentence no other
// article matches is single-source.
import { lemmatize, textTerms } from '../../stories/index.ts';
import type { Outlets } from './outlets.ts';
import { cosine, foldAccents, type StorySentence, type StorySentences } from './sentence-vectors.ts';
import { partitionSides, verdict, type SideEntry } from './sides.ts';
import {
  MAX_STATEMENTS_PER_ARTICLE,
  STATEMENT_GROUP_MIN_COSINE,
  STATEMENT_MIN_COSINE,
  STATEMENT_MIN_TERMS,
} from './thresholds.ts';
import type { Claim, ClaimKind } from './types.ts';

/** Lemmas of verbs that report an event (who met whom, attacks, agreements, demands, rejections). */
const EVENT_LEMMAS = new Set(
  (
    'meet talk visit arrive travel attack strike bomb shell kill injure wound destroy damage sign agree ' +
    'reject refuse demand urge call announce launch open close resume evacuate arrest detain release vote ' +
    'approve ban impose withdraw deploy pledge promise accuse deny warn invade capture seize fire erupt ' +
    'break collapse crash explode burn rescue move tow divert investigate inspect examine reopen extinguish'
  ).split(' '),
);

/** Words by which a sentence denies what a matching sentence states: the two take opposite sides. Plain
 *  negation ("not", "no") is left out: on the example it paired paraphrases ("would keep paying" / "no worker
 *  would lose pay") as disputes three times out of three. */
const DENIAL =
  /\b(?:deny|denies|denied|denying|refuted?|refutes|untrue|baseless|unfounded|never happened|did not happen)\b/iu;

/** "declined to confirm or deny", "neither confirmed nor denied": no denial at all. */
const NON_DENIAL = /\b(?:confirm(?:ed|s|ing)?\s+(?:or|nor)\s+den(?:y|ied|ies|ying))\b/iu;
const denial = (text: string): boolean => DENIAL.test(text) && !NON_DENIAL.test(text);

/** What a sentence says, for telling whether a denial answers it: whether it denies, and the terms of what it
 *  denies (after the denial word) or of the whole sentence. */
interface Stance {
  readonly denies: boolean;
  readonly terms: ReadonlySet<string>;
}

function stanceOf(sentence: StorySentence): Stance {
  const match = denial(sentence.text) ? DENIAL.exec(sentence.text) : null;
  if (match === null) return { denies: false, terms: new Set(sentence.vector.keys()) };
  const denied = sentence.text.slice(match.index + match[0].length);
  return { denies: true, terms: new Set(textTerms(denied, Number.POSITIVE_INFINITY).terms.map(foldAccents)) };
}

/** A denial and a statement take opposite sides only when the statement says what is denied: at least this
 *  many terms of the denied words are in it. "Shekau denied having agreed to a ceasefire" does not answer
 *  "Shekau made the announcement in a video"; it does answer "the military says it has agreed a ceasefire". */
const DENIAL_MIN_SHARED_TERMS = 2;

function compatibleStances(a: Stance, b: Stance): boolean {
  if (a.denies === b.denies) return true;
  const [denying, stating] = a.denies ? [a, b] : [b, a];
  let shared = 0;
  for (const term of denying.terms) if (stating.terms.has(term)) shared += 1;
  return shared < DENIAL_MIN_SHARED_TERMS;
}

/** How far below the threshold a dot product summed through the inverted index may fall and still be checked
 *  with the exact cosine: the two differ by floating-point rounding (about 1e-16 per term) only. */
const SUMMED_COSINE_MARGIN = 1e-9;

export interface StatementOptions {
  /** Whether a sentence is already behind a figure or a quote claim: it is not repeated as single-source. */
  readonly covered: (sentence: StorySentence) => boolean;
  /** Whether two sentences stand on different sides of a contested figure, time or quote: a statement made
   *  of both would say the outlets agree where they do not. */
  readonly opposed: (a: StorySentence, b: StorySentence) => boolean;
}

function kindOf(sentence: StorySentence): ClaimKind {
  for (const word of sentence.text.toLowerCase().match(/\p{L}+/gu) ?? [])
    if (EVENT_LEMMAS.has(lemmatize(word))) return 'event';
  return 'statement';
}

export function alignStatements(
  sentences: StorySentences,
  outlets: Outlets,
  articleOrder: ReadonlyMap<string, number>,
  options: StatementOptions,
): Claim[] {
  const candidates = sentences.sentences.filter((s) => s.vector.size >= STATEMENT_MIN_TERMS);
  // Inverted index: only sentences sharing a term are compared. Their dot product is summed term by term through
  // the index, and the exact cosine is computed only for pairs whose sum reaches the threshold (the two differ by
  // rounding only, far less than SUMMED_COSINE_MARGIN).
  const postings = new Map<string, { readonly index: number; readonly weight: number }[]>();
  candidates.forEach((sentence, index) => {
    for (const [term, weight] of sentence.vector) {
      const list = postings.get(term);
      if (list === undefined) postings.set(term, [{ index, weight }]);
      else list.push({ index, weight });
    }
  });
  const edges: { a: number; b: number; similarity: number }[] = [];
  const dot = new Float64Array(candidates.length);
  const reached = new Uint8Array(candidates.length);
  const touched: number[] = [];
  candidates.forEach((sentence, i) => {
    for (const [term, weight] of sentence.vector) {
      const list = postings.get(term) ?? [];
      // Postings are in candidate order: the later sentences are at the end.
      for (let k = list.length - 1; k >= 0; k--) {
        const posting = list[k];
        if (posting === undefined || posting.index <= i) break;
        if (reached[posting.index] === 0) {
          reached[posting.index] = 1;
          touched.push(posting.index);
        }
        dot[posting.index] = (dot[posting.index] ?? 0) + weight * posting.weight;
      }
    }
    for (const j of touched) {
      const sum = dot[j] ?? 0;
      dot[j] = 0;
      reached[j] = 0;
      const other = candidates[j];
      if (other === undefined || other.articleId === sentence.articleId) continue;
      if (sum < STATEMENT_MIN_COSINE - SUMMED_COSINE_MARGIN) continue;
      const similarity = cosine(sentence.vector, other.vector);
      if (similarity >= STATEMENT_MIN_COSINE) edges.push({ a: i, b: j, similarity });
    }
    touched.length = 0;
  });
  edges.sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
  // Agglomerate from the closest pair; a merge that would put two sentences of one article together is refused.
  const groupOf = candidates.map((_, i) => i);
  const members = new Map<number, number[]>(candidates.map((_, i) => [i, [i]]));
  for (const edge of edges) {
    const ga = groupOf[edge.a] ?? edge.a;
    const gb = groupOf[edge.b] ?? edge.b;
    if (ga === gb) continue;
    const left = members.get(ga) ?? [];
    const right = members.get(gb) ?? [];
    const articles = new Set(left.map((i) => candidates[i]?.articleId));
    if (right.some((i) => articles.has(candidates[i]?.articleId))) continue;
    // Every sentence of one group must be close to every sentence of the other: no chains through a sentence
    // that shares half its words with each neighbour.
    const close = left.every((i) =>
      right.every((j) => {
        const x = candidates[i];
        const y = candidates[j];
        return x !== undefined && y !== undefined && cosine(x.vector, y.vector) >= STATEMENT_GROUP_MIN_COSINE;
      }),
    );
    if (!close) continue;
    for (const i of right) groupOf[i] = ga;
    members.set(ga, [...left, ...right]);
    members.delete(gb);
  }
  const claims: Claim[] = [];
  const singles = new Map<string, Claim[]>();
  for (const group of members.values()) {
    const list = group
      .map((i) => candidates[i])
      .filter((s): s is StorySentence => s !== undefined)
      .sort((x, y) => (articleOrder.get(x.articleId) ?? 0) - (articleOrder.get(y.articleId) ?? 0));
    const lead = list[0];
    if (lead === undefined) continue;
    if (list.length === 1 && options.covered(lead)) continue;
    if (list.some((a, i) => list.some((b, j) => j > i && options.opposed(a, b)))) continue;
    const entries: SideEntry<Stance>[] = list.map((s) => {
      const stance = stanceOf(s);
      const denies = stance.denies;
      return {
        articleId: s.articleId,
        item: stance,
        evidence: {
          articleId: s.articleId,
          start: s.start,
          end: s.end,
          sentence: s.text,
          value: denies ? 'denies' : 'states',
        },
      };
    });
    const sides = partitionSides(entries, compatibleStances, outlets, articleOrder);
    const claim = verdict(entries, sides, outlets, {
      kind: kindOf(lead),
      key: `${lead.articleId}:${lead.start}`,
      text: lead.text.replace(/\s+/gu, ' ').trim(),
    });
    if (claim === undefined) continue;
    if (list.length === 1) {
      const perArticle = singles.get(lead.articleId) ?? [];
      perArticle.push(claim);
      singles.set(lead.articleId, perArticle);
    } else {
      claims.push(claim);
    }
  }
  for (const list of singles.values()) claims.push(...list.slice(0, MAX_STATEMENTS_PER_ARTICLE));
  return claims;
}
