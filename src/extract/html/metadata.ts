// Article metadata from the strongest evidence on the page: JSON-LD first, then OpenGraph and meta tags, then the
// page itself (h1, rel=author, "By …" lines, <time datetime>, a date line near the top).
import { strictEnglishChrono } from '../../core/index.ts';
import type { JsonLdArticle } from './json-ld.ts';
import {
  collapseWhitespace,
  decodeEntities,
  findAll,
  type HtmlElement,
  type MetaTag,
  textOf,
  walk,
} from './parse-tree.ts';
import {
  BYLINE_MAX_CHARS,
  DATE_TEXT_MAX_CHARS,
  MAX_PUBLICATION_YEAR,
  MIN_PUBLICATION_YEAR,
  TITLE_SEPARATOR_MIN_SIDE_CHARS,
} from './thresholds.ts';

export interface PageMetadata {
  readonly title?: string;
  readonly publisher?: string;
  readonly byline?: string;
  readonly publishedAt?: string;
  /** Declared languages, strongest first (html lang, content-language, og:locale, JSON-LD). */
  readonly declaredLanguages: readonly (string | undefined)[];
}

function metaValue(meta: readonly MetaTag[], keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const found = meta.find((tag) => tag.key === key && tag.content.trim() !== '');
    if (found !== undefined) return collapseWhitespace(found.content);
  }
  return undefined;
}

const TITLE_KEYS = ['og:title', 'twitter:title', 'dc.title', 'headline', 'sailthru.title', 'parsely-title'];
const PUBLISHER_KEYS = [
  'og:site_name',
  'application-name',
  'publisher',
  'dc.publisher',
  'cxenseparse:recs:publisher',
];
const AUTHOR_KEYS = [
  'author',
  'article:author',
  'byl',
  'dc.creator',
  'dcterms.creator',
  'parsely-author',
  'sailthru.author',
  'citation_author',
  'cxenseparse:author',
];
const DATE_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'dcterms.date',
  'sailthru.date',
  'parsely-pub-date',
  'citation_publication_date',
  'cxenseparse:recs:publishtime',
];

/** "Headline | Site" / "Headline - Site": keep the headline side when the other side is the publisher or short. */
export function cleanTitle(title: string, publisher: string | undefined): string {
  const collapsed = collapseWhitespace(title);
  const parts = collapsed.split(/\s+[|–—•·:-]\s+/);
  if (parts.length < 2) return collapsed;
  const last = parts[parts.length - 1]!;
  const first = parts[0]!;
  const isPublisher = (part: string): boolean =>
    publisher !== undefined &&
    part.toLowerCase().replace(/\W/g, '') === publisher.toLowerCase().replace(/\W/g, '');
  if (isPublisher(last))
    return collapsed.slice(0, collapsed.lastIndexOf(last)).replace(/\s+[|–—•·:-]\s*$/, '');
  if (isPublisher(first)) return collapsed.slice(first.length).replace(/^\s*[|–—•·:-]\s+/, '');
  // Without a known publisher, only a short trailing segment after a pipe is treated as the site name.
  const pipe = collapsed.lastIndexOf(' | ');
  if (pipe > TITLE_SEPARATOR_MIN_SIDE_CHARS && collapsed.length - pipe < pipe)
    return collapsed.slice(0, pipe);
  return collapsed;
}

/** "By Jane Doe and John Roe, Reuters" → "Jane Doe and John Roe, Reuters". */
export function cleanByline(byline: string): string | undefined {
  const cleaned = collapseWhitespace(byline)
    .replace(/^(written\s+)?by[:\s]+/i, '')
    // "Von/Par/Por/Di/Door/Av … Name Surname": the preposition goes only when a full name follows it.
    .replace(/^(?:von|par|por|di|da|door|av|af|przez|от)\s+(?=\p{Lu}\S*\s+\p{Lu})/iu, '')
    .replace(/\s*[|•·]\s*.*$/, '')
    .replace(/\s+(published|updated|posted)\b.*$/i, '')
    .replace(/\s+[-–—]\s+\d.*$/, '')
    .trim();
  if (cleaned === '' || cleaned.length > BYLINE_MAX_CHARS || /^https?:\/\//.test(cleaned)) return undefined;
  return cleaned;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?$/;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** A date string to `YYYY-MM-DD` or an ISO time; undefined when it does not read as a date. */
export function normalizeDate(value: string | undefined): string | undefined {
  const date = parseDate(value);
  if (date === undefined) return undefined;
  const year = Number(date.slice(0, 4));
  // Placeholder dates (0001-01-01, 1970-01-01 epochs) are CMS defaults, not publication dates.
  return year >= MIN_PUBLICATION_YEAR && year <= MAX_PUBLICATION_YEAR && !date.startsWith('1970-01-01')
    ? date
    : undefined;
}

function parseDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (ISO_DATE.test(trimmed)) return trimmed;
  const iso = ISO_DATE_TIME.exec(trimmed);
  if (iso !== null) {
    const zone = iso[3];
    if (zone === undefined) return `${iso[1]}T${iso[2]}`;
    const parsed = Date.parse(
      `${iso[1]}T${iso[2]}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`,
    );
    return Number.isNaN(parsed) ? iso[1] : `${iso[1]}T${iso[2]}${zone}`;
  }
  if (/^\d{8}$/.test(trimmed)) return `${trimmed.slice(0, 4)}-${trimmed.slice(4, 6)}-${trimmed.slice(6, 8)}`;
  // RFC 2822 and other zoned forms: Date.parse is exact only when the string carries a zone.
  if (/(GMT|UTC|[+-]\d{4})\b/.test(trimmed)) {
    const parsed = Date.parse(trimmed);
    if (!Number.isNaN(parsed)) return new Date(parsed).toISOString();
  }
  return dateFromText(trimmed);
}

/** A calendar date written in words ("Nov. 19, 2019", "19 November 2019"), when day, month and year are all given. */
export function dateFromText(text: string): string | undefined {
  const results = strictEnglishChrono().parse(text, new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
  for (const result of results) {
    const start = result.start;
    if (start.isCertain('year') && start.isCertain('month') && start.isCertain('day')) {
      return `${start.get('year')}-${pad(start.get('month') ?? 1)}-${pad(start.get('day') ?? 1)}`;
    }
  }
  return undefined;
}

function firstHeading(body: HtmlElement): string | undefined {
  let found: string | undefined;
  walk(body, (element) => {
    if (found !== undefined) return false;
    if (element.hidden) return false;
    if (element.tag === 'h1') {
      const text = textOf(element);
      if (text !== '') found = text;
      return false;
    }
    return true;
  });
  return found;
}

function timeInBody(body: HtmlElement): string | undefined {
  const candidates = findAll(
    body,
    (element) =>
      (element.tag === 'time' && element.attributes['datetime'] !== undefined) ||
      (element.attributes['itemprop'] === 'datePublished' &&
        (element.attributes['content'] ?? element.attributes['datetime']) !== undefined),
  );
  const published = candidates.find((element) =>
    /publish|posted|created/i.test(
      `${element.attributes['class'] ?? ''} ${element.attributes['itemprop'] ?? ''} ${element.attributes['pubdate'] !== undefined ? 'published' : ''}`,
    ),
  );
  for (const element of published === undefined ? candidates : [published, ...candidates]) {
    const date = normalizeDate(element.attributes['datetime'] ?? element.attributes['content']);
    if (date !== undefined) return date;
  }
  return undefined;
}

function relAuthor(body: HtmlElement): string | undefined {
  const links = findAll(body, (element) => element.tag === 'a' && element.attributes['rel'] === 'author');
  for (const link of links) {
    const name = cleanByline(textOf(link));
    if (name !== undefined) return name;
  }
  return undefined;
}

export interface MetadataInput {
  readonly jsonLd: JsonLdArticle | undefined;
  readonly meta: readonly MetaTag[];
  readonly documentTitle: string | undefined;
  readonly htmlLang: string | undefined;
  readonly body: HtmlElement;
  /** Bylines found in the page structure (byline/author classes), page order. */
  readonly structuralBylines: readonly string[];
  /** Text blocks near the top of the article, for "By …" and date lines. */
  readonly leadingTexts: readonly string[];
}

export function readMetadata(input: MetadataInput): PageMetadata {
  const { jsonLd, meta, body } = input;
  const rawPublisher = jsonLd?.publisher ?? metaValue(meta, PUBLISHER_KEYS);
  const publisher = rawPublisher === undefined ? undefined : decodeEntities(rawPublisher);

  const rawTitle =
    jsonLd?.headline ?? metaValue(meta, TITLE_KEYS) ?? firstHeading(body) ?? input.documentTitle;
  const title = rawTitle === undefined ? undefined : cleanTitle(decodeEntities(rawTitle), publisher);

  const metaAuthor = metaValue(meta, AUTHOR_KEYS);
  const bylineLine = input.leadingTexts.find(
    (text) => /^by\s+\p{Lu}/iu.test(text) && text.length <= BYLINE_MAX_CHARS,
  );
  const byline =
    (jsonLd !== undefined && jsonLd.authors.length > 0
      ? cleanByline(decodeEntities(jsonLd.authors.join(', ')))
      : undefined) ??
    (metaAuthor === undefined ? undefined : cleanByline(metaAuthor)) ??
    relAuthor(body) ??
    input.structuralBylines.map(cleanByline).find((name) => name !== undefined) ??
    (bylineLine === undefined ? undefined : cleanByline(bylineLine));

  const publishedAt =
    normalizeDate(jsonLd?.datePublished) ??
    normalizeDate(metaValue(meta, DATE_KEYS)) ??
    timeInBody(body) ??
    input.leadingTexts
      .map((text) => (text.length <= DATE_TEXT_MAX_CHARS ? dateFromText(text) : undefined))
      .find((d) => d !== undefined);

  const locale = metaValue(meta, ['og:locale']);
  return {
    ...(title === undefined || title === '' ? {} : { title }),
    ...(publisher === undefined ? {} : { publisher }),
    ...(byline === undefined ? {} : { byline }),
    ...(publishedAt === undefined ? {} : { publishedAt }),
    declaredLanguages: [
      input.htmlLang,
      metaValue(meta, ['content-language', 'language', 'dc.language']),
      locale,
      jsonLd?.inLanguage,
    ],
  };
}

/** Place line opening a wire story: "PARIS (AP) —", "WASHINGTON —", "Hong Kong (CNN Business)". */
export function findDateline(firstParagraph: string | undefined): string | undefined {
  if (firstParagraph === undefined) return undefined;
  const upper = /^([A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,3})(\s*\([^)]{1,30}\))?\s*[—–-]{1,2}\s/.exec(
    firstParagraph,
  );
  if (upper !== null && upper[1] !== undefined && upper[1] === upper[1].toUpperCase()) {
    return `${upper[1]}${upper[2] ?? ''}`.trim();
  }
  const agency =
    /^(\p{Lu}[\p{L}.'’-]+(?:[ ,]+\p{Lu}[\p{L}.'’-]+){0,2})\s*(\([^)]{1,30}\))\s*[—–-]{0,2}\s*\p{Lu}/u.exec(
      firstParagraph,
    );
  if (agency !== null) return `${agency[1]} ${agency[2]}`;
  return undefined;
}
