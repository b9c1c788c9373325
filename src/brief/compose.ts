// The cited brief of one story: what the outlets agree on, who is who, when and where, the numbers and who
// gives which, what is disputed, what only one outlet says, the timeline and the sources. Built as blocks of
// lines, each line carrying its citations, so every format renders the same brief and escapes it its own way.
import { splitSentences } from '../normalize/index.ts';
import type { ReportArticle, ReportClaim, ReportSpan, ReportStory } from './contract.ts';

export interface BriefLine {
  readonly text: string;
  /** 1-based indexes into the brief's citations. */
  readonly cites: readonly number[];
}

export interface BriefSection {
  readonly heading: string;
  readonly style: 'paragraph' | 'list' | 'table';
  readonly lines: readonly BriefLine[];
  /** For tables: the header row; each line's text is then its cells joined by TABLE_CELL. */
  readonly columns?: readonly string[];
}

export interface StoryBrief {
  readonly title: string;
  readonly sections: readonly BriefSection[];
  readonly citations: readonly ReportSpan[];
}

export const TABLE_CELL = '\u001f';

/** Claims shown per section; the JSON keeps all of them. */
const AGREED_SHOWN = 5;
const SINGLE_SOURCE_SHOWN = 10;
const PEOPLE_SHOWN = 12;
const PLACES_SHOWN = 6;
/** Citations given per side of a claim (one per outlet, earliest first). */
const CITES_PER_SIDE = 3;

/** What naming an outlet reads of an article. */
export interface OutletFields {
  readonly publisher?: string | undefined;
  readonly url?: string | undefined;
  readonly source: string;
}

/** How an article's outlet is named: its publisher, else its web site, else the file it came from. */
export function outletName(article: OutletFields | undefined): string {
  if (article === undefined) return 'unknown outlet';
  if (article.publisher !== undefined && article.publisher.trim() !== '') return article.publisher;
  if (article.url !== undefined && URL.canParse(article.url)) {
    return new URL(article.url).hostname.replace(/^www\./u, '');
  }
  return article.source.split(/[\\/]/u).pop() ?? article.source;
}

/** Where a citation points, for a reader: `articleId:start-end`, with `:caption N` (1-based) before the offsets
 *  when they are into a caption. */
export function spanLocation(span: {
  readonly articleId: string;
  readonly caption?: number | undefined;
  readonly start: number;
  readonly end: number;
}): string {
  const caption = span.caption === undefined ? '' : `:caption ${span.caption + 1}`;
  return `${span.articleId}${caption}:${span.start}-${span.end}`;
}

/** The sentence that holds a span, by the same sentence rules as every other citation ("U.S. Secretary of
 *  State" stays one sentence); the span itself when it crosses a boundary. */
function sentenceAround(article: ReportArticle, start: number, end: number): { start: number; end: number } {
  const sentence = splitSentences(article.text, article.paragraphs).find(
    (s) => s.start <= start && end <= s.end,
  );
  return sentence ?? { start, end };
}

export function composeBrief(
  story: Omit<ReportStory, 'brief' | 'citations'>,
  articles: ReadonlyMap<string, ReportArticle>,
): StoryBrief {
  const citations: ReportSpan[] = [];
  const index = new Map<string, number>();
  const cite = (span: {
    articleId: string;
    caption?: number | undefined;
    start: number;
    end: number;
    sentence?: string;
  }): number => {
    const key = `${span.articleId}:${span.caption ?? ''}:${span.start}:${span.end}`;
    let n = index.get(key);
    if (n === undefined) {
      const article = articles.get(span.articleId);
      const text = (span.caption === undefined ? article?.text : article?.captions[span.caption]) ?? '';
      const sentence = span.sentence ?? text.slice(span.start, span.end);
      citations.push({
        articleId: span.articleId,
        ...(span.caption === undefined ? {} : { caption: span.caption }),
        start: span.start,
        end: span.end,
        sentence,
      });
      n = citations.length;
      index.set(key, n);
    }
    return n;
  };
  const outlet = (id: string): string => outletName(articles.get(id));
  const outletsOf = (ids: readonly string[]): string => [...new Set(ids.map(outlet))].join(', ');
  /** One citation per outlet, in the order given. */
  const citeSide = (evidence: ReportClaim['support']): number[] => {
    const seen = new Set<string>();
    const out: number[] = [];
    for (const e of evidence) {
      const name = outlet(e.articleId);
      if (seen.has(name) || out.length >= CITES_PER_SIDE) continue;
      seen.add(name);
      out.push(cite(e));
    }
    return out;
  };
  const sections: BriefSection[] = [];
  const claims = story.claims;

  const agreed = claims
    .filter((c) => c.status === 'corroborated' && (c.kind === 'statement' || c.kind === 'event'))
    .sort((a, b) => b.outlets - a.outlets || b.support.length - a.support.length)
    .slice(0, AGREED_SHOWN);
  const outletCount = new Set(story.articleIds.map(outlet)).size;
  const lead: BriefLine[] = [
    {
      text: `${story.articleIds.length} article(s) from ${outletCount} outlet(s)${
        story.start === undefined
          ? ''
          : `, ${story.start}${story.end === undefined || story.end === story.start ? '' : ` to ${story.end}`}`
      }; ${claims.filter((c) => c.status === 'corroborated').length} claim(s) corroborated, ${
        claims.filter((c) => c.status === 'contested').length
      } contested, ${claims.filter((c) => c.status === 'single-source').length} from a single source.`,
      cites: [],
    },
  ];
  sections.push({ heading: 'Summary', style: 'paragraph', lines: lead });
  if (agreed.length > 0)
    sections.push({
      heading: 'What the outlets agree on',
      style: 'paragraph',
      lines: agreed.map((c) => ({ text: `${c.text} (${c.outlets} outlets)`, cites: citeSide(c.support) })),
    });

  const roleClaims = claims.filter((c) => c.kind === 'role').slice(0, PEOPLE_SHOWN);
  if (roleClaims.length > 0)
    sections.push({
      heading: 'Who',
      style: 'list',
      lines: roleClaims.map((c) => {
        const name = c.text.split(':')[0] ?? c.text;
        const sides = c.sides.map((s) => `${s.value} (${outletsOf(s.articleIds)})`).join(' vs ');
        return {
          text: `${name}: ${sides}${c.status === 'contested' ? ' — titles disagree' : ''}`,
          cites: [...citeSide(c.support), ...citeSide(c.conflicts)],
        };
      }),
    });

  const places = story.entities
    .filter((e) => e.type === 'place')
    .sort((a, b) => b.mentions.length - a.mentions.length)
    .slice(0, PLACES_SHOWN);
  const when: BriefLine[] = [];
  if (story.start !== undefined) {
    const first = story.timeline[0];
    when.push({
      text: `From ${story.start}${story.end === undefined || story.end === story.start ? '' : ` to ${story.end}`}.`,
      cites: first?.support[0] === undefined ? [] : [cite(first.support[0])],
    });
  }
  for (const place of places) {
    const mention = place.mentions[0];
    const article = mention === undefined ? undefined : articles.get(mention.articleId);
    if (mention === undefined || article === undefined) continue;
    // A place named first in a caption is cited by the whole caption, never by offsets into the text.
    const around =
      mention.caption === undefined
        ? sentenceAround(article, mention.start, mention.end)
        : { caption: mention.caption, start: 0, end: article.captions[mention.caption]?.length ?? 0 };
    when.push({
      text: `${place.name}: named ${place.mentions.length} time(s) in ${new Set(place.mentions.map((m) => m.articleId)).size} article(s).`,
      cites: [cite({ articleId: mention.articleId, ...around })],
    });
  }
  if (when.length > 0) sections.push({ heading: 'When and where', style: 'list', lines: when });

  const numbers = claims.filter((c) => c.kind === 'quantity' && c.status !== 'single-source');
  if (numbers.length > 0)
    sections.push({
      heading: 'Numbers',
      style: 'list',
      lines: numbers.map((c) => ({
        text: `${c.text}: ${c.sides.map((s) => `${s.value} (${outletsOf(s.articleIds)})`).join(' vs ')}${
          c.status === 'contested' ? ' — disputed' : ''
        }`,
        cites: [...citeSide(c.support), ...citeSide(c.conflicts)],
      })),
    });

  // `provisional` only says a side has an early figure: it is shown with the numbers, not as a dispute.
  const warning = (c: ReportClaim): boolean => c.flags.some((f) => f !== 'provisional');
  const disputed = claims.filter((c) => c.status === 'contested' || warning(c));
  if (disputed.length > 0)
    sections.push({
      heading: 'Disputed and flagged',
      style: 'list',
      lines: disputed.map((c) => {
        const sides = c.sides.map((s) => `${outletsOf(s.articleIds)}: ${s.value}`).join('; ');
        const flags = c.flags.length === 0 ? '' : ` [${c.flags.join(', ')}]`;
        return {
          text: `${c.text}${flags}${c.status === 'contested' ? ` — ${sides}` : ''}`,
          cites: [...citeSide(c.support), ...citeSide(c.conflicts)],
        };
      }),
    });

  const kindRank = { quantity: 0, quote: 1, date: 2, role: 3, event: 4, statement: 5 } as const;
  const single = claims
    .filter((c) => c.status === 'single-source' && !warning(c) && c.kind !== 'role')
    .sort((a, b) => kindRank[a.kind] - kindRank[b.kind])
    .slice(0, SINGLE_SOURCE_SHOWN);
  if (single.length > 0)
    sections.push({
      heading: 'Only one outlet says',
      style: 'list',
      lines: single.map((c) => ({
        text: `${outletsOf(c.sides.flatMap((s) => s.articleIds))}: ${c.text}`,
        cites: citeSide(c.support),
      })),
    });

  if (story.timeline.length > 0)
    sections.push({
      heading: 'Timeline',
      style: 'list',
      lines: story.timeline.map((entry) => ({
        text: `${entry.date}${entry.time === undefined ? '' : ` ${entry.time}`}: ${entry.text}`,
        cites: entry.support.slice(0, CITES_PER_SIDE).map(cite),
      })),
    });

  sections.push({
    heading: 'Sources',
    style: 'table',
    columns: ['outlet', 'published', 'derived from', 'claims', 'only here', 'contradicted', 'originality'],
    lines: story.sources.map((source) => {
      const article = articles.get(source.articleId);
      return {
        text: [
          outlet(source.articleId),
          article?.publishedAt ?? '',
          source.derivedFrom.map(outlet).join(', '),
          String(source.claims),
          String(source.uniqueClaims),
          String(source.contradicted),
          source.originality.toFixed(2),
        ].join(TABLE_CELL),
        cites: [],
      };
    }),
  });
  return { title: story.title, sections, citations };
}
