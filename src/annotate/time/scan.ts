// Finding time expressions, before any reference date: chrono-node (casual English) proposes candidates and
// news-prose rules drop the ones that are names, verbs, scores or offsets from some other event.
//
// Why casual and not strict: on two seeded 12% samples of the FNC-1 news bodies (406 bodies), chrono.strict
// matched 399 spans and covered only 249 of the 1,296 dated expressions kept here (19%): it has no weekdays,
// "yesterday" or "last week". chrono.casual matched 1,604 spans; the rules below dropped 370 of them (153 were
// "now"). In a hand check, 3 of 75 kept dated expressions were wrong (a video's "1:20 mark", a misread
// "Tuesday the 16 – Monday the 22", a yearless "April 15" in the wrong year, since fixed by reading the tense)
// and 3 of 34 dropped ones other than "now" were real dates ("an August video"; one since recovered).
import type * as chrono from 'chrono-node';
import { casualEnglishChrono, strictEnglishChrono } from '../../core/index.ts';
import { CHRONO_PIECE_CHARS } from './thresholds.ts';

/** What chrono read from one end of an expression; only components the text states are kept. */
export interface StatedParts {
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  readonly weekday?: number;
  readonly hour?: number;
  readonly minute?: number;
}

export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** `last`, `next`, `this`, `coming`, `past` or `previous`, when one leads the expression. */
  readonly modifier?: string;
  readonly from: StatedParts;
  /** The second end of a range ("10-12 March", "Monday to Wednesday"). */
  readonly to?: StatedParts;
}

export const MONTH_NAME =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/iu;
export const WEEKDAY_NAME = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/iu;
/** A day counted from the reference day itself. */
export const REFERENCE_DAY_WORDS = /\b(?:yesterday|today|tonight|tomorrow|ago|last night)\b/iu;
/** A clock time needs a unit of its own; a bare "at 10" or "3 to 2" is as often an address or a score. */
export const CLOCK_MARKER =
  /\d[:.]\d{2}(?!\d)|\d\s*[ap]\.?\s?m\b|\bnoon\b|\bmidday\b|\bmidnight\b|o['’]clock/iu;

/** Offsets from an event the text describes rather than from the reference date: "two days after", "a year
 *  later", "the next day", "the day before". */
const EVENT_OFFSET = /\b(?:later|earlier|after|before|following|previous|preceding|prior)\b|\bnext day\b/iu;
/** Lengths that chrono reads as future points ("in three years", "within 24 hours"); the duration finder
 *  labels them instead, since news uses them as spans ("the first rise in three years"). */
const LENGTH_AS_POINT = /^(?:in|within)\s/iu;
/** A month name alone counts as a date only after one of these ("in March", "last November", "by June");
 *  otherwise "March" and "May" are as often a verb, a name or part of one. */
const MONTH_LEAD =
  /\b(?:in|since|by|until|till|through|throughout|during|from|before|after|of|last|next|this|early|late|mid|end|beginning|start|between|and|or|to)(?:\s+|-)$/iu;
/** Words that widen a span leftwards: "early on Tuesday", "late Wednesday night", "later today", "last November". */
const SPAN_MODIFIER = /\b(?<word>early|late|mid|earlier|later|last|next|this|coming)(?:\s+|-)$/iu;
/** Months that are also given names or a modal verb. */
const NAME_MONTHS = /^(?:may|june|april|august)$/iu;
const LEADING_MODIFIER = /^(?<word>last|next|this|coming|past|previous)\s/iu;
const COMPONENTS = ['year', 'month', 'day', 'weekday', 'hour', 'minute'] as const;

/** chrono needs a reference instant to parse; nothing computed from it is used (see resolve.ts). */
const PARSE_INSTANT = new Date(2000, 0, 1, 12, 0, 0);

function statedParts(components: chrono.ParsedComponents): StatedParts {
  const parts: { -readonly [K in keyof StatedParts]: number } = {};
  for (const component of COMPONENTS) {
    const value = components.get(component);
    if (components.isCertain(component) && value !== null) parts[component] = value;
  }
  return parts;
}

const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

/** Whether `index` starts a sentence, line or quotation. */
const opensSentence = (text: string, index: number): boolean =>
  /(?:^|[.!?:\n]["“”'‘’)]*|["“‘(])\s*$/u.test(text.slice(Math.max(0, index - 10), index));

/** Whether a weekday or month chrono found alone is really part of a name or another word: "Sunday Times",
 *  "March Madness", the verbs "march" and "may", abbreviations such as "Sun" and "Wed". */
function isNameOrWord(result: chrono.ParsedResult, index: number, parts: StatedParts, text: string): boolean {
  if (parts.day !== undefined || parts.year !== undefined) return false;
  const onlyWeekday = parts.weekday !== undefined && parts.month === undefined;
  const onlyMonth = parts.month !== undefined && parts.weekday === undefined;
  if (!onlyWeekday && !onlyMonth) return false;
  const name = onlyWeekday ? WEEKDAY_NAME.exec(result.text) : MONTH_NAME.exec(result.text);
  const end = index + result.text.length;
  const nextWord = /^\s+(?<word>[\p{L}’'.]+)/u.exec(text.slice(end, end + 30))?.groups?.['word'];

  // Rule 1: an abbreviated weekday ("Sun", "Wed") without a date beside it is a word, not a day.
  if (onlyWeekday && name === null && !/\bweek(?:end)?\b/iu.test(result.text)) return true;
  // Rule 2: a name continues with a capitalised word ("Sunday Times", "March Madness") unless that word is
  // another date part or "I". Only when chrono's match is the name alone, directly followed by the word: "on
  // Tuesday Mayor X said" and "In August, U.S. officials" stay.
  if (
    name?.index === 0 &&
    name[0].length === result.text.length &&
    nextWord !== undefined &&
    nextWord !== 'I' &&
    isCapitalised(nextWord) &&
    !MONTH_NAME.test(nextWord) &&
    !WEEKDAY_NAME.test(nextWord)
  )
    return true;
  // Rule 3: a month alone must be capitalised and follow a word that makes it a time ("in March", "last
  // November"); an article will do ("a March debut") except before the months that are also given names or a
  // modal verb ("the May government").
  if (onlyMonth && !/\b(?:month|year)\b/iu.test(result.text)) {
    if (name === null || !isCapitalised(name[0])) return true;
    const before = text.slice(Math.max(0, index - 30), index);
    const leadInside = /^(?:in|by|since|until|from|during|through|end|beginning|start|middle)\b/iu.test(
      result.text,
    );
    const articleLead = /\b(?:a|the)\s+$/iu.test(before) && !NAME_MONTHS.test(name[0]);
    if (!leadInside && !articleLead && !MONTH_LEAD.test(before)) return true;
  }
  return false;
}

/** One chrono result, found at `index` of `text`, as a candidate; undefined when it is not a time expression in
 *  news prose. */
function candidateOf(result: chrono.ParsedResult, index: number, text: string): Candidate | undefined {
  const lower = result.text.toLowerCase().trim();
  let from = statedParts(result.start);
  // chrono drops the date it merged with a part of day ("evening of April 20, 2013"); read it again alone.
  if (Object.keys(from).length === 0 && /\d/u.test(result.text)) {
    const [inner] = strictEnglishChrono().parse(result.text, PARSE_INSTANT);
    if (inner !== undefined) from = statedParts(inner.start);
  }
  // "now" is the reference itself and says nothing a reader needs located.
  if (/^(?:right\s+)?now$/u.test(lower)) return undefined;
  if (result.tags().has('result/relativeDate') && LENGTH_AS_POINT.test(lower)) return undefined;
  if (EVENT_OFFSET.test(lower) && !REFERENCE_DAY_WORDS.test(lower)) return undefined;
  if (isNameOrWord(result, index, from, text)) return undefined;
  // "Today", "Tonight" capitalised inside a sentence name a programme or a paper, not the day.
  if (
    /^(?:today|tonight|tomorrow|yesterday)$/iu.test(lower) &&
    isCapitalised(result.text) &&
    !opensSentence(text, index)
  )
    return undefined;
  // A numeric date is trusted only with its year: "9/11" and "3/4" are names and scores.
  if (
    !MONTH_NAME.test(lower) &&
    /\d\s*[/.-]\s*\d/u.test(lower) &&
    from.day !== undefined &&
    from.year === undefined
  )
    return undefined;
  // A clock time alone needs its own unit ("at 11.40 p.m."); "at 10" and "5-3" are addresses and scores.
  const dated =
    from.day !== undefined ||
    from.month !== undefined ||
    from.weekday !== undefined ||
    from.year !== undefined ||
    /\b(?:yesterday|today|tonight|tomorrow|ago|week|weekend|month|year|morning|afternoon|evening|night)\b/iu.test(
      lower,
    );
  if (!dated && !CLOCK_MARKER.test(lower)) return undefined;

  let end = index + result.text.length;
  while (end > index && /[\s,;:]/u.test(text[end - 1] ?? '')) end--;
  let start = index;
  let modifier = LEADING_MODIFIER.exec(result.text)?.groups?.['word']?.toLowerCase();
  for (let step = 0; step < 2; step++) {
    const found = SPAN_MODIFIER.exec(text.slice(Math.max(0, start - 20), start));
    if (found?.groups === undefined) break;
    start -= found[0].length;
    const word = found.groups['word']?.toLowerCase();
    if (word !== undefined && ['last', 'next', 'this', 'coming'].includes(word)) modifier ??= word;
  }
  // chrono sets `end` to null, not undefined, when there is none.
  const rangeEnd: chrono.ParsedComponents | null | undefined = result.end;
  return {
    start,
    end,
    text: text.slice(start, end),
    ...(modifier === undefined ? {} : { modifier }),
    from,
    ...(rangeEnd == null ? {} : { to: statedParts(rangeEnd) }),
  };
}

/** Offsets of pieces no longer than `CHRONO_PIECE_CHARS`, cut after a line break, else after a sentence stop,
 *  else after a space: chrono's time grows faster than linearly with the length of what it is given. */
export function pieceBounds(text: string): number[] {
  const bounds = [0];
  let start = 0;
  while (text.length - start > CHRONO_PIECE_CHARS) {
    const window = text.slice(start, start + CHRONO_PIECE_CHARS);
    const cut = [window.lastIndexOf('\n'), window.lastIndexOf('. '), window.lastIndexOf(' ')].find(
      (index) => index > CHRONO_PIECE_CHARS / 2,
    );
    start += cut === undefined ? CHRONO_PIECE_CHARS : cut + 1;
    bounds.push(start);
  }
  return bounds;
}

/** chrono's candidates in `text`, filtered and widened, in text order. */
export function scanDates(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  const bounds = pieceBounds(text);
  bounds.forEach((pieceStart, piece) => {
    const pieceEnd = bounds[piece + 1] ?? text.length;
    for (const result of casualEnglishChrono().parse(text.slice(pieceStart, pieceEnd), PARSE_INSTANT)) {
      const candidate = candidateOf(result, pieceStart + result.index, text);
      if (candidate !== undefined) candidates.push(candidate);
    }
  });
  return candidates;
}
