// Clean names out of tagged mentions: no bullets, quotes, courtesy titles or job titles, and a key that ignores
// case, diacritics and dots so "U.S." and "US", "Kovačić" and "Kovacic" compare equal.
import { boundedMemo } from '../../core/index.ts';
import { matchCountry } from './countries.ts';
import { DECORATIVE_WORDS, HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS } from './lexicon.ts';
import { MAX_PERSON_NAME_WORDS } from './thresholds.ts';
import { isPossessiveMarker, tokenizeWords } from './tokens.ts';

/** Role words that are also common given names: stripped from a name's front only when two words remain. */
const NAME_LIKE_ROLE_WORDS = new Set([
  'dean',
  'major',
  'judge',
  'king',
  'prince',
  'bishop',
  'marshal',
  'chancellor',
]);

/** Lower-cased, diacritics, dots and apostrophes dropped, dashes and quotes folded, whitespace collapsed, no
 *  leading article. */
export function nameKey(text: string): string {
  return knownNameKey(text);
}

/** Distinct names whose key is remembered between calls. */
const KEY_CACHE_SIZE = 50_000;
const knownNameKey = boundedMemo(computeNameKey, KEY_CACHE_SIZE);

function computeNameKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2010-\u2015\u2212]/gu, '-')
    .replace(/[.'’‘`]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /u, '');
}

export interface CleanSpan {
  readonly start: number;
  readonly end: number;
}

const LEADING_JUNK = /^[\s•·▪‣◦*+\-–—"“”„«»‘’'`([{|/:;,]+/u;
const TRAILING_JUNK = /[\s"“”„«»‘’'`)\]}|/:;,!?*•–—-]+$/u;
const TRAILING_POSSESSIVE = /['’][sS]$/u;

/** Trims bullets, quotes, brackets, a possessive `'s` and a sentence's final period from a mention. */
export function trimMention(text: string, start: number, end: number): CleanSpan | undefined {
  let from = start;
  let to = end;
  for (let changed = true; changed && to > from;) {
    changed = false;
    const slice = text.slice(from, to);
    const lead = LEADING_JUNK.exec(slice);
    if (lead !== null) {
      from += lead[0].length;
      changed = true;
      continue;
    }
    const trail = TRAILING_JUNK.exec(slice);
    if (trail !== null) {
      to -= trail[0].length;
      changed = true;
      continue;
    }
    if (TRAILING_POSSESSIVE.test(slice)) {
      to -= 2;
      changed = true;
      continue;
    }
    // A final period ends the sentence unless the last word is an initial or a short abbreviation ("Jr.", "Inc.").
    if (/\p{Ll}{3,}\.$/u.test(slice)) {
      to -= 1;
      changed = true;
    }
  }
  if (to <= from || !/\p{L}/u.test(text.slice(from, to))) return undefined;
  return { start: from, end: to };
}

function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase();
  const bare = lower.replace(/\.$/u, '');
  return (
    HONORIFICS.has(bare) ||
    ROLE_HEADS.has(lower) ||
    ROLE_HEADS.has(bare) ||
    ROLE_MODIFIERS.has(bare) ||
    DECORATIVE_WORDS.has(bare)
  );
}

/** Words that join a second name to a first inside one tagged span, as running text writes them (a title-case
 *  "And" is a headline's, whose words are no name). */
const JOINING_WORDS: ReadonlySet<string> = new Set(['aka', 'AKA', 'a.k.a.', 'A.K.A.', 'and', '&']);

/**
 * A person mention without the titles and possessors a tagger sometimes includes ("Mayor Ana Ruiz",
 * "Dr. Li", "Chile's Ana Ruiz"), or undefined when nothing name-like is left.
 */
export function cleanPersonSpan(text: string, span: CleanSpan): CleanSpan | undefined {
  const words = tokenizeWords(text.slice(span.start, span.end)).map((word) => ({
    ...word,
    start: word.start + span.start,
    end: word.end + span.start,
  }));
  let first = 0;
  const possessive = words.findIndex((word) => isPossessiveMarker(word.text));
  if (possessive >= 0 && possessive < words.length - 1) first = possessive + 1;
  while (first < words.length - 1) {
    const word = words[first]?.text ?? '';
    const lower = word.toLowerCase();
    // A country word is a qualifier only before a title ("French President …"): "Jordan" may be a given name.
    const qualifier = matchCountry(word) !== undefined && isTitleWord(words[first + 1]?.text ?? '');
    if (!qualifier && !isTitleWord(word)) break;
    if (NAME_LIKE_ROLE_WORDS.has(lower) && words.length - first - 1 < 2) break;
    first += 1;
  }
  // "Paul Horner AKA Banksy", "Obama and Biden": the name ends before a second name is joined on.
  const joined = words.findIndex((word, index) => index > first && JOINING_WORDS.has(word.text));
  const end = joined === -1 ? words.length : joined;
  const kept = words.slice(first, end).filter((word) => /\p{L}/u.test(word.text));
  const head = words[first];
  const last = words[end - 1];
  if (head === undefined || last === undefined || kept.length === 0) return undefined;
  // A person's name has a capitalised word, no digit and is short; anything else is a tagging error.
  if (
    !kept.some((word) => /^\p{Lu}/u.test(word.text)) ||
    words.slice(first, end).some((word) => /\p{N}/u.test(word.text))
  )
    return undefined;
  if (kept.length > MAX_PERSON_NAME_WORDS) return undefined;
  return { start: head.start, end: last.end };
}

/** The words of a person's name with the surname (and its particles: "van der", "al-") as the last part. */
export interface NameParts {
  readonly given: readonly string[];
  readonly surname: string;
}

export function splitPersonName(name: string, particles: ReadonlySet<string>): NameParts {
  const words = nameKey(name)
    .split(/[\s]+/u)
    .filter((word) => word !== '');
  if (words.length === 0) return { given: [], surname: '' };
  let surnameStart = words.length - 1;
  while (surnameStart > 1 && particles.has(words[surnameStart - 1] ?? '')) surnameStart -= 1;
  return { given: words.slice(0, surnameStart), surname: words.slice(surnameStart).join(' ') };
}
