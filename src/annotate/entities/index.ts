// Entities of one article for the annotate stage: clean names, every mention as a span, the roles the article
// gives each person (title split from the country or organisation it belongs to), and within-article coreference.
import type { Diagnostic, Result, TextRange } from '../../core/index.ts';
import { namesPeople, paragraphRanges, splitSentences } from '../../normalize/index.ts';
import { findEntityMentions, type EntityMention, type EntityType, type NerTagger } from '../ner/index.ts';
import { groupMentions, type EntityDraft, type PreparedMention } from './coreference.ts';
import { captionBody, withoutPositions } from './captions.ts';
import { headlineRanges } from './headlines.ts';
import { matchCountry } from './countries.ts';
import { cleanPersonSpan, nameKey, trimMention, type CleanSpan } from './names.ts';
import {
  namelessRoles,
  rolesAround,
  type MentionSlot,
  type Qualifier,
  type RoleContext,
  type RoleFinding,
} from './roles.ts';
import { PRONOUN_LOOKBACK_SENTENCES } from './thresholds.ts';
import {
  isCapitalized,
  isPossessiveMarker,
  standsAt,
  tokenAt,
  tokenizeWords,
  type WordToken,
} from './tokens.ts';

export type { EntityType } from '../ner/index.ts';
export { nameKey, splitPersonName, type NameParts } from './names.ts';
export { matchCountry, type CountryMatch } from './countries.ts';
export { givenNamesAgree, initialsOf } from './coreference.ts';
export { canonicalRole } from './roles.ts';
export { NAME_PARTICLES } from './lexicon.ts';
export { captionBody } from './captions.ts';
export { standsAt } from './tokens.ts';

export interface RoleMention {
  /** Canonical title, title-cased: "Secretary of State", "Former Harbour Master". */
  readonly role: string;
  /** The country (normalised: "United States") or organisation or person (as named in the article) it belongs
   *  to. */
  readonly of?: string;
  /** The phrase as written, qualifier included. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: { readonly start: number; readonly end: number };
  /** Set when the role was read in a photo caption: offsets (`start`, `end`, `sentence`) are into
   *  `captions[caption]`, not `text`. */
  readonly caption?: number;
}

export interface EntityMentionSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Set when the mention is in a photo caption: offsets are into `captions[caption]`, not `text`. */
  readonly caption?: number;
}

export interface ArticleEntity {
  /** Within the article: `e1`, `e2`, … in order of first mention. */
  readonly id: string;
  /** The fullest clean form: no titles, bullets, quotes or possessive. */
  readonly name: string;
  readonly type: EntityType;
  /** Every surface form seen, the name included. */
  readonly aliases: readonly string[];
  readonly mentions: readonly EntityMentionSpan[];
  readonly roles: readonly RoleMention[];
  /** For a group named by a demonym ("French officials") and a place that is a country: the country. */
  readonly country?: string;
}

export interface AnnotateEntitiesOptions {
  readonly tagger?: NerTagger;
  /** Mentions already found by `findEntityMentions` on this text, to skip tagging it again. */
  readonly mentions?: readonly EntityMention[];
  /** The text's sentences as `splitSentences(text)` gives them, to skip splitting it again. */
  readonly sentences?: readonly TextRange[];
}

/** Type preference when a name's mentions were tagged differently equally often. */
const TYPE_ORDER: readonly EntityType[] = ['person', 'organization', 'place', 'group', 'other'];

interface Sentences {
  readonly ranges: readonly TextRange[];
  /** Token bounds [first, end) of each sentence. */
  readonly bounds: readonly { readonly first: number; readonly end: number }[];
  readonly ofToken: readonly number[];
}

function sentenceIndex(tokens: readonly WordToken[], ranges: readonly TextRange[]): Sentences {
  const ofToken: number[] = [];
  const bounds = ranges.map((range) => ({
    first: tokenAt(tokens, range.start),
    end: tokenAt(tokens, range.end),
  }));
  let sentence = 0;
  tokens.forEach((token, index) => {
    while (sentence < ranges.length - 1 && (ranges[sentence]?.end ?? 0) <= token.start) sentence += 1;
    ofToken[index] = sentence;
  });
  return { ranges, bounds, ofToken };
}

const within = (ranges: readonly TextRange[], start: number): boolean =>
  ranges.some((range) => range.start <= start && start < range.end);

/** A group is its demonym and the plural noun after it only when that noun names people ("European leaders",
 *  "Russian troops"); otherwise it is the nationality alone ("European" of "European goods"). */
function groupSpan(text: string, span: CleanSpan): CleanSpan {
  const match = /^(.*\S)\s+(\p{Ll}+)$/su.exec(text.slice(span.start, span.end));
  const [, demonym, noun] = match ?? [];
  if (demonym === undefined || noun === undefined || namesPeople(noun)) return span;
  return { start: span.start, end: span.start + demonym.length };
}

/** An organisation or other name without the lower-case words the tagger ran on into ("Apple cofounder", "MacBook
 *  Air design", "Superman flick"): such names end with a capitalised word, or a word with a capital inside it
 *  ("iPhone"). Places keep theirs ("Borno state", "Ayr railway station"). */
function withoutTrailingLowerWords(text: string, span: CleanSpan): CleanSpan {
  const written = text.slice(span.start, span.end);
  const kept = /^(.*?[\p{Lu}\p{N}][^\s]*)(?:\s+\p{Ll}+)+$/su.exec(written)?.[1];
  return kept === undefined ? span : { start: span.start, end: span.start + kept.length };
}

/** Two countries joined by a hyphen or a dash ("Russia-Ukraine talks", "U.S.-China trade"), read as one name by
 *  the tagger: a place mention for each. A country whose own name has a hyphen ("Guinea-Bissau") stays whole. */
function countryPair(text: string, span: CleanSpan): PreparedMention[] | undefined {
  const written = text.slice(span.start, span.end);
  const match = /^([^\s\-–]+)[-–]([^\s\-–]+)$/u.exec(written);
  const [, left, right] = match ?? [];
  if (left === undefined || right === undefined || matchCountry(written) !== undefined) return undefined;
  const isCountry = (part: string): boolean => matchCountry(part)?.demonym === false;
  if (!isCountry(left) || !isCountry(right)) return undefined;
  const second = span.end - right.length;
  return [
    { start: span.start, end: span.start + left.length, text: left, type: 'place' },
    { start: second, end: span.end, text: right, type: 'place' },
  ];
}

/** Cleans tagged mentions: drops those in headlines, trims junk, strips titles from person names, drops
 *  overlaps. */
function prepareMentions(
  text: string,
  tagged: readonly EntityMention[],
  headlines: readonly TextRange[],
): PreparedMention[] {
  const out: PreparedMention[] = [];
  for (const mention of [...tagged].sort((a, b) => a.start - b.start)) {
    if (within(headlines, mention.start)) continue;
    let span = trimMention(text, mention.start, mention.end);
    if (span !== undefined && mention.type === 'person') span = cleanPersonSpan(text, span);
    if (span !== undefined && mention.type === 'group') span = groupSpan(text, span);
    if (span !== undefined && (mention.type === 'organization' || mention.type === 'other')) {
      span = withoutTrailingLowerWords(text, span);
    }
    if (span === undefined) continue;
    const previous = out[out.length - 1];
    if (previous !== undefined && previous.end > span.start) continue;
    const pair = mention.type === 'person' ? undefined : countryPair(text, span);
    if (pair !== undefined) {
      out.push(...pair);
      continue;
    }
    out.push({
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      type: mention.type,
    });
  }
  return out;
}

/** What the role reader needs to know of the words alone, whatever the mentions: where sentences start, and the
 *  words capitalised on their own mid-sentence. */
interface WordContext {
  readonly sentenceStarts: ReadonlySet<number>;
  readonly capitalisedAlone: readonly string[];
}

function wordContext(tokens: readonly WordToken[], sentences: Sentences): WordContext {
  const sentenceStarts = new Set<number>();
  for (const bound of sentences.bounds) {
    let first = bound.first;
    // A bullet or an opening quote does not make the next word's capital meaningful.
    while (first < bound.end && !/[\p{L}\p{N}]/u.test(tokens[first]?.text ?? '')) first += 1;
    sentenceStarts.add(first);
  }
  const capitalisedAlone: string[] = [];
  const alone = (index: number): boolean =>
    !isCapitalized(tokens[index - 1]?.text ?? '') && !isCapitalized(tokens[index + 1]?.text ?? '');
  tokens.forEach((token, index) => {
    if (!sentenceStarts.has(index) && isCapitalized(token.text) && alone(index))
      capitalisedAlone.push(token.text.toLowerCase());
  });
  return { sentenceStarts, capitalisedAlone };
}

function roleContext(
  text: string,
  tokens: readonly WordToken[],
  mentions: readonly PreparedMention[],
  words: WordContext,
): RoleContext {
  const slots: MentionSlot[] = mentions.map((mention) => ({
    type: mention.type,
    firstToken: tokenAt(tokens, mention.start),
    lastToken: Math.max(tokenAt(tokens, mention.start), tokenAt(tokens, mention.end) - 1),
  }));
  const mentionEndingAt = new Map<number, number>();
  const mentionStartingAt = new Map<number, number>();
  slots.forEach((slot, index) => {
    mentionEndingAt.set(slot.lastToken, index);
    mentionStartingAt.set(slot.firstToken, index);
  });
  // Proper nouns: one-word names, tagged or capitalised mid-sentence on their own (a capitalised word inside a
  // longer name, like "Harbour" in "Dock and Harbour Workers", may still be a common noun).
  const properWords = new Set<string>(words.capitalisedAlone);
  for (const mention of mentions) if (!/\s/u.test(mention.text)) properWords.add(mention.text.toLowerCase());
  return {
    text,
    tokens,
    mentions: slots,
    mentionEndingAt,
    mentionStartingAt,
    sentenceStarts: words.sentenceStarts,
    properWords,
  };
}

/** Each name gets the type most of its mentions were tagged with; a one-word "person" used as the qualifier of a
 *  title ("Kremlin spokesman X") and never part of a full name is an organisation. */
function voteTypes(
  mentions: readonly PreparedMention[],
  qualifierMentions: ReadonlySet<number>,
): PreparedMention[] {
  const nameWords = new Set(
    mentions
      .filter((mention) => mention.type === 'person' && /\s/u.test(mention.text))
      .flatMap((mention) => nameKey(mention.text).split(' ')),
  );
  const typed = mentions.map((mention, index) =>
    qualifierMentions.has(index) && mention.type === 'person' && !nameWords.has(nameKey(mention.text))
      ? { ...mention, type: 'organization' as const }
      : mention,
  );
  const votes = new Map<string, Map<EntityType, number>>();
  for (const mention of typed) {
    const key = nameKey(mention.text);
    const counts = votes.get(key) ?? new Map<EntityType, number>();
    counts.set(mention.type, (counts.get(mention.type) ?? 0) + 1);
    votes.set(key, counts);
  }
  const winner = (counts: ReadonlyMap<EntityType, number>): EntityType => {
    let best: EntityType = 'other';
    let bestCount = -1;
    for (const type of TYPE_ORDER) {
      const count = counts.get(type) ?? 0;
      if (count > bestCount) {
        best = type;
        bestCount = count;
      }
    }
    return best;
  };
  return typed.map((mention) => {
    const counts = votes.get(nameKey(mention.text));
    return counts === undefined ? mention : { ...mention, type: winner(counts) };
  });
}

/** The most telling surface form: most words, then most frequent, then not all capitals, then with diacritics. */
function bestForm(forms: readonly string[], preferLongest: boolean): string {
  const counts = new Map<string, number>();
  for (const form of forms) counts.set(form, (counts.get(form) ?? 0) + 1);
  const score = (form: string): number[] => [
    preferLongest ? form.length : 0,
    form.split(/\s+/u).length,
    counts.get(form) ?? 0,
    form === form.toUpperCase() ? 0 : 1,
    form.normalize('NFKD') === form ? 0 : 1,
  ];
  let best = forms[0] ?? '';
  for (const form of counts.keys()) {
    const a = score(form);
    const b = score(best);
    const index = a.findIndex((value, position) => value !== b[position]);
    if (index >= 0 && (a[index] ?? 0) > (b[index] ?? 0)) best = form;
  }
  return best;
}

/** Each mention's entity and each entity's name, for naming what a title's qualifier points at. */
interface Resolved {
  readonly draftOfMention: ReadonlyMap<number, EntityDraft>;
  readonly names: ReadonlyMap<EntityDraft, string>;
}

/** The organisation or place "its" points back to: the nearest one before it in this or the previous sentence,
 *  tagged or a capitalised "The X Y" phrase the tagger missed. */
function pronounAntecedent(
  text: string,
  tokens: readonly WordToken[],
  at: number,
  sentences: Sentences,
  mentions: readonly PreparedMention[],
  resolved: Resolved,
): string | undefined {
  const tokenIndex = tokenAt(tokens, at);
  const sentence = sentences.ofToken[tokenIndex] ?? 0;
  const floorSentence = Math.max(0, sentence - PRONOUN_LOOKBACK_SENTENCES);
  const floor = sentences.ranges[floorSentence]?.start ?? 0;
  // Organisations (tagged, or a "The X Y" phrase) come before places: "its" owners are mostly organisations.
  let best: { end: number; name: string } | undefined;
  let place: { end: number; name: string } | undefined;
  mentions.forEach((mention, index) => {
    if (mention.end > at || mention.start < floor) return;
    if (mention.type !== 'organization' && mention.type !== 'place') return;
    const draft = resolved.draftOfMention.get(index);
    const name = (draft === undefined ? undefined : resolved.names.get(draft)) ?? mention.text;
    if (mention.type === 'place') {
      if (place === undefined || mention.end > place.end) place = { end: mention.end, name };
    } else if (best === undefined || mention.end > best.end) best = { end: mention.end, name };
  });
  const floorToken = tokenAt(tokens, floor);
  for (let index = floorToken; index < tokenIndex; index += 1) {
    if (tokens[index]?.text.toLowerCase() !== 'the') continue;
    let last = index;
    while (isCapitalized(tokens[last + 1]?.text ?? '') && tokens[last + 1]?.text !== 'The') last += 1;
    if (last - index < 2) continue;
    const start = tokens[index + 1]?.start ?? 0;
    const end = tokens[last]?.end ?? 0;
    if (
      end > at ||
      mentions.some((mention) => mention.type === 'person' && mention.start < end && start < mention.end)
    )
      continue;
    if (best === undefined || end > best.end) best = { end, name: text.slice(start, end) };
  }
  return best?.name ?? place?.name;
}

function resolveQualifier(
  qualifier: Qualifier | undefined,
  context: {
    text: string;
    tokens: readonly WordToken[];
    sentences: Sentences;
    mentions: readonly PreparedMention[];
    resolved: Resolved;
  },
): string | undefined {
  if (qualifier === undefined) return undefined;
  if (qualifier.country !== undefined) return qualifier.country;
  if (qualifier.pronoun === true) {
    const { text, tokens, sentences, mentions, resolved } = context;
    return pronounAntecedent(text, tokens, qualifier.start, sentences, mentions, resolved);
  }
  if (qualifier.mention !== undefined) {
    const draft = context.resolved.draftOfMention.get(qualifier.mention);
    const name = draft === undefined ? undefined : context.resolved.names.get(draft);
    if (name !== undefined) return name;
  }
  return qualifier.text.replace(/^the\s+/iu, '');
}

/** Word-bounded occurrences of `form` in `line`. */
function occurrences(line: string, form: string): number[] {
  const out: number[] = [];
  for (let at = line.indexOf(form); at >= 0; at = line.indexOf(form, at + 1)) {
    if (standsAt(line, form, at)) out.push(at);
  }
  return out;
}

interface RoleReading {
  /** Roles by the index of the person mention they were read around. */
  readonly findings: ReadonlyMap<number, readonly RoleFinding[]>;
  /** Mentions that qualify a title, possessors included. */
  readonly qualifiers: ReadonlySet<number>;
  /** Mentions that qualify a title without a possessive ("Kremlin spokesman"). */
  readonly plainQualifiers: ReadonlySet<number>;
  /** Non-person mentions that are part of a title's wording ("Iranian FM"). */
  readonly insideTitles: ReadonlySet<number>;
}

function readRoles(
  context: RoleContext,
  mentions: readonly PreparedMention[],
  sentences: Sentences,
): RoleReading {
  const { tokens } = context;
  const findings = new Map<number, RoleFinding[]>();
  const qualifiers = new Set<number>();
  const plainQualifiers = new Set<number>();
  mentions.forEach((mention, index) => {
    const slot = context.mentions[index];
    if (mention.type !== 'person' || slot === undefined) return;
    const bound = sentences.bounds[sentences.ofToken[slot.firstToken] ?? 0] ?? {
      first: 0,
      end: tokens.length,
    };
    const found = rolesAround(context, slot, bound.first, bound.end);
    if (found.length > 0) findings.set(index, found);
    for (const role of found) {
      const qualifier = role.qualifier?.mention;
      if (qualifier === undefined) continue;
      qualifiers.add(qualifier);
      const after = tokens[(context.mentions[qualifier]?.lastToken ?? -2) + 1]?.text ?? '';
      if (!isPossessiveMarker(after)) plainQualifiers.add(qualifier);
    }
  });
  const titles = [...findings.values()].flat();
  const insideTitles = new Set<number>();
  mentions.forEach((mention, index) => {
    if (mention.type === 'person' || qualifiers.has(index)) return;
    if (titles.some((span) => span.start <= mention.start && mention.end <= span.end))
      insideTitles.add(index);
  });
  return { findings, qualifiers, plainQualifiers, insideTitles };
}

/** Organisation names a title's qualifier reads in full ("of the X Fire and Rescue Service") replace the pieces
 *  the tagger cut them into. */
function repairOrganizations(
  text: string,
  mentions: readonly PreparedMention[],
  reading: RoleReading,
  headlines: readonly TextRange[],
): readonly PreparedMention[] {
  const written = new Set(
    [...reading.findings.values()]
      .flat()
      .flatMap((role) => (role.qualifier?.organization === true ? [role.qualifier.text] : [])),
  );
  if (written.size === 0) return mentions;
  // Every occurrence of such a name outside headlines, not only the one next to the title.
  const names = [...written].flatMap((name) =>
    occurrences(text, name)
      .filter((start) => !within(headlines, start))
      .map((start) => ({ start, end: start + name.length })),
  );
  const kept = mentions.filter(
    (mention) => !names.some((name) => name.start <= mention.start && mention.end <= name.end),
  );
  const added = names
    .filter((name, index) => names.findIndex((other) => other.start === name.start) === index)
    .filter((name) => !kept.some((mention) => mention.start < name.end && name.start < mention.end))
    .map(({ start, end }) => ({ start, end, text: text.slice(start, end), type: 'organization' as const }));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

/** Mentions in headlines: the forms the prose established (and each person's surname), longest first. */
function headlineMentions(
  text: string,
  headlines: readonly TextRange[],
  forms: readonly { readonly form: string; readonly draft: EntityDraft }[],
): { readonly start: number; readonly end: number; readonly draft: EntityDraft }[] {
  const out: { start: number; end: number; draft: EntityDraft }[] = [];
  const sorted = [...forms].sort((a, b) => b.form.length - a.form.length);
  for (const headline of headlines) {
    const line = text.slice(headline.start, headline.end);
    const upper = line === line.toUpperCase();
    const taken: TextRange[] = [];
    for (const { form, draft } of sorted) {
      for (const at of occurrences(line, upper ? form.toUpperCase() : form)) {
        const start = headline.start + at;
        const end = start + form.length;
        if (taken.some((range) => range.start < end && start < range.end)) continue;
        taken.push({ start, end });
        out.push({ start, end, draft });
      }
    }
  }
  return out;
}

/**
 * Entities of one article. Tags the text (unless mentions are given), cleans names, reads titles around person
 * names, and joins mentions of one entity: surnames and given names to full names, acronyms to expansions,
 * country codes to countries. Names inside headlines are matched against the names found in the prose, and a
 * title used without a name joins the one person holding it.
 */
export function annotateEntities(
  text: string,
  options: AnnotateEntitiesOptions = {},
): Result<readonly ArticleEntity[]> {
  const diagnostics: Diagnostic[] = [];
  let found = options.mentions;
  if (found === undefined) {
    const result = findEntityMentions(text, options.tagger);
    found = result.value;
    diagnostics.push(...result.diagnostics);
  }
  const paragraphs = paragraphRanges(text);
  const headlines = headlineRanges(text, paragraphs);
  const tokens = tokenizeWords(text);
  const sentences = sentenceIndex(tokens, options.sentences ?? splitSentences(text, paragraphs));
  const words = wordContext(tokens, sentences);
  const tagged = prepareMentions(text, found, headlines);
  const firstReading = readRoles(roleContext(text, tokens, tagged, words), tagged, sentences);
  const prepared = repairOrganizations(text, tagged, firstReading, headlines);
  const reading =
    prepared === tagged
      ? firstReading
      : readRoles(roleContext(text, tokens, prepared, words), prepared, sentences);
  const mentions = voteTypes(prepared, reading.plainQualifiers);

  const live = groupMentions(text, mentions)
    .map((draft) => ({
      ...draft,
      mentions: draft.mentions.filter((index) => !reading.insideTitles.has(index)),
    }))
    .filter((draft) => draft.mentions.length > 0);
  const draftOfMention = new Map<number, EntityDraft>();
  for (const draft of live) for (const index of draft.mentions) draftOfMention.set(index, draft);
  const names = new Map<EntityDraft, string>();
  for (const draft of live) {
    const forms = draft.mentions.map((index) => mentions[index]?.text ?? '');
    const country = draft.type === 'group' ? undefined : draft.country;
    names.set(draft, country ?? bestForm(forms, draft.type !== 'person'));
  }
  const qualifierContext = {
    text,
    tokens,
    sentences,
    mentions,
    resolved: { draftOfMention, names },
  };

  const roles = new Map<EntityDraft, RoleMention[]>();
  const roleMention = (role: RoleFinding): RoleMention => {
    const sentence = sentences.ranges[sentences.ofToken[tokenAt(tokens, role.start)] ?? 0];
    const of = resolveQualifier(role.qualifier, qualifierContext);
    return {
      role: role.role,
      ...(of === undefined || of === '' ? {} : { of }),
      text: text.slice(role.start, role.end),
      start: role.start,
      end: role.end,
      sentence: { start: sentence?.start ?? 0, end: sentence?.end ?? text.length },
    };
  };
  for (const [index, found] of reading.findings) {
    const draft = draftOfMention.get(index);
    if (draft?.type !== 'person') continue;
    const list = roles.get(draft) ?? [];
    for (const role of found)
      if (!list.some((known) => known.start === role.start)) list.push(roleMention(role));
    roles.set(draft, list);
  }

  const extra: { start: number; end: number; draft: EntityDraft }[] = [];
  const forms = live.flatMap((draft) => {
    const written = new Set(draft.mentions.map((index) => mentions[index]?.text ?? ''));
    if (draft.type === 'person')
      for (const form of [...written]) written.add(form.split(/\s+/u).at(-1) ?? form);
    return [...written].filter((form) => form.length >= 2).map((form) => ({ form, draft }));
  });
  extra.push(...headlineMentions(text, headlines, forms));

  const context = roleContext(text, tokens, mentions, words);
  const takenTokens = new Set<number>();
  for (const role of [...reading.findings.values()].flat()) {
    for (let index = tokenAt(tokens, role.start); index < tokenAt(tokens, role.end); index += 1) {
      takenTokens.add(index);
    }
  }
  for (const bound of sentences.bounds) {
    for (const role of namelessRoles(context, bound.first, bound.end, takenTokens)) {
      const of = resolveQualifier(role.qualifier, qualifierContext);
      const holders = live.filter((draft) =>
        (roles.get(draft) ?? []).some(
          (known) =>
            known.role === role.role && (known.of === undefined || of === undefined || known.of === of),
        ),
      );
      const holder = holders[0];
      if (holders.length === 1 && holder !== undefined)
        extra.push({ start: role.start, end: role.end, draft: holder });
    }
  }

  const value: ArticleEntity[] = live
    .map((draft) => {
      const spans = [
        ...draft.mentions.map((index) => mentions[index]).filter((mention) => mention !== undefined),
        ...extra.filter((mention) => mention.draft === draft),
      ]
        .map(({ start, end }) => ({ start, end, text: text.slice(start, end) }))
        .sort((a, b) => a.start - b.start);
      const written = draft.mentions.map((index) => mentions[index]?.text ?? '');
      const aliases = [names.get(draft) ?? '', ...written, ...draft.extraForms].filter((form) => form !== '');
      return { draft, spans, aliases: [...new Set(aliases)] };
    })
    .sort((a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0))
    .map(({ draft, spans, aliases }, index) => ({
      id: `e${index + 1}`,
      name: names.get(draft) ?? aliases[0] ?? '',
      type: draft.type,
      aliases,
      mentions: spans,
      roles: (roles.get(draft) ?? []).sort((a, b) => a.start - b.start),
      ...(draft.country === undefined ? {} : { country: draft.country }),
    }));
  return { value, diagnostics };
}

export interface AnnotateCaptionsOptions {
  readonly tagger?: NerTagger;
  /** Mentions already found in `captionBody(captions[i])`, by caption index, to skip tagging it again. */
  readonly mentions?: ReadonlyMap<number, readonly EntityMention[]>;
}

/**
 * The entities of each of an article's photo captions, by caption index. Each caption is read like a tiny article
 * (names cleaned of titles, roles with their country, coreference within the caption) without its photo credit
 * and without positional words; every mention and role carries `caption`, its offsets into that caption.
 */
export function annotateCaptions(
  captions: readonly string[],
  options: AnnotateCaptionsOptions = {},
): Result<readonly (readonly ArticleEntity[])[]> {
  const diagnostics: Diagnostic[] = [];
  const value = captions.map((caption, index): readonly ArticleEntity[] => {
    const body = captionBody(caption);
    if (body.trim() === '') return [];
    let found = options.mentions?.get(index);
    if (found === undefined) {
      const result = findEntityMentions(body, options.tagger);
      diagnostics.push(...result.diagnostics);
      found = result.value;
    }
    const result = annotateEntities(body, { mentions: withoutPositions(body, found) });
    diagnostics.push(...result.diagnostics);
    return result.value.map((entity) => ({
      ...entity,
      mentions: entity.mentions.map((mention) => ({ ...mention, caption: index })),
      roles: entity.roles.map((role) => ({ ...role, caption: index })),
    }));
  });
  return { value, diagnostics };
}
