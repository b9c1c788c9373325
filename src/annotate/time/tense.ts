// The tense of the clause around a time expression, read from the nearest tense marker in its sentence: a bare
// weekday in a news report is the coming one after "will meet" and the past one after "met".
import { TENSE_SCAN_WORDS } from './thresholds.ts';

export type Tense = 'past' | 'future' | 'unknown';

/** Words that put what follows in the future, or in the future of a reported past ("said it would reopen"). */
const FUTURE_WORDS = new Set([
  'will',
  'shall',
  'would',
  "won't",
  'won’t',
  'expected',
  'scheduled',
  'planned',
  'slated',
  'tomorrow',
]);

/** Words before `to` that make `to …` a plan or forecast: "is set to meet", "plans to vote". */
const FUTURE_BEFORE_TO = new Set([
  'due',
  'set',
  'going',
  'plans',
  'plan',
  'planning',
  'intends',
  'intend',
  'aims',
  'hopes',
  'poised',
  'about',
  'likely',
  'ready',
  'is',
  'are',
]);

/** Irregular past forms and past auxiliaries; regular ones are found by their `-ed` ending. Forms that are also
 *  present or bare (`put`, `set`, `read`, `cut`) are left out. */
const PAST_WORDS = new Set([
  'was',
  'were',
  'had',
  'did',
  'has',
  'have',
  'been',
  'said',
  'told',
  'met',
  'made',
  'took',
  'came',
  'went',
  'gave',
  'found',
  'saw',
  'left',
  'began',
  'broke',
  'held',
  'kept',
  'led',
  'fell',
  'rose',
  'sent',
  'spent',
  'stood',
  'struck',
  'brought',
  'bought',
  'caught',
  'fought',
  'thought',
  'won',
  'lost',
  'paid',
  'ran',
  'sat',
  'spoke',
  'wrote',
  'drove',
  'flew',
  'grew',
  'knew',
  'threw',
  'chose',
  'became',
  'heard',
  'felt',
  'got',
  'ago',
  'yesterday',
]);

/** `-ed` words that are not past verbs. */
const NOT_PAST_ED = new Set(['hundred', 'indeed', 'sacred', 'naked', 'wicked', 'ragged', 'beloved', 'embed']);

const WORD = /[\p{L}’']+/gu;

/** Characters searched on each side for the sentence's ends: more than the scanned words can span, and a bound
 *  that keeps the search from growing with the length of the text. */
const SENTENCE_WINDOW_CHARS = TENSE_SCAN_WORDS * 40;

/** Present progressive "is meeting", "are travelling": in news, an arrangement still to come. */
const PROGRESSIVE_AUXILIARIES = new Set(['is', 'are', 'am']);

interface Word {
  readonly text: string;
  readonly start: number;
}

function wordsOf(text: string, offset: number): Word[] {
  return [...text.matchAll(WORD)].map((match) => ({ text: match[0], start: offset + match.index }));
}

/** Words after `to` that make it a preposition ("due to the smoke"), not the mark of a verb ("due to reopen"). */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'his',
  'her',
  'their',
  'this',
  'that',
  'these',
  'those',
]);

/** The tense a word marks; `previous` and `next` are its neighbours in reading order. Capitalised words are
 *  names ("Ahmed", "Will Harding") rather than markers, even at the start of a sentence: news prose asks few
 *  questions. */
function markerOf(word: string, previous: string | undefined, next: string | undefined): Tense {
  const lower = word.toLowerCase().replace(/’/gu, "'");
  if (lower.endsWith("'ll")) return 'future';
  if (word !== word.toLowerCase()) return 'unknown';
  if (FUTURE_WORDS.has(lower)) return 'future';
  const previousLower = previous?.toLowerCase();
  if (
    lower === 'to' &&
    previousLower !== undefined &&
    FUTURE_BEFORE_TO.has(previousLower) &&
    !DETERMINERS.has(next?.toLowerCase() ?? '')
  )
    return 'future';
  if (lower.endsWith('ing') && previousLower !== undefined && PROGRESSIVE_AUXILIARIES.has(previousLower))
    return 'future';
  // A participle after "be" is passive and takes its tense from the auxiliary: "will be held" is future.
  if (previousLower === 'be' || previousLower === 'being') return 'unknown';
  if (PAST_WORDS.has(lower)) return 'past';
  if (lower.length >= 4 && lower.endsWith('ed') && !lower.endsWith('eed') && !NOT_PAST_ED.has(lower))
    return 'past';
  return 'unknown';
}

/** Where the sentence (or semicolon clause) holding `index` starts and ends: a stop, question or exclamation
 *  mark followed by a capital or quote, a semicolon, or a line break. Abbreviations ("a.m. on Tuesday") are
 *  followed by lower case and pass. */
export function sentenceBounds(text: string, index: number): { start: number; end: number } {
  const boundary = /[.!?]["'”’)]*\s+(?=["“‘'(]?[\p{Lu}\d])|;\s*|\n/gu;
  const windowStart = Math.max(0, index - SENTENCE_WINDOW_CHARS);
  const window = text.slice(windowStart, index + SENTENCE_WINDOW_CHARS);
  let start = windowStart;
  let end = windowStart + window.length;
  for (const match of window.matchAll(boundary)) {
    const matchStart = windowStart + match.index;
    const after = matchStart + match[0].length;
    if (after <= index) start = after;
    else if (matchStart >= index) {
      end = matchStart;
      break;
    }
  }
  return { start, end };
}

/** The tense of the sentence around `[start, end)`: the nearest marker before the expression within
 *  `TENSE_SCAN_WORDS` words, else the nearest after it. */
export function tenseAround(text: string, start: number, end: number): Tense {
  const sentence = sentenceBounds(text, start);
  const before = wordsOf(text.slice(sentence.start, start), sentence.start);
  for (let index = before.length - 1, seen = 0; index >= 0 && seen < TENSE_SCAN_WORDS; index--, seen++) {
    const word = before[index];
    if (word === undefined) continue;
    const next = index + 1 < before.length ? before[index + 1]?.text : undefined;
    const tense = markerOf(word.text, before[index - 1]?.text, next);
    if (tense !== 'unknown') return tense;
  }
  const after = wordsOf(text.slice(end, Math.max(end, sentence.end)), end);
  for (let index = 0; index < after.length && index < TENSE_SCAN_WORDS; index++) {
    const word = after[index];
    if (word === undefined) continue;
    const previous = index === 0 ? before[before.length - 1]?.text : after[index - 1]?.text;
    const tense = markerOf(word.text, previous, after[index + 1]?.text);
    if (tense !== 'unknown') return tense;
  }
  return 'unknown';
}
