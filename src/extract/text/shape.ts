// Line shape: the measurements the line classifier decides on (words, case, final punctuation, bullets).
import { boundedMemo } from '../../core/index.ts';
import {
  PROSE_ALL_CAPS_MIN_WORDS,
  PROSE_CLOSED_MIN_WORDS,
  PROSE_COLON_MIN_WORDS,
  PROSE_MIN_LOWERCASE_RATIO,
  PROSE_MIN_WORDS,
  PROSE_UNTERMINATED_MIN_WORDS,
  TITLE_MAX_CHARS,
  TITLE_MAX_WORDS,
} from './thresholds.ts';

/** Bullet markers a dump puts before list items and menu entries: symbol bullets (a space is optional) or ASCII
 *  and dash bullets followed by a space (so "-5 degrees" and "—quoted" are not list items). */
const BULLET = /^(?:[•·▪▫◦‣∙●○■□►▸▶➤➢→✓✔]\s*|[*+\-–—]\s+)/u;

/** Words that stay lower-case inside Title Case, so they say nothing about whether a line is a sentence. */
const MINOR_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'nor',
  'but',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'with',
  'from',
  'as',
  'into',
  'onto',
  'over',
  'up',
  'via',
  'vs',
  'per',
  'amid',
  'after',
  'than',
]);

export function isBulleted(line: string): boolean {
  const trimmed = line.trim();
  return BULLET.test(trimmed) && trimmed.replace(BULLET, '') !== '';
}

/** The line without leading bullet markers and surrounding whitespace. */
export function stripBullet(line: string): string {
  const trimmed = line.trim();
  if (!isBulleted(trimmed)) return trimmed;
  return trimmed.replace(BULLET, '').trim();
}

/** Tokens that carry a letter or a digit (punctuation-only tokens such as "–" or "/" are not words). */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token));
}

/** Scripts written without spaces between words: each ideograph or kana carries about half a word. */
const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;

/** Number of words, counting runs of unspaced scripts (Chinese, Japanese, Thai) at two characters a word. */
export function countWords(text: string): number {
  let count = 0;
  for (const token of wordsOf(text)) {
    const unspaced = token.match(UNSPACED_SCRIPT)?.length ?? 0;
    count += unspaced === 0 ? 1 : Math.max(1, Math.round(unspaced / 2));
  }
  return count;
}

function firstLetter(token: string): string | undefined {
  return /\p{L}/u.exec(token)?.[0];
}

function isCaseless(letter: string): boolean {
  return letter.toUpperCase() === letter.toLowerCase();
}

/** Share of letter-initial words starting lower-case (minor words included). Scripts without case (Arabic, Hebrew,
 *  Chinese, Devanagari…) give no Title Case signal, so their words count as lower-case: sentence-like. */
export function lowercaseRatio(text: string): number {
  let letterWords = 0;
  let lower = 0;
  for (const word of wordsOf(text)) {
    const stripped = word.replace(/^[^\p{L}\p{N}]+/u, '');
    const letter = /^\p{L}/u.test(stripped) ? firstLetter(stripped) : undefined;
    if (letter === undefined) continue;
    letterWords += 1;
    if (letter !== letter.toUpperCase() || isCaseless(letter)) lower += 1;
  }
  return letterWords === 0 ? 0 : lower / letterWords;
}

/** Share of non-minor letter-initial words starting upper-case: 1 for Title Case, low for sentences. */
export function capitalizedRatio(text: string): number {
  let counted = 0;
  let upper = 0;
  for (const word of wordsOf(text)) {
    const stripped = word.replace(/^[^\p{L}\p{N}]+/u, '');
    if (!/^\p{L}/u.test(stripped)) continue;
    if (MINOR_WORDS.has(stripped.toLowerCase().replace(/[^\p{L}]+$/u, ''))) continue;
    counted += 1;
    const letter = firstLetter(stripped) ?? '';
    if (letter === letter.toUpperCase() && letter !== letter.toLowerCase()) upper += 1;
  }
  return counted === 0 ? 0 : upper / counted;
}

/** Every non-minor word starts upper-case, and there are at least three of them: "Allies Press for a Firmer Line". */
export function isTitleCase(text: string): boolean {
  const content = wordsOf(text).filter((word) => {
    const stripped = word.replace(/^[^\p{L}]+/u, '').replace(/[^\p{L}]+$/u, '');
    return /^\p{L}/u.test(stripped) && !MINOR_WORDS.has(stripped.toLowerCase());
  });
  return content.length >= 3 && capitalizedRatio(text) === 1;
}

/** Upper-case letters only, and at least three of them ("DEEP LOOKS", "WASHINGTON"). */
export function isAllCaps(text: string): boolean {
  if (/\p{Ll}/u.test(text) || !/\p{Lu}/u.test(text)) return false;
  return /\p{L}[^\p{L}]*\p{L}[^\p{L}]*\p{L}/u.test(text);
}

/** Final punctuation of a sentence in the scripts news is written in (Latin, CJK, Arabic, Devanagari, Urdu). */
const SENTENCE_END = /[.!?…:;。！？؟।۔]$/u;

/** Ends with sentence punctuation, looking through closing quotes and brackets. */
export function endsWithSentencePunctuation(text: string): boolean {
  const core = text.trim().replace(/[\s"'”’»」』)\]]+$/u, '');
  return SENTENCE_END.test(core);
}

/** Ends with a full stop that closes a sentence (not "U.S." or "Jr."): titles never do. */
export function endsWithFullStop(text: string): boolean {
  const core = text.trim().replace(/[\s"'”’»)\]]+$/u, '');
  if (/[。．।۔]$/u.test(core)) return true;
  if (!core.endsWith('.') || core.endsWith('...')) return false;
  return !/(?:^|[\s(])(?:\p{Lu}\.)+$|\b(?:Jr|Sr|St|Co|Inc|Ltd|Corp|Mr|Mrs|Ms|Dr|Gen|Gov|Sen|Rep)\.$/u.test(
    core,
  );
}

/** Reads as a sentence (or several) of running prose: enough words, lower-case function words, final
 *  punctuation, or so many words that it cannot be a title. */
export function isProse(text: string): boolean {
  return text.length > PROSE_CACHE_MAX_CHARS ? readsAsProse(text) : knownProse(text);
}

/** A line's prose test is asked for by several rules (line roles, titles, date lines): answered once per text,
 *  for lines up to a paragraph's length, the last so many of them. */
const PROSE_CACHE_SIZE = 10_000;
const PROSE_CACHE_MAX_CHARS = 2_000;
const knownProse = boundedMemo(readsAsProse, PROSE_CACHE_SIZE);

function readsAsProse(text: string): boolean {
  const body = stripBullet(text).trim();
  const words = countWords(body);
  const terminated = endsWithSentencePunctuation(body);
  const colon = body.endsWith(':');
  const closed = terminated && !colon && !/[;:]["'”’)\]]*$/u.test(body);
  if (words < (closed ? PROSE_CLOSED_MIN_WORDS : PROSE_MIN_WORDS)) return false;
  // An all-caps sentence (old wire copy) has no lower-case words but still reads as prose when long and closed.
  if (isAllCaps(body)) return words >= PROSE_ALL_CAPS_MIN_WORDS && terminated && !colon;
  const lowercase = lowercaseRatio(body);
  if (lowercase < PROSE_MIN_LOWERCASE_RATIO) return false;
  // Every content word capitalised is Title Case, a headline even with a final "U.S." or "!" (Title Case keeps
  // at most about half its words lower-case, so sentences with more skip the test).
  if (lowercase < 0.5 && words < PROSE_UNTERMINATED_MIN_WORDS && isTitleCase(body)) return false;
  if (terminated && !colon) return true;
  if (colon && words >= PROSE_COLON_MIN_WORDS) return true;
  return words >= PROSE_UNTERMINATED_MIN_WORDS;
}

/** Shape of a headline, subheading, link title or menu item: short and not closed by a full stop. */
export function isTitleLike(text: string): boolean {
  const body = stripBullet(text);
  const words = countWords(body);
  if (words === 0 || words > TITLE_MAX_WORDS || body.length > TITLE_MAX_CHARS) return false;
  if (isProse(body)) return false;
  return !endsWithFullStop(body);
}

/** Key for "the same line elsewhere on the page": case, spacing, bullets and edge punctuation folded. */
export function repetitionKey(text: string): string {
  return stripBullet(text)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/gu, "'")
    .replace(/[\u201C\u201D]/gu, '"')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
}

/** Splits a line into sentences at final punctuation followed by a space (good enough for furniture tests). */
export function roughSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…]["'”’)\]]*)\s+(?=["'“‘([]?[\p{Lu}\p{N}])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}
