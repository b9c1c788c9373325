// Block-level tests for page furniture that survives container selection: date stamps, link teasers, calls to
// action, copyright lines. Each test reads one block's text and link share; none knows any site.
import type { Block } from './segment.ts';
import {
  BYLINE_MAX_CHARS,
  CALL_TO_ACTION_MAX_CHARS,
  DATE_LINE_MAX_CHARS,
  FURNITURE_LINE_MAX_CHARS,
  SHOUTING_MIN_LETTERS,
  SHOUTING_UPPERCASE_SHARE,
  LINK_BLOCK_DENSITY,
  LINK_LIST_HEADING_MAX_CHARS,
  LINK_LIST_ITEM_MAX_CHARS,
  LINK_LIST_MIN_ITEMS,
  LINKED_BLOCK_DENSITY,
  SHORT_LABEL_MAX_CHARS,
} from './thresholds.ts';

export type FurnitureKind =
  'byline-line' | 'date-line' | 'link-teaser' | 'call-to-action' | 'copyright' | 'label';

const MONTHS =
  /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?$/i;
const WEEKDAYS = /^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day)?\.?$/i;
const DATE_WORDS =
  /^(published|updated|posted|modified|last|on|at|am|pm|a\.m\.?|p\.m\.?|et|est|edt|cst|cdt|pst|pdt|mst|mdt|gmt|utc|bst|cet|cest|ist|ago|hours?|hrs?|minutes?|mins?|days?|today|yesterday|date|time|the|of|and|\|)$/i;
const NUMERIC = /^[\d:.,/-]+(st|nd|rd|th|h)?$/i;

/** "By Ada Brook - 11/18/19", "Additional reporting by …": a credit line, not a sentence. */
export function isBylineLine(text: string): boolean {
  if (text.length > BYLINE_MAX_CHARS) return false;
  if (/^(additional )?(reporting|writing|editing|research)( and \w+)? by\b/i.test(text)) return true;
  return /^by\s+\p{Lu}/u.test(text) && !/[.!?]$/.test(text);
}

/** A short line made of dates, times and "Published/Updated" labels, possibly with "by Name". */
export function isDateLine(text: string): boolean {
  if (text.length > DATE_LINE_MAX_CHARS || !/\d/.test(text)) return false;
  const tokens = text
    .replace(/\bby\b.*$/i, '')
    .split(/[\s,|•·–—()]+/)
    .map((token) => token.replace(/:$/, ''))
    .filter((token) => token.length > 0);
  if (tokens.length === 0) return false;
  let dateTokens = 0;
  let anchored = false;
  let other = 0;
  for (const token of tokens) {
    if (NUMERIC.test(token)) {
      dateTokens++;
      if (/^\d{1,2}:\d{2}|^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/.test(token)) anchored = true;
    } else if (MONTHS.test(token) || WEEKDAYS.test(token)) {
      dateTokens++;
      anchored = true;
    } else if (!DATE_WORDS.test(token)) other++;
  }
  // A month, weekday, clock time or full numeric date anchors it: bare number rows are tables or scores.
  return anchored && tokens.length >= 2 && dateTokens >= 1 && other <= 1;
}

/** Calls to action that never carry article content; "click here" and "sign up" do (deal posts), so they are out. */
const CALL_TO_ACTION =
  /^(follow (us|him|her|them|me)\b|sharing is caring|share (this|on)\b|like us on|read (more|next)\b|see (more|also)\b|don'?t miss\b|related( (articles?|stories|coverage))?\s*:|more from\b|recommended\b|advertisement\b|this slideshow requires javascript)/i;
/** A © sign, a line opening with "Copyright", or the legal formulas; "copyright" mid-sentence is prose. */
const COPYRIGHT = /©|^\(c\) ?\d{4}|^copyright\b|all rights reserved|subject to copyright/i;

export function linkDensityOf(block: Block): number {
  return block.chars === 0 ? 0 : block.linkChars / block.chars;
}

const TEASER_LABEL =
  /^(related|see (more|also)|read (more|also|next)|also|more|watch|listen|recommended|don'?t miss)\b[^:]{0,30}:/i;

function isShouting(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < SHOUTING_MIN_LETTERS) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length >= SHOUTING_UPPERCASE_SHARE;
}

/** A link standing in for a paragraph: a labelled teaser ("Related: …") or a shouted promo headline. */
export function isLinkTeaser(block: Block): boolean {
  const density = linkDensityOf(block);
  if (density > LINK_BLOCK_DENSITY && TEASER_LABEL.test(block.text)) return true;
  return density >= LINKED_BLOCK_DENSITY && isShouting(block.text);
}

/** Why a kept block is furniture, or undefined when it reads as content. */
export function furnitureKind(block: Block): FurnitureKind | undefined {
  const text = block.text;
  if (isDateLine(text)) return 'date-line';
  if (isLinkTeaser(block)) return 'link-teaser';
  if (isBylineLine(text)) return 'byline-line';
  if (text.length <= CALL_TO_ACTION_MAX_CHARS && CALL_TO_ACTION.test(text)) return 'call-to-action';
  if (text.length <= FURNITURE_LINE_MAX_CHARS && COPYRIGHT.test(text)) return 'copyright';
  if (
    text.length <= SHORT_LABEL_MAX_CHARS &&
    !/[.!?:"”]$/.test(text) &&
    /^(updated|advertisement|comments?)$/i.test(text)
  ) {
    return 'label';
  }
  return undefined;
}

function isLinked(block: Block): boolean {
  return linkDensityOf(block) >= LINKED_BLOCK_DENSITY && block.chars <= LINK_LIST_ITEM_MAX_CHARS;
}

/** Runs of short fully-linked blocks ("You may also like…" lists) with the short heading that introduces them. */
export function findLinkLists(blocks: readonly Block[]): Block[] {
  const found: Block[] = [];
  let i = 0;
  while (i < blocks.length) {
    if (!isLinked(blocks[i]!)) {
      i++;
      continue;
    }
    let end = i;
    while (end < blocks.length && isLinked(blocks[end]!)) end++;
    if (end - i >= LINK_LIST_MIN_ITEMS) {
      const heading = blocks[i - 1];
      if (
        heading !== undefined &&
        heading.chars <= LINK_LIST_HEADING_MAX_CHARS &&
        !/[!?"”]$|[^.]\.$/.test(heading.text)
      ) {
        found.push(heading);
      }
      for (let j = i; j < end; j++) found.push(blocks[j]!);
    }
    i = end;
  }
  return found;
}
