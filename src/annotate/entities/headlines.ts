// Headlines and subheadings inside an article body. Their capitals are style, not names, so the tagger's spans
// there ("Witkoff Lead Trump Administration") are not trusted; names known from the prose are looked up instead.
import type { TextRange } from '../../core/index.ts';
import {
  HEADLINE_MAX_WORDS,
  HEADLINE_MIN_CAPITALISED_SHARE,
  HEADLINE_MIN_CONTENT_WORDS,
} from './thresholds.ts';

/** Short words a headline leaves in lower case ("Talks on Ukraine at the Summit"). */
const HEADLINE_FUNCTION_WORDS = new Set(
  'a an the of and or in on at to for with by from as but vs via into over per nor so yet'.split(' '),
);

/** Ranges of the lines that read as headlines: short, no final full stop, content words mostly capitalised. */
export function headlineRanges(text: string, paragraphs: readonly TextRange[]): TextRange[] {
  const out: TextRange[] = [];
  for (const paragraph of paragraphs) {
    let offset = paragraph.start;
    for (const line of text.slice(paragraph.start, paragraph.end).split('\n')) {
      if (isHeadline(line)) out.push({ start: offset, end: offset + line.length });
      offset += line.length + 1;
    }
  }
  return out;
}

export function isHeadline(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === '' || /[.!?]["”’)]?$/u.test(trimmed)) return false;
  const words = trimmed.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu) ?? [];
  if (words.length > HEADLINE_MAX_WORDS) return false;
  const content = words.filter(
    (word) => /\p{L}/u.test(word) && !HEADLINE_FUNCTION_WORDS.has(word.toLowerCase()),
  );
  if (content.length < HEADLINE_MIN_CONTENT_WORDS) return false;
  const capitalised = content.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised / content.length >= HEADLINE_MIN_CAPITALISED_SHARE;
}
