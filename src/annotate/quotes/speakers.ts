// Speaker phrases around a speech verb and who they name: a person (by the NER), an institution, an unnamed
// source, or a pronoun resolved to the nearest person named before it.
import type { TextRange } from '../../core/index.ts';
import type { EntityMention } from '../ner/index.ts';
import type { Speaker } from './types.ts';
import { MAX_SPEAKER_WORDS } from './thresholds.ts';

const PERSON_PRONOUNS = new Set(['he', 'she']);
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
/** Lower-case words that may open a speaker phrase. */
const PHRASE_OPENERS = new Set([
  'a',
  'an',
  'the',
  'one',
  'two',
  'three',
  'four',
  'five',
  'several',
  'some',
  'many',
  'most',
  'multiple',
  'other',
  'another',
  'his',
  'her',
  'its',
  'their',
  'our',
  'both',
  'all',
  'senior',
  'officials',
  'sources',
  'people',
  'residents',
  'witnesses',
  'analysts',
  'experts',
  'diplomats',
  'police',
]);
/** Words that open a sentence without belonging to its subject. */
const SENTENCE_ADVERBS = new Set([
  'but',
  'and',
  'meanwhile',
  'however',
  'still',
  'yet',
  'so',
  'also',
  'then',
  'later',
  'now',
]);
/** Auxiliaries and adverbs between a subject and its verb ("has reportedly said"). */
const VERB_TAIL = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'could',
  'should',
  'might',
  'may',
  'can',
  'must',
  'did',
  'does',
  'do',
  'been',
  'also',
  'then',
  'again',
  'not',
  'never',
  'just',
  'already',
  'still',
  'even',
  'later',
  'once',
  'further',
]);
/** Words that end an inverted speaker phrase ("said Solano in a video"). */
const PHRASE_STOPS = new Set([
  'who',
  'which',
  'that',
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'while',
  'to',
  'from',
  'with',
  'for',
  'about',
  'when',
  'as',
  'by',
  'adding',
  'according',
  'speaking',
]);
/** Words after which a preposition continues an unnamed source's description. */
const DESCRIPTION_LINKS = new Set(['familiar', 'close', 'briefed', 'involved', 'knowledgeable', 'speaking']);
const RELATIVES = new Set([
  'which',
  'that',
  'who',
  'what',
  'where',
  'when',
  'whom',
  'whose',
  'this',
  'these',
  'it',
]);
const INDEFINITES = new Set([
  'a',
  'an',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'several',
  'some',
  'many',
  'multiple',
  'another',
  'other',
  'various',
  'numerous',
  'unnamed',
  'anonymous',
]);
const DEFINITES = new Set([
  'the',
  'his',
  'her',
  'its',
  'their',
  'our',
  'this',
  'that',
  'these',
  'those',
  'my',
  'your',
]);
/** "A statement from the ministry said": the institution is the speaker. */
const STATEMENT_PREFIX =
  /^(?:a|an|the|in\s+a)\s+(?:(?:\p{L}+\s+){0,2})?(?:statement|report|release|post|letter|note|notice|message)\s+(?:from|by|issued\s+by)\s+/iu;
const ANONYMITY_MARKERS =
  /\b(?:condition of anonymity|not authori[sz]ed to|asked not to be (?:named|identified)|declined to be (?:named|identified)|familiar with)\b/i;

export interface Phrase {
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Trims noise and sentence adverbs from the front and auxiliaries/adverbs from the back of a phrase span. */
function trimPhrase(text: string, start: number, end: number): Phrase {
  let from = start;
  let to = end;
  for (;;) {
    while (from < to && /[\s•*\-–—,;:"“”'‘’()[\]]/u.test(text[from] ?? '')) from += 1;
    const first = /^[\p{L}]+/u.exec(text.slice(from, to))?.[0] ?? '';
    const next = text[from + first.length] ?? '';
    if (first !== '' && SENTENCE_ADVERBS.has(first.toLowerCase()) && /[\s,]/.test(next)) {
      from += first.length;
      continue;
    }
    break;
  }
  for (;;) {
    while (to > from && /[\s,;:"“”'‘’([\]—–-]/u.test(text[to - 1] ?? '')) to -= 1;
    const last = /[\p{L}]+$/u.exec(text.slice(from, to))?.[0] ?? '';
    const lower = last.toLowerCase();
    if (last !== '' && to - last.length > from && (VERB_TAIL.has(lower) || /^\p{Ll}+ly$/u.test(last))) {
      to -= last.length;
      continue;
    }
    break;
  }
  return { start: from, end: to };
}

/** Whether a phrase reads as a speaker: a few words opening with a capital, a determiner or a pronoun. */
function isSpeakerPhrase(text: string, phrase: Phrase): boolean {
  const value = text.slice(phrase.start, phrase.end);
  const list = words(value);
  if (list.length === 0 || list.length > MAX_SPEAKER_WORDS) return false;
  if (/["“”«»]/u.test(value)) return false;
  const first = list[0] ?? '';
  const lower = first.toLowerCase();
  if (RELATIVES.has(lower) && lower !== 'it') return false;
  if (list.length === 1 && lower === 'it') return true;
  return /^\p{Lu}/u.test(first) || PHRASE_OPENERS.has(lower) || PRONOUNS.has(lower);
}

/**
 * The subject before a verb: the words from the start of its clause ("Officials", "one senior European
 * official"), skipping an appositive ("Femi Adeyemi, regional secretary of …, said" → "Femi Adeyemi").
 */
export function subjectBefore(
  text: string,
  clauseStart: number,
  verbStart: number,
  mentions: readonly EntityMention[],
): Phrase | undefined {
  const raw = text.slice(clauseStart, verbStart).trimEnd();
  let phrase: Phrase;
  if (raw.endsWith(',')) {
    // "X, role, said": the appositive (the last comma segment) goes; an age ("X, 45, a Y, said") too.
    const segments = [...raw.slice(0, -1).matchAll(/[^,]+/g)].map((match) => ({
      start: clauseStart + match.index,
      end: clauseStart + match.index + match[0].length,
    }));
    const appositive = segments.pop();
    // "Its chief executive, Noor Haddad, said": the appositive is the name itself (a title at most).
    const named = mentions.find((mention) => {
      if (mention.type !== 'person' || appositive === undefined) return false;
      if (mention.start < appositive.start || mention.end > appositive.end) return false;
      return words(text.slice(appositive.start, appositive.end)).length <= words(mention.text).length + 1;
    });
    const head = segments.at(-1);
    const headHasPerson = mentions.some(
      (mention) =>
        mention.type === 'person' &&
        head !== undefined &&
        mention.start >= head.start &&
        mention.end <= head.end,
    );
    if (named !== undefined && !headHasPerson) return { start: named.start, end: named.end };
    while (
      segments.length > 1 &&
      /^\s*\d+\s*$/.test(text.slice(segments.at(-1)?.start, segments.at(-1)?.end))
    )
      segments.pop();
    const kept = segments.at(-1);
    if (kept === undefined) return undefined;
    const boundary = lastBoundary(text.slice(kept.start, kept.end));
    phrase = trimPhrase(text, kept.start + boundary, kept.end);
  } else {
    const trimmed = trimPhrase(text, clauseStart, verbStart);
    const boundary = lastBoundary(text.slice(clauseStart, trimmed.end));
    phrase = trimPhrase(text, clauseStart + boundary, trimmed.end);
  }
  if (phrase.end > phrase.start && isSpeakerPhrase(text, phrase)) return phrase;
  // A long subject ("Chief fire officer X of the Y Service") still names its person.
  const person = mentions.findLast(
    (mention) => mention.type === 'person' && mention.start >= clauseStart && mention.end <= verbStart,
  );
  if (person !== undefined && !text.slice(person.end, verbStart).includes(', ')) {
    return { start: person.start, end: person.end };
  }
  return undefined;
}

/** Offset just after the last clause boundary in a subject candidate. */
function lastBoundary(value: string): number {
  let boundary = 0;
  for (const match of value.matchAll(
    /[;:()]|\s[—–]\s|,\s|\b(?:that|which|who|while|because|when|after|before|although|though|if|since|where|whereas)\s/gu,
  )) {
    boundary = match.index + match[0].length;
  }
  return boundary;
}

/** The speaker phrase after an inverted verb or "according to": "said Tammy Bruce, State Department
 *  spokeswoman" → "Tammy Bruce"; "said one European diplomat." → "one European diplomat". */
export function phraseAfter(text: string, start: number, limit: number): Phrase | undefined {
  let end = start;
  let count = 0;
  WORD.lastIndex = start;
  for (;;) {
    const match = WORD.exec(text);
    if (match === null || match.index >= limit) break;
    const gap = text.slice(end, match.index);
    if (count > 0 && /[,.;:!?()"“”«»\n—–]/u.test(gap)) break;
    const word = match[0].replace(/[.’']+$/u, '');
    const previous = text.slice(start, end).split(/\s+/).at(-1)?.toLowerCase() ?? '';
    // "people familiar with the talks", "a person briefed on the assessment" keep their complement.
    if (count > 0 && PHRASE_STOPS.has(word.toLowerCase()) && !DESCRIPTION_LINKS.has(previous)) break;
    end = match.index + word.length;
    count += 1;
    if (count > MAX_SPEAKER_WORDS) return undefined;
  }
  const phrase = trimPhrase(text, start, end);
  return phrase.end > phrase.start && isSpeakerPhrase(text, phrase) ? phrase : undefined;
}

export interface SpeakerContext {
  readonly text: string;
  readonly mentions: readonly EntityMention[];
  readonly paragraphs: readonly TextRange[];
  /** Whether an offset lies inside quoted words (names there are not antecedents). */
  readonly quoted: (offset: number) => boolean;
}

function paragraphIndex(paragraphs: readonly TextRange[], offset: number): number {
  let low = 0;
  let high = paragraphs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const paragraph = paragraphs[middle];
    if (paragraph === undefined) break;
    if (offset < paragraph.start) high = middle - 1;
    else if (offset >= paragraph.end) low = middle + 1;
    else return middle;
  }
  return Math.max(0, low - 1);
}

/** An unnamed source: an indefinite or plural description, or one flagged as anonymous in the sentence. */
function isAnonymous(value: string, rest: string): boolean {
  const list = words(value).map((word) => word.toLowerCase());
  const first = list[0] ?? '';
  if (/\b(?:anonymous|unnamed|unidentified)\b/i.test(value) || ANONYMITY_MARKERS.test(value)) return true;
  if (ANONYMITY_MARKERS.test(rest)) return true;
  if (INDEFINITES.has(first)) return true;
  // "European diplomats", "Officials": a bare plural.
  const last = list.at(-1) ?? '';
  return !DEFINITES.has(first) && /[^s]s$/.test(last) && !PRONOUNS.has(first);
}

/**
 * The speaker a phrase names. A person mention inside it wins ("Chief fire officer Marta Kovačić" → her
 * name); "he"/"she" resolves to the nearest person named before it, outside quotes, in the same or the
 * previous paragraph; anything else is kept as written, flagged anonymous when it names nobody.
 * `rest` is the remainder of the sentence, read for "on condition of anonymity".
 */
export function resolveSpeaker(context: SpeakerContext, phrase: Phrase, rest: string): Speaker {
  const { text, mentions } = context;
  const value = text.slice(phrase.start, phrase.end);
  const inside = mentions.filter((mention) => mention.start >= phrase.start && mention.end <= phrase.end);
  // The fullest name wins ("Kremlin spokesman Dmitry Peskov": a one-word tag before a role is often wrong).
  const person = inside
    .filter((mention) => mention.type === 'person')
    .reduce<EntityMention | undefined>(
      (best, mention) =>
        best === undefined || words(mention.text).length >= words(best.text).length ? mention : best,
      undefined,
    );
  if (person !== undefined)
    return { text: person.text, start: person.start, end: person.end, anonymous: false };
  const lower = value.toLowerCase();
  if (PERSON_PRONOUNS.has(lower)) {
    const paragraph = paragraphIndex(context.paragraphs, phrase.start);
    const from = context.paragraphs[Math.max(0, paragraph - 1)]?.start ?? 0;
    const antecedent = mentions.findLast(
      (mention) =>
        mention.type === 'person' &&
        mention.end <= phrase.start &&
        mention.start >= from &&
        !context.quoted(mention.start),
    );
    if (antecedent !== undefined) {
      return {
        text: antecedent.text,
        start: antecedent.start,
        end: antecedent.end,
        anonymous: false,
        resolvedFrom: { text: value, start: phrase.start, end: phrase.end },
      };
    }
    return { text: value, start: phrase.start, end: phrase.end, anonymous: false };
  }
  if (PRONOUNS.has(lower)) return { text: value, start: phrase.start, end: phrase.end, anonymous: false };
  const prefix = STATEMENT_PREFIX.exec(value);
  const start = phrase.start + (prefix?.[0].length ?? 0);
  const named = inside.some((mention) => mention.type !== 'group' && mention.type !== 'other');
  const speakerText = text.slice(start, phrase.end);
  return { text: speakerText, start, end: phrase.end, anonymous: !named && isAnonymous(speakerText, rest) };
}
