// Extraction: one RawDocument in, one clean Article out (or a diagnostic saying why there is none).
import { articleId, diagnostic, type Diagnostic, type Result } from '../core/index.ts';
import type { RawDocument } from '../ingest/types.ts';
import { decodeDocument } from './decode.ts';
import { extractHtml } from './html/index.ts';
import { extractText } from './text/index.ts';
import type { Article, ExtractedContent } from './types.ts';

export type { Article, ExtractedContent, ExtractionMethod } from './types.ts';
export { decodeDocument } from './decode.ts';
export { extractHtml } from './html/index.ts';
export { extractText } from './text/index.ts';

/** What a container (JSON line, feed item) states outright beats what is guessed from the page, except the
 *  publisher, where a feed's title is a weaker signal than the page's own site name. */
function applyMetadata(content: ExtractedContent, document: RawDocument): ExtractedContent {
  const metadata = document.metadata ?? {};
  const title = metadata.title ?? content.title;
  const byline = metadata.byline ?? content.byline;
  const publishedAt = metadata.publishedAt ?? content.publishedAt;
  const publisher = content.publisher ?? metadata.publisher;
  return {
    ...content,
    ...(title === undefined ? {} : { title }),
    ...(byline === undefined ? {} : { byline }),
    ...(publishedAt === undefined ? {} : { publishedAt }),
    ...(publisher === undefined ? {} : { publisher }),
  };
}

export function extractArticle(document: RawDocument): Result<Article | undefined> {
  const decoded = decodeDocument(document);
  const diagnostics: Diagnostic[] = [...decoded.diagnostics];
  if (decoded.value === undefined) return { value: undefined, diagnostics };

  const context = { source: document.source, ...(document.url === undefined ? {} : { url: document.url }) };
  const extracted =
    document.format === 'html'
      ? extractHtml(decoded.value, context)
      : extractText(decoded.value, {
          source: document.source,
          markdown: document.contentType?.startsWith('text/markdown') ?? false,
        });
  diagnostics.push(...extracted.diagnostics);
  if (extracted.value === undefined) return { value: undefined, diagnostics };

  const content = applyMetadata(extracted.value, document);
  if (content.text.trim() === '') {
    diagnostics.push(
      diagnostic('fatal', 'extract/empty-body', 'no article text was left after dropping page furniture', {
        source: document.source,
      }),
    );
    return { value: undefined, diagnostics };
  }
  const id = articleId(content.text, document.url);
  return {
    value: {
      ...content,
      id,
      source: document.source,
      ...(document.url === undefined ? {} : { url: document.url }),
    },
    diagnostics: diagnostics.map((d) => (d.articleId === undefined ? { ...d, articleId: id } : d)),
  };
}
