// Reads RSS 2.0 / RSS 1.0 (RDF), Atom and JSON Feed into one item list; ingestion then decides per item
// whether the feed's own content is the article or the item's page must be fetched.
import { z } from 'zod';
import { diagnostic, lazyPackage, type Diagnostic, type Result } from '../core/index.ts';
import { nonBlank, optional } from './fields.ts';

export interface FeedBody {
  readonly body: string;
  readonly format: 'html' | 'text';
}

export interface FeedItem {
  readonly link?: string;
  readonly title?: string;
  /** ISO time when the feed's date parses, otherwise the date as written. */
  readonly publishedAt?: string;
  readonly byline?: string;
  /** A field meant to carry the whole article: `content:encoded`, Atom `content`, JSON Feed `content_*`. */
  readonly content?: FeedBody;
  /** A field meant to carry a teaser: RSS `description`, Atom `summary`, JSON Feed `summary`. */
  readonly summary?: FeedBody;
  /** Why the item could not be read at all; such an item carries nothing else. */
  readonly problem?: string;
}

export interface Feed {
  readonly kind: 'rss' | 'rdf' | 'atom' | 'json';
  readonly title?: string;
  readonly link?: string;
  readonly items: readonly FeedItem[];
}

type XmlValue = unknown;

const fastXmlParser = lazyPackage<typeof import('fast-xml-parser')>('fast-xml-parser');
const linkedom = lazyPackage<typeof import('linkedom')>('linkedom');

const xmlParserOptions = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  // Atom content keeps its raw markup so `type="xhtml"` survives as HTML; decoded by `atomBody`.
  stopNodes: ['feed.entry.content', 'feed.entry.summary'],
  isArray: (_name: string, jpath: unknown) =>
    typeof jpath === 'string' &&
    ['rss.channel.item', 'RDF.item', 'feed.entry', 'feed.entry.link', 'feed.entry.author'].includes(jpath),
  processEntities: { enabled: true, maxTotalExpansions: 10_000, maxExpandedLength: 1_000_000 },
};
let xmlParser: InstanceType<typeof import('fast-xml-parser').XMLParser> | undefined;

// A bare `&` is the commonest fault in real feeds; escaping it is the only repair attempted.
const BARE_AMPERSAND = /&(?!#\d+;|#x[0-9a-f]+;|[a-z][a-z0-9]*;)/gi;

/** Parses feed XML; a document that is not well-formed, or whose root is not a feed, is `ingest/bad-feed`. */
export function parseXmlFeed(xml: string, source: string): Result<Feed | undefined> {
  const diagnostics: Diagnostic[] = [];
  let text = xml;
  const { XMLParser, XMLValidator } = fastXmlParser();
  xmlParser ??= new XMLParser(xmlParserOptions);
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    const repaired = text.replace(BARE_AMPERSAND, '&amp;');
    if (repaired !== text && XMLValidator.validate(repaired) === true) {
      text = repaired;
      diagnostics.push(
        diagnostic(
          'warning',
          'ingest/repaired-feed',
          'feed XML had unescaped "&"; escaped them and read on',
          {
            source,
          },
        ),
      );
    } else {
      const { msg, line, col } = validation.err;
      const message = `feed is not well-formed XML: ${msg.replace(/\s+/g, ' ')} (line ${line}, column ${col})`;
      return { value: undefined, diagnostics: [diagnostic('fatal', 'ingest/bad-feed', message, { source })] };
    }
  }
  let document: Record<string, XmlValue>;
  try {
    document = xmlParser.parse(text) as Record<string, XmlValue>;
  } catch (error) {
    const message = `feed XML could not be read: ${(error as Error).message}`;
    return { value: undefined, diagnostics: [diagnostic('fatal', 'ingest/bad-feed', message, { source })] };
  }
  const rss = asRecord(document['rss']);
  const atom = asRecord(document['feed']);
  const rdf = asRecord(document['RDF']);
  let feed: Feed | undefined;
  if (rss !== undefined) {
    const channel = asRecord(firstOf(rss['channel'])) ?? {};
    feed = {
      kind: 'rss',
      ...optional('title', plainText(channel['title'])),
      ...optional('link', rssLink(channel['link'])),
      items: asArray(channel['item']).map(rssItem),
    };
  } else if (rdf !== undefined) {
    const channel = asRecord(firstOf(rdf['channel'])) ?? {};
    feed = {
      kind: 'rdf',
      ...optional('title', plainText(channel['title'])),
      ...optional('link', rssLink(channel['link'])),
      items: asArray(rdf['item']).map(rssItem),
    };
  } else if (atom !== undefined) {
    feed = {
      kind: 'atom',
      ...optional('title', atomText(atom['title'])),
      ...optional('link', atomLink(atom['link'])),
      items: asArray(atom['entry']).map(atomEntry),
    };
  }
  if (feed === undefined) {
    const root = Object.keys(document).find((key) => !key.startsWith('?')) ?? 'nothing';
    const message = `expected an <rss>, <feed> or <rdf:RDF> root element, found <${root}>`;
    return { value: undefined, diagnostics: [diagnostic('fatal', 'ingest/bad-feed', message, { source })] };
  }
  return { value: feed, diagnostics };
}

function rssItem(value: XmlValue): FeedItem {
  const item = asRecord(value) ?? {};
  const encoded = plainString(item['encoded']);
  const description = plainString(item['description']);
  const author = plainText(item['creator']) ?? rssAuthorName(plainText(item['author']));
  return {
    ...optional('link', rssLink(item['link']) ?? permalinkGuid(item['guid'])),
    ...optional('title', rssTitle(item['title'])),
    ...optional('publishedAt', normalizeDate(plainText(item['pubDate']) ?? plainText(item['date']))),
    ...optional('byline', author),
    ...optional('content', encoded === undefined ? undefined : { body: encoded, format: 'html' as const }),
    ...optional(
      'summary',
      description === undefined ? undefined : { body: description, format: 'html' as const },
    ),
  };
}

function atomEntry(value: XmlValue): FeedItem {
  const entry = asRecord(value) ?? {};
  const authors = asArray(entry['author'])
    .map((author) => plainText(asRecord(author)?.['name']))
    .filter((name): name is string => name !== undefined);
  return {
    ...optional('link', atomLink(entry['link'])),
    ...optional('title', atomText(entry['title'])),
    ...optional('publishedAt', normalizeDate(plainText(entry['published']) ?? plainText(entry['updated']))),
    ...optional('byline', authors.length === 0 ? undefined : authors.join(', ')),
    ...optional('content', atomBody(entry['content'])),
    ...optional('summary', atomBody(entry['summary'])),
  };
}

const jsonFeedAuthor = z.looseObject({ name: z.string().nullish() });
const jsonFeedItem = z.looseObject({
  url: z.string().nullish(),
  external_url: z.string().nullish(),
  title: z.string().nullish(),
  content_html: z.string().nullish(),
  content_text: z.string().nullish(),
  summary: z.string().nullish(),
  date_published: z.string().nullish(),
  date_modified: z.string().nullish(),
  author: jsonFeedAuthor.nullish(),
  authors: z.array(jsonFeedAuthor).nullish(),
});
const jsonFeedSchema = z.looseObject({
  version: z.string().startsWith('https://jsonfeed.org/version/'),
  title: z.string().nullish(),
  home_page_url: z.string().nullish(),
  items: z.array(z.unknown()),
});

/** True when a parsed JSON value declares itself a JSON Feed. */
export function isJsonFeed(value: unknown): boolean {
  const version = asRecord(value)?.['version'];
  return typeof version === 'string' && version.startsWith('https://jsonfeed.org/version/');
}

/** Reads a JSON Feed; an item that breaks the schema carries only its `problem`, so the rest go on. */
export function parseJsonFeed(value: unknown, source: string): Result<Feed | undefined> {
  const parsed = jsonFeedSchema.safeParse(value);
  if (!parsed.success) {
    const message = `not a valid JSON Feed: ${describeIssues(parsed.error)}`;
    return { value: undefined, diagnostics: [diagnostic('fatal', 'ingest/bad-feed', message, { source })] };
  }
  const items = parsed.data.items.map((raw): FeedItem => {
    const item = jsonFeedItem.safeParse(raw);
    if (!item.success) return { problem: `feed item is malformed: ${describeIssues(item.error)}` };
    const data = item.data;
    const authors = [...(data.authors ?? []), ...(data.author ? [data.author] : [])]
      .map((author) => author.name?.trim())
      .filter((name): name is string => name !== undefined && name !== '');
    const content =
      nonBlank(data.content_html) !== undefined
        ? { body: data.content_html as string, format: 'html' as const }
        : nonBlank(data.content_text) !== undefined
          ? { body: data.content_text as string, format: 'text' as const }
          : undefined;
    const summary = nonBlank(data.summary);
    return {
      ...optional('link', nonBlank(data.url) ?? nonBlank(data.external_url)),
      ...optional('title', nonBlank(data.title)),
      ...optional(
        'publishedAt',
        normalizeDate(nonBlank(data.date_published) ?? nonBlank(data.date_modified)),
      ),
      ...optional('byline', authors.length === 0 ? undefined : [...new Set(authors)].join(', ')),
      ...optional('content', content),
      ...optional('summary', summary === undefined ? undefined : { body: summary, format: 'text' as const }),
    };
  });
  return {
    value: {
      kind: 'json',
      ...optional('title', nonBlank(parsed.data.title)),
      ...optional('link', nonBlank(parsed.data.home_page_url)),
      items,
    },
    diagnostics: [],
  };
}

/** Zod issues as one line: `path: message; path: message`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length === 0 ? issue.message : `${issue.path.join('.')}: ${issue.message}`))
    .join('; ');
}

/** Visible text of an HTML fragment, whitespace collapsed: what a reader would see of it. */
export function htmlToText(html: string): string {
  const { document } = linkedom().parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const element of document.querySelectorAll('script, style, noscript, template')) element.remove();
  return (document.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Length of the readable text in a feed body, the measure compared with MIN_FEED_CONTENT_CHARS. */
export function readableLength(body: FeedBody): number {
  return (body.format === 'html' ? htmlToText(body.body) : body.body.replace(/\s+/g, ' ').trim()).length;
}

function normalizeDate(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return raw;
  const time = Date.parse(raw);
  return Number.isNaN(time) ? raw : new Date(time).toISOString();
}

/** RSS titles are often escaped HTML (`AT&amp;amp;T`, `&lt;em&gt;`); a reader shows them as rendered text. */
function rssTitle(value: XmlValue): string | undefined {
  const text = plainText(value);
  return text !== undefined && /[&<]/.test(text) ? nonBlank(htmlToText(text)) : text;
}

/** "jo@example.com (Jo Reporter)" → "Jo Reporter"; a bare address is no byline. */
function rssAuthorName(author: string | undefined): string | undefined {
  if (author === undefined) return undefined;
  const named = /\(([^)]+)\)/.exec(author)?.[1]?.trim();
  if (named !== undefined && named !== '') return named;
  return /^\S+@\S+$/.test(author) ? undefined : author;
}

function rssLink(value: XmlValue): string | undefined {
  for (const candidate of asArray(value)) {
    const text = plainText(candidate);
    if (text !== undefined) return text;
  }
  // Only an Atom-namespaced <atom:link href> is present (namespace prefixes are dropped when parsing).
  return atomLink(value);
}

function permalinkGuid(value: XmlValue): string | undefined {
  const guid = plainText(value);
  const record = asRecord(value);
  if (guid === undefined || record?.['@_isPermaLink'] === 'false') return undefined;
  return /^https?:\/\//i.test(guid) ? guid : undefined;
}

function atomLink(value: XmlValue): string | undefined {
  const links = asArray(value)
    .map((link) => asRecord(link))
    .filter(
      (link): link is Record<string, XmlValue> => link !== undefined && typeof link['@_href'] === 'string',
    );
  const alternate = links.find((link) => link['@_rel'] === undefined || link['@_rel'] === 'alternate');
  const href = (alternate ?? links[0])?.['@_href'];
  return typeof href === 'string' && href.trim() !== '' ? href.trim() : undefined;
}

function atomText(value: XmlValue): string | undefined {
  const text = plainText(value);
  const type = asRecord(value)?.['@_type'];
  if (text === undefined) return undefined;
  return type === 'html' || type === 'xhtml' ? nonBlank(htmlToText(text)) : text;
}

/** Atom text constructs: `text` and `html` hold escaped character data, `xhtml` holds markup. */
function atomBody(value: XmlValue): FeedBody | undefined {
  if (value === undefined) return undefined;
  const record = asRecord(value);
  if (record?.['@_src'] !== undefined) return undefined;
  const raw =
    typeof value === 'string' ? value : typeof record?.['#text'] === 'string' ? record['#text'] : '';
  const type = typeof record?.['@_type'] === 'string' ? record['@_type'].toLowerCase() : 'text';
  if (type === 'xhtml' || type === 'application/xhtml+xml') {
    return raw.trim() === '' ? undefined : { body: raw, format: 'html' };
  }
  const decoded = decodeCharacterData(raw);
  if (decoded.trim() === '') return undefined;
  if (type === 'html' || type === 'text/html') return { body: decoded, format: 'html' };
  if (type === 'text' || type.startsWith('text/')) return { body: decoded, format: 'text' };
  return undefined;
}

const XML_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Raw XML character data to text: CDATA sections kept verbatim, entity and character references resolved. */
function decodeCharacterData(raw: string): string {
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) =>
      part.startsWith('<![CDATA[')
        ? part.slice(9, -3)
        : part.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
            if (name.startsWith('#x') || name.startsWith('#X')) {
              return safeCodePoint(parseInt(name.slice(2), 16), whole);
            }
            if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10), whole);
            return XML_ENTITIES[name] ?? whole;
          }),
    )
    .join('');
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

function plainString(value: XmlValue): string | undefined {
  const first = firstOf(value);
  if (typeof first === 'string') return nonBlank(first);
  const text = asRecord(first)?.['#text'];
  return typeof text === 'string' ? nonBlank(text) : undefined;
}

function plainText(value: XmlValue): string | undefined {
  const text = plainString(value);
  return text === undefined ? undefined : nonBlank(text.replace(/\s+/g, ' '));
}

function firstOf(value: XmlValue): XmlValue {
  return Array.isArray(value) ? (value as unknown[])[0] : value;
}

function asArray(value: XmlValue): readonly XmlValue[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? (value as unknown[]) : [value];
}

function asRecord(value: XmlValue): Record<string, XmlValue> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, XmlValue>)
    : undefined;
}
