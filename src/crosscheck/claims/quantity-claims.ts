// Figures across outlets: the same measured thing (what is counted, what happened to it, the currency) grouped,
// and the values compared with the tolerance their wording allows ("roughly 30" and "over 30" agree).
import { quantitiesAgree, type Quantity } from '../../annotate/quantities/index.ts';
import { disjointSets } from '../../core/index.ts';
import type { Outlets } from './outlets.ts';
import { cosine, type StorySentences } from './sentence-vectors.ts';
import { partitionSides, verdict, type SideEntry } from './sides.ts';
import {
  MAX_LINK_RATIO,
  MONEY_CONTEXT_MIN_COSINE,
  QUANTITY_CONTEXT_MIN_COSINE,
  SAME_EVENT_MAX_RATIO,
} from './thresholds.ts';
import type { Claim, ClaimArticle, ClaimFlag } from './types.ts';

/** Counted nouns that name the same thing. */
const COUNTED_SYNONYMS: Readonly<Record<string, string>> = {
  nation: 'country',
  state: 'country',
  vessel: 'ship',
  boat: 'ship',
  person: 'people',
  individual: 'people',
  fatality: 'death',
  casualty: 'casualty',
  soldier: 'troop',
  serviceman: 'troop',
};

/** What a sum of money is: a figure of damage and a figure of aid are not the same figure. */
const MONEY_SENSES: Readonly<Record<string, string>> = {
  damage: 'cost',
  cost: 'cost',
  bill: 'cost',
  loss: 'cost',
  losses: 'cost',
  aid: 'aid',
  assistance: 'aid',
  package: 'aid',
  funding: 'aid',
  fine: 'fine',
  penalty: 'fine',
  revenue: 'revenue',
  sales: 'revenue',
  profit: 'profit',
  budget: 'budget',
  deal: 'deal',
  contract: 'deal',
  investment: 'investment',
};

/** Outcomes that cannot be the same count: killed and injured, destroyed and damaged. */
const EXCLUSIVE_EVENTS = new Set([
  'killed',
  'injured',
  'arrested',
  'missing',
  'destroyed',
  'damaged',
  'evacuated',
  'displaced',
  'rescued',
]);

/** A figure the text ties to a moment or calls early ("by 6 a.m. about 150 …", "so far", "initially"): it may
 *  have grown since, so it is shown beside the others but is no side of a dispute. */
const TIME_SCOPE_BEFORE =
  /\b(?:by|as of|until|at)\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|dawn|daybreak|noon|midday|midnight|nightfall)\W*$/iu;
const TIME_SCOPE_AFTER =
  /^[^,;:.]{0,40}?\b(?:by|as of|until)\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|dawn|daybreak|noon|midday|midnight|nightfall)\b/iu;
const EARLY_WORDS = /\b(?:so far|initially|at first|too early to)\b/iu;
/** A figure added to another rather than a total: "an additional eight people", "another three", "eight more
 *  people", "13,000 new subscribers". */
const INCREMENT_BEFORE = /\b(?:additional|another|further|extra)\s*$/iu;
const INCREMENT_IN =
  /^\S+(?:\s+(?:million|billion|thousand|hundred))?\s+(?:more|additional|new|further|extra|other)\b/iu;
/** A part of a group named elsewhere ("two of the soldiers", "three of them"): not a count of the group. */
const PARTITIVE =
  /^\S+(?:\s+(?:million|thousand|hundred))?\s+of\s+(?:the|those|these|them|its|their|our)\b/iu;
const YEAR = /(?<![\d,.])(?:19|20)\d{2}(?!\d|[,.]\d)/gu;

function isTimeScoped(article: ClaimArticle, quantity: Quantity, storyYear: number | undefined): boolean {
  const before = article.text.slice(Math.max(quantity.sentence.start, quantity.start - 30), quantity.start);
  const after = article.text.slice(quantity.end, quantity.sentence.end);
  const sentence = article.text.slice(quantity.sentence.start, quantity.sentence.end);
  if (TIME_SCOPE_BEFORE.test(before) || TIME_SCOPE_AFTER.test(after) || EARLY_WORDS.test(sentence))
    return true;
  if (INCREMENT_BEFORE.test(before) || INCREMENT_IN.test(quantity.text) || PARTITIVE.test(quantity.text))
    return true;
  // A figure in a sentence dated to an earlier year ("In 2013, 54 bodies were found") is history or a total
  // since then, not this story's figure.
  const year = yearOf(article.publishedAt) ?? storyYear;
  return year !== undefined && [...sentence.matchAll(YEAR)].some((m) => Number(m[0]) < year);
}

const yearOf = (date: string | undefined): number | undefined => {
  const year = date === undefined ? Number.NaN : Number(date.slice(0, 4));
  return Number.isInteger(year) && year > 0 ? year : undefined;
};

const canonicalCounted = (lemma: string): string => COUNTED_SYNONYMS[lemma] ?? lemma;

function sumSense(article: ClaimArticle, quantity: Quantity): string | undefined {
  if (quantity.countedLemma !== undefined) {
    const sense = MONEY_SENSES[quantity.countedLemma];
    if (sense !== undefined) return sense;
  }
  const around = article.text.slice(quantity.sentence.start, quantity.sentence.end).toLowerCase();
  const senses = new Set<string>();
  for (const word of around.match(/\p{L}+/gu) ?? []) {
    const sense = MONEY_SENSES[word];
    if (sense !== undefined) senses.add(sense);
  }
  return senses.size === 1 ? [...senses][0] : undefined;
}

interface Mention {
  readonly article: ClaimArticle;
  readonly quantity: Quantity;
  readonly key: string;
  readonly sense?: string;
  readonly timeScoped: boolean;
}

/** The measured thing, or undefined for numbers that are not comparable claims (bare counts, durations). */
function keyOf(quantity: Quantity): string | undefined {
  if (quantity.kind === 'duration') return undefined;
  if (quantity.kind === 'money') return `money|${quantity.unit ?? ''}`;
  const counted = quantity.countedLemma === undefined ? undefined : canonicalCounted(quantity.countedLemma);
  if (quantity.kind === 'percent') return `percent|${counted ?? ''}`;
  if (counted === undefined) return undefined;
  return `${quantity.kind}|${quantity.kind === 'measure' ? (quantity.unit ?? '') : ''}|${counted}`;
}

function linked(a: Mention, b: Mention, sentences: StorySentences): boolean {
  if (a.article.id === b.article.id && a.quantity.value === b.quantity.value) return true;
  if (
    a.quantity.about !== undefined &&
    b.quantity.about !== undefined &&
    a.quantity.about !== b.quantity.about
  )
    return false;
  const eventA = a.quantity.eventClass;
  const eventB = b.quantity.eventClass;
  // A count of the injured is not a count of everyone at the scene: an outcome on one side only splits them.
  const outcomeA = eventA !== undefined && EXCLUSIVE_EVENTS.has(eventA) ? eventA : undefined;
  const outcomeB = eventB !== undefined && EXCLUSIVE_EVENTS.has(eventB) ? eventB : undefined;
  if (outcomeA !== outcomeB) return false;
  if (a.sense !== undefined && b.sense !== undefined) return a.sense === b.sense;
  // Figures an order of magnitude apart are different things, whatever their sentences share ("$100" handed
  // over and "$55,000" raised since).
  if (!comparableSizes(a.quantity, b.quantity, MAX_LINK_RATIO)) return false;
  const sa = sentences.sentenceAt(a.article.id, a.quantity.start);
  const sb = sentences.sentenceAt(b.article.id, b.quantity.start);
  const threshold = a.quantity.kind === 'money' ? MONEY_CONTEXT_MIN_COSINE : QUANTITY_CONTEXT_MIN_COSINE;
  const context = sa !== undefined && sb !== undefined && cosine(sa.vector, sb.vector) >= threshold;
  // The same outcome ("killed", "injured") ties two counts whatever their sentences say, unless they are too
  // far apart to be two accounts of one toll ("two people killed" in one shooting, "80,000" in a drug war).
  if (eventA !== undefined && eventA === eventB)
    return context || comparableSizes(a.quantity, b.quantity, SAME_EVENT_MAX_RATIO);
  return context;
}

/** Whether the larger figure is at most `ratio` times the smaller (two zeros are comparable, a zero and
 *  another figure are not). */
function comparableSizes(a: Quantity, b: Quantity, ratio: number): boolean {
  const small = Math.min(Math.abs(a.value), Math.abs(b.value));
  const large = Math.max(Math.abs(a.value), Math.abs(b.value));
  return small > 0 ? large / small <= ratio : large === 0;
}

/** The claim in words, from the first sentence of the side most outlets take. */
function describe(mentions: readonly Mention[], leadQuantity: Quantity | undefined): string {
  const lead =
    mentions.find((m) => m.quantity === leadQuantity) ??
    mentions.find((m) => !m.timeScoped && m.quantity.superseded !== true) ??
    mentions[0];
  if (lead === undefined) return '';
  const q = lead.quantity;
  const event = q.event !== undefined && !q.text.toLowerCase().includes(q.event) ? ` ${q.event}` : '';
  const about = q.about !== undefined && !q.text.includes(q.about) ? ` (${q.about})` : '';
  const sense =
    q.kind === 'money' && lead.sense !== undefined && q.countedLemma === undefined ? ` (${lead.sense})` : '';
  return `${q.text}${event}${about}${sense}`.replace(/\s+/g, ' ').trim();
}

export function alignQuantities(
  articles: readonly ClaimArticle[],
  sentences: StorySentences,
  outlets: Outlets,
  articleOrder: ReadonlyMap<string, number>,
  storyDate: string | undefined,
): Claim[] {
  const byKey = new Map<string, Mention[]>();
  for (const article of articles) {
    for (const quantity of article.quantities) {
      const key = keyOf(quantity);
      if (key === undefined) continue;
      const sense = quantity.kind === 'money' ? sumSense(article, quantity) : undefined;
      const mention: Mention = {
        article,
        quantity,
        key,
        ...(sense === undefined ? {} : { sense }),
        timeScoped: isTimeScoped(article, quantity, yearOf(storyDate)),
      };
      const list = byKey.get(key) ?? [];
      list.push(mention);
      byKey.set(key, list);
    }
  }
  const claims: Claim[] = [];
  for (const [key, mentions] of byKey) {
    for (const group of linkedGroups(mentions, sentences)) {
      const claim = claimOf(key, group, sentences, outlets, articleOrder);
      if (claim !== undefined) claims.push(claim);
    }
  }
  return claims;
}

function linkedGroups(mentions: readonly Mention[], sentences: StorySentences): Mention[][] {
  const sets = disjointSets(mentions.length);
  for (let i = 0; i < mentions.length; i++) {
    for (let j = i + 1; j < mentions.length; j++) {
      const a = mentions[i];
      const b = mentions[j];
      if (a === undefined || b === undefined) continue;
      if (sets.find(i) !== sets.find(j) && linked(a, b, sentences)) sets.union(i, j);
    }
  }
  return sets
    .groups()
    .map((members) => members.map((i) => mentions[i]).filter((m): m is Mention => m !== undefined));
}

function claimOf(
  key: string,
  group: readonly Mention[],
  sentences: StorySentences,
  outlets: Outlets,
  articleOrder: ReadonlyMap<string, number>,
): Claim | undefined {
  const entries: SideEntry<Quantity>[] = group.map((m) => {
    const sentence = sentences.sentenceAt(m.article.id, m.quantity.start);
    const start = sentence?.start ?? m.quantity.sentence.start;
    const end = sentence?.end ?? m.quantity.sentence.end;
    return {
      articleId: m.article.id,
      item: m.quantity,
      evidence: {
        articleId: m.article.id,
        start,
        end,
        sentence: m.article.text.slice(start, end),
        value: m.quantity.text,
      },
      neutral: m.timeScoped || m.quantity.superseded === true,
    };
  });
  const sides = partitionSides(entries, (a, b) => quantitiesAgree(a, b) ?? true, outlets, articleOrder);
  const flags: ClaimFlag[] = group.some((m) => m.timeScoped || m.quantity.superseded === true)
    ? ['provisional']
    : [];
  const lead = group[0];
  if (lead === undefined) return undefined;
  const subject = lead.quantity.about ?? lead.quantity.counted;
  const first = group.map((m) => `${m.article.id}:${m.quantity.start}`).sort()[0] ?? '';
  return verdict(entries, sides, outlets, {
    kind: 'quantity',
    key: `${key}|${lead.quantity.eventClass ?? lead.sense ?? ''}|${first}`,
    text: describe(group, sides[0]?.[0]?.item),
    ...(subject === undefined ? {} : { subject }),
    flags,
  });
}
