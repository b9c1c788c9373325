// Story-level repair of names the tagger cut short or split in one article but read whole in another: "the Corvain
// Fire and Rescue Service" tagged as two organisations ("Corvain Fire", "Rescue Service"), or "• The Coastal Safety
// Inspectorate" tagged as "Inspectorate" after a bullet. The text around such a mention spells out a longer name
// that the story tags elsewhere as one entity, so the mention is widened to it.
import {
  nameKey,
  standsAt,
  type ArticleEntity,
  type EntityMentionSpan,
  type EntityType,
  type RoleMention,
} from '../../annotate/entities/index.ts';

/** An article's text and the entities read in it and in its captions, as resolveStoryEntities is given them
 *  (defined here, where the story's entities are first read, and exported from index.ts). */
export interface StoryArticleEntities {
  readonly id: string;
  readonly text: string;
  readonly entities: readonly ArticleEntity[];
  /** The entities of each photo caption, by caption index (mentions and roles carry `caption`). */
  readonly captions?: readonly (readonly ArticleEntity[])[];
}

/** Types whose names are widened and absorbed. People are resolved by their own name parts; a name inside a longer
 *  name that holds a person ("Tarn's Karate") is left as the tagger read it. */
const WIDENED_TYPES: ReadonlySet<EntityType> = new Set(['organization', 'place', 'other']);

interface KnownName {
  readonly form: string;
  readonly type: EntityType;
  /** Mentions written as this form, over the story. */
  readonly mentions: number;
}

/** Mentions of a form the story must hold before a mention of another type is widened to it: "New York" read as a
 *  place inside "New York Times" needs the paper named whole twice; one slip of the tagger is not enough. */
const MIN_MENTIONS_TO_RETYPE = 2;

/** Where each candidate form stands in one article's text, by form. Only places that hold a mention are looked
 *  at, as only those can widen a mention or show a form to be part of a longer one. */
type Occurrences = ReadonlyMap<string, readonly number[]>;

/** The candidate forms by each of their words, to find the longer forms a mention may be part of. */
type FormIndex = ReadonlyMap<string, readonly string[]>;

const wordsOf = (text: string): string[] => text.split(/\s+/u).filter((word) => word !== '');

function indexForms(forms: readonly string[]): FormIndex {
  const index = new Map<string, string[]>();
  for (const form of forms) {
    for (const word of new Set(wordsOf(form))) {
      const holding = index.get(word);
      if (holding === undefined) index.set(word, [form]);
      else holding.push(form);
    }
  }
  return index;
}

/** Every place in the article's text where a candidate form stands over a mention of an organisation, place or
 *  other: for each such mention, the forms that hold its text, tried at each offset they hold it. */
function anchoredOccurrences(article: StoryArticleEntities, forms: FormIndex): Occurrences {
  const found = new Map<string, Set<number>>();
  for (const entity of article.entities) {
    if (!WIDENED_TYPES.has(entity.type)) continue;
    for (const mention of entity.mentions) {
      if (mention.caption !== undefined) continue;
      const words = wordsOf(mention.text);
      // The longest word of the mention picks the fewest forms.
      const key = words.reduce((best, word) => (word.length > best.length ? word : best), '');
      for (const form of forms.get(key) ?? []) {
        for (let at = form.indexOf(mention.text); at !== -1; at = form.indexOf(mention.text, at + 1)) {
          const start = mention.start - at;
          if (!standsAt(article.text, form, start)) continue;
          const starts = found.get(form) ?? new Set<number>();
          starts.add(start);
          found.set(form, starts);
        }
      }
    }
  }
  return new Map([...found].map(([form, starts]) => [form, [...starts].sort((a, b) => a - b)]));
}

/** Short words that join a title to its qualifier rather than name an office. */
const JOINING_WORDS: ReadonlySet<string> = new Set(['the', 'and', 'for', 'of']);

/** Words of a role as written that name the office, not its qualifier: "Apple CEO" of "Apple" gives `ceo`. */
function titleWords(text: string, of: string | undefined): Set<string> {
  const qualifier = new Set(of === undefined ? [] : nameKey(of).split(' '));
  return new Set(
    nameKey(text)
      .split(' ')
      .filter((word) => word.length > 1 && !JOINING_WORDS.has(word) && !qualifier.has(word)),
  );
}

/** How often each multi-word form of an organisation, place or other is written as a mention in the story, by the
 *  type each mention was given. */
type FormVotes = ReadonlyMap<string, ReadonlyMap<EntityType, number>>;

/** The mentions of organisations, places and others whose text has several words, in the text and the captions of
 *  each article (by article index), with that text trimmed. */
function* multiWordMentions(
  articles: readonly StoryArticleEntities[],
): Generator<{ article: number; type: EntityType; mention: EntityMentionSpan; form: string }> {
  for (const [article, reading] of articles.entries()) {
    for (const entity of [...reading.entities, ...(reading.captions ?? []).flat()]) {
      if (!WIDENED_TYPES.has(entity.type)) continue;
      for (const mention of entity.mentions) {
        const form = mention.text.trim();
        if (/\s/u.test(form)) yield { article, type: entity.type, mention, form };
      }
    }
  }
}

function formVotes(articles: readonly StoryArticleEntities[]): FormVotes {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const { type, form } of multiWordMentions(articles)) {
    const byType = votes.get(form) ?? new Map<EntityType, number>();
    byType.set(type, (byType.get(type) ?? 0) + 1);
    votes.set(form, byType);
  }
  return votes;
}

/** The multi-word forms as names to widen to, each with the type most of its mentions were given (ties:
 *  organisation, place, other), longest first. A form counts only when one of its mentions stands on its own, not
 *  inside the text of a longer such form: "Corvain Fire", cut from "Corvain Fire and Rescue Service", is not a name
 *  to widen others to. */
function knownNames(
  articles: readonly StoryArticleEntities[],
  votes: FormVotes,
  found: readonly Occurrences[],
): KnownName[] {
  const standalone = new Set<string>();
  for (const { article, mention, form } of multiWordMentions(articles)) {
    const here = found[article] ?? new Map<string, readonly number[]>();
    const enclosed =
      mention.caption === undefined &&
      [...here].some(
        ([other, starts]) =>
          other.length > form.length &&
          starts.some((start) => start <= mention.start && mention.end <= start + other.length),
      );
    if (!enclosed) standalone.add(form);
  }
  // A form that holds the title of a role given where it stands ("U.S. Secretary of State Marco Rubio", "late Apple
  // CEO Steve Jobs") is a title the tagger once read as an organisation, not a name. The title's words are those of
  // the role as written, less its qualifier's: an organisation that qualifies a role ("the chief fire officer of
  // the Corvain Fire and Rescue Service") holds none of them and stays a name.
  const titles = new Set<string>();
  articles.forEach((article, index) => {
    const roles = article.entities.flatMap((entity) =>
      entity.roles
        .filter((role) => role.caption === undefined)
        .map((role) => ({ start: role.start, end: role.end, words: titleWords(role.text, role.of) })),
    );
    if (roles.length === 0) return;
    for (const [form, starts] of found[index] ?? []) {
      const words = nameKey(form).split(' ');
      const holdsTitle = starts.some((start) =>
        roles.some(
          (role) =>
            role.start < start + form.length &&
            start < role.end &&
            words.some((word) => role.words.has(word)),
        ),
      );
      if (holdsTitle) titles.add(form);
    }
  });
  const order = [...WIDENED_TYPES];
  return [...votes]
    .filter(([form]) => standalone.has(form) && !titles.has(form))
    .map(([form, byType]) => ({
      form,
      mentions: [...byType.values()].reduce((sum, count) => sum + count, 0),
      type:
        [...byType].sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0]))[0]?.[0] ??
        'other',
    }))
    .sort((a, b) => b.form.length - a.form.length || (a.form < b.form ? -1 : a.form > b.form ? 1 : 0));
}

interface Located {
  readonly entity: number;
  readonly mention: EntityMentionSpan;
}

interface Widening {
  readonly start: number;
  readonly end: number;
  readonly name: KnownName;
  readonly absorbed: readonly Located[];
}

/** The widenings of one article's text: each occurrence of a known name that holds one or more shorter mentions of
 *  organisations, places or others, no person, and no mention reaching across its edges; a mention of another type
 *  than the name's only when the story writes the name whole MIN_MENTIONS_TO_RETYPE times. Longer names first; an
 *  occurrence that overlaps one already taken is skipped. */
function widenings(
  article: StoryArticleEntities,
  names: readonly KnownName[],
  found: Occurrences,
): Widening[] {
  const located: Located[] = article.entities.flatMap((entity, index) =>
    entity.mentions
      .filter((mention) => mention.caption === undefined)
      .map((mention) => ({ entity: index, mention })),
  );
  const taken: Widening[] = [];
  for (const name of names) {
    for (const start of found.get(name.form) ?? []) {
      const end = start + name.form.length;
      if (taken.some((other) => other.start < end && start < other.end)) continue;
      const touching = located.filter(({ mention }) => mention.start < end && start < mention.end);
      const inside = touching.filter(({ mention }) => mention.start >= start && mention.end <= end);
      const whole = inside.some(({ mention }) => mention.start === start && mention.end === end);
      if (whole || inside.length === 0 || inside.length < touching.length) continue;
      // The same name with its article ("The Hollywood Reporter" around "Hollywood Reporter"): nothing to widen.
      if (inside.length === 1 && nameKey(inside[0]?.mention.text ?? '') === nameKey(name.form)) continue;
      const types = inside.map(({ entity }) => article.entities[entity]?.type ?? 'person');
      if (types.some((type) => !WIDENED_TYPES.has(type))) continue;
      if (types.some((type) => type !== name.type) && name.mentions < MIN_MENTIONS_TO_RETYPE) continue;
      taken.push({ start, end, name, absorbed: inside });
    }
  }
  return taken;
}

/** What joins one widened name in an article: its widened mentions, and whatever the entities folded into it bring. */
interface Joining {
  readonly name: KnownName;
  readonly mentions: EntityMentionSpan[];
  readonly aliases: string[];
  readonly roles: RoleMention[];
}

/** The article's entities with every widening applied. Absorbed mentions leave their entities; an entity whose own
 *  name was only ever written inside the widened name ("Syrian Observatory", cut from "Syrian Observatory for Human
 *  Rights", with "the Observatory" joined to it by the article's coreference) folds into it whole, mentions, aliases
 *  and roles; an entity left with neither mentions nor roles is dropped. Each widened name joins the article's entity
 *  of that name, or becomes a new one of the type the story gives the name. */
function widenArticle(
  article: StoryArticleEntities,
  names: readonly KnownName[],
  occurrences: Occurrences,
): StoryArticleEntities {
  const found = widenings(article, names, occurrences);
  if (found.length === 0) return article;
  const widenedTo = new Map<EntityMentionSpan, string>();
  const joinings = new Map<string, Joining>();
  for (const widening of found) {
    const key = nameKey(widening.name.form);
    const joining = joinings.get(key) ?? { name: widening.name, mentions: [], aliases: [], roles: [] };
    joining.mentions.push({ start: widening.start, end: widening.end, text: widening.name.form });
    joinings.set(key, joining);
    for (const { mention } of widening.absorbed) widenedTo.set(mention, key);
  }
  const remaining: ArticleEntity[] = [];
  for (const entity of article.entities) {
    const kept = entity.mentions.filter((mention) => !widenedTo.has(mention));
    if (kept.length === entity.mentions.length) {
      remaining.push(entity);
      continue;
    }
    const targets = new Set(entity.mentions.map((mention) => widenedTo.get(mention)));
    targets.delete(undefined);
    const [target] = targets;
    const ownName = nameKey(entity.name);
    const joining = target === undefined ? undefined : joinings.get(target);
    if (targets.size === 1 && joining !== undefined && !kept.some((m) => nameKey(m.text) === ownName)) {
      joining.mentions.push(...kept);
      joining.aliases.push(...entity.aliases.filter((alias) => nameKey(alias) !== ownName));
      joining.roles.push(...entity.roles);
    } else if (kept.length > 0 || entity.roles.length > 0) {
      remaining.push({ ...entity, mentions: kept });
    }
  }
  const byStart = (a: { start: number; caption?: number }, b: { start: number; caption?: number }): number =>
    (a.caption ?? -1) - (b.caption ?? -1) || a.start - b.start;
  const entities = remaining.map((entity) => {
    const key = WIDENED_TYPES.has(entity.type) ? nameKey(entity.name) : undefined;
    const joining = key === undefined ? undefined : joinings.get(key);
    if (key === undefined || joining === undefined) return entity;
    joinings.delete(key);
    return {
      ...entity,
      aliases: [...new Set([...entity.aliases, joining.name.form, ...joining.aliases])],
      mentions: [...entity.mentions, ...joining.mentions].sort(byStart),
      roles: [...entity.roles, ...joining.roles].sort(byStart),
    };
  });
  let next = article.entities.length + 1;
  for (const joining of joinings.values()) {
    while (article.entities.some((entity) => entity.id === `e${next}`)) next += 1;
    entities.push({
      id: `e${next}`,
      name: joining.name.form,
      type: joining.name.type,
      aliases: [...new Set([joining.name.form, ...joining.aliases])],
      mentions: joining.mentions.sort(byStart),
      roles: joining.roles.sort(byStart),
    });
    next += 1;
  }
  return { ...article, entities };
}

/** Every article of a story with the mentions the tagger cut short or split widened to the longer name that the
 *  text around them spells out, when the story tags that name whole elsewhere. Captions are left as they are. */
export function widenToKnownNames(articles: readonly StoryArticleEntities[]): StoryArticleEntities[] {
  const votes = formVotes(articles);
  if (votes.size === 0) return [...articles];
  const index = indexForms([...votes.keys()]);
  const found = articles.map((article) => anchoredOccurrences(article, index));
  const names = knownNames(articles, votes, found);
  return articles.map((article, index) => widenArticle(article, names, found[index] ?? new Map()));
}
