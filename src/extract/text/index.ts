// Plain-text and markdown dumps → one clean article: the line classifier drops page furniture, moves captions out
// of the body and reads headline, byline, dateline and slug metadata from line shape alone.
import { diagnostic, type Diagnostic, type Result, type TextRange } from '../../core/index.ts';
import type { ExtractedContent } from '../types.ts';
import { BODY_ROLES, classifyUnits, type Classification } from './classify.ts';
import { detectLanguage } from '../language.ts';
import { prepareMarkdown, preparePlainText, type FrontMatter } from './markdown.ts';
import { parseDateline } from './metadata.ts';
import { repetitionKey } from './shape.ts';
import { MAX_TEXT_CHARS } from './thresholds.ts';
import { buildUnits } from './units.ts';

export {
  classifyUnits,
  type Classification,
  type LineDecision,
  type LineReason,
  type LineRole,
} from './classify.ts';
export { buildUnits, type TextUnit } from './units.ts';
export { prepareMarkdown, preparePlainText } from './markdown.ts';

export interface ExtractTextOptions {
  /** The input as the user gave it, for diagnostics. */
  readonly source: string;
  /** The text is markdown: its syntax is stripped before classifying. */
  readonly markdown?: boolean;
}

/** What goes between a dateline and the word it was glued to ("PARIS (AP)Top …"). */
const DATELINE_SEPARATOR = ' — ';

function normalizeInput(text: string): string {
  return text
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?/gu, '\n')
    .replace(/[\u200B-\u200D\u2060\u00AD]/gu, '');
}

interface Body {
  readonly paragraphs: readonly string[];
  readonly dateline?: string;
}

/** Kept paragraphs in page order; the first dateline found is recorded and a glued one gets a separator. */
function assembleBody(classification: Classification): Body {
  const paragraphs: string[] = [];
  let dateline: string | undefined;
  for (const decision of classification.decisions) {
    let text: string | undefined;
    if (BODY_ROLES.has(decision.role)) text = decision.unit.text.trim();
    else if (decision.role === 'slug' && classification.slug?.unitIndex === decision.unit.index) {
      text = classification.slug.value.body;
    }
    if (text === undefined || text === '') continue;
    if (dateline === undefined && decision.role !== 'subheading') {
      const found = parseDateline(text);
      if (found !== undefined) {
        dateline = found.dateline;
        if (found.glued)
          text = `${text.slice(0, found.bodyStart)}${DATELINE_SEPARATOR}${text.slice(found.bodyStart)}`;
      }
    }
    paragraphs.push(text);
  }
  const found = dateline ?? classification.slug?.value.place;
  return { paragraphs, ...(found === undefined ? {} : { dateline: found }) };
}

/** Every dropped line in page order: furniture, metadata lines, slug prefixes and stripped markup. Lines moved to
 *  `captions` and lines that are the headline are accounted for there and not repeated here. */
function collectRemoved(classification: Classification, title: string | undefined): string[] {
  const removed: string[] = [];
  const titleKey = title === undefined ? undefined : repetitionKey(title);
  for (const decision of classification.decisions) {
    removed.push(...decision.unit.removedMarkup);
    const { role, unit } = decision;
    if (role === 'furniture' || role === 'byline' || role === 'date') removed.push(unit.raw);
    else if (role === 'title' && repetitionKey(unit.text) !== titleKey) removed.push(unit.raw);
    else if (role === 'slug' && classification.slug?.unitIndex === unit.index) {
      removed.push(classification.slug.value.prefix);
    }
  }
  return removed.filter((entry) => entry.trim() !== '');
}

function paragraphRanges(paragraphs: readonly string[]): { text: string; ranges: TextRange[] } {
  const ranges: TextRange[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    ranges.push({ start: offset, end: offset + paragraph.length });
    offset += paragraph.length + 2;
  }
  return { text: paragraphs.join('\n\n'), ranges };
}

export function extractText(text: string, options: ExtractTextOptions): Result<ExtractedContent | undefined> {
  const diagnostics: Diagnostic[] = [];
  const context = { source: options.source };
  let input = normalizeInput(text);
  if (input.length > MAX_TEXT_CHARS) {
    diagnostics.push(
      diagnostic(
        'warning',
        'extract/truncated',
        `expected at most ${MAX_TEXT_CHARS} characters of text, found ${input.length}; the rest was not read`,
        context,
      ),
    );
    input = input.slice(0, MAX_TEXT_CHARS);
  }

  let frontMatter: FrontMatter = {};
  let lines;
  if (options.markdown === true) {
    const prepared = prepareMarkdown(input);
    frontMatter = prepared.frontMatter;
    lines = prepared.lines;
  } else {
    lines = preparePlainText(input);
  }
  const classification = classifyUnits(buildUnits(lines));
  const body = assembleBody(classification);
  if (body.paragraphs.length === 0) {
    diagnostics.push(
      diagnostic(
        'fatal',
        'extract/empty-body',
        'no article text was left after dropping page furniture',
        context,
      ),
    );
    return { value: undefined, diagnostics };
  }

  const { text: bodyText, ranges } = paragraphRanges(body.paragraphs);
  const title = frontMatter.title ?? classification.title;
  const byline = frontMatter.byline ?? classification.byline;
  const publisher = frontMatter.publisher ?? classification.publisher;
  const publishedAt = frontMatter.publishedAt ?? classification.publishedAt;
  const removed = collectRemoved(classification, title);
  const value: ExtractedContent = {
    ...(title === undefined ? {} : { title }),
    ...(publisher === undefined ? {} : { publisher }),
    ...(byline === undefined ? {} : { byline }),
    ...(publishedAt === undefined ? {} : { publishedAt }),
    ...(body.dateline === undefined ? {} : { dateline: body.dateline }),
    lang: detectLanguage(bodyText),
    text: bodyText,
    paragraphs: ranges,
    captions: classification.decisions
      .filter((decision) => decision.role === 'caption')
      .map((decision) => decision.unit.text.trim()),
    removed,
    method: 'text-lines',
  };
  return { value, diagnostics };
}
