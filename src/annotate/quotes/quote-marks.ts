// Stretches of text inside quotation marks: straight and curly double quotes (and guillemets), single
// quotes where they cannot be apostrophes, and quotes that run over several paragraphs.
import { diagnostic, type Diagnostic, type TextRange } from '../../core/index.ts';
import { MAX_SINGLE_QUOTE_LENGTH } from './thresholds.ts';

export interface QuotedSpan {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset just after the closing mark (or the end of the last paragraph when none closes it). */
  readonly close: number;
  /** The words inside the marks. */
  readonly contentStart: number;
  readonly contentEnd: number;
  /** The quote ran to the end of a paragraph without a closing mark and the next paragraph did not reopen it. */
  readonly unclosed: boolean;
}

const DOUBLE_OPENERS = new Set(['"', '\u201C', '\u201E', '\u00AB']);
const DOUBLE_CLOSERS = new Set(['"', '\u201D', '\u00BB', '\u201C']);
const SINGLE_OPENERS = new Set(["'", '\u2018']);
const SINGLE_CLOSERS = new Set(["'", '\u2019']);

/** Any one of the marks, as a pattern. */
function anyOf(...sets: ReadonlySet<string>[]): RegExp {
  const marks = [...new Set(sets.flatMap((set) => [...set]))];
  return new RegExp(
    `[${marks.map((mark) => `\\u{${(mark.codePointAt(0) ?? 0).toString(16)}}`).join('')}]`,
    'gu',
  );
}

const DOUBLE_MARK = anyOf(DOUBLE_OPENERS, DOUBLE_CLOSERS);
const SINGLE_MARK = anyOf(SINGLE_OPENERS, SINGLE_CLOSERS);

/** Offsets of every character the pattern matches, in order: the scans below visit these, not every character. */
function offsetsOf(text: string, pattern: RegExp): number[] {
  const offsets: number[] = [];
  for (const match of text.matchAll(pattern)) offsets.push(match.index);
  return offsets;
}

/** Index of the first offset at or after `from`. */
function firstAtOrAfter(offsets: readonly number[], from: number): number {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((offsets[middle] ?? 0) < from) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A straight double quote after a digit is an inch mark (5'11"). */
function isInchMark(text: string, index: number): boolean {
  return text[index] === '"' && /\d/.test(text[index - 1] ?? '');
}

function firstMarkOf(text: string, paragraph: TextRange): number | undefined {
  let index = paragraph.start;
  while (index < paragraph.end && /[\s•*\-–—]/u.test(text[index] ?? '')) index += 1;
  return DOUBLE_OPENERS.has(text[index] ?? '') ? index : undefined;
}

/** Double-quoted spans, paired in order within each paragraph; an open quote carries over to the next
 *  paragraph when that paragraph opens with a quote mark (the convention for multi-paragraph quotes). */
function doubleQuotes(
  text: string,
  paragraphs: readonly TextRange[],
  diagnostics: Diagnostic[],
): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const marks = offsetsOf(text, DOUBLE_MARK);
  let open: number | undefined;
  paragraphs.forEach((paragraph, index) => {
    let from = paragraph.start;
    if (open !== undefined) {
      const reopen = firstMarkOf(text, paragraph);
      if (reopen === undefined) {
        const previous = paragraphs[index - 1] ?? paragraph;
        spans.push({
          open,
          close: previous.end,
          contentStart: open + 1,
          contentEnd: previous.end,
          unclosed: true,
        });
        diagnostics.push(
          diagnostic('info', 'annotate/unclosed-quote', `a quote opened at offset ${open} is never closed`),
        );
        open = undefined;
      } else {
        from = reopen + 1;
      }
    }
    for (let mark = firstAtOrAfter(marks, from); mark < marks.length; mark += 1) {
      const offset = marks[mark] ?? paragraph.end;
      if (offset >= paragraph.end) break;
      const char = text[offset];
      if (isInchMark(text, offset)) continue;
      if (open === undefined) {
        // A closing-only mark with a space after it opens nothing ("the ” sign").
        if (char === '\u201D' || char === '\u00BB') {
          if (!/[\p{L}\p{N}]/u.test(text[offset + 1] ?? '')) continue;
        }
        open = offset;
      } else {
        spans.push({ open, close: offset + 1, contentStart: open + 1, contentEnd: offset, unclosed: false });
        open = undefined;
      }
    }
  });
  if (open !== undefined) {
    const last = paragraphs.at(-1);
    const end = last?.end ?? text.length;
    spans.push({ open, close: end, contentStart: open + 1, contentEnd: end, unclosed: true });
    diagnostics.push(
      diagnostic('info', 'annotate/unclosed-quote', `a quote opened at offset ${open} is never closed`),
    );
  }
  return spans.filter((span) => text.slice(span.contentStart, span.contentEnd).trim() !== '');
}

/** Single-quoted spans that cannot be apostrophes: the opener follows a space or bracket and precedes a
 *  letter; the closer follows a letter or punctuation and precedes no letter; plural possessives ("the
 *  workers' union") do not close. Only outside double-quoted spans. */
function singleQuotes(
  text: string,
  paragraphs: readonly TextRange[],
  inside: (offset: number) => boolean,
): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const marks = offsetsOf(text, SINGLE_MARK);
  for (const paragraph of paragraphs) {
    let open: number | undefined;
    for (let mark = firstAtOrAfter(marks, paragraph.start); mark < marks.length; mark += 1) {
      const offset = marks[mark] ?? paragraph.end;
      if (offset >= paragraph.end) break;
      const char = text[offset] ?? '';
      if (inside(offset)) continue;
      const before = text[offset - 1] ?? ' ';
      const after = text[offset + 1] ?? ' ';
      if (open === undefined) {
        if (
          SINGLE_OPENERS.has(char) &&
          (offset === paragraph.start || /[\s([{\u2014\u2013-]/u.test(before)) &&
          /\p{L}/u.test(after)
        )
          open = offset;
        continue;
      }
      if (!SINGLE_CLOSERS.has(char) || !/[\p{L}\p{N}.,!?]/u.test(before) || /[\p{L}\p{N}]/u.test(after))
        continue;
      if (before === 's' && /^\s+\p{Ll}/u.test(text.slice(offset + 1, offset + 4))) continue;
      if (offset - open > MAX_SINGLE_QUOTE_LENGTH) {
        open = undefined;
        continue;
      }
      spans.push({ open, close: offset + 1, contentStart: open + 1, contentEnd: offset, unclosed: false });
      open = undefined;
    }
  }
  return spans;
}

/** Every quoted span of the text, in order, with an info diagnostic for each quote never closed. */
export function findQuotedSpans(
  text: string,
  paragraphs: readonly TextRange[],
): { spans: QuotedSpan[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const doubles = doubleQuotes(text, paragraphs, diagnostics);
  const covered = new Uint8Array(text.length);
  for (const span of doubles) covered.fill(1, span.open, span.close);
  const inside = (offset: number): boolean => covered[offset] === 1;
  const singles = singleQuotes(text, paragraphs, inside);
  const spans = [...doubles, ...singles].sort((a, b) => a.open - b.open);
  return { spans, diagnostics };
}
