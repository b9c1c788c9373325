// Decides what an input holds (page, plain text, feed, JSON, JSON lines) from its Content-Type, its
// extension and, when neither settles it, its first bytes.
import { extname } from 'node:path';
import { binaryFormatOf } from '../core/index.ts';
import { SNIFF_BYTES } from './thresholds.ts';

export type ContentKind = 'html' | 'text' | 'markdown' | 'feed' | 'json' | 'jsonl';

export type Classification =
  | { readonly kind: ContentKind; readonly basis: 'content-type' | 'extension' | 'sniff' }
  | { readonly kind: 'unsupported'; readonly reason: string };

const EXTENSION_KINDS: Readonly<Record<string, ContentKind>> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.shtml': 'html',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
  '.rdf': 'feed',
};

/** The kind a file name's extension promises, if it is one ingestion reads. */
export function kindFromExtension(name: string): ContentKind | undefined {
  return EXTENSION_KINDS[extname(name).toLowerCase()];
}

/** Media type of a Content-Type header, lower-cased, parameters dropped. */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

type ContentTypeVerdict = ContentKind | 'plain' | 'unknown' | 'unsupported';

const MEDIA_TYPE_KINDS: Readonly<Record<string, ContentKind>> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/rss+xml': 'feed',
  'application/atom+xml': 'feed',
  'application/rdf+xml': 'feed',
  'application/xml': 'feed',
  'text/xml': 'feed',
  'application/feed+json': 'json',
  'application/json': 'json',
  'text/json': 'json',
  'application/x-ndjson': 'jsonl',
  'application/ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'application/x-jsonlines': 'jsonl',
  'application/jsonlines': 'jsonl',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
};

// Types that say nothing about the bytes: generic binary, compression wrappers, or no header at all.
const UNINFORMATIVE_TYPES = new Set([
  '',
  'application/octet-stream',
  'binary/octet-stream',
  'application/gzip',
  'application/x-gzip',
  'application/unknown',
]);

function verdictFromContentType(contentType: string): ContentTypeVerdict {
  const type = mediaType(contentType);
  const kind = MEDIA_TYPE_KINDS[type];
  if (kind !== undefined) return kind;
  if (type === 'text/plain') return 'plain';
  if (UNINFORMATIVE_TYPES.has(type)) return 'unknown';
  return 'unsupported';
}

/**
 * One decision, rules in order:
 * 1. A specific Content-Type wins (servers know what they send better than URL paths do).
 * 2. `text/plain` is what static hosts send for any unknown file, so the extension refines it.
 * 3. No or generic Content-Type: the extension, else the first bytes.
 * 4. XML by type or extension is re-checked: an XHTML page is HTML, not a feed.
 */
export function classifyContent(input: {
  readonly name?: string;
  readonly contentType?: string;
  readonly bytes: Uint8Array;
}): Classification {
  const byExtension = input.name === undefined ? undefined : kindFromExtension(input.name);
  let classification: Classification;
  if (input.contentType !== undefined) {
    const verdict = verdictFromContentType(input.contentType);
    if (verdict === 'unsupported') {
      return {
        kind: 'unsupported',
        reason: `Content-Type ${mediaType(input.contentType)} is not a page, text or feed`,
      };
    }
    if (verdict === 'plain') classification = { kind: byExtension ?? 'text', basis: 'extension' };
    else if (verdict === 'unknown') classification = fromExtensionOrSniff(byExtension, input.bytes);
    else classification = { kind: verdict, basis: 'content-type' };
  } else {
    classification = fromExtensionOrSniff(byExtension, input.bytes);
  }
  if (
    classification.kind === 'feed' &&
    classification.basis !== 'sniff' &&
    sniffContent(input.bytes) === 'html'
  ) {
    return { kind: 'html', basis: 'sniff' };
  }
  return classification;
}

function fromExtensionOrSniff(byExtension: ContentKind | undefined, bytes: Uint8Array): Classification {
  if (byExtension !== undefined) return { kind: byExtension, basis: 'extension' };
  const sniffed = sniffContent(bytes);
  if (sniffed === 'binary') {
    return { kind: 'unsupported', reason: 'content is binary, not a page, text or feed' };
  }
  if (sniffed === 'xml') {
    return { kind: 'unsupported', reason: 'content is XML but neither a feed nor XHTML' };
  }
  return { kind: sniffed, basis: 'sniff' };
}

/** True when the bytes start with a known binary signature or contain NUL in their head. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (binaryFormatOf(bytes) !== undefined) return true;
  const head = bytes.subarray(0, SNIFF_BYTES);
  return head.includes(0);
}

type Sniffed = ContentKind | 'binary' | 'xml';

const FEED_ROOTS = new Set(['rss', 'feed', 'rdf']);

/** Guesses the kind from the first bytes: markup by its root element, JSON by parsing, otherwise text. */
export function sniffContent(bytes: Uint8Array): Sniffed {
  const hasUtf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!hasUtf16Bom && looksBinary(bytes)) return 'binary';
  const head = hasUtf16Bom
    ? new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(0, SNIFF_BYTES))
    : Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString('latin1');
  const start = head.replace(/^(\uFEFF|\u00EF\u00BB\u00BF)/, '').trimStart();
  if (start.startsWith('<')) return sniffMarkup(start);
  if (start.startsWith('{') || start.startsWith('[')) return sniffJson(bytes);
  return 'text';
}

function sniffMarkup(start: string): Sniffed {
  let rest = start;
  let declaredXml = false;
  for (;;) {
    const prolog = /^(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype[^>]*>)\s*/i.exec(rest);
    if (prolog === null) break;
    const token = prolog[1] ?? '';
    if (/^<\?xml\s/i.test(token)) declaredXml = true;
    if (/^<!doctype\s+html/i.test(token)) return 'html';
    rest = rest.slice(prolog[0].length);
  }
  const root = /^<([A-Za-z][\w.:-]*)/.exec(rest)?.[1];
  const localName = root?.split(':').pop()?.toLowerCase();
  if (localName !== undefined && FEED_ROOTS.has(localName)) return 'feed';
  if (localName === 'html') return 'html';
  return declaredXml ? 'xml' : 'html';
}

function sniffJson(bytes: Uint8Array): Sniffed {
  const text = Buffer.from(bytes).toString('utf8');
  try {
    JSON.parse(text);
    return 'json';
  } catch {
    const firstLine = text.split('\n').find((line) => line.trim() !== '');
    try {
      const value: unknown = JSON.parse(firstLine ?? '');
      return typeof value === 'object' && value !== null ? 'jsonl' : 'text';
    } catch {
      return 'text';
    }
  }
}
