// Cross-article entity resolution for the crosscheck stage: one entity per real person, organisation or place
// in a story, despite transliteration and diacritics, with every role kept beside the articles that give it.
import { diagnostic, hashId, type Diagnostic, type Result } from '../../core/index.ts';
import {
  givenNamesAgree,
  initialsOf,
  NAME_PARTICLES,
  nameKey,
  splitPersonName,
  type ArticleEntity,
  type EntityType,
  type NameParts,
} from '../../annotate/entities/index.ts';
import { matchCountry } from '../../annotate/entities/index.ts';
import { widenToKnownNames, type StoryArticleEntities } from './known-names.ts';
import { jaroWinkler } from './similarity.ts';
import {
  BARE_NAME_DOMINANCE,
  GIVEN_MIN_SIMILARITY,
  SHORT_NAME_DOMINANCE,
  MIN_SHARED_CONTEXT,
  SURNAME_DOMINANCE_RATIO,
  SURNAME_MIN_SIMILARITY,
} from './thresholds.ts';

export { jaro, jaroWinkler } from './similarity.ts';
export type { StoryArticleEntities } from './known-names.ts';

export interface StorySpan {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
  /** Set when the span is in a photo caption: offsets are into the article's `captions[caption]`, not `text`. */
  readonly caption?: number;
}

export interface StoryRole {
  /** Canonical title ("Secretary of State"). */
  readonly role: string;
  /** Country or organisation, named as the story's entity for it when there is one ("Donald Trump"). */
  readonly of?: string;
  readonly articleIds: readonly string[];
  readonly spans: readonly StorySpan[];
}

export interface StoryEntity {
  /** Stable: a hash of the type and the canonical name. */
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  /** Every surface form seen in any article. */
  readonly aliases: readonly string[];
  readonly roles: readonly StoryRole[];
  readonly mentions: readonly StorySpan[];
  /** For a country, or a group named by a demonym: the country. */
  readonly country?: string;
}

interface Item {
  readonly articleId: string;
  /** Where the entity was read, the text or one caption: coreference already joined what one of them names, so
   *  two entities of one unit stay apart, while a caption's person may join a person of its article's text. */
  readonly unit: string;
  readonly entity: ArticleEntity;
  readonly parts: NameParts;
}

interface Cluster {
  readonly items: Item[];
  readonly articleIds: Set<string>;
  readonly units: Set<string>;
  /** Distinct written names of the cluster's items, by `given|surname` key: comparisons run on these. */
  readonly names: Map<string, NameParts>;
}

const partsKey = (parts: NameParts): string => `${parts.given.join(' ')}|${parts.surname}`;

const mentionCount = (cluster: Cluster): number =>
  cluster.items.reduce((sum, item) => sum + item.entity.mentions.length, 0);

function merge(into: Cluster, from: Cluster): void {
  into.items.push(...from.items.splice(0));
  for (const id of from.articleIds) into.articleIds.add(id);
  for (const unit of from.units) into.units.add(unit);
  for (const [key, parts] of from.names) into.names.set(key, parts);
  from.articleIds.clear();
  from.units.clear();
  from.names.clear();
}

const newCluster = (items: Item[]): Cluster => ({
  items,
  articleIds: new Set(items.map((item) => item.articleId)),
  units: new Set(items.map((item) => item.unit)),
  names: new Map(items.map((item) => [partsKey(item.parts), item.parts])),
});

/** Jaro–Winkler of two surnames, remembered: a story compares few distinct surnames many times. */
class SurnameSimilarity {
  private readonly known = new Map<string, Map<string, number>>();

  of(a: string, b: string): number {
    if (a === b) return 1;
    const [first, second] = a < b ? [a, b] : [b, a];
    let row = this.known.get(first);
    if (row === undefined) {
      row = new Map();
      this.known.set(first, row);
    }
    let value = row.get(second);
    if (value === undefined) {
      value = jaroWinkler(first, second);
      row.set(second, value);
    }
    return value;
  }
}

const surnames = new SurnameSimilarity();

/** 1 when given names agree (equal, initials, a missing middle name), else the first given names' similarity. */
function givenSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0 || givenNamesAgree(a, b)) return 1;
  return jaroWinkler(a[0] ?? '', b[0] ?? '');
}

interface NameMatch {
  readonly similarity: number;
  readonly exact: boolean;
}

/** How alike two people's names are, or undefined when they cannot be one person (surnames or given names too
 *  different). */
function compareNames(a: NameParts, b: NameParts): NameMatch | undefined {
  const surname = surnames.of(a.surname, b.surname);
  if (surname < SURNAME_MIN_SIMILARITY) return undefined;
  const given = givenSimilarity(a.given, b.given);
  if (given < GIVEN_MIN_SIMILARITY) return undefined;
  return { similarity: (surname + given) / 2, exact: surname === 1 && given === 1 };
}

/** Two clusters may be one person: no text or caption in common (its own coreference kept them apart) and every
 *  pair of names compatible, so chains of near-matches cannot join two different people. */
function compatible(a: Cluster, b: Cluster): boolean {
  for (const unit of a.units) if (b.units.has(unit)) return false;
  for (const x of a.names.values())
    for (const y of b.names.values()) if (compareNames(x, y) === undefined) return false;
  return true;
}

function sharedRole(a: Cluster, b: Cluster): boolean {
  const roles = new Set(a.items.flatMap((item) => item.entity.roles.map((role) => role.role)));
  return b.items.some((item) => item.entity.roles.some((role) => roles.has(role.role)));
}

/** Keys of every entity named in each article (its captions included), for co-occurrence evidence. */
function contextSets(articles: readonly StoryArticleEntities[]): Map<string, Set<string>> {
  const sets = new Map<string, Set<string>>();
  for (const article of articles) {
    const entities = [...article.entities, ...(article.captions ?? []).flat()];
    sets.set(article.id, new Set(entities.map((entity) => `${entity.type}:${nameKey(entity.name)}`)));
  }
  return sets;
}

function sharedContext(a: Cluster, b: Cluster, contexts: ReadonlyMap<string, Set<string>>): number {
  const gather = (cluster: Cluster): Set<string> => {
    const own = new Set(cluster.items.map((item) => `${item.entity.type}:${nameKey(item.entity.name)}`));
    const out = new Set<string>();
    for (const id of cluster.articleIds)
      for (const key of contexts.get(id) ?? []) if (!own.has(key)) out.add(key);
    return out;
  };
  const left = gather(a);
  const right = gather(b);
  const smaller = Math.min(left.size, right.size);
  if (smaller === 0) return 0;
  let common = 0;
  for (const key of left) if (right.has(key)) common += 1;
  return common / smaller;
}

function bestMatch(a: Cluster, b: Cluster): NameMatch | undefined {
  let best: NameMatch | undefined;
  for (const x of a.names.values()) {
    for (const y of b.names.values()) {
      const match = compareNames(x, y);
      if (match !== undefined && (best === undefined || match.similarity > best.similarity)) best = match;
    }
  }
  return best;
}

const hasGivenName = (cluster: Cluster): boolean =>
  [...cluster.names.values()].some((parts) => parts.given.length > 0);

/** Pairs of clusters whose surnames are similar enough to compare further: clusters are blocked by surname, so
 *  a story with hundreds of people compares hundreds of surnames, not every pair of people. */
function similarSurnamePairs(left: readonly Cluster[], right: readonly Cluster[]): [Cluster, Cluster][] {
  const block = (clusters: readonly Cluster[]): Map<string, Cluster[]> => {
    const out = new Map<string, Cluster[]>();
    for (const cluster of clusters) {
      for (const surname of new Set([...cluster.names.values()].map((parts) => parts.surname))) {
        out.set(surname, [...(out.get(surname) ?? []), cluster]);
      }
    }
    return out;
  };
  const leftBlocks = block(left);
  const rightBlocks = left === right ? leftBlocks : block(right);
  const seen = new Set<string>();
  const pairs: [Cluster, Cluster][] = [];
  const ids = new Map<Cluster, number>([...left, ...right].map((cluster, index) => [cluster, index]));
  for (const [a, fromLeft] of leftBlocks) {
    for (const [b, fromRight] of rightBlocks) {
      if (surnames.of(a, b) < SURNAME_MIN_SIMILARITY) continue;
      for (const x of fromLeft) {
        for (const y of fromRight) {
          if (x === y) continue;
          const [i, j] = [ids.get(x) ?? 0, ids.get(y) ?? 0];
          const key = left === right ? `${Math.min(i, j)}:${Math.max(i, j)}` : `${i}:${j}`;
          if (seen.has(key)) continue;
          seen.add(key);
          pairs.push([x, y]);
        }
      }
    }
  }
  return pairs;
}

/**
 * People: identical normalised names first; then full names that match closely (an exact match, or a spelling
 * variant backed by a shared role or a shared cast), best pairs first; then surname-only entities join the one
 * full name they fit.
 */
function resolvePersons(
  items: readonly Item[],
  contexts: ReadonlyMap<string, Set<string>>,
  diagnostics: Diagnostic[],
): Cluster[] {
  const byKey = new Map<string, Item[]>();
  for (const item of items) {
    const key = partsKey(item.parts);
    byKey.set(key, [...(byKey.get(key) ?? []), item]);
  }
  const clusters = [...byKey.values()].map(newCluster);
  const evidence = (a: Cluster, b: Cluster): boolean =>
    sharedRole(a, b) || sharedContext(a, b, contexts) >= MIN_SHARED_CONTEXT;

  const full = clusters.filter(hasGivenName);
  const pairs: { a: Cluster; b: Cluster; similarity: number }[] = [];
  for (const [a, b] of similarSurnamePairs(full, full)) {
    const match = bestMatch(a, b);
    if (match === undefined || (!match.exact && !evidence(a, b))) continue;
    pairs.push({ a, b, similarity: match.similarity });
  }
  pairs.sort((x, y) => y.similarity - x.similarity);
  const home = new Map<Cluster, Cluster>();
  const find = (cluster: Cluster): Cluster => {
    let current = cluster;
    while (home.has(current)) current = home.get(current) ?? current;
    return current;
  };
  for (const pair of pairs) {
    const a = find(pair.a);
    const b = find(pair.b);
    if (a === b || !compatible(a, b)) continue;
    merge(a, b);
    home.set(b, a);
  }

  const fullNames = full.filter((cluster) => cluster.items.length > 0);
  const surnameOnly = clusters.filter((cluster) => !hasGivenName(cluster));
  const nearby = new Map<Cluster, Cluster[]>();
  for (const [single, cluster] of similarSurnamePairs(surnameOnly, fullNames)) {
    nearby.set(single, [...(nearby.get(single) ?? []), cluster]);
  }
  for (const single of surnameOnly) {
    const surname = single.items[0]?.parts.surname ?? '';
    const candidates = (nearby.get(single) ?? [])
      .filter((cluster) => cluster.items.length > 0 && compatible(cluster, single))
      .map((cluster) => ({ cluster, match: bestMatch(cluster, single) }))
      .filter(({ cluster, match }) => match !== undefined && (match.exact || evidence(cluster, single)));
    const exact = candidates.filter(({ match }) => match?.exact === true);
    const pool = (exact.length > 0 ? exact : candidates).map(({ cluster }) => cluster);
    const target = pool.length === 1 ? pool[0] : pickAmong(pool, single);
    if (target !== undefined) merge(target, single);
    else if (pool.length > 1) {
      diagnostics.push(
        diagnostic(
          'info',
          'crosscheck/ambiguous-surname',
          `"${surname}" fits ${pool.length} people in this story; it is kept as its own entity`,
        ),
      );
    }
  }
  const rest = surnameOnly.filter((cluster) => cluster.items.length > 0);
  for (const [a, b] of similarSurnamePairs(rest, rest)) {
    if (a.items.length === 0 || b.items.length === 0) continue;
    if (compatible(a, b) && bestMatch(a, b) !== undefined && evidence(a, b)) merge(a, b);
  }
  return clusters.filter((cluster) => cluster.items.length > 0);
}

/** Several people fit a surname alone: the one sharing a role with it, else one mentioned far more than the
 *  rest, else none. */
function pickAmong(pool: readonly Cluster[], single: Cluster): Cluster | undefined {
  if (pool.length < 2) return undefined;
  const withRole = pool.filter((cluster) => sharedRole(cluster, single));
  if (withRole.length === 1) return withRole[0];
  const [first, second] = [...pool].sort((x, y) => mentionCount(y) - mentionCount(x));
  if (first === undefined || second === undefined) return undefined;
  return mentionCount(first) >= SURNAME_DOMINANCE_RATIO * mentionCount(second) ? first : undefined;
}

const isAcronym = (text: string): boolean => /^\p{Lu}[\p{Lu}\p{N}&]{1,7}$/u.test(text.replace(/\./gu, ''));

function familyKey(entity: ArticleEntity): string {
  if (entity.type === 'group') return `group:${nameKey(entity.name)}`;
  if (entity.country !== undefined) return `country:${entity.country}`;
  return nameKey(entity.name);
}

/** A name key and, when it has one, its part before the first "of" or "for": "syrian observatory for human rights"
 *  gives that and "syrian observatory", the words a shorter reference to it ends with. */
function headsOf(key: string): string[] {
  const cut = key.search(/ (?:of|for) /u);
  return cut === -1 ? [key] : [key, key.slice(0, cut)];
}

/** Organisations, places and others: same normalised name or alias, an acronym and its expansion, a bare name
 *  and its only country-qualified form, a short organisation name that starts or ends the head of only one longer
 *  one. Groups match groups only. */
function resolveOthers(items: readonly Item[]): Cluster[] {
  const byKey = new Map<string, Item[]>();
  for (const item of items) {
    const key = familyKey(item.entity);
    byKey.set(key, [...(byKey.get(key) ?? []), item]);
  }
  let clusters = [...byKey.values()].map(newCluster);
  const aliasOwner = new Map<string, Cluster>();
  for (const cluster of clusters) {
    if (cluster.items[0]?.entity.type === 'group') continue;
    for (const item of [...cluster.items]) {
      for (const alias of item.entity.aliases) {
        const key = nameKey(alias);
        const owner = aliasOwner.get(key);
        if (owner === undefined) aliasOwner.set(key, cluster);
        else if (owner !== cluster && owner.items.length > 0 && cluster.items.length > 0) {
          merge(owner, cluster);
          for (const [other, value] of aliasOwner) if (value === cluster) aliasOwner.set(other, owner);
        }
      }
    }
  }
  clusters = clusters.filter((cluster) => cluster.items.length > 0);
  const organizations = (): Cluster[] =>
    clusters.filter(
      (cluster) =>
        cluster.items.length > 0 && cluster.items.some((item) => item.entity.type === 'organization'),
    );
  for (const acronym of organizations()) {
    const names = acronym.items.map((item) => item.entity.name);
    if (!names.every(isAcronym)) continue;
    const letters = nameKey(names[0] ?? '').replace(/\s/gu, '');
    const spelled = organizations().filter(
      (other) =>
        other !== acronym &&
        other.items.some((item) => !isAcronym(item.entity.name) && initialsOf(item.entity.name) === letters),
    );
    const target = spelled[0];
    if (spelled.length === 1 && target !== undefined) merge(target, acronym);
  }
  for (const bare of organizations()) {
    const key = nameKey(bare.items[0]?.entity.name ?? '');
    const qualified = organizations().filter((other) =>
      other.items.some((item) => {
        const otherKey = nameKey(item.entity.name);
        if (other === bare || !otherKey.endsWith(` ${key}`)) return false;
        const words = item.entity.name.split(/\s+/u);
        return matchCountry(words.slice(0, words.length - key.split(' ').length).join(' ')) !== undefined;
      }),
    );
    const target = qualified[0];
    if (qualified.length === 1 && target !== undefined && target.items.length > 0) merge(target, bare);
  }
  for (const short of organizations()) {
    // Only a name tagged as an organisation more often than as a place: "Corvain" must not become
    // "Corvain General Hospital".
    const types = short.items.map((item) => item.entity.type);
    const count = (type: EntityType): number => types.filter((candidate) => candidate === type).length;
    if (count('organization') <= count('place')) continue;
    const key = nameKey(short.items[0]?.entity.name ?? '');
    const shortMentions = mentionCount(short);
    // "Halvard" is "Halvard Marine Terminals" when it starts one longer organisation's name and no other; "the
    // Observatory" is "the Syrian Observatory for Human Rights" when it ends the head of one longer name, not two
    // joined by "and", and no other's. Either way the longer name must not be a rare variant of the short one:
    // "Comcast", 35 times, is not "One Comcast", once, nor "MacBook Air", 112 times, "MacBook Air Retina".
    const endsHead = (otherKey: string): boolean =>
      !/ (?:and|&) /u.test(otherKey) && headsOf(otherKey).some((head) => head.endsWith(` ${key}`));
    const longer = organizations().filter(
      (other) =>
        other !== short &&
        shortMentions <= SHORT_NAME_DOMINANCE * mentionCount(other) &&
        other.items.some((item) => {
          const otherKey = nameKey(item.entity.name);
          return otherKey.startsWith(`${key} `) || endsHead(otherKey);
        }),
    );
    const target = longer[0];
    if (longer.length === 1 && target !== undefined && short.items.length > 0) merge(target, short);
  }
  return clusters.filter((cluster) => cluster.items.length > 0);
}

/** "the Trump administration" tagged as an organisation in an article that never names the person in full. */
function attachSurnameOrganizations(persons: Cluster[], others: Cluster[]): Cluster[] {
  return others.filter((cluster) => {
    const names = cluster.items.map((item) => item.entity);
    if (!names.every((entity) => entity.type === 'organization' || entity.type === 'other')) return true;
    const key = nameKey(names[0]?.name ?? '');
    if (key.includes(' ')) return true;
    const owners = persons.filter(
      (person) => hasGivenName(person) && person.items.some((item) => item.parts.surname === key),
    );
    const owner = owners[0];
    if (owners.length !== 1 || owner === undefined) return true;
    owner.items.push(
      ...cluster.items.map((item) => ({ ...item, parts: owner.items[0]?.parts ?? item.parts })),
    );
    for (const id of cluster.articleIds) owner.articleIds.add(id);
    return false;
  });
}

/** A bare name read as a person a few times where the story names a place or organisation so far more often
 *  ("that Corvain would end up with a more modern facility" in a story about a port called Corvain): the person
 *  has no given name and no role anywhere, and the one non-person entity of that name has at least
 *  BARE_NAME_DOMINANCE times its mentions. Its items join that entity, which keeps the type most mentions give it.
 *  True when the person was joined. */
function joinedToPlaceOrOrganization(person: Cluster, others: readonly Cluster[]): boolean {
  if (hasGivenName(person) || person.items.some((item) => item.entity.roles.length > 0)) return false;
  const keys = new Set(person.items.map((item) => nameKey(item.entity.name)));
  if (keys.size !== 1) return false;
  const [key] = keys;
  const owners = others.filter((other) => other.items.some((item) => nameKey(item.entity.name) === key));
  const owner = owners[0];
  if (owners.length !== 1 || owner === undefined) return false;
  if (mentionCount(owner) < BARE_NAME_DOMINANCE * mentionCount(person)) return false;
  merge(owner, person);
  return true;
}

/** The most telling name: most words, then most mentions; diacritics kept over their stripped form, a leading
 *  "The" dropped when the story also writes the name without it. */
function canonicalName(cluster: Cluster): string {
  const byKey = new Map<string, { forms: Map<string, number>; words: number; mentions: number }>();
  for (const { entity } of cluster.items) {
    const key = nameKey(entity.name);
    const entry = byKey.get(key) ?? {
      forms: new Map<string, number>(),
      words: key.split(' ').length,
      mentions: 0,
    };
    entry.forms.set(entity.name, (entry.forms.get(entity.name) ?? 0) + entity.mentions.length);
    entry.mentions += entity.mentions.length;
    byKey.set(key, entry);
  }
  const best = [...byKey.values()].sort((a, b) => b.words - a.words || b.mentions - a.mentions)[0];
  if (best === undefined) return '';
  // A sentence's "The" ("The Coastal Safety Inspectorate said") is not part of a name the story also writes
  // without it; a name always written with it ("The Hague") keeps it.
  const withoutArticle = (form: string): number => Number(!/^the\s/iu.test(form));
  const forms = [...best.forms].sort(
    ([a, countA], [b, countB]) =>
      Number(b.normalize('NFKD') !== b) - Number(a.normalize('NFKD') !== a) ||
      Number(b !== b.toUpperCase()) - Number(a !== a.toUpperCase()) ||
      withoutArticle(b) - withoutArticle(a) ||
      countB - countA,
  );
  return forms[0]?.[0] ?? '';
}

function majorityType(cluster: Cluster): EntityType {
  const counts = new Map<EntityType, number>();
  for (const { entity } of cluster.items)
    counts.set(entity.type, (counts.get(entity.type) ?? 0) + entity.mentions.length);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'other';
}

/** A role's qualifier as the story names it: "Trump" becomes "Donald Trump" when one entity has that alias. */
function ofResolver(
  entities: readonly { name: string; aliases: readonly string[] }[],
): (of: string) => string {
  const owners = new Map<string, Set<string>>();
  for (const entity of entities) {
    for (const alias of [entity.name, ...entity.aliases]) {
      const key = nameKey(alias);
      owners.set(key, (owners.get(key) ?? new Set()).add(entity.name));
    }
  }
  return (of) => {
    const names = owners.get(nameKey(of));
    return names !== undefined && names.size === 1 ? ([...names][0] ?? of) : of;
  };
}

function storyRoles(
  cluster: Cluster,
  resolveOf: (of: string) => string,
  order: ReadonlyMap<string, number>,
): StoryRole[] {
  const groups = new Map<string, { role: string; of?: string; articleIds: string[]; spans: StorySpan[] }>();
  for (const { articleId, entity } of cluster.items) {
    for (const role of entity.roles) {
      const of = role.of === undefined ? undefined : resolveOf(role.of);
      const key = `${role.role}|${of === undefined ? '' : nameKey(of)}`;
      const group = groups.get(key) ?? {
        role: role.role,
        ...(of === undefined ? {} : { of }),
        articleIds: [],
        spans: [],
      };
      if (!group.articleIds.includes(articleId)) group.articleIds.push(articleId);
      group.spans.push({
        articleId,
        start: role.start,
        end: role.end,
        ...(role.caption === undefined ? {} : { caption: role.caption }),
      });
      groups.set(key, group);
    }
  }
  // A title given without its country or organisation fits the one qualified form of it, if there is only one.
  for (const [key, group] of groups) {
    if (group.of !== undefined) continue;
    const qualified = [...groups.values()].filter(
      (other) => other.role === group.role && other.of !== undefined,
    );
    const target = qualified[0];
    if (qualified.length !== 1 || target === undefined) continue;
    for (const id of group.articleIds) if (!target.articleIds.includes(id)) target.articleIds.push(id);
    target.spans.push(...group.spans);
    groups.delete(key);
  }
  return [...groups.values()]
    .map((group) => ({
      ...group,
      articleIds: [...group.articleIds].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
    }))
    .sort((a, b) => b.articleIds.length - a.articleIds.length || a.role.localeCompare(b.role));
}

/**
 * One entity per real person, organisation or place across a story's articles. First, a mention the tagger split
 * or cut short is widened to the longer name the story reads whole elsewhere (known-names.ts). People are matched
 * by surname and given name separately (Jaro–Winkler on names without diacritics) with shared roles and
 * co-occurring entities as evidence for spelling variants; never by a list of names. A "person" named only in
 * capitals is an organisation, and a bare name read as a person a few times joins the place or organisation the
 * story names far more often. Roles keep the articles that state them.
 */
export function resolveStoryEntities(given: readonly StoryArticleEntities[]): Result<readonly StoryEntity[]> {
  const diagnostics: Diagnostic[] = [];
  const articles = widenToKnownNames(given);
  const items: Item[] = articles.flatMap((article) => {
    const item = (entity: ArticleEntity, unit: string): Item => ({
      articleId: article.id,
      unit,
      entity,
      parts: splitPersonName(entity.name, NAME_PARTICLES),
    });
    return [
      ...article.entities.map((entity) => item(entity, article.id)),
      ...(article.captions ?? []).flatMap((entities, index) =>
        entities.map((entity) => item(entity, `${article.id}\u0000caption ${index}`)),
      ),
    ];
  });
  const contexts = contextSets(articles);
  const resolved = resolvePersons(
    items.filter((item) => item.entity.type === 'person'),
    contexts,
    diagnostics,
  );
  // A "person" the story only ever names by an acronym ("ISIS has announced") is an organisation the tagger
  // misread: people are not named by capitals alone, and one who is also named in full has joined that name.
  const acronyms = resolved.filter(
    (cluster) =>
      !hasGivenName(cluster) &&
      cluster.items.every((item) => /^\p{Lu}{2,}$/u.test(item.entity.name) && item.entity.roles.length === 0),
  );
  const persons = resolved.filter((cluster) => !acronyms.includes(cluster));
  const retyped = acronyms.flatMap((cluster) =>
    cluster.items.map((item) => ({ ...item, entity: { ...item.entity, type: 'organization' as const } })),
  );
  const others = attachSurnameOrganizations(
    persons,
    resolveOthers([...items.filter((item) => item.entity.type !== 'person'), ...retyped]),
  );
  const people = persons.filter((person) => !joinedToPlaceOrOrganization(person, others));
  const order = new Map(articles.map((article, index) => [article.id, index]));
  const personClusters = new Set(people);
  const drafts = [...people, ...others].map((cluster) => {
    const aliasCounts = new Map<string, number>();
    for (const { entity } of cluster.items) {
      for (const alias of entity.aliases) aliasCounts.set(alias, (aliasCounts.get(alias) ?? 0) + 1);
    }
    const name = canonicalName(cluster);
    const aliases = [name, ...[...aliasCounts].sort((a, b) => b[1] - a[1]).map(([alias]) => alias)];
    const countries = new Set(
      cluster.items.map((item) => item.entity.country).filter((country) => country !== undefined),
    );
    return {
      cluster,
      name,
      aliases: [...new Set(aliases)],
      country: countries.size === 1 ? [...countries][0] : undefined,
    };
  });
  const resolveOf = ofResolver(drafts);
  const ids = new Set<string>();
  const value: StoryEntity[] = drafts.map(({ cluster, name, aliases, country }) => {
    const type = personClusters.has(cluster) ? 'person' : majorityType(cluster);
    let id = hashId('ent', type, nameKey(name));
    for (let n = 2; ids.has(id); n += 1) id = hashId('ent', type, nameKey(name), String(n));
    ids.add(id);
    // Each article's text first, then its captions in order.
    const mentions = cluster.items
      .flatMap(({ articleId, entity }) =>
        entity.mentions.map(({ start, end, caption }) => ({
          articleId,
          start,
          end,
          ...(caption === undefined ? {} : { caption }),
        })),
      )
      .sort(
        (a, b) =>
          (order.get(a.articleId) ?? 0) - (order.get(b.articleId) ?? 0) ||
          (a.caption ?? -1) - (b.caption ?? -1) ||
          a.start - b.start,
      );
    return {
      id,
      name,
      type,
      aliases,
      roles: storyRoles(cluster, resolveOf, order),
      mentions,
      ...(country === undefined ? {} : { country }),
    };
  });
  // Most articles first, then most mentions, then by name; each entity's article count computed once.
  const articleCount = new Map(
    value.map((entity) => [entity, new Set(entity.mentions.map((m) => m.articleId)).size]),
  );
  value.sort(
    (a, b) =>
      (articleCount.get(b) ?? 0) - (articleCount.get(a) ?? 0) ||
      b.mentions.length - a.mentions.length ||
      a.name.localeCompare(b.name),
  );
  return { value, diagnostics };
}
