// Titles across outlets: the role each outlet gives a person, grouped per person. Two titles conflict when
// they are different offices that no outlet gives together ("Senator" / "Secretary of State"), or one office
// once held and once current ("former harbour master" / "acting harbour master": an outdated title).
import type { StoryEntity, StoryRole, StorySpan } from '../entities/index.ts';
import type { Outlets } from './outlets.ts';
import type { StorySentences } from './sentence-vectors.ts';
import { partitionSides, verdict, type SideEntry } from './sides.ts';
import type { Claim, ClaimArticle, ClaimEvidence, ClaimFlag } from './types.ts';

/** Words that say a title is no longer held. */
const PAST_WORDS = new Set(['former', 'ex', 'then', 'late', 'erstwhile', 'retired']);
/** Words about how the title is held now; they change nothing about which office it is. */
const TENURE_WORDS = new Set([
  'acting',
  'interim',
  'outgoing',
  'incoming',
  'caretaker',
  'current',
  'new',
  'top',
]);
/** Descriptions that fit many offices ("top diplomat", "official"), and what a person is rather than an office
 *  they hold: shown with the person, never a side. */
const GENERIC_TITLES = new Set([
  'diplomat',
  'official',
  'leader',
  'politician',
  'lawmaker',
  'legislator',
  'aide',
  'adviser',
  'advisor',
  'spokesperson',
  'representative',
  'figure',
  'executive',
  'officer',
  'member',
  'head',
  // What a person is or was rather than an office they hold: none of these rules out an office.
  'resident',
  'citizen',
  'native',
  'national',
  'founder',
  'co',
  'cofounder',
  'soldier',
  'veteran',
  'student',
  'activist',
  'volunteer',
  'fighter',
  'survivor',
  // Occupations of the press, which outlets name loosely ("reporter", "journalist", "correspondent").
  'journalist',
  'reporter',
  'correspondent',
  'photographer',
  'photojournalist',
  'photo',
  'freelance',
  'columnist',
  'writer',
  'blogger',
]);

/** Military ranks: a rank is held beside an office ("defence chief Air Chief Marshal X"), so it contests none. */
const RANKS = new Set([
  'marshal',
  'general',
  'admiral',
  'colonel',
  'brigadier',
  'major',
  'captain',
  'lieutenant',
  'sergeant',
  'corporal',
  'commodore',
]);
/** Offices whose name ends in a rank word ("Attorney General", "Secretary General"). */
const OFFICES_NAMED_LIKE_RANKS = new Set([
  'attorney',
  'secretary',
  'solicitor',
  'inspector',
  'surgeon',
  'postmaster',
  'governor',
  'consul',
  'director',
  'auditor',
  'comptroller',
  'adjutant',
]);

/** Words that make a title an office or post one person holds at a time, where naming another is a dispute
 *  ("Senator" / "Secretary of State", "acting" / "former harbour master"). A title without one is a
 *  description (an occupation: "taxi driver", "aid worker", "lawyer") that outlets vary freely: it is shown
 *  with the person but never a side. */
const OFFICE_WORDS = new Set([
  'president',
  'premier',
  'minister',
  'secretary',
  'senator',
  'congressman',
  'congresswoman',
  'governor',
  'mayor',
  'ambassador',
  'envoy',
  'chancellor',
  'chief',
  'director',
  'commissioner',
  'commander',
  'inspector',
  'prosecutor',
  'attorney',
  'judge',
  'justice',
  'sheriff',
  'superintendent',
  'chair',
  'chairman',
  'chairwoman',
  'chairperson',
  'speaker',
  'king',
  'queen',
  'prince',
  'princess',
  'emperor',
  'pope',
  'cardinal',
  'bishop',
  'archbishop',
  'master',
  'treasurer',
  'auditor',
  'ombudsman',
  'dean',
  'rector',
  'provost',
  'principal',
  'consul',
  'councillor',
  'councilor',
  'alderman',
  'deputy',
  'coach',
  'manager',
  'editor',
  'ceo',
  'president-elect',
  'magistrate',
  'registrar',
  'warden',
  'sultan',
  'emir',
  'regent',
  'viceroy',
  'ayatollah',
]);

const isOffice = (office: readonly string[]): boolean => office.some((w) => OFFICE_WORDS.has(w));

function isRank(office: readonly string[]): boolean {
  const last = office[office.length - 1];
  return last !== undefined && RANKS.has(last) && !office.some((w) => OFFICES_NAMED_LIKE_RANKS.has(w));
}

interface Title {
  readonly role: StoryRole;
  readonly past: boolean;
  /** The office's words, lower-cased, time words dropped. */
  readonly office: readonly string[];
  readonly generic: boolean;
}

function readTitle(role: StoryRole): Title {
  const words = role.role
    .toLowerCase()
    .split(/[\s-]+/u)
    .filter(Boolean);
  const past = words.some((w) => PAST_WORDS.has(w));
  const office = words.filter((w) => !PAST_WORDS.has(w) && !TENURE_WORDS.has(w));
  const generic =
    office.length > 0 && (office.every((w) => GENERIC_TITLES.has(w)) || isRank(office) || !isOffice(office));
  return { role, past, office, generic };
}

const contains = (outer: readonly string[], inner: readonly string[]): boolean =>
  inner.length > 0 && inner.every((w) => outer.includes(w));

/** Same office: one title's words hold the other's ("envoy" / "special envoy"). */
const sameOffice = (a: Title, b: Title): boolean =>
  contains(a.office, b.office) || contains(b.office, a.office);

function titlesCompatible(a: Title, b: Title, together: ReadonlySet<string>): boolean {
  if (together.has(`${a.role.role}\u0000${b.role.role}`)) return true;
  if (sameOffice(a, b)) return a.past === b.past;
  // Different offices: a past one may well have come before a current one.
  return a.past || b.past;
}

const label = (role: StoryRole): string => (role.of === undefined ? role.role : `${role.role} (${role.of})`);

/** A past title written without a name ("the former president's involvement"): it is given to the nearest
 *  person named before it, within this many characters, who holds that title in some article of the story. */
const LOOSE_TITLE_REACH = 400;
const LOOSE_TITLE = /\b(former|ex-)\s*(\p{L}+(?:\s+\p{L}+){0,2})/giu;
/** A person named this close after a title's words is the one the title belongs to. */
const NAME_AFTER_TITLE_CHARS = 2;

function looseTitles(
  entities: readonly StoryEntity[],
  articles: readonly ClaimArticle[],
): Map<string, StoryRole[]> {
  const extra = new Map<string, StoryRole[]>();
  const current = entities
    .filter((e) => e.type === 'person')
    .flatMap((e) =>
      e.roles
        .map(readTitle)
        .filter((t) => !t.past)
        .map((t) => ({ entity: e, title: t })),
    );
  const people = entities.filter((e) => e.type === 'person');
  for (const article of articles) {
    // Titles written next to a name ("former director Ann Lee") belong to that name, whoever else holds the
    // office: only a title with no name of its own is given to the nearest holder.
    // Spans into captions are not offsets into the text this reads.
    const inText = (span: StorySpan): boolean => span.articleId === article.id && span.caption === undefined;
    const named = (at: number, end: number): boolean =>
      people.some(
        (e) =>
          e.roles.some((r) => r.spans.some((sp) => inText(sp) && sp.start <= at && at < sp.end)) ||
          e.mentions.some((m) => inText(m) && m.start >= at && m.start <= end + NAME_AFTER_TITLE_CHARS),
      );
    for (const match of article.text.matchAll(LOOSE_TITLE)) {
      if (named(match.index, match.index + match[0].length)) continue;
      const words = (match[2] ?? '')
        .toLowerCase()
        .replace(/['\u2019]s\b/gu, '')
        .split(/\s+/u);
      const at = match.index;
      let best: { entity: StoryEntity; office: string; end: number; distance: number } | undefined;
      for (let length = words.length; length >= 1 && best === undefined; length--) {
        const office = words.slice(0, length);
        for (const { entity, title } of current) {
          if (title.office.join(' ') !== office.join(' ')) continue;
          // Already written next to the name, it was read as that person's role.
          if (entity.roles.some((r) => r.spans.some((sp) => inText(sp) && sp.start <= at && at < sp.end)))
            continue;
          const before = entity.mentions
            .filter((m) => inText(m) && m.end <= at && at - m.end <= LOOSE_TITLE_REACH)
            .map((m) => at - m.end);
          if (before.length === 0) continue;
          const distance = Math.min(...before);
          if (best === undefined || distance < best.distance)
            best = { entity, office: title.role.role, end: at + match[0].length, distance };
        }
      }
      if (best === undefined) continue;
      const role: StoryRole = {
        role: `Former ${best.office.replace(/^(?:Acting|Interim|Current)\s+/u, '')}`,
        articleIds: [article.id],
        spans: [{ articleId: article.id, start: at, end: best.end }],
      };
      extra.set(best.entity.id, [...(extra.get(best.entity.id) ?? []), role]);
    }
  }
  return extra;
}

export function alignRoles(
  entities: readonly StoryEntity[],
  articles: readonly ClaimArticle[],
  sentences: StorySentences,
  outlets: Outlets,
  articleOrder: ReadonlyMap<string, number>,
): Claim[] {
  const textOf = new Map(articles.map((a) => [a.id, a.text]));
  const captionsOf = new Map(articles.map((a) => [a.id, a.captions ?? []]));
  /** The evidence of a title: the sentence around it, or for a title read in a photo caption the whole caption
   *  (a caption is about one picture; its offsets are into the caption, never into the text). */
  const evidenceOf = (span: StorySpan, value: string): ClaimEvidence => {
    if (span.caption !== undefined) {
      const caption = captionsOf.get(span.articleId)?.[span.caption] ?? '';
      return {
        articleId: span.articleId,
        caption: span.caption,
        start: 0,
        end: caption.length,
        sentence: caption,
        value,
      };
    }
    const sentence = sentences.sentenceAt(span.articleId, span.start);
    const start = sentence?.start ?? span.start;
    const end = sentence?.end ?? span.end;
    return {
      articleId: span.articleId,
      start,
      end,
      sentence: (textOf.get(span.articleId) ?? '').slice(start, end),
      value,
    };
  };
  const claims: Claim[] = [];
  const extra = looseTitles(entities, articles);
  for (const entity of entities) {
    if (entity.type !== 'person' || entity.roles.length === 0) continue;
    const titles = [...entity.roles, ...(extra.get(entity.id) ?? [])].map(readTitle);
    // Titles one article gives together are both held (or the outlet itself reconciles them).
    const together = new Set<string>();
    for (const a of titles)
      for (const b of titles)
        if (a !== b && a.role.articleIds.some((id) => b.role.articleIds.includes(id)))
          together.add(`${a.role.role}\u0000${b.role.role}`);
    const entries: SideEntry<Title>[] = [];
    for (const title of titles) {
      for (const span of title.role.spans) {
        entries.push({
          articleId: span.articleId,
          item: title,
          evidence: evidenceOf(span, label(title.role)),
          neutral: title.generic,
        });
      }
    }
    const sides = partitionSides(entries, (a, b) => titlesCompatible(a, b, together), outlets, articleOrder);
    const flags: ClaimFlag[] = [];
    const sideTitles = sides.map((side) => side.filter((e) => e.neutral !== true).map((e) => e.item));
    for (const [i, left] of sideTitles.entries())
      for (const right of sideTitles.slice(i + 1))
        if (left.some((a) => right.some((b) => sameOffice(a, b) && a.past !== b.past)))
          flags.push('outdated-title');
    const lead = sides[0]?.find((e) => e.neutral !== true) ?? sides[0]?.[0];
    const claim = verdict(entries, sides, outlets, {
      kind: 'role',
      key: entity.id,
      text: `${entity.name}: ${lead === undefined ? '' : label(lead.item.role)}`,
      subject: entity.id,
      flags,
    });
    if (claim !== undefined) claims.push(claim);
  }
  return claims;
}
