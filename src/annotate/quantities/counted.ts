// What a number counts and what happened to it: the noun phrase after it ("three container ships"), the
// event verb around it ("killed 35", "were destroyed"), and the frames that name them from before it
// ("the number of people injured has risen to 14").
import { MONTHS, EVENT_FORMS, FUNCTION_WORDS, PERSON_NOUNS } from './lexicon.ts';
import { isVerbForm } from './lemmas.ts';
import { isNumberWord } from './number-words.ts';
import { MAX_COUNTED_WORDS, MAX_EVENT_GAP_TOKENS, MAX_FRAME_TOKENS } from './thresholds.ts';
import { WEEKDAYS } from './exclusions.ts';
import { adjacent, isCapitalised, type Token } from './tokens.ts';

const AUXILIARIES = new Set([
  'were',
  'was',
  'are',
  'is',
  'have',
  'has',
  'had',
  'been',
  'being',
  'be',
  'reportedly',
  'also',
  'later',
  'all',
  'now',
  'still',
  'either',
  'each',
  'confirmed',
  'remain',
  'remains',
  'remained',
]);
const PASSIVE_AUXILIARIES = new Set(['were', 'was', 'are', 'is', 'been', 'being', 'be']);

/** Participles that report or judge rather than say what happened ("are believed to", "12 reported"). */
const NOT_EVENTS = new Set([
  'believed',
  'thought',
  'said',
  'reported',
  'expected',
  'estimated',
  'feared',
  'understood',
  'known',
  'considered',
  'described',
  'seen',
  'needed',
  'required',
  'used',
  'involved',
  'included',
  'located',
  'based',
  'scheduled',
  'planned',
  'listed',
  'named',
  'called',
  'recorded',
  'registered',
  'counted',
]);

/** Nouns before "toll" that name the event ("death toll" → killed). */
const TOLL_EVENTS: Readonly<Record<string, string>> = {
  death: 'killed',
  injury: 'injured',
  casualty: 'killed',
};

/** Nouns that introduce what is counted: "the number of people injured", "a crew of twenty". */
const COUNT_FRAMES = new Set(['number', 'total', 'tally', 'count', 'toll']);

/** Words before a number that mark it as an outdated figure: "up from the 12 reported on Tuesday". */
const CHANGE_VERBS = new Set([
  'rose',
  'risen',
  'rising',
  'increased',
  'climbed',
  'grew',
  'jumped',
  'fell',
  'fallen',
  'dropped',
  'declined',
  'revised',
  'raised',
  'lowered',
  'up',
  'down',
]);

export const DETERMINERS = new Set([
  'the',
  'its',
  'their',
  'his',
  'her',
  'our',
  'these',
  'those',
  'them',
  'whom',
]);

export interface NounPhrase {
  readonly head?: Token;
  readonly participle?: Token;
  /** Token index after the phrase. */
  readonly end: number;
}

function isParticiple(token: Token): boolean {
  const event = EVENT_FORMS.get(token.lower);
  if (event !== undefined) return event === token.lower;
  return /^\p{Ll}{3,}ed$/u.test(token.text);
}

/** A plural noun, which heads its phrase: "nations led by", "people familiar with". */
function isPluralHead(token: Token): boolean {
  if (PERSON_NOUNS.has(token.lower)) return !/(?:person|staff|crew|personnel)$/.test(token.lower);
  return /\p{Ll}{2,}[^su]s$/u.test(token.lower) && !/(?:ss|us|is|ics|news)$/.test(token.lower);
}

/** One word of a noun phrase, joining hyphenated compounds ("ship-to-shore", "burned-out"). */
function wordAt(tokens: readonly Token[], position: number): { token: Token; end: number } | undefined {
  let token = tokens[position];
  if (token === undefined || token.type !== 'word') return undefined;
  let end = position + 1;
  while (tokens[end]?.text === '-' && adjacent(tokens[end - 1], tokens[end])) {
    const part = tokens[end + 1];
    if (part === undefined || part.type !== 'word' || !adjacent(tokens[end], part)) break;
    token = {
      ...token,
      text: `${token.text}-${part.text}`,
      lower: `${token.lower}-${part.lower}`,
      end: part.end,
    };
    end += 2;
  }
  return { token, end };
}

/**
 * The noun phrase after a number: modifiers then a head noun ("container ships"), or a bare participle
 * ("12 injured"). A plural noun or a participle ends it; a capitalised word is a modifier only when a
 * lower-case word follows ("Russian drones").
 */
export function nounPhraseAt(tokens: readonly Token[], start: number): NounPhrase {
  const words: Token[] = [];
  let position = start;
  while (words.length < MAX_COUNTED_WORDS) {
    const word = wordAt(tokens, position);
    if (word === undefined || word.token.lineStart) break;
    const { token } = word;
    const following = tokens[word.end];
    const modifies =
      following !== undefined && /^\p{Ll}/u.test(following.text) && !FUNCTION_WORDS.has(following.lower);
    if (FUNCTION_WORDS.has(token.lower) || isNumberWord(token.lower) || MONTHS.has(token.text)) break;
    if (WEEKDAYS.test(token.text) || /ly$/.test(token.lower)) break;
    // A capitalised word is a modifier only when a lower-case word follows ("Russian drones").
    if (isCapitalised(token) && !modifies) break;
    // "awaits", "remains": a verb after a singular noun ends the phrase.
    if (/s$/.test(token.lower) && isVerbForm(token.lower)) break;
    const participle = isParticiple(token);
    // An -ed or -ing word that is not a known event is a verb ("twenty stayed", "€35 million coming") unless
    // a noun follows ("burned stacks", "neighbouring towns").
    if ((participle || /\p{Ll}{3}ing$/u.test(token.lower)) && !EVENT_FORMS.has(token.lower) && !modifies)
      break;
    words.push(token);
    position = word.end;
    if ((participle && EVENT_FORMS.has(token.lower)) || isPluralHead(token)) break;
  }
  const last = words.at(-1);
  if (last === undefined) return { end: start };
  if (isParticiple(last)) {
    const head = words.at(-2);
    return { ...(head === undefined ? {} : { head }), participle: last, end: position };
  }
  return { head: last, end: position };
}

/** Canonical event of a word: "killing" → "killed"; regular past participles pass as written after "be". */
export function eventOf(token: Token | undefined, passive: boolean): string | undefined {
  if (token === undefined || token.type !== 'word' || NOT_EVENTS.has(token.lower)) return undefined;
  const event = EVENT_FORMS.get(token.lower);
  if (event !== undefined) return event;
  if (passive && /^\p{Ll}{3,}ed$/u.test(token.text)) return token.lower;
  return undefined;
}

/** Event after the counted phrase: "37 containers had been destroyed", "35 people died", "are among the injured". */
export function eventAfter(tokens: readonly Token[], position: number): string | undefined {
  let passive = false;
  for (let step = 0; step <= MAX_EVENT_GAP_TOKENS; step += 1) {
    const token = tokens[position + step];
    if (token === undefined || token.type !== 'word') return undefined;
    if (AUXILIARIES.has(token.lower)) {
      // Only a form of "be" makes the next -ed word a passive ("were destroyed"); "had worked" is active.
      passive ||= PASSIVE_AUXILIARIES.has(token.lower);
      continue;
    }
    if (token.lower === 'among' && ['the', 'those'].includes(tokens[position + step + 1]?.lower ?? ''))
      return eventOf(tokens[position + step + 2], true);
    // "were tackling": a progressive says what they did, not what happened to them ("missing" is a state).
    if (token.lower.endsWith('ing') && EVENT_FORMS.get(token.lower) !== token.lower) return undefined;
    return eventOf(token, passive);
  }
  return undefined;
}

export interface Frame {
  readonly counted?: string;
  readonly event?: string;
}

/**
 * What a bare number counts, from a frame before it in the same sentence: "the number of people injured
 * has risen to 14", "the death toll reached 35", "a crew of twenty".
 */
export function frameBefore(
  tokens: readonly Token[],
  start: number,
  sentenceStart: number,
): Frame | undefined {
  // "a crew of twenty": the noun right before "of".
  if (tokens[start - 1]?.lower === 'of' && ['a', 'an'].includes(tokens[start - 3]?.lower ?? '')) {
    const noun = tokens[start - 2];
    if (noun !== undefined && /^\p{Ll}{3,}$/u.test(noun.text) && !FUNCTION_WORDS.has(noun.lower))
      return { counted: noun.lower };
  }
  const from = Math.max(sentenceStart, start - MAX_FRAME_TOKENS);
  for (let index = start - 1; index >= from; index -= 1) {
    const token = tokens[index];
    if (token === undefined || token.type === 'number' || /^[;:.!?]$/.test(token.text)) return undefined;
    if (token.lower === 'toll') {
      const event = TOLL_EVENTS[tokens[index - 1]?.lower ?? ''];
      return event === undefined ? undefined : { event };
    }
    if (!COUNT_FRAMES.has(token.lower) || tokens[index + 1]?.lower !== 'of') continue;
    const phrase = nounPhraseAt(tokens, index + 2);
    const event = phrase.participle === undefined ? undefined : eventOf(phrase.participle, true);
    const after = phrase.head === undefined ? undefined : tokens[phrase.end];
    const trailing = after === undefined ? undefined : eventOf(after, true);
    const counted = phrase.head?.lower;
    const found = event ?? trailing;
    return {
      ...(counted === undefined ? {} : { counted }),
      ...(found === undefined ? {} : { event: found }),
    };
  }
  return undefined;
}

/** Whether the number is given as an earlier figure: "up from the 12 reported", "revised down from 20". */
export function isEarlierFigure(tokens: readonly Token[], start: number): boolean {
  let index = start - 1;
  if (DETERMINERS.has(tokens[index]?.lower ?? '')) index -= 1;
  const link = tokens[index]?.lower;
  if (link === 'from') return CHANGE_VERBS.has(tokens[index - 1]?.lower ?? '');
  if (link === 'with' || link === 'to') return tokens[index - 1]?.lower === 'compared';
  return link === 'previously';
}
