// Within-article coreference: mentions of one person, organisation or place become one entity. "Rubio" joins
// "Marco Rubio", "U.S." joins "United States", "NATO" joins "North Atlantic Treaty Organization (NATO)".
import type { EntityType } from '../ner/index.ts';
import { matchCountry } from './countries.ts';
import { NAME_PARTICLES } from './lexicon.ts';
import { nameKey, splitPersonName, type NameParts } from './names.ts';

export interface PreparedMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: EntityType;
}

export interface EntityDraft {
  type: EntityType;
  readonly key: string;
  /** Mention indices, in text order once finished. */
  readonly mentions: number[];
  /** The country a place names or a demonym group belongs to. */
  country?: string;
  /** Extra surface forms that are not mentions (an acronym only seen in brackets is a mention too). */
  readonly extraForms: string[];
}

/** Words that do not count toward an acronym ("Bank of England" → BE, "Fire and Rescue" → FR). */
const ACRONYM_SKIP_WORDS = new Set([
  'of',
  'and',
  'the',
  'for',
  '&',
  'de',
  'du',
  'des',
  'la',
  'le',
  'on',
  'in',
]);

const wordsOf = (text: string): string[] =>
  nameKey(text)
    .split(' ')
    .filter((word) => word !== '');

const initialMatches = (a: string, b: string): boolean =>
  a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));

/** Given names agree when the shorter list's names each match, in order, a name (or initial) of the longer. */
export function givenNamesAgree(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let position = 0;
  for (const name of short) {
    while (position < long.length && !initialMatches(name, long[position] ?? '')) position += 1;
    if (position === long.length) return false;
    position += 1;
  }
  return true;
}

const partsOf = (text: string): NameParts => splitPersonName(text, NAME_PARTICLES);

/** Two written forms can name the same person in one article: same surname, agreeing given names. */
function sameFullName(a: NameParts, b: NameParts): boolean {
  return a.surname === b.surname && givenNamesAgree(a.given, b.given);
}

/** The capital-letter initials of a name's significant words ("North Atlantic Treaty Organization" → "nato"). */
export function initialsOf(text: string): string {
  return text
    .split(/[\s-]+/u)
    .filter((word) => word !== '' && !ACRONYM_SKIP_WORDS.has(word.toLowerCase()))
    .map((word) => word[0] ?? '')
    .join('')
    .toLowerCase();
}

const isAcronym = (text: string): boolean => /^\p{Lu}[\p{Lu}\p{N}&]{1,7}$/u.test(text.replace(/\./gu, ''));

/**
 * Groups prepared mentions into entity drafts. Person mentions join by name (full names first, then surnames and
 * given names alone join the nearest compatible full name); other mentions join by normalised name, country and
 * acronym.
 */
export function groupMentions(text: string, mentions: readonly PreparedMention[]): EntityDraft[] {
  const drafts: EntityDraft[] = [];
  const draftOf = new Map<number, EntityDraft>();
  const assign = (index: number, draft: EntityDraft): void => {
    draft.mentions.push(index);
    draftOf.set(index, draft);
  };
  const newDraft = (type: EntityType, key: string, index: number): EntityDraft => {
    const draft: EntityDraft = { type, key, mentions: [], extraForms: [] };
    drafts.push(draft);
    assign(index, draft);
    return draft;
  };

  const persons = mentions
    .map((mention, index) => ({ mention, index, words: wordsOf(mention.text) }))
    .filter(({ mention }) => mention.type === 'person');
  const fullNames = persons
    .filter(({ words }) => words.length >= 2)
    .sort((a, b) => b.words.length - a.words.length || a.mention.start - b.mention.start);
  const personDrafts: { draft: EntityDraft; parts: NameParts }[] = [];
  for (const { mention, index } of fullNames) {
    const parts = partsOf(mention.text);
    const match = personDrafts.find((candidate) => sameFullName(candidate.parts, parts));
    if (match !== undefined) assign(index, match.draft);
    else personDrafts.push({ draft: newDraft('person', `person:${nameKey(mention.text)}`, index), parts });
  }

  /** The full-name draft a one-word mention refers to: by surname, else by given name; the nearest before it
   *  wins, else the nearest after. */
  const fullNameFor = (word: string, at: number, givenToo = true): EntityDraft | undefined => {
    const bySurname = personDrafts.filter(
      ({ parts }) => parts.surname === word || parts.surname.endsWith(` ${word}`),
    );
    const byGiven = givenToo ? personDrafts.filter(({ parts }) => parts.given[0] === word) : [];
    const candidates = bySurname.length > 0 ? bySurname : byGiven;
    let best: { draft: EntityDraft; distance: number } | undefined;
    for (const { draft } of candidates) {
      for (const mentionIndex of draft.mentions) {
        const start = mentions[mentionIndex]?.start ?? 0;
        // Mentions before count as nearer than any mention after.
        const distance = start <= at ? at - start : text.length + start - at;
        if (best === undefined || distance < best.distance) best = { draft, distance };
      }
    }
    return best?.draft;
  };

  const singles = new Map<string, EntityDraft>();
  for (const { mention, index, words } of persons) {
    if (words.length !== 1) continue;
    const word = words[0] ?? '';
    const full = fullNameFor(word, mention.start);
    if (full !== undefined) {
      assign(index, full);
      continue;
    }
    const single = singles.get(word);
    if (single !== undefined) assign(index, single);
    else singles.set(word, newDraft('person', `person:${word}`, index));
  }

  const others = new Map<string, EntityDraft>();
  mentions.forEach((mention, index) => {
    if (mention.type === 'person') return;
    const words = wordsOf(mention.text);
    // "the Trump administration": an organisation-tagged surname of a person named in full is that person.
    if (words.length === 1 && (mention.type === 'organization' || mention.type === 'other')) {
      const person = fullNameFor(words[0] ?? '', mention.start, false);
      if (person !== undefined) {
        assign(index, person);
        return;
      }
    }
    const country = mention.type === 'group' ? undefined : matchCountry(mention.text);
    const key =
      country !== undefined && !country.demonym ? `country:${country.country}` : nameKey(mention.text);
    const existing = others.get(key);
    if (existing !== undefined) {
      assign(index, existing);
      return;
    }
    const draft = newDraft(mention.type, key, index);
    if (country !== undefined && !country.demonym) draft.country = country.country;
    if (mention.type === 'group') {
      const demonym = matchCountry(mention.text.split(/\s+/u)[0] ?? '');
      if (demonym?.demonym === true) draft.country = demonym.country;
    }
    others.set(key, draft);
  });

  mergeAcronyms(text, mentions, drafts, draftOf);
  mergeQualifiedOrganizations(mentions, drafts);
  return drafts
    .filter((draft) => draft.mentions.length > 0)
    .map((draft) => {
      draft.mentions.sort((a, b) => (mentions[a]?.start ?? 0) - (mentions[b]?.start ?? 0));
      return draft;
    });
}

function moveMentions(from: EntityDraft, to: EntityDraft): void {
  to.mentions.push(...from.mentions.splice(0));
  to.extraForms.push(...from.extraForms.splice(0));
}

/** "North Atlantic Treaty Organization (NATO)" makes NATO an alias; a lone acronym joins the one organisation
 *  whose initials it spells. */
function mergeAcronyms(
  text: string,
  mentions: readonly PreparedMention[],
  drafts: EntityDraft[],
  draftOf: ReadonlyMap<number, EntityDraft>,
): void {
  const organizations = (): EntityDraft[] =>
    drafts.filter((draft) => draft.type === 'organization' && draft.mentions.length > 0);
  mentions.forEach((mention, index) => {
    const draft = draftOf.get(index);
    if (draft?.type !== 'organization' || isAcronym(mention.text)) return;
    const bracket = /^\s*\(\s*(\p{Lu}[\p{Lu}\p{N}&.]{1,9})\s*\)/u.exec(
      text.slice(mention.end, mention.end + 16),
    );
    const acronym = bracket?.[1];
    // An acronym in brackets spells its organisation's name, so it starts with the name's first letter.
    if (acronym === undefined || acronym[0] !== mention.text[0]) return;
    const acronymDraft = drafts.find((other) => other !== draft && other.key === nameKey(acronym));
    if (acronymDraft !== undefined) moveMentions(acronymDraft, draft);
    else draft.extraForms.push(acronym);
  });
  // Each organisation name's initials are read once, however many acronyms are tried against it.
  const initials = new Map<string, string | undefined>();
  const spelledInitials = (candidate: string): string | undefined => {
    if (!initials.has(candidate))
      initials.set(candidate, isAcronym(candidate) ? undefined : initialsOf(candidate));
    return initials.get(candidate);
  };
  for (const acronymDraft of organizations()) {
    const form = mentions[acronymDraft.mentions[0] ?? -1]?.text ?? '';
    if (!isAcronym(form)) continue;
    const letters = nameKey(form).replace(/\s/gu, '');
    const spelled = organizations().filter(
      (other) =>
        other !== acronymDraft &&
        other.mentions.some((index) => spelledInitials(mentions[index]?.text ?? '') === letters),
    );
    const target = spelled[0];
    if (spelled.length === 1 && target !== undefined) moveMentions(acronymDraft, target);
  }
}

/** "the State Department" joins "the U.S. State Department" when that is the only country-qualified form. */
function mergeQualifiedOrganizations(mentions: readonly PreparedMention[], drafts: EntityDraft[]): void {
  const organizations = drafts.filter((draft) => draft.type === 'organization' && draft.mentions.length > 0);
  for (const bare of organizations) {
    const bareWords = bare.key.split(' ').length;
    const qualified = organizations.filter((other) => {
      if (other === bare || !other.key.endsWith(` ${bare.key}`)) return false;
      const words = (mentions[other.mentions[0] ?? -1]?.text ?? '').split(/\s+/u);
      return matchCountry(words.slice(0, words.length - bareWords).join(' ')) !== undefined;
    });
    const target = qualified[0];
    if (qualified.length === 1 && target !== undefined) moveMentions(bare, target);
  }
}
