// The story's timeline: sentences that date an event, resolved to days, grouped across articles when they tell
// the same event, each entry citing every sentence that supports it.
import type { Diagnostic, Result, TextRange } from '../../core/index.ts';
import { resolveStoryDates, type TimeExpression } from '../../annotate/time/index.ts';
import { splitSentences } from '../../normalize/index.ts';
import { MAX_EVENTS_PER_DAY, MIN_EVENT_CONTENT_WORDS, SAME_EVENT_MIN_JACCARD } from './thresholds.ts';

export interface TimelineArticle {
  readonly id: string;
  readonly text: string;
  readonly publishedAt?: string;
  /** The text's sentences as `splitSentences(text)` gives them, to skip splitting it again. */
  readonly sentences?: readonly TextRange[];
}

export interface TimelineSupport {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: string;
  /** The date expression as written ("on Thursday"). */
  readonly expression: string;
}

export interface TimelineEntry {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** `HH:MM` when a supporting sentence states the time. */
  readonly time?: string;
  /** The sentence that best stands for the event. */
  readonly text: string;
  readonly articleIds: readonly string[];
  readonly support: readonly TimelineSupport[];
}

export interface Timeline {
  readonly entries: readonly TimelineEntry[];
  /** Each article's reference date (publication, stated or inferred), and the story's span over them. */
  readonly references: Readonly<Record<string, string | undefined>>;
  readonly start?: string;
  readonly end?: string;
}

const STOP_WORDS = new Set(
  (
    'a an the and or but if of to in on at by for with from as into about after before over under than then ' +
    'this that these those it its is are was were be been being has have had do does did will would can could ' +
    'may might must shall should not no he she they we you i his her their our your them him us who whom which ' +
    'what when where while also said says say told according more most some any all one two three'
  ).split(' '),
);

function contentWords(sentence: string): Set<string> {
  const words = sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((w) => !STOP_WORDS.has(w) && !/^\d+$/.test(w) && w.length > 1));
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

interface Candidate {
  readonly date: string;
  readonly time?: string;
  readonly words: ReadonlySet<string>;
  readonly support: TimelineSupport;
}

function isEventDate(expression: TimeExpression): expression is TimeExpression & { date: string } {
  return (
    expression.date !== undefined &&
    expression.kind !== 'duration' &&
    (expression.precision === 'day' || expression.precision === 'time')
  );
}

function candidatesOf(article: TimelineArticle, expressions: readonly TimeExpression[]): Candidate[] {
  const sentences = article.sentences ?? splitSentences(article.text);
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const expression of expressions) {
    if (!isEventDate(expression)) continue;
    const sentence = sentences.find((s) => s.start <= expression.start && expression.end <= s.end);
    if (sentence === undefined) continue;
    const text = article.text.slice(sentence.start, sentence.end);
    const words = contentWords(text);
    if (words.size < MIN_EVENT_CONTENT_WORDS || text.trimEnd().endsWith('?')) continue;
    const key = `${expression.date}\u0000${sentence.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      date: expression.date,
      ...(expression.time === undefined ? {} : { time: expression.time }),
      words,
      support: {
        articleId: article.id,
        start: sentence.start,
        end: sentence.end,
        sentence: text,
        expression: expression.text,
      },
    });
  }
  return out;
}

/** Greedy single-link grouping of one day's candidates into events. */
function groupEvents(candidates: readonly Candidate[]): Candidate[][] {
  const groups: Candidate[][] = [];
  for (const candidate of candidates) {
    const home = groups.find((group) =>
      group.some((member) => jaccard(member.words, candidate.words) >= SAME_EVENT_MIN_JACCARD),
    );
    if (home === undefined) groups.push([candidate]);
    else home.push(candidate);
  }
  return groups;
}

function toEntry(group: readonly Candidate[]): TimelineEntry {
  let best = group[0] as Candidate;
  let bestScore = -1;
  for (const candidate of group) {
    const score = group.reduce((sum, other) => sum + jaccard(candidate.words, other.words), 0);
    if (
      score > bestScore ||
      (score === bestScore && candidate.support.sentence.length < best.support.sentence.length)
    ) {
      best = candidate;
      bestScore = score;
    }
  }
  const time = group.find((c) => c.time !== undefined)?.time;
  return {
    date: best.date,
    ...(time === undefined ? {} : { time }),
    text: best.support.sentence,
    articleIds: [...new Set(group.map((c) => c.support.articleId))],
    support: group.map((c) => c.support),
  };
}

export function buildTimeline(articles: readonly TimelineArticle[]): Result<Timeline> {
  const diagnostics: Diagnostic[] = [];
  const dates = resolveStoryDates(articles);
  diagnostics.push(...dates.diagnostics);
  const byDate = new Map<string, Candidate[]>();
  for (const article of articles) {
    for (const candidate of candidatesOf(article, dates.value.expressions[article.id] ?? [])) {
      const list = byDate.get(candidate.date) ?? [];
      list.push(candidate);
      byDate.set(candidate.date, list);
    }
  }
  const entries: TimelineEntry[] = [];
  for (const date of [...byDate.keys()].sort()) {
    const events = groupEvents(byDate.get(date) ?? [])
      .map(toEntry)
      .sort((a, b) => b.articleIds.length - a.articleIds.length || (a.time ?? '').localeCompare(b.time ?? ''))
      .slice(0, MAX_EVENTS_PER_DAY)
      .sort((a, b) => (a.time ?? '99:99').localeCompare(b.time ?? '99:99'));
    entries.push(...events);
  }
  const references = dates.value.references;
  const known = Object.values(references)
    .filter((d): d is string => d !== undefined)
    .map((d) => d.slice(0, 10))
    .sort();
  const start = known[0];
  const end = known[known.length - 1];
  return {
    value: {
      entries,
      references,
      ...(start === undefined ? {} : { start }),
      ...(end === undefined ? {} : { end }),
    },
    diagnostics,
  };
}
