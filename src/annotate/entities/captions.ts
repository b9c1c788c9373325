// What entity annotation reads of a photo caption: the caption without its photo credit, and tagged mentions
// without the words that place people in the picture ("left", "From left to right").
import type { EntityMention } from '../ner/index.ts';

/** Words that mark a parenthesised or labelled photo credit: "(Name, Pool Photo via Agency)", "Photo: Name".
 *  Keyed on credit words, never on an agency's or photographer's name. */
const CREDIT_WORD =
  /\b(?:photos?|photograph(?:er|s)?|pool|images?|file|courtesy|handout|credits?|illustration|pictures?|via|stringer|screenshot|screengrab)\b/iu;
/** A caption ending in a parenthesis: the credit, when a credit word is inside. */
const TRAILING_PARENTHESIS = /\s*\(([^()]{2,160})\)\s*$/u;
/** A caption ending in "Photo: Name/Agency" or "| Credit: Name". */
const TRAILING_LABELLED_CREDIT =
  /(?:^|[\s.|–—-])(?:photo|photograph|picture|image|credit|photo credit|image credit)\s*[:：]\s*\p{Lu}[^!?]{0,100}$/iu;

/** A caption ending, after its last sentence, in a slash credit: "… on Monday. Ann Lee/Agency Name" (the space
 *  after the period is often lost when a page's caption and credit elements are joined). */
const TRAILING_SLASH_CREDIT =
  /(?<=[.)|–—])\s*(?:\p{Lu}[\p{L}.&'’-]*\s){0,3}\p{Lu}[\p{L}.&'’-]*\s?\/\s?\p{Lu}[\p{L}.&'’-]*(?:\s\p{Lu}[\p{L}.&'’-]*){0,3}\s*$/u;

/** The caption without its trailing photo credit: a prefix of the caption, so offsets into it are offsets into
 *  the caption. A caption that is all credit has an empty body. */
export function captionBody(caption: string): string {
  const parenthesis = TRAILING_PARENTHESIS.exec(caption);
  if (parenthesis?.[1] !== undefined && CREDIT_WORD.test(parenthesis[1]))
    return caption.slice(0, parenthesis.index).trimEnd();
  const labelled = TRAILING_LABELLED_CREDIT.exec(caption);
  if (labelled !== null) return caption.slice(0, labelled.index).trimEnd();
  const slash = TRAILING_SLASH_CREDIT.exec(caption);
  if (slash !== null) return caption.slice(0, slash.index).trimEnd();
  return caption;
}

/** Words that say where someone stands in the picture ("left", "From left to right", "Top row"): a tagger
 *  reading a capitalised one at the start of a caption may take it for a name. */
const POSITION_WORDS = new Set([
  'left',
  'right',
  'center',
  'centre',
  'middle',
  'front',
  'back',
  'rear',
  'top',
  'bottom',
  'row',
  'from',
  'to',
  'second',
  'third',
  'far',
  'foreground',
  'background',
  'l',
  'r',
  'c',
]);

const WORD = /[\p{L}\p{N}]+/gu;

/** A mention whose words all place someone in the picture names no one. */
const isPositional = (text: string): boolean => {
  const words = text.toLowerCase().match(WORD) ?? [];
  return words.length > 0 && words.every((word) => POSITION_WORDS.has(word));
};

/** Mentions with leading positional words cut off ("Left Ann Lee" → "Ann Lee"), positional-only ones dropped. */
export function withoutPositions(body: string, mentions: readonly EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const mention of mentions) {
    let start = mention.start;
    for (const match of body.slice(mention.start, mention.end).matchAll(WORD)) {
      if (!POSITION_WORDS.has(match[0].toLowerCase())) break;
      start = mention.start + match.index + match[0].length;
    }
    while (start < mention.end && !/[\p{L}\p{N}]/u.test(body[start] ?? '')) start += 1;
    const text = body.slice(start, mention.end);
    if (start >= mention.end || isPositional(text)) continue;
    out.push(start === mention.start ? mention : { ...mention, start, text });
  }
  return out;
}
