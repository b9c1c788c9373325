// Articles handed over as JSON: one object per JSON line, or an object / array in a .json file. The
// schema is the edge contract; a bad record is reported by its line or index and the rest go on.
import { z } from 'zod';
import { diagnostic, type Diagnostic, type Result } from '../core/index.ts';
import { describeIssues } from './feed.ts';
import { nonBlank, optional } from './fields.ts';
import type { DocumentMetadata, RawDocument } from './types.ts';

const optionalText = z.string().nullish();

/** One article as JSON. `text` is preferred over `html` when both are given: it is what the producer
 *  already judged to be the body. `author` is accepted as another name for `byline`. */
export const jsonArticleSchema = z
  .looseObject({
    text: optionalText,
    html: optionalText,
    url: optionalText,
    title: optionalText,
    publishedAt: optionalText,
    publisher: optionalText,
    byline: optionalText,
    author: optionalText,
  })
  .refine((article) => (article.text ?? '').trim() !== '' || (article.html ?? '').trim() !== '', {
    message: 'needs a non-empty "text" or "html" field',
  });

export type JsonArticle = z.infer<typeof jsonArticleSchema>;

/** Turns one JSON value into a document, or a diagnostic with `code` naming `source`, `label` (`line 4`) and the reason. */
export function documentFromJson(
  value: unknown,
  context: {
    readonly source: string;
    readonly label: string;
    readonly fetchedAt: string;
    readonly code: string;
  },
): Result<RawDocument | undefined> {
  const parsed = jsonArticleSchema.safeParse(value);
  if (!parsed.success) {
    const message = `${context.label}: ${describeIssues(parsed.error)}`;
    return {
      value: undefined,
      diagnostics: [diagnostic('fatal', context.code, message, { source: context.source })],
    };
  }
  const article = parsed.data;
  const diagnostics: Diagnostic[] = [];
  const text = nonBlank(article.text);
  const body = text ?? article.html ?? '';
  const url = nonBlank(article.url);
  const validUrl = url !== undefined && URL.canParse(url) ? url : undefined;
  if (url !== undefined && validUrl === undefined) {
    const message = `${context.label}: "url" is not an absolute URL (${url}); kept the article without it`;
    diagnostics.push(diagnostic('warning', 'ingest/bad-url', message, { source: context.source }));
  }
  const metadata: DocumentMetadata = {
    ...optional('title', nonBlank(article.title)),
    ...optional('publishedAt', nonBlank(article.publishedAt)),
    ...optional('publisher', nonBlank(article.publisher)),
    ...optional('byline', nonBlank(article.byline) ?? nonBlank(article.author)),
  };
  const document: RawDocument = {
    source: context.source,
    ...optional('url', validUrl),
    bytes: new TextEncoder().encode(body),
    contentType: text === undefined ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
    format: text === undefined ? 'html' : 'text',
    fetchedAt: context.fetchedAt,
    ...(Object.keys(metadata).length === 0 ? {} : { metadata }),
  };
  return { value: document, diagnostics };
}

export type LineChunk =
  | { readonly kind: 'line'; readonly number: number; readonly bytes: Uint8Array }
  | { readonly kind: 'too-long'; readonly number: number }
  | { readonly kind: 'too-much' };

/**
 * Splits a byte stream into numbered lines (1-based, `\n` or `\r\n`) without holding more than one line.
 * A line over `maxLineBytes` is reported and skipped; past `maxTotalBytes` the stream stops with `too-much`.
 */
export async function* splitLines(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  maxLineBytes: number,
  maxTotalBytes: number,
): AsyncGenerator<LineChunk> {
  let pending: Uint8Array[] = [];
  let pendingLength = 0;
  let overflow = false;
  let number = 1;
  let total = 0;
  const finish = (): LineChunk => {
    const result: LineChunk = overflow
      ? { kind: 'too-long', number }
      : { kind: 'line', number, bytes: trimCarriageReturn(concat(pending, pendingLength)) };
    pending = [];
    pendingLength = 0;
    overflow = false;
    number += 1;
    return result;
  };
  for await (const chunk of chunks) {
    total += chunk.length;
    if (total > maxTotalBytes) {
      yield { kind: 'too-much' };
      return;
    }
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(0x0a, start);
      const end = newline === -1 ? chunk.length : newline;
      if (!overflow) {
        if (pendingLength + (end - start) > maxLineBytes) {
          overflow = true;
          pending = [];
          pendingLength = 0;
        } else if (end > start) {
          pending.push(chunk.subarray(start, end));
          pendingLength += end - start;
        }
      }
      if (newline === -1) break;
      yield finish();
      start = newline + 1;
    }
  }
  if (overflow || pendingLength > 0) yield finish();
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1 && parts[0] !== undefined) return parts[0];
  const result = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
}

function trimCarriageReturn(bytes: Uint8Array): Uint8Array {
  return bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.subarray(0, bytes.length - 1) : bytes;
}
