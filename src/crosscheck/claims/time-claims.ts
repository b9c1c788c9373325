// Times of day across outlets: when the event began or ended ("started at about 2:15 a.m. on Tuesday",
// "broke out around 3.30am"), grouped by what happened and compared with the tolerance their wording allows
// ("shortly after 2 a.m." and "about 2:15 a.m." agree; "about 2:15 a.m." and "around 3.30am" do not).
import { findTimeExpressions, type TimeExpression } from '../../annotate/time/index.ts';
import { disjointSets } from '../../core/index.ts';
import type { Outlets } from './outlets.ts';
import { cosine, type StorySentence, type StorySentences } from './sentence-vectors.ts';
import { partitionSides, verdict, type SideEntry } from './sides.ts';
import {
  TIME_APPROXIMATE_MINUTES,
  TIME_CONTEXT_MIN_COSINE,
  TIME_EVENT_REACH_CHARS,
  TIME_OPEN_SIDE_MINUTES,
  TIME_SHORTLY_MINUTES,
  TIME_STATED_MINUTES,
} from './thresholds.ts';
import type { Claim, ClaimArticle } from './types.ts';

/** A sentence worth reading for a time of day: it states a clock time. */
const CLOCK = /\d\s*[ap]\.?\s?m\b|\d[:.]\d{2}(?!\d)|\b(?:noon|midday|midnight)\b|o['’]clock/iu;

/** What happened at the time, by class: the start of the event or its end. Other verbs ("arrived at 4 a.m.")
 *  are moments of their own and are not compared. */
const EVENT_CLASSES: readonly { readonly name: 'began' | 'ended'; readonly verbs: RegExp }[] = [
  {
    name: 'began',
    verbs:
      /\b(?:start(?:ed|s)?|beg[au]n|begins|broke out|breaks out|erupt(?:ed|s)?|ignit(?:ed|es)|(?:was|were) sparked|struck|hit|occurred|happened|took place)\b/giu,
  },
  {
    name: 'ended',
    verbs:
      /\b(?:end(?:ed|s)|(?:was|were) (?:put out|extinguished|brought under control|contained)|(?:put|putting) out|concluded|finished)\b/giu,
  },
];

/** "began moving", "started to pull": the verb starts another action, not the event. */
const STARTS_ANOTHER_ACTION = /^\s+(?:to\s+\p{L}+|\p{L}+ing)\b/u;

/** Words before a time that scope it instead of dating the event: "by 6 a.m. 150 firefighters", "until noon". */
const SCOPING = /\b(?:by|until|till|since|from|through|between)\s*$/iu;

interface TimeMention {
  readonly article: ClaimArticle;
  readonly sentence: StorySentence;
  readonly event: 'began' | 'ended';
  /** `YYYY-MM-DD` when the text ties the time to a day. */
  readonly day?: string;
  /** Minutes after midnight: the earliest and latest moment the wording allows. */
  readonly from: number;
  readonly to: number;
  /** As written, with its qualifier: "about 2:15 a.m. on Tuesday". */
  readonly value: string;
  readonly subject: string;
  /** The event verb as written ("started", "were extinguished"). */
  readonly verb: string;
}

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** The window a written time allows: "about" either way, "shortly after" just after, a bare time rounded as
 *  written (a round hour is looser than "2:15"). */
function windowOf(minutes: number, before: string): { from: number; to: number; qualifier: string } {
  const qualifier =
    /\b(?:(?:shortly|just|soon|right|sometime|some time)\s+(?:after|before)|about|around|roughly|approximately|nearly|almost|circa|after|before)\s*$/iu.exec(
      before,
    )?.[0] ?? '';
  const q = qualifier.toLowerCase();
  const stated =
    minutes % 60 === 0
      ? TIME_STATED_MINUTES.hour
      : minutes % 30 === 0
        ? TIME_STATED_MINUTES.half
        : TIME_STATED_MINUTES.exact;
  if (/(?:shortly|just|soon|right)\s+after/u.test(q))
    return { from: minutes, to: minutes + TIME_SHORTLY_MINUTES, qualifier };
  if (/(?:shortly|just|soon|right)\s+before|nearly|almost/u.test(q))
    return { from: minutes - TIME_SHORTLY_MINUTES, to: minutes, qualifier };
  if (/after$/u.test(q)) return { from: minutes, to: minutes + TIME_OPEN_SIDE_MINUTES, qualifier };
  if (/before$/u.test(q)) return { from: minutes - TIME_OPEN_SIDE_MINUTES, to: minutes, qualifier };
  if (q !== '')
    return { from: minutes - TIME_APPROXIMATE_MINUTES, to: minutes + TIME_APPROXIMATE_MINUTES, qualifier };
  return { from: minutes - stated, to: minutes + stated, qualifier };
}

/** The event verb a time belongs to: the nearest one before or after it, within TIME_EVENT_REACH_CHARS. */
function eventOf(
  text: string,
  start: number,
  end: number,
): { name: 'began' | 'ended'; index: number; verb: string } | undefined {
  let best: { name: 'began' | 'ended'; index: number; verb: string; distance: number } | undefined;
  for (const { name, verbs } of EVENT_CLASSES) {
    for (const match of text.matchAll(verbs)) {
      const index = match.index;
      const after = index + match[0].length;
      if (STARTS_ANOTHER_ACTION.test(text.slice(after, after + 30))) continue;
      const distance = after <= start ? start - after : index >= end ? index - end : -1;
      if (distance < 0 || distance > TIME_EVENT_REACH_CHARS) continue;
      if (best === undefined || distance < best.distance) best = { name, index, verb: match[0], distance };
    }
  }
  return best === undefined ? undefined : { name: best.name, index: best.index, verb: best.verb };
}

/** The words naming what began or ended: up to four words before the verb, past a relative "which"/"that". */
function subjectBefore(text: string, verbIndex: number): string {
  const before = text
    .slice(Math.max(0, verbIndex - 80), verbIndex)
    .replace(/\b(?:had|has|have|was|were|is|are|been|be|reportedly|first|then|later)\s*$/iu, '')
    .replace(/,?\s*\b(?:which|that|who)\s*$/iu, '')
    .replace(/^.*\b(?:said|says|told|stated|reported|announced|added|confirmed)\s+(?:that\s+)?/iu, '');
  const words = before.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  return words.slice(-4).join(' ');
}

function mentionsOf(
  article: ClaimArticle,
  sentences: StorySentences,
  storyDate: string | undefined,
): TimeMention[] {
  const mentions: TimeMention[] = [];
  const referenceDate = article.publishedAt ?? storyDate;
  for (const sentence of sentences.byArticle.get(article.id) ?? []) {
    if (!CLOCK.test(sentence.text)) continue;
    const found = findTimeExpressions(
      sentence.text,
      referenceDate === undefined ? {} : { referenceDate },
    ).value;
    for (const expression of found) {
      const mention = mentionOf(article, sentence, expression);
      if (mention !== undefined) mentions.push(mention);
    }
  }
  return mentions;
}

function mentionOf(
  article: ClaimArticle,
  sentence: StorySentence,
  expression: TimeExpression,
): TimeMention | undefined {
  if (expression.time === undefined) return undefined;
  const text = sentence.text;
  const before = text.slice(Math.max(0, expression.start - 40), expression.start);
  if (SCOPING.test(before)) return undefined;
  const event = eventOf(text, expression.start, expression.end);
  if (event === undefined) return undefined;
  const window = windowOf(minutesOf(expression.time), before.replace(/\bat\s*$/iu, ''));
  const day =
    expression.kind === 'clock-time' || expression.resolvedBy === 'none' ? undefined : expression.date;
  const written = text
    .slice(expression.start, expression.end)
    .replace(/^at\s+/iu, '')
    .replace(/[,;]\s*$/u, '');
  return {
    article,
    sentence,
    event: event.name,
    ...(day === undefined ? {} : { day }),
    from: window.from,
    to: window.to,
    value: `${window.qualifier === '' ? '' : `${window.qualifier.trim()} `}${written}`,
    subject: subjectBefore(text, event.index),
    verb: event.verb,
  };
}

function linked(a: TimeMention, b: TimeMention): boolean {
  if (a.event !== b.event || a.article.id === b.article.id) return false;
  if (a.day !== undefined && b.day !== undefined) {
    // One kind of moment on one stated day, in one story: the story's event (its wording varies too much —
    // "the blaze … which started", "the fire broke out" — for the sentences to be compared).
    return a.day === b.day;
  }
  return cosine(a.sentence.vector, b.sentence.vector) >= TIME_CONTEXT_MIN_COSINE;
}

const overlaps = (a: TimeMention, b: TimeMention): boolean => a.from <= b.to && b.from <= a.to;

export function alignTimes(
  articles: readonly ClaimArticle[],
  sentences: StorySentences,
  outlets: Outlets,
  articleOrder: ReadonlyMap<string, number>,
  storyDate: string | undefined,
): Claim[] {
  const mentions = articles.flatMap((article) => mentionsOf(article, sentences, storyDate));
  const sets = disjointSets(mentions.length);
  mentions.forEach((a, i) => {
    for (let j = i + 1; j < mentions.length; j++) {
      const b = mentions[j];
      if (b !== undefined && sets.find(i) !== sets.find(j) && linked(a, b)) sets.union(i, j);
    }
  });
  const claims: Claim[] = [];
  for (const members of sets.groups()) {
    const group = members.map((i) => mentions[i]).filter((m): m is TimeMention => m !== undefined);
    const lead = group[0];
    if (lead === undefined) continue;
    const entries: SideEntry<TimeMention>[] = group.map((m) => ({
      articleId: m.article.id,
      item: m,
      evidence: {
        articleId: m.article.id,
        start: m.sentence.start,
        end: m.sentence.end,
        sentence: m.sentence.text,
        value: m.value,
      },
    }));
    const sides = partitionSides(entries, overlaps, outlets, articleOrder);
    // The shortest naming reads best ("the fire" rather than "the blaze at the container terminal").
    const named = group
      .filter((m) => m.subject !== '')
      .sort((a, b) => a.subject.length - b.subject.length)[0];
    const verb = (named ?? lead).verb;
    const subject =
      named === undefined ? 'it' : named.subject.replace(/^(?:The|A|An)\b/u, (w) => w.toLowerCase());
    const day = group.find((m) => m.day !== undefined)?.day;
    const claim = verdict(entries, sides, outlets, {
      kind: 'date',
      key: `${lead.event}|${day ?? ''}|${group.map((m) => `${m.article.id}:${m.sentence.start}`).sort()[0] ?? ''}`,
      text: `When ${subject} ${verb}${day === undefined ? '' : ` (${day})`}`,
    });
    if (claim !== undefined) claims.push(claim);
  }
  return claims;
}
