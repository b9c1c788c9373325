// Sentence boundaries for news prose: every derived fact cites a sentence, so boundaries must be right on
// abbreviations ("U.S. Secretary", "Gen. Smith"), initials ("J. Mansour"), decimals and closing quotes.
import type { TextRange } from '../core/index.ts';

/** Words that end with a period without ending a sentence when a capitalised word follows. Lower-cased, no dot. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'mt',
  'ft',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cmdr',
  'adm',
  'sgt',
  'cpl',
  'pvt',
  'gov',
  'sen',
  'rep',
  'rev',
  'fr',
  'hon',
  'pres',
  'supt',
  'insp',
  'det',
  'atty',
  'amb',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'no',
  'nos',
  'vol',
  'vs',
  'etc',
  'approx',
  'est',
  'inc',
  'ltd',
  'corp',
  'co',
  'bros',
  'dept',
  'univ',
  'ave',
  'blvd',
  'rd',
  'e.g',
  'i.e',
  'cf',
  'al',
  'fig',
  'op',
  'pp',
]);

/** Abbreviations that are often the last word of a sentence too ("… in the U.S. The talks …"): these end a
 *  sentence when the next word is a common sentence opener. */
const SENTENCE_FINAL_ABBREVIATIONS = /^(?:[A-Z]\.){2,}$/;
const COMMON_OPENERS = new Set([
  'The',
  'A',
  'An',
  'It',
  'He',
  'She',
  'They',
  'We',
  'I',
  'This',
  'That',
  'These',
  'Those',
  'But',
  'And',
  'In',
  'On',
  'At',
  'As',
  'If',
  'When',
  'While',
  'After',
  'Before',
  'His',
  'Her',
  'Their',
  'Its',
  'There',
  'Some',
  'Many',
  'Most',
  'One',
  'Two',
  'Officials',
  'However',
  'Meanwhile',
  'Still',
  'Yet',
]);

const CLOSERS = new Set(['"', "'", '\u201D', '\u2019', ')', ']', '\u00BB']);

function isSentenceStartChar(char: string | undefined): boolean {
  if (char === undefined) return false;
  return /[\p{Lu}\p{N}"'\u201C\u2018([\u00AB\u2014\u2013-]/u.test(char);
}

function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && /[\p{L}\p{N}.]/u.test(text[start - 1] ?? '')) start -= 1;
  return text.slice(start, end);
}

function wordAfter(text: string, start: number): string {
  const match = /^[\p{L}\p{N}]+/u.exec(text.slice(start, start + 40));
  return match?.[0] ?? '';
}

/** Whether the period at `index` (text[index] === '.') ends a sentence, given the next word starts at `next`. */
function periodEndsSentence(text: string, index: number, next: number): boolean {
  const word = wordBefore(text, index + 1); // includes the final period
  const bare = word.slice(0, -1);
  if (/^\p{Lu}$/u.test(bare)) return false; // an initial: "J. Mansour"
  if (SENTENCE_FINAL_ABBREVIATIONS.test(word)) return COMMON_OPENERS.has(wordAfter(text, next));
  if (ABBREVIATIONS.has(bare.toLowerCase())) return false;
  return true;
}

/** Splits one paragraph into sentence ranges (offsets relative to `text`), trimmed of surrounding space. */
function splitParagraph(text: string, offset: number, out: TextRange[]): void {
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '')
      out.push({ start: offset + start + lead, end: offset + start + lead + trimmed.length });
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char !== '.' && char !== '!' && char !== '?' && char !== '\u2026') continue;
    let end = i + 1;
    while (end < text.length && (text[end] === '.' || text[end] === '!' || text[end] === '?')) end += 1;
    while (end < text.length && CLOSERS.has(text[end] ?? '')) end += 1;
    if (end >= text.length) break;
    if (!/\s/u.test(text[end] ?? '')) continue; // "3.5", "U.S.-led", "example.com"
    let next = end;
    while (next < text.length && /\s/u.test(text[next] ?? '')) next += 1;
    if (!isSentenceStartChar(text[next])) continue;
    if (char === '.' && end === i + 1 && !periodEndsSentence(text, i, next)) continue;
    push(end);
    start = next;
    i = next - 1;
  }
  push(text.length);
}

/** Sentence ranges of a text whose paragraphs are separated by blank lines (or given explicitly). */
export function splitSentences(text: string, paragraphs?: readonly TextRange[]): TextRange[] {
  const ranges = paragraphs ?? paragraphRanges(text);
  const out: TextRange[] = [];
  for (const paragraph of ranges) {
    const body = text.slice(paragraph.start, paragraph.end);
    // A line break inside a paragraph (a list item, a subheading) is a boundary too.
    let lineStart = 0;
    for (const line of body.split('\n')) {
      splitParagraph(line, paragraph.start + lineStart, out);
      lineStart += line.length + 1;
    }
  }
  return out;
}

export function paragraphRanges(text: string): TextRange[] {
  const out: TextRange[] = [];
  const pattern = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const match of text.matchAll(pattern)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '') out.push({ start: match.index + lead, end: match.index + lead + trimmed.length });
  }
  return out;
}
