// Roles and titles around person names: "U.S. Secretary of State X", "X, the Kremlin spokesman,", "the former
// harbour master, X," and "X, medical director at Y". A role is split into its title and its qualifier (the
// country or organisation it belongs to), and the title gets one canonical spelling.
import { matchCountry } from './countries.ts';
import {
  CANONICAL_WORDS,
  DECORATIVE_WORDS,
  DETERMINERS,
  HONORIFICS,
  LEADING_MODIFIERS,
  NAME_CONNECTORS,
  NOT_ROLE_WORDS,
  POSSESSIVE_PRONOUNS,
  QUALIFIER_PREPOSITIONS,
  ROLE_COMPLEMENTS,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  titleCaseWord,
} from './lexicon.ts';
import { MAX_APPOSITIVE_TOKENS, MAX_COMPOUND_WORDS, MAX_QUALIFIER_WORDS } from './thresholds.ts';
import { isCapitalized, isPossessiveMarker, type WordToken } from './tokens.ts';

/** A tagged mention as the role finder sees it: its type and its first and last token. */
export interface MentionSlot {
  readonly type: string;
  readonly firstToken: number;
  readonly lastToken: number;
}

export interface RoleContext {
  readonly text: string;
  readonly tokens: readonly WordToken[];
  readonly mentions: readonly MentionSlot[];
  /** Mention index by the index of its last token. */
  readonly mentionEndingAt: ReadonlyMap<number, number>;
  /** Mention index by the index of its first token. */
  readonly mentionStartingAt: ReadonlyMap<number, number>;
  /** Tokens that open a sentence or line: their capital says nothing about being a name. */
  readonly sentenceStarts: ReadonlySet<number>;
  /** Lower-cased words written capitalised somewhere other than a sentence start, or tagged: proper nouns. */
  readonly properWords: ReadonlySet<string>;
}

/** What a role belongs to, as found in the text: a country, an organisation's name, a possessor or "its". */
export interface Qualifier {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The country it names, when it names one ("U.S." → United States, "French" → France). */
  readonly country?: string;
  /** The tagged mention it is, when it is one. */
  readonly mention?: number;
  /** "its": the organisation has to be found in the sentences before. */
  readonly pronoun?: boolean;
  /** A capitalised name after "of the" / "at the", longer than any tagged span in it: an organisation's name. */
  readonly organization?: boolean;
}

export interface RoleFinding {
  /** Canonical title ("Secretary of State"). */
  readonly role: string;
  /** The phrase as written without articles: the title with a qualifier next to it ("Kremlin spokesman",
   *  "chief fire officer of the X"), but not one after the person's name. */
  readonly start: number;
  readonly end: number;
  readonly qualifier?: Qualifier;
}

interface ParsedRole {
  /** First token of the phrase (qualifier and leading modifiers included, article excluded). */
  readonly first: number;
  /** Last token of the title. */
  readonly last: number;
  readonly words: readonly string[];
  readonly qualifier?: Qualifier;
  /** An article or possessive pronoun stands right before the phrase. */
  readonly determined: boolean;
  /** First token read, decoration and article included. */
  readonly from: number;
}

/** Dotted military and police ranks. A rank is a title of its own: "Pentagon spokesman Col. X" gives X two
 *  roles, "Spokesperson" and "Colonel". */
const DOTTED_RANKS = new Set([
  'gen.',
  'lt.',
  'col.',
  'maj.',
  'capt.',
  'cmdr.',
  'adm.',
  'sgt.',
  'supt.',
  'insp.',
  'det.',
]);

/** Words that belong to a rank ("Rear Adm.", "Lt. Col.", "Air Chief Marshal"). */
const RANK_MODIFIERS = new Set([
  'rear',
  'vice',
  'lieutenant',
  'lt.',
  'major',
  'brigadier',
  'staff',
  'master',
  'first',
]);

/** Abbreviated titles that are titles only in capitals ("PM", not the "pm" of a clock time). */
const UPPERCASE_ONLY_HEADS = new Set(['ceo', 'cfo', 'coo', 'fm', 'pm', 'mp', 'mep']);

/** Whole canonical titles that have a shorter usual form. */
const CANONICAL_TITLES: ReadonlyMap<string, string> = new Map([
  ['Chief Executive Officer', 'Chief Executive'],
]);

/** Words that end an appositive ("X, the minister, said" / "X, a teacher who …"). Not a speech verb: in
 *  "… X, the country's interior minister says" the title is the speaker, not X. */
const APPOSITIVE_ENDS = new Set([
  ',',
  ';',
  ':',
  '.',
  '!',
  '?',
  '—',
  '–',
  ')',
  '"',
  '”',
  '’',
  'who',
  'which',
  'whose',
]);

const lower = (token: WordToken | undefined): string => token?.text.toLowerCase() ?? '';

function isHead(token: WordToken | undefined): boolean {
  if (token === undefined) return false;
  const word = token.text.toLowerCase();
  if (!ROLE_HEADS.has(word)) return hyphenatedRoleParts(token.text) !== undefined;
  return !UPPERCASE_ONLY_HEADS.has(word) || token.text === token.text.toUpperCase();
}

/** "Secretary-General", "vice-president", "ex-minister", "then-President": every part a role word. */
function hyphenatedRoleParts(word: string): string[] | undefined {
  if (!word.includes('-')) return undefined;
  const parts = word.toLowerCase().split('-');
  const last = parts[parts.length - 1] ?? '';
  const roleLike = (part: string): boolean =>
    ROLE_HEADS.has(part) || ROLE_MODIFIERS.has(part) || part === 'then' || part === 'ex';
  if (!parts.every(roleLike)) return undefined;
  if (!ROLE_HEADS.has(last) && last !== 'elect' && last !== 'designate') return undefined;
  return parts;
}

function isRoleWord(token: WordToken | undefined): boolean {
  if (token === undefined) return false;
  const word = token.text.toLowerCase();
  return isHead(token) || ROLE_MODIFIERS.has(word);
}

/** An unknown word that can be part of a compound title ("harbour" master, "crane" operator). In a title-case
 *  title only capitalised words can ("Chief Fire Officer"); elsewhere only lower-case ones; an acronym never
 *  (it names the organisation: "HBO chief executive"). */
function isCompoundWord(written: string, titleCase: boolean): boolean {
  const word = written.replace(TIME_PREFIX, '');
  const lowerWord = word.toLowerCase();
  if (NOT_ROLE_WORDS.has(lowerWord) || isDecorative(lowerWord) || HONORIFICS.has(lowerWord)) return false;
  if (!/^[\p{L}][\p{L}\p{M}-]{2,}$/u.test(word)) return false;
  if (isAcronymWord(word)) return false;
  if (isCapitalized(word) !== titleCase) return false;
  // Past participles, adverbs and gerunds describe; plurals and third-person verbs are not title words.
  if (/(?:ed|ly|ing)$/u.test(lowerWord)) return false;
  return !/[^s]s$/u.test(lowerWord);
}

/** "then-Homeland Security Secretary", "ex-Navy officer": a time prefix on a title's first word. */
const TIME_PREFIX = /^(?:then|ex)-/iu;

const isAcronymWord = (word: string): boolean => /^\p{Lu}[\p{Lu}\p{N}&]+$/u.test(word);

/** Decoration: a listed adjective, or a compound adjective of origin or base ("Canadian-born", "Oslo-based"). */
const isDecorative = (lowerWord: string): boolean =>
  DECORATIVE_WORDS.has(lowerWord) || /-(?:born|based|bred|raised|led|backed|owned|run)$/u.test(lowerWord);

/** A capitalised word that can be part of a name: not a sentence-initial function word, decoration or time
 *  word ("The", "Top", "Former"). */
function isNameWord(word: string): boolean {
  const key = word.toLowerCase();
  return isCapitalized(word) && !NOT_ROLE_WORDS.has(key) && !isDecorative(key) && !LEADING_MODIFIERS.has(key);
}

/** A capitalised run ending at `last` (inclusive), joined by name connectors, within `floor`. */
function capitalizedRunEnding(tokens: readonly WordToken[], last: number, floor: number): number | undefined {
  let first: number | undefined;
  for (let index = last; index >= floor && last - index < MAX_QUALIFIER_WORDS; index -= 1) {
    const token = tokens[index];
    if (token === undefined) break;
    if (isNameWord(token.text)) first = index;
    else if (NAME_CONNECTORS.has(token.text.toLowerCase()) && first !== undefined && index > floor) continue;
    else break;
  }
  return first;
}

/** A capitalised run starting at `first`, joined by name connectors; its last token. */
export function capitalizedRunStarting(
  tokens: readonly WordToken[],
  first: number,
  ceiling: number,
): number | undefined {
  let last: number | undefined;
  for (let index = first; index < ceiling && index - first < MAX_QUALIFIER_WORDS; index += 1) {
    const token = tokens[index];
    if (token === undefined) break;
    if (isNameWord(token.text)) last = index;
    else if (NAME_CONNECTORS.has(token.text.toLowerCase()) && last !== undefined) continue;
    else break;
  }
  return last;
}

function spanOf(
  context: RoleContext,
  first: number,
  last: number,
): { start: number; end: number; text: string } {
  const start = context.tokens[first]?.start ?? 0;
  const end = context.tokens[last]?.end ?? start;
  return { start, end, text: context.text.slice(start, end) };
}

/** A country named by the tokens from `first` to `last`, for the earliest `first` of up to four tokens back, no
 *  earlier than `floor` and before `before` ("North Korean", "United States"). */
function countryEnding(
  context: RoleContext,
  last: number,
  floor: number,
  before: number,
): { qualifier: Qualifier; first: number } | undefined {
  for (let first = Math.max(floor, last - 3); first < before; first += 1) {
    const span = spanOf(context, first, last);
    const country = matchCountry(span.text)?.country;
    if (country !== undefined) return { qualifier: { ...span, country }, first };
  }
  return undefined;
}

/** The qualifier whose last token is `last`: a possessor ("X's"), "its", a tagged mention, a country or
 *  demonym, or (before a lower-case title) any capitalised run. */
function qualifierEnding(
  context: RoleContext,
  last: number,
  floor: number,
  titleCase: boolean,
): { qualifier?: Qualifier; first: number } | undefined {
  const { tokens } = context;
  const token = tokens[last];
  if (token === undefined || last < floor) return undefined;
  const word = token.text.toLowerCase();
  if (word === 'its') {
    return { qualifier: { ...spanOf(context, last, last), pronoun: true }, first: last };
  }
  if (isPossessiveMarker(token.text)) {
    const mention = context.mentionEndingAt.get(last - 1);
    const slot = mention === undefined ? undefined : context.mentions[mention];
    if (mention !== undefined && slot !== undefined && slot.firstToken >= floor) {
      // The possessor's own titles ("President X's envoy") belong to it, not to this role.
      let first = slot.firstToken;
      while (
        first - 1 >= floor &&
        (isRoleWord(tokens[first - 1]) || matchCountry(tokens[first - 1]?.text ?? ''))
      ) {
        first -= 1;
      }
      const span = spanOf(context, slot.firstToken, slot.lastToken);
      const country = matchCountry(span.text)?.country;
      return { qualifier: { ...span, mention, ...(country === undefined ? {} : { country }) }, first };
    }
    const runFirst = capitalizedRunEnding(tokens, last - 1, floor);
    // "the company's chief executive": a common-noun possessor says nothing checkable; it is read past.
    if (runFirst === undefined)
      return /^\p{Ll}+$/u.test(tokens[last - 1]?.text ?? '') ? { first: last - 1 } : undefined;
    const span = spanOf(context, runFirst, last - 1);
    const country = matchCountry(span.text)?.country;
    return { qualifier: { ...span, ...(country === undefined ? {} : { country }) }, first: runFirst };
  }
  const mention = context.mentionEndingAt.get(last);
  const slot = mention === undefined ? undefined : context.mentions[mention];
  if (mention !== undefined && slot !== undefined && slot.firstToken >= floor) {
    const span = spanOf(context, slot.firstToken, last);
    const country = matchCountry(span.text)?.country;
    // "North Korean leader" with only "Korean" tagged: the words before the mention complete the country.
    const wider = country === undefined ? countryEnding(context, last, floor, slot.firstToken) : undefined;
    if (wider !== undefined) return wider;
    return {
      qualifier: { ...span, mention, ...(country === undefined ? {} : { country }) },
      first: slot.firstToken,
    };
  }
  const country = countryEnding(context, last, floor, last + 1);
  if (country !== undefined) return country;
  // An acronym names an organisation even before a capitalised title ("HBO CEO", "NSC Spokesperson").
  if (isAcronymWord(token.text)) return { qualifier: spanOf(context, last, last), first: last };
  if (titleCase) return undefined;
  const runFirst = capitalizedRunEnding(tokens, last, floor);
  if (runFirst === undefined) return undefined;
  return { qualifier: spanOf(context, runFirst, last), first: runFirst };
}

/** The token opens its sentence and is not known as a proper noun elsewhere: its capital is the sentence's. */
const startsWithCommonWord = (context: RoleContext, index: number): boolean =>
  context.sentenceStarts.has(index) && !context.properWords.has(lower(context.tokens[index]));

/** Matches "of <complement>" ending at `last` ("Secretary of State", "Chief of Staff"), or "in chief"
 *  ("editor in chief", "commander in chief"); the index of "of" or "in". */
function complementEnding(tokens: readonly WordToken[], last: number, floor: number): number | undefined {
  if (
    lower(tokens[last]) === 'chief' &&
    lower(tokens[last - 1]) === 'in' &&
    last - 2 >= floor &&
    isHead(tokens[last - 2])
  )
    return last - 1;
  for (const phrase of ROLE_COMPLEMENTS) {
    const first = last - phrase.length + 1;
    if (first - 2 < floor) continue;
    if (!phrase.every((word, offset) => lower(tokens[first + offset]) === word)) continue;
    if (lower(tokens[first - 1]) !== 'of' || !isHead(tokens[first - 2])) continue;
    return first - 1;
  }
  return undefined;
}

/**
 * Reads a role backwards from its last token: "[former] [qualifier] [modifiers and compound words] HEAD
 * [of COMPLEMENT]". Undefined when the token at `last` does not end a title.
 */
export function parseRoleBackward(context: RoleContext, last: number, floor: number): ParsedRole | undefined {
  const { tokens } = context;
  const words: string[] = [];
  let index = last;
  const of = complementEnding(tokens, last, floor);
  if (of !== undefined) {
    for (let k = last; k >= of; k -= 1) words.unshift(tokens[k]?.text ?? '');
    index = of - 1;
  }
  const head = tokens[index];
  if (!isHead(head) || head === undefined) return undefined;
  if (
    context.mentionEndingAt.has(index) &&
    context.mentions[context.mentionEndingAt.get(index) ?? -1]?.type === 'person'
  )
    return undefined;
  const titleCase = isCapitalized(head.text);
  // A capitalised title reached by a lower-case title word is a second title ("military chief Air Chief Marshal").
  const formal = titleCase && !context.sentenceStarts.has(index);
  const rank = DOTTED_RANKS.has(head.text.toLowerCase());
  words.unshift(head.text);
  let first = index;
  index -= 1;
  let compounds = 0;
  let qualifier: Qualifier | undefined;
  while (index >= floor) {
    const token = tokens[index];
    if (token === undefined) break;
    const word = token.text.toLowerCase();
    if (context.mentionEndingAt.has(index) || isPossessiveMarker(token.text) || word === 'its') break;
    if (rank && RANK_MODIFIERS.has(word)) {
      words.unshift(token.text);
      first = index;
    } else if (isRoleWord(token)) {
      if (rank) break;
      if (formal && !isCapitalized(token.text) && isHead(token) && !LEADING_MODIFIERS.has(word)) break;
      words.unshift(token.text);
      first = index;
    } else if (isDecorative(word) || HONORIFICS.has(word)) {
      // Decoration ("top", "veteran", "Honorable") is skipped, not kept.
    } else if (
      !rank &&
      compounds < MAX_COMPOUND_WORDS &&
      isCompoundWord(token.text, titleCase || startsWithCommonWord(context, index)) &&
      !matchCountry(token.text)
    ) {
      words.unshift(token.text);
      first = index;
      compounds += 1;
    } else break;
    index -= 1;
  }
  const found = qualifierEnding(context, index, floor, titleCase || startsWithCommonWord(context, index));
  if (found !== undefined) {
    if (found.qualifier !== undefined) qualifier = found.qualifier;
    first = found.first;
    index = found.first - 1;
    while (
      index >= floor &&
      (LEADING_MODIFIERS.has(lower(tokens[index])) || isDecorative(lower(tokens[index])))
    ) {
      if (LEADING_MODIFIERS.has(lower(tokens[index]))) {
        words.unshift(tokens[index]?.text ?? '');
        first = index;
      }
      index -= 1;
    }
  }
  const before = lower(tokens[index]);
  const determined =
    index >= floor && (DETERMINERS.has(before) || (POSSESSIVE_PRONOUNS.has(before) && before !== 'its'));
  const from = determined ? index : index + 1;
  return { first, last, words, determined, from, ...(qualifier === undefined ? {} : { qualifier }) };
}

/** "Secretary of State", "Chief Fire Officer", "Spokesperson": canonical spelling, title case, no time word
 *  "then". */
export function canonicalRole(words: readonly string[]): string {
  const out: string[] = [];
  for (const written of words) {
    // "ex-" makes the title a former one; "then-" only dates it.
    if (/^ex-/iu.test(written) && hyphenatedRoleParts(written) === undefined) out.push('Former');
    const word = hyphenatedRoleParts(written) === undefined ? written.replace(TIME_PREFIX, '') : written;
    const split = hyphenatedRoleParts(word);
    // "co-founder" keeps its hyphen; "vice-president" and "secretary-general" read as two words.
    const parts = split === undefined || split[0] === 'co' ? [word] : split;
    for (const part of parts) {
      const key = part.toLowerCase();
      if (key === 'then') continue;
      if (key === 'of' || key === 'in' || key === 'the' || key === 'and') {
        out.push(key);
        continue;
      }
      out.push(CANONICAL_WORDS.get(key) ?? ROLE_HEADS.get(key) ?? titleCaseWord(key));
    }
  }
  const title = out.join(' ');
  return CANONICAL_TITLES.get(title) ?? title;
}

/** The finding for a parsed title; a qualifier found after it is part of the phrase only when `adjacent`
 *  ("chief fire officer of the X" but not "chief fire officer NAME of the X"). */
function finding(
  context: RoleContext,
  parsed: ParsedRole,
  after?: Qualifier,
  adjacent = false,
): RoleFinding | undefined {
  const role = canonicalRole(parsed.words);
  if (role === '') return undefined;
  const qualifier = parsed.qualifier ?? after;
  const start = context.tokens[parsed.first]?.start ?? 0;
  const titleEnd = context.tokens[parsed.last]?.end ?? start;
  const end = adjacent && after !== undefined ? Math.max(titleEnd, after.end) : titleEnd;
  return { role, start, end, ...(qualifier === undefined ? {} : { qualifier }) };
}

/** "of the X Fire and Rescue Service" / "at X Hospital" starting at `index`: the qualifier and its last token. */
function qualifierAfter(
  context: RoleContext,
  index: number,
  ceiling: number,
  prepositions: ReadonlySet<string> = QUALIFIER_PREPOSITIONS,
): { qualifier: Qualifier; last: number } | undefined {
  const { tokens } = context;
  if (!prepositions.has(tokens[index]?.text ?? '')) return undefined;
  let first = index + 1;
  if (lower(tokens[first]) === 'the') first += 1;
  while (first < ceiling && isDecorative(lower(tokens[first]))) first += 1;
  const mention = context.mentionStartingAt.get(first);
  let last = capitalizedRunStarting(tokens, first, ceiling);
  const slot = mention === undefined ? undefined : context.mentions[mention];
  if (slot !== undefined && slot.type === 'person') return undefined;
  if (slot !== undefined && (last === undefined || slot.lastToken > last)) last = slot.lastToken;
  if (last === undefined) return undefined;
  const span = spanOf(context, first, last);
  const country = matchCountry(span.text)?.country;
  const sameMention = slot !== undefined && slot.lastToken === last;
  // "of the X Fire and Rescue Service": one organisation's name, even where the tagger saw two.
  const named = lower(tokens[first - 1]) === 'the' && !sameMention && country === undefined;
  return {
    qualifier: {
      ...span,
      ...(country === undefined ? {} : { country }),
      ...(sameMention && mention !== undefined ? { mention } : {}),
      ...(named ? { organization: true } : {}),
    },
    last,
  };
}

/** "Senator X of Y": after a name only "of" names the role's country or organisation; "X at the Y Palace" is a
 *  place. */
const OF_ONLY: ReadonlySet<string> = new Set(['of']);

/** Roles before a name: "UK Foreign Secretary X", "Kremlin spokesman X", "the acting harbour master, X,", and
 *  both titles of "Pentagon spokesman Col. X". */
function rolesBefore(context: RoleContext, slot: MentionSlot, floor: number, ceiling: number): RoleFinding[] {
  const { tokens } = context;
  let last = slot.firstToken - 1;
  const comma = tokens[last]?.text === ',';
  if (comma) {
    // "the former harbour master, X," — the name must itself be set off by commas or end the sentence.
    const next = tokens[slot.lastToken + 1]?.text;
    if (next !== undefined && slot.lastToken + 1 < ceiling && !APPOSITIVE_ENDS.has(next)) return [];
    last -= 1;
  }
  if (last < floor) return [];
  const parsed = parseRoleBackward(context, last, floor);
  if (parsed === undefined) return [];
  if (comma && !(parsed.determined || parsed.qualifier !== undefined || parsed.from === floor)) return [];
  const after =
    parsed.qualifier === undefined
      ? qualifierAfter(context, slot.lastToken + 1, ceiling, OF_ONLY)
      : undefined;
  const found = [finding(context, parsed, after?.qualifier)];
  // A second title right before the first: "Pentagon spokesman Col. X", "military chief Air Chief Marshal X".
  const before = parsed.first - 1;
  if (!comma && parsed.qualifier === undefined && parsed.from === parsed.first && before >= floor) {
    const second = parseRoleBackward(context, before, floor);
    if (second !== undefined) found.push(finding(context, second));
  }
  return found.filter((role) => role !== undefined);
}

/** Role after a name, set off by commas: "X, the Kremlin spokesman," / "X, medical director at Y, said". */
function roleAfter(context: RoleContext, slot: MentionSlot, ceiling: number): RoleFinding | undefined {
  const { tokens } = context;
  const comma = slot.lastToken + 1;
  if (tokens[comma]?.text !== ',') return undefined;
  let first = comma + 1;
  // An age between the name and the appositive: "X, 52, a retired teacher,".
  if (/^\d{1,3}$/u.test(tokens[first]?.text ?? '') && tokens[first + 1]?.text === ',') first += 2;
  let end = first;
  while (end < ceiling && end - first < MAX_APPOSITIVE_TOKENS && !APPOSITIVE_ENDS.has(lower(tokens[end]))) {
    const mention = context.mentionStartingAt.get(end);
    const inner = mention === undefined ? undefined : context.mentions[mention];
    // Another name inside means a list of people, unless it is a possessor ("X's special envoy").
    if (inner?.type === 'person' && !isPossessiveMarker(tokens[inner.lastToken + 1]?.text ?? ''))
      return undefined;
    end += 1;
  }
  if (end === first || (end - first >= MAX_APPOSITIVE_TOKENS && end < ceiling)) return undefined;
  let coreLast = end - 1;
  let after: Qualifier | undefined;
  for (let index = first + 1; index < end; index += 1) {
    const found = qualifierAfter(context, index, end);
    if (found !== undefined && found.last === end - 1) {
      after = found.qualifier;
      coreLast = index - 1;
      break;
    }
  }
  const parsed = parseRoleBackward(context, coreLast, first);
  if (parsed === undefined) return undefined;
  if (parsed.from !== first) return undefined;
  return finding(context, parsed, parsed.qualifier === undefined ? after : undefined, true);
}

/** Every role stated around one person mention, within its sentence (`floor`..`ceiling` are token bounds). */
export function rolesAround(
  context: RoleContext,
  slot: MentionSlot,
  floor: number,
  ceiling: number,
): RoleFinding[] {
  const found = rolesBefore(context, slot, floor, ceiling);
  const after = roleAfter(context, slot, ceiling);
  if (after !== undefined) found.push(after);
  return found;
}

/**
 * Titles used without a name ("the U.S. Secretary of State aims …", "the Kremlin spokesman said"): definite
 * role phrases not followed by a name. They become mentions of the one person who holds that title.
 */
export function namelessRoles(
  context: RoleContext,
  floor: number,
  ceiling: number,
  taken: ReadonlySet<number>,
): RoleFinding[] {
  const { tokens } = context;
  const found: RoleFinding[] = [];
  for (let index = floor; index < ceiling; index += 1) {
    if (taken.has(index) || !isHead(tokens[index])) continue;
    let last = index;
    if (lower(tokens[index + 1]) === 'of') {
      for (const phrase of ROLE_COMPLEMENTS) {
        const end = index + 1 + phrase.length;
        if (end < ceiling && phrase.every((word, offset) => lower(tokens[index + 2 + offset]) === word)) {
          last = end;
          break;
        }
      }
    }
    if (isHead(tokens[last + 1]) || ROLE_MODIFIERS.has(lower(tokens[last + 1]))) continue;
    const next = tokens[last + 1];
    if (next !== undefined && last + 1 < ceiling && (isCapitalized(next.text) || next.text === ',')) continue;
    if (context.mentionStartingAt.has(last + 1)) continue;
    const parsed = parseRoleBackward(context, last, floor);
    if (parsed === undefined || (!parsed.determined && parsed.qualifier === undefined)) continue;
    const result = finding(context, parsed);
    if (result !== undefined) found.push(result);
    index = last;
  }
  return found;
}
