// Quantities of an article: every number phrase that states how many, how much or how long, with what it
// counts, the event it is tied to and the place it is about, normalised so outlets can be compared.
import type { Result, TextRange } from '../../core/index.ts';
import { splitSentences } from '../../normalize/index.ts';
import { findEntityMentions, type EntityMention } from '../ner/index.ts';
import {
  DETERMINERS,
  eventAfter,
  eventOf,
  frameBefore,
  isEarlierFigure,
  nounPhraseAt,
  type NounPhrase,
} from './counted.ts';
import { DASHES, digitValue, isExcludedDigits, isExcludedWords } from './exclusions.ts';
import {
  COUNTED_NOUN_EVENTS,
  CURRENCY_SYMBOLS,
  EVENT_CLASSES,
  EVENT_FORMS,
  FUNCTION_WORDS,
  PERSON_NOUNS,
  QUALIFIER_PHRASES,
  type QualifierName,
} from './lexicon.ts';
import { nounLemma } from './lemmas.ts';
import { parseWordNumber } from './number-words.ts';
import {
  APPROXIMATE_TOLERANCE,
  MAX_ABOUT_DISTANCE_AFTER,
  MAX_ABOUT_DISTANCE_BEFORE,
  MAX_ABOUT_LINK_WORDS,
} from './thresholds.ts';
import { adjacent, tokenize, type Token } from './tokens.ts';
import type { Quantity, QuantityKind, QuantityQualifier } from './types.ts';
import { currencyBefore, scaleAfter, unitAfter } from './units.ts';

export interface FindQuantitiesOptions {
  /** Entity mentions of the same text, when the caller has them already; computed with the NER otherwise. */
  readonly mentions?: readonly EntityMention[];
}

type Draft = Omit<Quantity, 'about'>;

/** The number itself: one digit token or a run of number words. */
interface NumberCore {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly digits: boolean;
  readonly vague?: 'dozen' | 'plural';
  readonly words: number;
}

/** The number with what hedges and scales it: "up to 25,000", "€10-12 million", "between 10 and 12". */
interface NumberPhrase {
  readonly core: NumberCore;
  /** First token of the phrase (hedge or currency sign) and the token after its last number or scale word. */
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly qualifier?: QuantityQualifier;
  /** "nearly/almost N": about, but not above N. */
  readonly below: boolean;
  readonly low?: number;
  readonly high?: number;
  readonly currency?: string;
  readonly metres: boolean;
  /** The hedge word when the qualifier came from a one-word hedge before the number ("over"). */
  readonly hedgeWord?: string;
  /** First token of the number without its hedge. */
  readonly unhedgedStart: number;
}

/** Prepositions that tie a place to a number: "35 killed in Sumy", "the town of Sumy that …". */
const ABOUT_PREPOSITIONS = new Set([
  'in',
  'at',
  'near',
  'on',
  'of',
  'across',
  'outside',
  'inside',
  'off',
  'around',
]);
/** After the number "of" and "on" belong to the counted phrase ("invasion of Ukraine", "attacks on"). */
const ABOUT_AFTER_PREPOSITIONS = new Set([
  'in',
  'at',
  'near',
  'across',
  'outside',
  'inside',
  'off',
  'around',
]);

/** Rounds away binary noise (12 × 1.1 = 13.200000000000001) while keeping every meaningful digit. */
function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

function lowerAt(tokens: readonly Token[], index: number): string {
  return tokens[index]?.lower ?? '';
}

function sentenceOf(sentences: readonly TextRange[], start: number, end: number): TextRange {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle];
    if (sentence === undefined) break;
    if (start < sentence.start) high = middle - 1;
    else if (start >= sentence.end) low = middle + 1;
    else return { start: sentence.start, end: Math.max(sentence.end, end) };
  }
  return { start, end };
}

function parseCore(tokens: readonly Token[], index: number): NumberCore | undefined {
  const token = tokens[index];
  if (token === undefined) return undefined;
  if (token.type === 'number') {
    const value = digitValue(token.text);
    return value === undefined ? undefined : { start: index, end: index + 1, value, digits: true, words: 1 };
  }
  if (token.type !== 'word') return undefined;
  const words = parseWordNumber(tokens, index);
  if (words === undefined) return undefined;
  return {
    start: index,
    end: words.end,
    value: words.value,
    digits: false,
    words: words.words,
    ...(words.vague === undefined ? {} : { vague: words.vague }),
  };
}

/** Longest hedge phrase ending right before token `index`. */
function hedgeBefore(
  tokens: readonly Token[],
  index: number,
): { qualifier: QualifierName; below: boolean; start: number } | undefined {
  let best: { qualifier: QualifierName; below: boolean; start: number } | undefined;
  let bestLength = 0;
  for (const phrase of QUALIFIER_PHRASES) {
    const length = phrase.words.length;
    if (length <= bestLength || index - length < 0) continue;
    if (!phrase.words.every((word, offset) => lowerAt(tokens, index - length + offset) === word)) continue;
    best = { qualifier: phrase.qualifier, below: phrase.below === true, start: index - length };
    bestLength = length;
  }
  return best;
}

/** Hedges written after the number: "30+", "30-plus", "30 or more", "200 or so". */
function hedgeAfter(
  tokens: readonly Token[],
  position: number,
): { qualifier: QuantityQualifier; end: number } | undefined {
  const token = tokens[position];
  const next = tokens[position + 1];
  if (token?.text === '+' && adjacent(tokens[position - 1], token))
    return { qualifier: 'at-least', end: position + 1 };
  if (token?.text === '-' && next?.lower === 'plus' && adjacent(token, next))
    return { qualifier: 'at-least', end: position + 2 };
  if (token?.lower === 'or' && next?.lower === 'more') return { qualifier: 'at-least', end: position + 2 };
  if (token?.lower === 'or' && next?.lower === 'so') return { qualifier: 'about', end: position + 2 };
  return undefined;
}

/** The upper end of a range after the first number: "-12", "to 12", "and 12" (after "between"), "or three". */
function rangeEnd(
  tokens: readonly Token[],
  core: NumberCore,
  position: number,
  opener: string,
  money: boolean,
): { value: number; scale: number; end: number } | undefined {
  const joiner = tokens[position];
  if (joiner === undefined) return undefined;
  const dash = DASHES.has(joiner.text) && (joiner.text !== '-' || adjacent(tokens[position - 1], joiner));
  // "rose from 12 to 14" is a change, not a range.
  const word =
    (joiner.lower === 'to' && opener !== 'from') ||
    (joiner.lower === 'and' && opener === 'between') ||
    joiner.lower === 'or';
  if (!dash && !word) return undefined;
  let index = position + 1;
  if (CURRENCY_SYMBOLS[tokens[index]?.text ?? ''] !== undefined) index += 1;
  const second = parseCore(tokens, index);
  if (second === undefined || (dash && second.digits !== core.digits)) return undefined;
  const scale = scaleAfter(tokens, second.end, second.digits, money);
  if (scale.metres === true) return undefined;
  return { value: second.value, scale: scale.factor, end: scale.end };
}

function readNumber(
  text: string,
  tokens: readonly Token[],
  index: number,
  sentence: TextRange,
): NumberPhrase | undefined {
  const core = parseCore(tokens, index);
  if (core === undefined) return undefined;
  const currency = currencyBefore(tokens, core.start);
  const money = currency !== undefined;
  if (core.digits && isExcludedDigits(text, tokens, index, sentence, money)) return undefined;
  if (!core.digits && isExcludedWords(text, tokens, core.start, core.end, core.words, sentence))
    return undefined;

  const scale = scaleAfter(tokens, core.end, core.digits, money);
  let value = core.value * scale.factor;
  let position = scale.end;
  const leading = currency?.start ?? core.start;
  const hedge = hedgeBefore(tokens, leading);
  let qualifier: QuantityQualifier | undefined;
  let low: number | undefined;
  let high: number | undefined;

  const trailing = hedgeAfter(tokens, position);
  const range =
    trailing === undefined
      ? rangeEnd(tokens, core, position, lowerAt(tokens, leading - 1), money)
      : undefined;
  if (trailing !== undefined) {
    qualifier = trailing.qualifier;
    position = trailing.end;
  } else if (range !== undefined) {
    // "€10-12 million": a scale written once applies to both ends.
    if (scale.factor === 1 && range.scale > 1) value *= range.scale;
    const upper = range.value * (range.scale > 1 ? range.scale : scale.factor);
    if (upper > value) {
      low = value;
      high = upper;
      value = (low + high) / 2;
      qualifier = 'range';
      position = range.end;
    }
  }
  const hedged = qualifier === undefined && hedge !== undefined;
  if (hedged) qualifier = hedge.qualifier;
  if (core.vague === 'plural' && (qualifier === undefined || qualifier === 'exact')) qualifier = 'at-least';
  if (core.vague === 'dozen' && qualifier === undefined) qualifier = 'about';
  return {
    core,
    start: hedged ? hedge.start : leading,
    end: position,
    value,
    below: hedged && hedge.below,
    unhedgedStart: leading,
    ...(hedged && hedge.start === leading - 1 ? { hedgeWord: lowerAt(tokens, hedge.start) } : {}),
    metres: scale.metres === true,
    ...(qualifier === undefined ? {} : { qualifier }),
    ...(low === undefined ? {} : { low }),
    ...(high === undefined ? {} : { high }),
    ...(currency === undefined ? {} : { currency: currency.code }),
  };
}

function boundsOf(number: NumberPhrase, qualifier: QuantityQualifier): { low?: number; high?: number } {
  const { value } = number;
  switch (qualifier) {
    case 'exact':
      return { low: value, high: value };
    case 'about':
      return {
        low: tidy(value * (1 - APPROXIMATE_TOLERANCE)),
        high: number.below ? value : tidy(value * (1 + APPROXIMATE_TOLERANCE)),
      };
    case 'at-least':
    case 'more-than':
      return { low: value };
    case 'at-most':
    case 'less-than':
    case 'up-to':
      return { high: value };
    case 'range':
      return {
        ...(number.low === undefined ? {} : { low: number.low }),
        ...(number.high === undefined ? {} : { high: number.high }),
      };
  }
}

/** What a count counts: the phrase after it, through "of" ("two of its four fire pumps", "dozens of"). */
function countedPhrase(tokens: readonly Token[], position: number): NounPhrase & { partitive: boolean } {
  let start = position;
  let partitive = false;
  if (lowerAt(tokens, start) === 'of') {
    start += 1;
    if (DETERMINERS.has(lowerAt(tokens, start))) {
      partitive = ['them', 'whom'].includes(lowerAt(tokens, start));
      start += 1;
    }
    // "two of Eastmole's four fire pumps", "two of the region's three hospitals"
    if (/^['’]$/.test(tokens[start + 1]?.text ?? '') && lowerAt(tokens, start + 2) === 's') start += 3;
    const inner = parseCore(tokens, start);
    if (inner !== undefined) start = inner.end;
  }
  return { ...nounPhraseAt(tokens, start), partitive };
}

/** What money pays for: "€21 billion in fresh military aid", "a €55m bill", "estimated the damage at €40 million". */
function moneyCounted(tokens: readonly Token[], start: number, end: number): string | undefined {
  const linked = lowerAt(tokens, end) === 'in' && !DETERMINERS.has(lowerAt(tokens, end + 1));
  const phrase = nounPhraseAt(tokens, linked ? end + 1 : end);
  if (phrase.head !== undefined) return phrase.head.lower;
  const link = lowerAt(tokens, start - 1);
  const noun = tokens[start - 2];
  const determiner = lowerAt(tokens, start - 3);
  // Not "the cost of the fire at €55m", where the noun before "at" is not the head.
  if ((link !== 'at' && link !== 'of') || noun === undefined || !/^\p{Ll}{3,}$/u.test(noun.text))
    return undefined;
  if (FUNCTION_WORDS.has(noun.lower) || !(DETERMINERS.has(determiner) || determiner === 'a'))
    return undefined;
  return lowerAt(tokens, start - 4) === 'of' ? undefined : noun.lower;
}

function readQuantity(
  text: string,
  tokens: readonly Token[],
  index: number,
  sentences: readonly TextRange[],
  earlier: readonly Draft[],
): { quantity: Draft; next: number } | undefined {
  const first = tokens[index];
  if (first === undefined) return undefined;
  const sentence = sentenceOf(sentences, first.start, first.end);
  const number = readNumber(text, tokens, index, sentence);
  if (number === undefined) return undefined;
  const { core } = number;

  let kind: QuantityKind = number.currency === undefined ? 'count' : 'money';
  let unit = number.currency;
  let value = number.value;
  let counted: string | undefined;
  let position = number.end;
  if (number.metres) {
    kind = 'measure';
    unit = 'm';
  }
  const unitWord = unitAfter(tokens, position, core.digits);
  if (unitWord !== undefined && (kind === 'count' || (kind === 'money' && unitWord.kind === 'money'))) {
    kind = unitWord.kind;
    if (unitWord.unit !== undefined) unit = unitWord.unit;
    if (unitWord.counted !== undefined) counted = unitWord.counted;
    if (unitWord.factor !== undefined) value *= unitWord.factor;
    position = unitWord.end;
  }
  if (kind === 'count' && /^(?:aged|age)$/.test(lowerAt(tokens, number.start - 1))) {
    kind = 'measure';
    unit = 'years';
    counted = 'age';
  }
  const numberEnd = position;
  if (value === 0 && unit === undefined) return undefined;

  let phraseEnd = tokens[numberEnd - 1]?.end ?? first.end;
  let event: string | undefined;
  let partitive = false;
  if (kind === 'count' && counted === undefined) {
    const phrase = countedPhrase(tokens, position);
    partitive = phrase.partitive;
    if (phrase.head !== undefined) counted = phrase.head.lower;
    if (phrase.participle !== undefined) event = eventOf(phrase.participle, true);
    const last = phrase.participle ?? phrase.head;
    if (last !== undefined) phraseEnd = last.end;
    position = Math.max(position, phrase.end);
    if (counted === undefined && event === undefined) {
      const frame = frameBefore(tokens, number.start, tokenIndexAtOffset(tokens, sentence.start));
      counted = frame?.counted;
      event = frame?.event;
    }
  } else if (kind === 'money') {
    counted = moneyCounted(tokens, number.start, position);
  }

  // The event: a participle in the phrase ("12 injured"), a verb before ("killed 35"), a verb after.
  event ??=
    eventOf(tokens[number.start - 1], false) ?? (kind === 'count' ? eventAfter(tokens, position) : undefined);
  if (event === undefined && counted !== undefined) event = COUNTED_NOUN_EVENTS[counted];
  const sameSentence = [...earlier]
    .reverse()
    .filter((quantity) => quantity.sentence.start === sentence.start);
  const previous = sameSentence.find((quantity) => quantity.kind === kind);
  // "including three firefighters", "among them three firefighters", "three of them firefighters".
  const before = lowerAt(tokens, number.start - 1);
  const subset =
    partitive ||
    before === 'including' ||
    (before === 'them' && lowerAt(tokens, number.start - 2) === 'among');
  if (event === undefined && subset) event = previous?.event;
  const superseded = isEarlierFigure(tokens, number.start);
  if (superseded && previous !== undefined) {
    counted ??= previous.counted;
    if (event === undefined || !EVENT_FORMS.has(event)) event = previous.event;
  }
  if (counted !== undefined && PERSON_NOUNS.has(counted) && kind === 'count') unit = 'people';

  // "over 30 years" tells how long something ran, not that it ran longer than 30 years.
  const during = kind === 'duration' && number.hedgeWord === 'over';
  const qualifier = during ? 'exact' : (number.qualifier ?? 'exact');
  const bounds = boundsOf(number, qualifier);
  const start = tokens[during ? number.unhedgedStart : number.start]?.start ?? first.start;
  const end = Math.max(phraseEnd, tokens[numberEnd - 1]?.end ?? phraseEnd);
  const eventClass = event === undefined ? undefined : (EVENT_CLASSES[event] ?? event);
  const countedLemma = counted === undefined || counted === 'age' ? undefined : nounLemma(counted);
  const quantity: Draft = {
    start,
    end,
    sentence: sentenceOf(sentences, start, end),
    text: text.slice(start, end),
    value: tidy(value),
    ...(bounds.low === undefined ? {} : { low: bounds.low }),
    ...(bounds.high === undefined ? {} : { high: bounds.high }),
    approximate: qualifier !== 'exact' || core.vague !== undefined,
    qualifier,
    kind,
    ...(unit === undefined ? {} : { unit }),
    ...(counted === undefined ? {} : { counted }),
    ...(countedLemma === undefined ? {} : { countedLemma }),
    ...(event === undefined ? {} : { event }),
    ...(eventClass === undefined ? {} : { eventClass }),
    ...(superseded ? { superseded } : {}),
  };
  // Go on after the number and its unit only: the counted phrase may hold another number ("two of its four").
  return { quantity, next: numberEnd };
}

function tokenIndexAtOffset(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle]?.start ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether a preposition introduces the mention ("in Sumy", "at the Eastmole terminal", "the town of Sumy"). */
function isIntroduced(
  text: string,
  mention: EntityMention,
  sentence: TextRange,
  prepositions: ReadonlySet<string>,
): boolean {
  const before = text.slice(Math.max(sentence.start, mention.start - 32), mention.start);
  const match =
    /(\p{L}+)\s+(?:the\s+)?(?:(?:town|city|village|region|province|port|district|area)\s+of\s+)?$/iu.exec(
      before,
    );
  return match !== null && prepositions.has((match[1] ?? '').toLowerCase());
}

/** The place a quantity is about: a place (or, after it, an organisation) introduced by a preposition close by. */
function aboutOf(text: string, mentions: readonly EntityMention[], quantity: Draft): string | undefined {
  const { start, end, sentence } = quantity;
  if (quantity.kind === 'duration' || quantity.kind === 'percent') return undefined;
  for (const mention of mentions) {
    if (mention.start < end || mention.end > sentence.end) continue;
    if (mention.start - end > MAX_ABOUT_DISTANCE_AFTER) break;
    if (mention.type !== 'place' && mention.type !== 'organization') continue;
    const between = text.slice(end, mention.start);
    if (/[;:\u2014()]|\d/.test(between) || /,\s/.test(between)) break;
    if (isIntroduced(text, mention, sentence, ABOUT_AFTER_PREPOSITIONS)) return mention.text;
  }
  let best: string | undefined;
  for (const mention of mentions) {
    if (mention.end > start) break;
    if (mention.start < sentence.start || start - mention.end > MAX_ABOUT_DISTANCE_BEFORE) continue;
    if (mention.type !== 'place') continue;
    // Only a short relative link may stand between: "the town of Sumy that killed 35 civilians".
    const between = text.slice(mention.end, start).trim();
    if (/[;:\u2014(),]|\d|\p{Lu}/u.test(between) || between.split(/\s+/).length > MAX_ABOUT_LINK_WORDS)
      continue;
    if (isIntroduced(text, mention, sentence, ABOUT_PREPOSITIONS)) best = mention.text;
  }
  return best;
}

/**
 * Every quantity in `text`, in order. Years, dates, clock times, ordinals, codes ("G7", "COVID-19",
 * "24/7"), phone numbers, list markers, rating widgets ("0 / 5") and a bare "one" are skipped. Ages
 * ("aged 34", "34-year-old") are kept as `measure` in `years` with `counted: 'age'`; durations as `duration`.
 */
export function findQuantities(
  text: string,
  sentences?: readonly TextRange[],
  options: FindQuantitiesOptions = {},
): Result<readonly Quantity[]> {
  const tokens = tokenize(text);
  const ranges = sentences ?? splitSentences(text);
  const drafts: Draft[] = [];
  let index = 0;
  while (index < tokens.length) {
    const read = readQuantity(text, tokens, index, ranges, drafts);
    if (read === undefined) {
      index += 1;
      continue;
    }
    drafts.push(read.quantity);
    index = Math.max(index + 1, read.next);
  }
  if (drafts.length === 0) return { value: [], diagnostics: [] };
  const mentions = options.mentions ?? findEntityMentions(text).value;
  const quantities = drafts.map((quantity): Quantity => {
    const about = aboutOf(text, mentions, quantity);
    return about === undefined ? quantity : { ...quantity, about };
  });
  return { value: quantities, diagnostics: [] };
}
