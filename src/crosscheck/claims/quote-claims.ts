// Quotes across outlets: the same words of the same speaker found in several articles (corroborated), and the
// same speaker on the same point in other words (flagged: a quote worded differently).
import type { Quote } from '../../annotate/quotes/index.ts';
import { disjointSets } from '../../core/index.ts';
import { lemmatize, STOP_WORDS } from '../../stories/index.ts';
import type { StoryEntity } from '../entities/index.ts';
import type { Outlets } from './outlets.ts';
import { foldAccents, type StorySentences } from './sentence-vectors.ts';
import { verdict, type SideEntry } from './sides.ts';
import {
  PARTIAL_QUOTE_MIN_WORDS,
  QUOTE_SAME_POINT_MIN_OVERLAP,
  QUOTE_SAME_POINT_MIN_SHARED,
  QUOTE_SAME_WORDS_MIN_OVERLAP,
} from './thresholds.ts';
import type { Claim, ClaimArticle, ClaimFlag } from './types.ts';

/** Words that carry no point of their own: two quotes both saying "every one" say nothing alike. */
const QUANTIFIERS = new Set(
  'one two three each every all some any many much more most few other another'.split(' '),
);

/** Share of the speaker's characters an entity mention must cover to be the speaker. */
const SPEAKER_MENTION_SHARE = 0.6;

interface QuoteMention {
  readonly article: ClaimArticle;
  readonly quote: Quote;
  /** Resolved entity id, or the folded speaker text; undefined for unnamed or unknown speakers. */
  readonly speakerKey?: string;
  readonly speakerName?: string;
  readonly words: readonly string[];
  readonly bag: WordBag;
}

/** A quote's distinct words read once for all the pairs it is compared in: the words and their lemmas, and
 *  the content words (in first-seen order) with their lemma and weight. */
interface WordBag {
  readonly words: ReadonlySet<string>;
  readonly lemmas: ReadonlySet<string>;
  readonly joined: string;
  readonly content: readonly { readonly word: string; readonly lemma: string; readonly weight: number }[];
}

function wordBag(words: readonly string[], idf: (term: string) => number): WordBag {
  const distinct = new Set(words);
  const content: { word: string; lemma: string; weight: number }[] = [];
  for (const word of distinct) {
    if (STOP_WORDS.has(word) || QUANTIFIERS.has(word) || word.length < 3) continue;
    const lemma = lemmatize(word);
    content.push({ word, lemma, weight: idf(lemma) });
  }
  return { words: distinct, lemmas: new Set([...distinct].map(lemmatize)), joined: words.join(' '), content };
}

const wordsOf = (text: string): string[] =>
  foldAccents(text.toLowerCase().replace(/[\u2018\u2019\u02bc]/gu, "'")).match(/[\p{L}\p{N}']+/gu) ?? [];

function speakerEntity(
  entities: readonly StoryEntity[],
  articleId: string,
  start: number,
  end: number,
): StoryEntity | undefined {
  // The mention must be most of the speaker's words: "one EU diplomat" is not the EU speaking.
  const length = end - start;
  return entities.find(
    (e) =>
      (e.type === 'person' || e.type === 'organization') &&
      e.mentions.some(
        (m) =>
          m.articleId === articleId &&
          m.caption === undefined &&
          Math.min(end, m.end) - Math.max(start, m.start) >= SPEAKER_MENTION_SHARE * length,
      ),
  );
}

/** Share of the shorter quote's content-word weight found in the other one, and how many content lemmas the
 *  two share. */
function overlap(a: WordBag, b: WordBag): { share: number; lemmas: number } {
  const [small, large] = a.words.size <= b.words.size ? [a, b] : [b, a];
  let shared = 0;
  let total = 0;
  let lemmas = 0;
  for (const { word, lemma, weight } of small.content) {
    total += weight;
    if (large.words.has(word) || large.lemmas.has(lemma)) {
      shared += weight;
      lemmas += 1;
    }
  }
  return { share: total === 0 ? 0 : shared / total, lemmas };
}

export function alignQuotes(
  articles: readonly ClaimArticle[],
  entities: readonly StoryEntity[],
  sentences: StorySentences,
  outlets: Outlets,
): Claim[] {
  const mentions: QuoteMention[] = [];
  for (const article of articles) {
    for (const quote of article.quotes) {
      if (quote.kind === 'reported') continue;
      const words = wordsOf(quote.text);
      if (quote.kind === 'partial' && (words.length < PARTIAL_QUOTE_MIN_WORDS || quote.speaker === undefined))
        continue;
      const speaker = quote.speaker;
      const entity =
        speaker === undefined || speaker.anonymous
          ? undefined
          : speakerEntity(entities, article.id, speaker.start, speaker.end);
      const speakerKey =
        entity?.id ??
        (speaker === undefined || speaker.anonymous ? undefined : foldAccents(speaker.text.toLowerCase()));
      const speakerName = entity?.name ?? speaker?.text;
      mentions.push({
        article,
        quote,
        ...(speakerKey === undefined ? {} : { speakerKey }),
        ...(speakerName === undefined ? {} : { speakerName }),
        words,
        bag: wordBag(words, (term) => sentences.idf(term)),
      });
    }
  }
  // How many direct quotes each article gives each speaker: an outlet's only quote of a person, beside
  // another outlet's only quote of that person, is most likely the same soundbite in other words.
  const directCount = new Map<string, number>();
  const countKey = (m: QuoteMention): string => `${m.article.id}\u0000${m.speakerKey ?? ''}`;
  for (const m of mentions)
    if (m.quote.kind === 'direct' && m.speakerKey !== undefined)
      directCount.set(countKey(m), (directCount.get(countKey(m)) ?? 0) + 1);
  const onlyQuote = (m: QuoteMention): boolean => directCount.get(countKey(m)) === 1;
  const sets = disjointSets(mentions.length);
  const reworded = new Set<number>();
  for (let i = 0; i < mentions.length; i++) {
    for (let j = i + 1; j < mentions.length; j++) {
      const a = mentions[i];
      const b = mentions[j];
      if (a === undefined || b === undefined || a.article.id === b.article.id) continue;
      const known = a.speakerKey !== undefined && b.speakerKey !== undefined;
      if (known && a.speakerKey !== b.speakerKey) continue;
      const shared = overlap(a.bag, b.bag);
      const sameWords = shared.share >= QUOTE_SAME_WORDS_MIN_OVERLAP;
      const bothDirect = known && a.quote.kind === 'direct' && b.quote.kind === 'direct';
      const samePoint =
        bothDirect &&
        shared.share >= QUOTE_SAME_POINT_MIN_OVERLAP &&
        (shared.lemmas >= QUOTE_SAME_POINT_MIN_SHARED || (onlyQuote(a) && onlyQuote(b)));
      if (!sameWords && !samePoint) continue;
      sets.union(i, j);
      if (
        !sameWords ||
        (a.quote.kind === 'direct' && b.quote.kind === 'direct' && a.bag.joined !== b.bag.joined)
      )
        reworded.add(i).add(j);
    }
  }
  const claims: Claim[] = [];
  for (const members of sets.groups()) {
    const group = members.map((i) => mentions[i]).filter((m): m is QuoteMention => m !== undefined);
    const lead = group.find((m) => m.quote.kind === 'direct') ?? group[0];
    if (lead === undefined) continue;
    const entries: SideEntry<Quote>[] = group.map((m) => {
      const sentence = sentences.sentenceAt(m.article.id, m.quote.start);
      const start = Math.min(sentence?.start ?? m.quote.sentence.start, m.quote.sentence.start);
      const end = Math.max(sentence?.end ?? m.quote.sentence.end, m.quote.sentence.end);
      return {
        articleId: m.article.id,
        item: m.quote,
        evidence: {
          articleId: m.article.id,
          start,
          end,
          sentence: m.article.text.slice(start, end),
          value: m.quote.text,
        },
      };
    });
    const flags: ClaimFlag[] = members.some((i) => reworded.has(i)) ? ['quote-wording'] : [];
    const speaker = group.find((m) => m.speakerName !== undefined)?.speakerName;
    const claim = verdict(entries, [entries], outlets, {
      kind: 'quote',
      key: `${lead.speakerKey ?? ''}|${lead.words.join(' ')}`,
      text: `${speaker ?? 'Unnamed source'}: \u201c${lead.quote.text}\u201d`,
      ...(lead.speakerKey === undefined
        ? speaker === undefined
          ? {}
          : { subject: speaker }
        : { subject: lead.speakerKey }),
      flags,
    });
    if (claim !== undefined) claims.push(claim);
  }
  return claims;
}
