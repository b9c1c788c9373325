// HTML → article: one streaming parse, our block scoring, JSON-LD and (when evidence is weak) Readability as
// candidates, metadata from JSON-LD / meta tags / the page; the winning evidence is recorded in `method`.
import { type Diagnostic, diagnostic, type Result, type TextRange } from '../../core/index.ts';
import type { ExtractedContent } from '../types.ts';
import { type BlockExtraction, extractBlocks } from './blocks.ts';
import { type Candidate, chooseCandidate, isPlausible, makeCandidate } from './choose.ts';
import { readJsonLd } from './json-ld.ts';
import { chooseLanguage } from '../language.ts';
import { findDateline, readMetadata } from './metadata.ts';
import { collapseWhitespace, decodeEntities, parseTree } from './parse-tree.ts';
import { extractWithReadability } from './readability.ts';
import { type Block, segment } from './segment.ts';
import {
  LEADING_BLOCKS_FOR_METADATA,
  LEADING_FURNITURE_BLOCKS,
  MAX_TREE_DEPTH,
  MAX_DEPTH_FOR_READABILITY,
  MAX_HTML_CHARS,
  MAX_REMOVED_ENTRIES,
  MAX_REMOVED_ENTRY_CHARS,
} from './thresholds.ts';

export interface ExtractHtmlOptions {
  readonly source: string;
  readonly url?: string;
}

function paragraphsOf(blocks: readonly Block[]): string[] {
  const paragraphs: string[] = [];
  for (const block of blocks)
    for (const line of block.text.split('\n')) if (line !== '') paragraphs.push(line);
  return paragraphs;
}

function linkCharsOf(blocks: readonly Block[]): number {
  return blocks.reduce((sum, block) => sum + block.linkChars, 0);
}

/** Paragraphs of a JSON-LD body: its own markup or line breaks, else the page's paragraphs located inside it. */
function jsonLdParagraphs(rawBody: string, pageParagraphs: readonly string[]): string[] {
  const body = decodeEntities(rawBody);
  if (/<\/?(p|br|div|h[1-6]|li)\b/i.test(body)) {
    return paragraphsOf(segment(parseTree(body).root, { stripUnlikely: false }).blocks);
  }
  if (/\n/.test(body.trim())) {
    return body
      .split(/\n+/)
      .map(collapseWhitespace)
      .filter((line) => line !== '');
  }
  const text = collapseWhitespace(body);
  const cuts = new Set<number>();
  let cursor = 0;
  for (const paragraph of pageParagraphs) {
    const at = text.indexOf(paragraph, cursor);
    if (at < 0) continue;
    cuts.add(at);
    cuts.add(at + paragraph.length);
    cursor = at + paragraph.length;
  }
  const ordered = [...cuts].filter((cut) => cut > 0 && cut < text.length).sort((a, b) => a - b);
  const paragraphs: string[] = [];
  let start = 0;
  for (const cut of [...ordered, text.length]) {
    const piece = text.slice(start, cut).trim();
    if (piece !== '') paragraphs.push(piece);
    start = cut;
  }
  return paragraphs;
}

function clip(text: string): string {
  return text.length <= MAX_REMOVED_ENTRY_CHARS ? text : `${text.slice(0, MAX_REMOVED_ENTRY_CHARS - 1)}…`;
}

function removedList(extraction: BlockExtraction, winner: Candidate): string[] {
  const kept = winner.method === 'blocks' ? undefined : new Set(winner.paragraphs);
  const removed: string[] = [];
  for (const { block, reason } of extraction.dropped) {
    if (removed.length >= MAX_REMOVED_ENTRIES) break;
    if (reason === 'caption' || reason === 'image-caption') continue;
    if (kept?.has(block.text) === true) continue;
    removed.push(clip(block.text.replace(/\n/g, ' ')));
  }
  for (const card of extraction.inlineCards) {
    if (removed.length >= MAX_REMOVED_ENTRIES) break;
    removed.push(clip(card));
  }
  return removed;
}

export function extractHtml(html: string, options: ExtractHtmlOptions): Result<ExtractedContent | undefined> {
  const diagnostics: Diagnostic[] = [];
  const context = { source: options.source };
  let input = html;
  if (html.length > MAX_HTML_CHARS) {
    input = html.slice(0, MAX_HTML_CHARS);
    diagnostics.push(
      diagnostic(
        'warning',
        'extract/truncated',
        `page has ${html.length} characters of HTML; only the first ${MAX_HTML_CHARS} were read`,
        context,
      ),
    );
  }

  const page = parseTree(input);
  if (page.flattened) {
    diagnostics.push(
      diagnostic(
        'warning',
        'extract/deep-nesting',
        `elements nest ${page.maxDepth} deep; markup below depth ${MAX_TREE_DEPTH} was flattened and Readability is not run`,
        context,
      ),
    );
  }
  const jsonLd = readJsonLd(page.jsonLd);
  if (jsonLd.invalid > 0) {
    diagnostics.push(
      diagnostic(
        'info',
        'extract/json-ld-invalid',
        `${jsonLd.invalid} JSON-LD block(s) could not be parsed`,
        context,
      ),
    );
  }

  const extraction = extractBlocks(page.root);
  const blockParagraphs = paragraphsOf(extraction.kept);
  const blocks = makeCandidate('blocks', blockParagraphs, linkCharsOf(extraction.kept));
  const body = jsonLd.article?.articleBody;
  const jsonLdCandidate =
    body === undefined ? undefined : makeCandidate('json-ld', jsonLdParagraphs(body, blockParagraphs), 0);

  let readability: Candidate | undefined;
  if (!isPlausible(blocks) && !isPlausible(jsonLdCandidate)) {
    if (page.maxDepth <= MAX_DEPTH_FOR_READABILITY) {
      try {
        const result = extractWithReadability(input);
        if (result !== undefined) {
          readability = makeCandidate('readability', paragraphsOf(result.kept), linkCharsOf(result.kept));
        }
      } catch (error) {
        // A third-party parser failing on hostile markup is a fact about this page, not our bug: report, go on.
        const message = error instanceof Error ? error.message : String(error);
        diagnostics.push(
          diagnostic('warning', 'extract/readability-failed', `Readability failed: ${message}`, context),
        );
      }
    }
  }

  const { winner, reason } = chooseCandidate(blocks, jsonLdCandidate, readability);
  if (winner === undefined || winner.chars === 0) {
    diagnostics.push(diagnostic('fatal', 'extract/no-article', 'no article text found on the page', context));
    return { value: undefined, diagnostics };
  }
  if (!isPlausible(winner)) {
    diagnostics.push(
      diagnostic(
        'warning',
        'extract/weak-article',
        `article text is short or link-heavy (${winner.chars} chars); ${reason}`,
        context,
      ),
    );
  }

  const paragraphs: TextRange[] = [];
  let offset = 0;
  for (const paragraph of winner.paragraphs) {
    if (paragraphs.length > 0) offset += 2;
    paragraphs.push({ start: offset, end: offset + paragraph.length });
    offset += paragraph.length;
  }
  const text = winner.paragraphs.join('\n\n');

  const firstKept = extraction.kept[0]?.index ?? 0;
  const lastLeading = extraction.kept[LEADING_BLOCKS_FOR_METADATA - 1]?.index ?? firstKept;
  const leadingTexts = [...extraction.kept, ...extraction.dropped.map(({ block }) => block)]
    .filter((block) => block.index >= firstKept - LEADING_FURNITURE_BLOCKS && block.index <= lastLeading)
    .sort((a, b) => a.index - b.index)
    .map((block) => block.text);
  const metadata = readMetadata({
    jsonLd: jsonLd.article,
    meta: page.meta,
    documentTitle: page.title,
    htmlLang: page.htmlLang,
    body: extraction.body,
    structuralBylines: extraction.bylines,
    leadingTexts,
  });
  const dateline = findDateline(winner.paragraphs[0]);
  const captions = [...new Set(extraction.captions.map((block) => block.text.replace(/\n/g, ' ')))];

  return {
    value: {
      ...(metadata.title === undefined ? {} : { title: metadata.title }),
      ...(metadata.publisher === undefined ? {} : { publisher: metadata.publisher }),
      ...(metadata.byline === undefined ? {} : { byline: metadata.byline }),
      ...(metadata.publishedAt === undefined ? {} : { publishedAt: metadata.publishedAt }),
      ...(dateline === undefined ? {} : { dateline }),
      lang: chooseLanguage(metadata.declaredLanguages, text),
      text,
      paragraphs,
      captions,
      removed: removedList(extraction, winner),
      method: winner.method,
    },
    diagnostics,
  };
}
