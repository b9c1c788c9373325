// Lines → units: the classifier decides on units, which are single lines except where the text is hard-wrapped
// (a paragraph spread over several lines at a fixed width) or a line plainly runs on into the next.
import type { PreparedLine } from './markdown.ts';
import { countWords, endsWithSentencePunctuation, isBulleted } from './shape.ts';
import {
  HARD_WRAP_MAX_WIDTH,
  HARD_WRAP_MIN_CONTINUATIONS,
  HARD_WRAP_MIN_WIDTH,
  HARD_WRAP_RAGGED_EDGE,
} from './thresholds.ts';

export interface TextUnit {
  /** Position in page order. */
  readonly index: number;
  /** Plain text of the unit (lines joined by a space). */
  readonly text: string;
  /** The input lines as written, joined by "\n": what `removed` lists when the unit is dropped. */
  readonly raw: string;
  readonly headingLevel?: number;
  readonly listItem: boolean;
  readonly linkDensity: number;
  /** Pieces dropped while preparing the unit's lines (images, markup-only lines), in page order. */
  readonly removedMarkup: readonly string[];
  /** A blank line (or the start of the text) precedes the unit. */
  readonly blankBefore: boolean;
}

/** Lines at least this many words long that run on into a lower-case line are one sentence split in two. */
const RUN_ON_MIN_WORDS = 5;

function startsList(line: PreparedLine): boolean {
  return line.listItem || isBulleted(line.text) || /^\d{1,3}[.)]\s/u.test(line.text);
}

/** Width of a hard-wrapped text, or undefined when lines are not wrapped at a fixed width. */
export function hardWrapWidth(lines: readonly PreparedLine[]): number | undefined {
  const width = lines.reduce((widest, line) => Math.max(widest, line.text.length), 0);
  if (width < HARD_WRAP_MIN_WIDTH || width > HARD_WRAP_MAX_WIDTH) return undefined;
  let continuations = 0;
  for (let index = 0; index + 1 < lines.length; index += 1) {
    const line = lines[index];
    const next = lines[index + 1];
    if (line === undefined || next === undefined) continue;
    if (line.text.length < width - HARD_WRAP_RAGGED_EDGE || next.text === '' || startsList(next)) continue;
    // Only a break inside a sentence proves the wrap; a full line ending a sentence may be a paragraph.
    if (!endsWithSentencePunctuation(line.text) || /^\p{Ll}/u.test(next.text)) continuations += 1;
  }
  return continuations >= HARD_WRAP_MIN_CONTINUATIONS ? width : undefined;
}

function continues(line: PreparedLine, next: PreparedLine, wrapWidth: number | undefined): boolean {
  if (
    line.text === '' ||
    next.text === '' ||
    line.headingLevel !== undefined ||
    next.headingLevel !== undefined
  ) {
    return false;
  }
  if (startsList(next)) return false;
  const sentenceBreak = endsWithSentencePunctuation(line.text) && !/^\p{Ll}/u.test(next.text);
  // A hard-wrapped paragraph: the line reaches the wrap width, so the paragraph goes on. Where a line ends a
  // sentence and the next opens one, the units stay apart: a paragraph split at a sentence costs less than a
  // footer line glued onto the last paragraph.
  if (wrapWidth !== undefined && line.text.length >= wrapWidth - HARD_WRAP_RAGGED_EDGE && !sentenceBreak)
    return true;
  // A sentence broken mid-way: a long line without final punctuation, then a lower-case start.
  return (
    countWords(line.text) >= RUN_ON_MIN_WORDS &&
    !endsWithSentencePunctuation(line.text) &&
    /^\p{Ll}/u.test(next.text)
  );
}

export function buildUnits(lines: readonly PreparedLine[]): TextUnit[] {
  const wrapWidth = hardWrapWidth(lines);
  const units: TextUnit[] = [];
  let pendingMarkup: string[] = [];
  let blankBefore = true;
  let index = 0;
  while (index < lines.length) {
    const first = lines[index];
    if (first === undefined) break;
    if (first.text === '') {
      pendingMarkup.push(...first.removed);
      blankBefore = true;
      index += 1;
      continue;
    }
    const group: PreparedLine[] = [first];
    while (index + group.length < lines.length) {
      const last = group[group.length - 1];
      const next = lines[index + group.length];
      if (last === undefined || next === undefined || !continues(last, next, wrapWidth)) break;
      group.push(next);
    }
    const textLength = group.reduce((sum, line) => sum + line.text.length, 0);
    const linkChars = group.reduce((sum, line) => sum + line.linkDensity * line.text.length, 0);
    units.push({
      index: units.length,
      text: group.map((line) => line.text).join(' '),
      raw: group.map((line) => line.raw).join('\n'),
      ...(first.headingLevel === undefined ? {} : { headingLevel: first.headingLevel }),
      listItem: first.listItem,
      linkDensity: textLength === 0 ? 0 : linkChars / textLength,
      removedMarkup: [...pendingMarkup, ...group.flatMap((line) => line.removed)],
      blankBefore,
    });
    pendingMarkup = [];
    blankBefore = false;
    index += group.length;
  }
  if (pendingMarkup.length > 0) {
    units.push({
      index: units.length,
      text: '',
      raw: '',
      listItem: false,
      linkDensity: 0,
      removedMarkup: pendingMarkup,
      blankBefore,
    });
  }
  return units;
}
