// Turns the bytes of one input (a file, a response) into documents: a page or text becomes one document,
// a feed or a JSON collection becomes one per item, with each failure reported against its item.
import { diagnostic, type Diagnostic } from '../core/index.ts';
import { classifyContent, mediaType, type ContentKind } from './content-kind.ts';
import { fetchResource } from './fetch-resource.ts';
import { isJsonFeed, parseJsonFeed, parseXmlFeed, readableLength, type Feed, type FeedItem } from './feed.ts';
import { optional } from './fields.ts';
import { gunzipCapped, innerName, isGzip } from './gzip.ts';
import { documentFromJson, splitLines, type LineChunk } from './json-articles.ts';
import { mapOrdered } from './map-ordered.ts';
import type { IngestContext, IngestEvent } from './options.ts';
import { charsetFromContentType, decodeText, xmlDeclaredEncoding } from './text-decoding.ts';
import { FETCH_CONCURRENCY, MAX_STREAMED_BYTES, MIN_FEED_CONTENT_CHARS } from './thresholds.ts';
import type { DocumentFormat, DocumentMetadata, RawDocument } from './types.ts';

/** Bytes read from one input with what is known about them. */
export interface LoadedContent {
  /** The input as given, narrowed to this item. */
  readonly source: string;
  /** File path or URL path: its extension is evidence of the kind. */
  readonly name?: string;
  readonly url?: string;
  readonly contentType?: string;
  readonly bytes: Uint8Array;
  readonly fetchedAt: string;
  /** What a container (feed) said about the item, passed on to the document. */
  readonly metadata?: DocumentMetadata;
  /** Set for an item's page fetched from a feed: only a page or text is acceptable there. */
  readonly pageOnly?: boolean;
}

const PAGE_KINDS: Readonly<Record<string, { format: DocumentFormat; contentType: string }>> = {
  html: { format: 'html', contentType: 'text/html' },
  text: { format: 'text', contentType: 'text/plain' },
  markdown: { format: 'text', contentType: 'text/markdown' },
};

const event = {
  document: (document: RawDocument): IngestEvent => ({ kind: 'document', document }),
  diagnostic: (value: Diagnostic): IngestEvent => ({ kind: 'diagnostic', diagnostic: value }),
};

function problem(
  severity: Diagnostic['severity'],
  code: string,
  message: string,
  source: string,
): IngestEvent {
  return event.diagnostic(diagnostic(severity, code, message, { source }));
}

export async function* expandContent(
  content: LoadedContent,
  context: IngestContext,
): AsyncGenerator<IngestEvent> {
  let { bytes, name, contentType } = content;
  if (bytes.length === 0) {
    yield problem('fatal', 'ingest/empty', 'no content', content.source);
    return;
  }
  if (isGzip(bytes)) {
    const inflated = await gunzipCapped(bytes, context.maxBytes);
    if (inflated.kind === 'too-large') {
      const message = `gzip content inflates past the ${context.maxBytes}-byte limit`;
      yield problem('fatal', 'ingest/too-large', message, content.source);
      return;
    }
    if (inflated.kind === 'corrupt') {
      yield problem(
        'fatal',
        'ingest/bad-gzip',
        `gzip content is corrupt: ${inflated.reason}`,
        content.source,
      );
      return;
    }
    bytes = inflated.bytes;
    if (name !== undefined) name = innerName(name);
    if (
      ['application/gzip', 'application/x-gzip', 'application/octet-stream'].includes(mediaType(contentType))
    ) {
      contentType = undefined;
    }
    if (bytes.length === 0) {
      yield problem('fatal', 'ingest/empty', 'gzip content inflates to nothing', content.source);
      return;
    }
  }
  const classification = classifyContent({
    ...optional('name', name),
    ...optional('contentType', contentType),
    bytes,
  });
  if (classification.kind === 'unsupported') {
    yield problem('fatal', 'ingest/unsupported-type', classification.reason, content.source);
    return;
  }
  const page = PAGE_KINDS[classification.kind];
  if (page !== undefined) {
    yield event.document({
      source: content.source,
      ...optional('url', content.url),
      bytes,
      contentType: contentType === undefined || isGeneric(contentType) ? page.contentType : contentType,
      format: page.format,
      fetchedAt: content.fetchedAt,
      ...optional('metadata', content.metadata),
    });
    return;
  }
  if (content.pageOnly === true) {
    const message = `expected a page behind the feed item, found ${describeKind(classification.kind)}`;
    yield problem('fatal', 'ingest/unsupported-type', message, content.source);
    return;
  }
  const loaded: LoadedContent = {
    source: content.source,
    ...optional('name', name),
    ...optional('url', content.url),
    ...optional('contentType', contentType),
    bytes,
    fetchedAt: content.fetchedAt,
  };
  if (classification.kind === 'feed') yield* expandXmlFeed(loaded, context);
  else if (classification.kind === 'json') yield* expandJson(loaded, context);
  else yield* expandJsonLines(splitLines([bytes], context.maxBytes, MAX_STREAMED_BYTES), content, context);
}

function isGeneric(contentType: string): boolean {
  return ['', 'application/octet-stream', 'binary/octet-stream', 'application/unknown'].includes(
    mediaType(contentType),
  );
}

function describeKind(kind: ContentKind): string {
  return kind === 'feed' ? 'a feed' : kind === 'jsonl' ? 'JSON lines' : 'JSON';
}

async function* expandXmlFeed(content: LoadedContent, context: IngestContext): AsyncGenerator<IngestEvent> {
  const declared = charsetFromContentType(content.contentType) ?? xmlDeclaredEncoding(content.bytes);
  const decoded = decodeText(content.bytes, declared);
  if (decoded.warning !== undefined) {
    yield problem('warning', 'ingest/mis-encoded', decoded.warning, content.source);
  }
  const parsed = parseXmlFeed(decoded.text, content.source);
  yield* parsed.diagnostics.map(event.diagnostic);
  if (parsed.value !== undefined) yield* expandFeed(parsed.value, content, context);
}

async function* expandJson(content: LoadedContent, context: IngestContext): AsyncGenerator<IngestEvent> {
  const decoded = decodeText(content.bytes);
  if (decoded.warning !== undefined) {
    yield problem('warning', 'ingest/mis-encoded', decoded.warning, content.source);
  }
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (error) {
    const lines = decoded.text.split('\n').filter((line) => line.trim() !== '');
    if (lines.length > 1 && lines.every((line) => /^\s*\{/.test(line))) {
      yield problem(
        'info',
        'ingest/json-lines',
        'JSON file holds one object per line; read as JSON lines',
        content.source,
      );
      yield* expandJsonLines(
        splitLines([content.bytes], context.maxBytes, MAX_STREAMED_BYTES),
        content,
        context,
      );
      return;
    }
    yield problem('fatal', 'ingest/bad-json', `not valid JSON: ${(error as Error).message}`, content.source);
    return;
  }
  if (isJsonFeed(value)) {
    const parsed = parseJsonFeed(value, content.source);
    yield* parsed.diagnostics.map(event.diagnostic);
    if (parsed.value !== undefined) yield* expandFeed(parsed.value, content, context);
    return;
  }
  const records = Array.isArray(value) ? value : [value];
  if (records.length === 0) {
    yield problem('warning', 'ingest/empty', 'JSON array holds no articles', content.source);
    return;
  }
  for (const [index, record] of records.entries()) {
    const source = Array.isArray(value) ? `${content.source}#${index + 1}` : content.source;
    const result = documentFromJson(record, {
      source,
      label: Array.isArray(value) ? `item ${index + 1}` : 'article',
      fetchedAt: content.fetchedAt,
      code: 'ingest/bad-json',
    });
    yield* result.diagnostics.map(event.diagnostic);
    if (result.value !== undefined) yield event.document(result.value);
  }
}

/** JSON lines: one article per line, `source:line`; blank lines skipped, a bad line reported and passed. */
export async function* expandJsonLines(
  lines: AsyncIterable<LineChunk>,
  content: Pick<LoadedContent, 'source' | 'fetchedAt'>,
  context: IngestContext,
): AsyncGenerator<IngestEvent> {
  let articles = 0;
  let problems = 0;
  for await (const line of lines) {
    if (line.kind === 'too-much') {
      const message = `stopped reading after ${MAX_STREAMED_BYTES} bytes`;
      yield problem('fatal', 'ingest/too-large', message, content.source);
      return;
    }
    const source = `${content.source}:${line.number}`;
    if (line.kind === 'too-long') {
      problems += 1;
      const message = `line ${line.number} is longer than ${context.maxBytes} bytes`;
      yield problem('fatal', 'ingest/bad-json-line', message, source);
      continue;
    }
    const decoded = decodeText(line.bytes);
    const text = decoded.text.replace(/^\uFEFF/, '');
    if (text.trim() === '') continue;
    if (decoded.warning !== undefined) {
      yield problem('warning', 'ingest/mis-encoded', decoded.warning, source);
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      problems += 1;
      yield problem(
        'fatal',
        'ingest/bad-json-line',
        `line ${line.number}: ${(error as Error).message}`,
        source,
      );
      continue;
    }
    const result = documentFromJson(value, {
      source,
      label: `line ${line.number}`,
      fetchedAt: content.fetchedAt,
      code: 'ingest/bad-json-line',
    });
    yield* result.diagnostics.map(event.diagnostic);
    if (result.value === undefined) problems += 1;
    else {
      articles += 1;
      yield event.document(result.value);
    }
  }
  if (articles === 0 && problems === 0) {
    yield problem('fatal', 'ingest/empty', 'no JSON lines', content.source);
  }
}

/**
 * Per item, one decision (rules in order):
 * 1. The item's full-content field holds at least MIN_FEED_CONTENT_CHARS of text → that is the article.
 * 2. Otherwise the item links to a page → fetch it under the same rules as any URL.
 * 3. No link, but some content or summary → use the longest, noting that it may be partial.
 * 4. Nothing usable → `ingest/bad-feed-item`.
 */
async function* expandFeed(
  feed: Feed,
  content: LoadedContent,
  context: IngestContext,
): AsyncGenerator<IngestEvent> {
  if (feed.items.length === 0) {
    yield problem('warning', 'ingest/empty', 'feed has no items', content.source);
    return;
  }
  const base = content.url ?? feed.link;
  yield* flatten(
    mapOrdered(feed.items, FETCH_CONCURRENCY, (item, index) =>
      expandFeedItem(item, `${content.source}#${index + 1}`, feed, base, context),
    ),
  );
}

async function* flatten(groups: AsyncIterable<readonly IngestEvent[]>): AsyncGenerator<IngestEvent> {
  for await (const group of groups) yield* group;
}

async function expandFeedItem(
  item: FeedItem,
  source: string,
  feed: Feed,
  base: string | undefined,
  context: IngestContext,
): Promise<readonly IngestEvent[]> {
  if (item.problem !== undefined) return [problem('fatal', 'ingest/bad-feed-item', item.problem, source)];
  const metadata: DocumentMetadata = {
    ...optional('title', item.title),
    ...optional('publishedAt', item.publishedAt),
    ...optional('byline', item.byline),
    ...optional('publisher', feed.title),
  };
  const link = resolveLink(item.link, base);
  const fetchedAt = context.now();
  const fromBody = (body: { body: string; format: 'html' | 'text' }): IngestEvent =>
    event.document({
      source,
      ...optional('url', link.kind === 'ok' ? link.url : undefined),
      bytes: new TextEncoder().encode(body.body),
      contentType: body.format === 'html' ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
      format: body.format,
      fetchedAt,
      ...(Object.keys(metadata).length === 0 ? {} : { metadata }),
    });
  if (item.content !== undefined && readableLength(item.content) >= MIN_FEED_CONTENT_CHARS) {
    return [fromBody(item.content)];
  }
  if (link.kind === 'ok') {
    const fetched = await fetchResource(link.url, context.fetchSettings, source);
    const events = fetched.diagnostics.map(event.diagnostic);
    if (fetched.value === undefined) return events;
    const loaded: LoadedContent = {
      source,
      name: new URL(fetched.value.url).pathname,
      url: fetched.value.url,
      ...optional('contentType', fetched.value.contentType),
      bytes: fetched.value.bytes,
      fetchedAt: context.now(),
      ...(Object.keys(metadata).length === 0 ? {} : { metadata }),
      pageOnly: true,
    };
    for await (const produced of expandContent(loaded, context)) events.push(produced);
    return events;
  }
  const fallback = [item.content, item.summary]
    .filter((body) => body !== undefined)
    .sort((a, b) => readableLength(b) - readableLength(a))[0];
  const events: IngestEvent[] = [];
  if (link.kind === 'bad') events.push(problem('warning', 'ingest/bad-url', link.reason, source));
  if (fallback !== undefined) {
    const message = 'feed item has only short content and no page to fetch; it may be a summary';
    events.push(problem('info', 'ingest/feed-summary-only', message, source), fromBody(fallback));
    return events;
  }
  events.push(problem('fatal', 'ingest/bad-feed-item', 'feed item has neither content nor a link', source));
  return events;
}

type ResolvedLink =
  | { readonly kind: 'ok'; readonly url: string }
  | { readonly kind: 'none' }
  | { readonly kind: 'bad'; readonly reason: string };

function resolveLink(link: string | undefined, base: string | undefined): ResolvedLink {
  if (link === undefined) return { kind: 'none' };
  let url: URL;
  try {
    url = base === undefined ? new URL(link) : new URL(link, base);
  } catch {
    return { kind: 'bad', reason: `item link is not an absolute URL: ${link}` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { kind: 'bad', reason: `item link is not http(s): ${url.href}` };
  }
  return { kind: 'ok', url: url.href };
}
