// Ingestion: paths, directories, URLs and feeds in; a stream of raw documents and diagnostics out, in
// input order. Nothing here reads article text: that is extraction's job.
import { fileURLToPath } from 'node:url';
import { diagnostic } from '../core/index.ts';
import { expandContent } from './expand.ts';
import { fetchResource } from './fetch-resource.ts';
import { ingestPath } from './files.ts';
import { mapOrdered } from './map-ordered.ts';
import { resolveContext, type IngestContext, type IngestEvent, type IngestOptions } from './options.ts';
import { FETCH_CONCURRENCY } from './thresholds.ts';

export type { IngestEvent, IngestOptions } from './options.ts';
export type { DocumentFormat, DocumentMetadata, RawDocument } from './types.ts';
export { classifyAddress, checkHost } from './address.ts';

/** Content handed over in memory (an upload), read as if from a file of this name. Its source is
 *  `upload:<name>`, so the same upload read twice is the same location. */
export interface InlineInput {
  readonly name: string;
  readonly content: Uint8Array;
}

/** A path, a `file://` or http(s) URL, or content held in memory. */
export type IngestInput = string | InlineInput;

type InputKind = 'url' | 'path' | 'bad-url' | 'inline';

function inputKind(input: IngestInput): InputKind {
  if (typeof input !== 'string') return 'inline';
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(input)?.[1]?.toLowerCase();
  if (scheme === undefined || scheme === 'file') return 'path';
  return scheme === 'http' || scheme === 'https' ? 'url' : 'bad-url';
}

/**
 * Reads every input in order and yields what it holds as it goes: a file or a page is one document, a
 * directory every readable file below it in sorted path order, a feed or JSON collection one per item.
 * Problems are `diagnostic` events naming their source; the stream always continues to the next input.
 */
export async function* ingest(
  inputs: readonly IngestInput[],
  options: IngestOptions = {},
): AsyncGenerator<IngestEvent> {
  const controller = new AbortController();
  const context = resolveContext(options, controller.signal);
  try {
    let index = 0;
    while (index < inputs.length) {
      const input = inputs[index] ?? '';
      const kind = inputKind(input);
      if (kind === 'url') {
        // Consecutive URLs are fetched a few at a time and then expanded one by one, in order.
        let end = index;
        while (end < inputs.length && inputKind(inputs[end] ?? '') === 'url') end += 1;
        const urls = inputs.slice(index, end).filter((url): url is string => typeof url === 'string');
        yield* ingestUrls(urls, context);
        index = end;
        continue;
      }
      index += 1;
      if (typeof input !== 'string') {
        yield* ingestInline(input, context);
      } else if (kind === 'bad-url') {
        const message = 'only http(s) URLs, file:// URLs and paths can be read';
        yield {
          kind: 'diagnostic',
          diagnostic: diagnostic('fatal', 'ingest/bad-url', message, { source: input }),
        };
      } else if (input.trim() === '') {
        const message = 'empty input name';
        yield {
          kind: 'diagnostic',
          diagnostic: diagnostic('fatal', 'ingest/not-found', message, { source: input }),
        };
      } else if (input.toLowerCase().startsWith('file://')) {
        const path = pathFromFileUrl(input);
        if (path === undefined) {
          const message = 'not a local file URL';
          yield {
            kind: 'diagnostic',
            diagnostic: diagnostic('fatal', 'ingest/bad-url', message, { source: input }),
          };
        } else {
          yield* ingestPath(path, context);
        }
      } else {
        yield* ingestPath(input, context);
      }
    }
  } finally {
    controller.abort();
  }
}

function pathFromFileUrl(input: string): string | undefined {
  try {
    return fileURLToPath(input);
  } catch {
    return undefined;
  }
}

async function* ingestUrls(urls: readonly string[], context: IngestContext): AsyncGenerator<IngestEvent> {
  const fetched = mapOrdered(urls, FETCH_CONCURRENCY, async (url) => ({
    url,
    result: await fetchResource(url, context.fetchSettings, url),
    fetchedAt: context.now(),
  }));
  for await (const { url, result, fetchedAt } of fetched) {
    for (const problem of result.diagnostics) yield { kind: 'diagnostic', diagnostic: problem };
    if (result.value === undefined) continue;
    yield* expandContent(
      {
        source: url,
        name: new URL(result.value.url).pathname,
        url: result.value.url,
        ...(result.value.contentType === undefined ? {} : { contentType: result.value.contentType }),
        bytes: result.value.bytes,
        fetchedAt,
      },
      context,
    );
  }
}

async function* ingestInline(input: InlineInput, context: IngestContext): AsyncGenerator<IngestEvent> {
  const source = `upload:${input.name}`;
  if (input.content.length > context.maxBytes) {
    const message = `upload is ${input.content.length} bytes, over the ${context.maxBytes}-byte limit`;
    yield { kind: 'diagnostic', diagnostic: diagnostic('fatal', 'ingest/too-large', message, { source }) };
    return;
  }
  yield* expandContent({ source, name: input.name, bytes: input.content, fetchedAt: context.now() }, context);
}
