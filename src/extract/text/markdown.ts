// Markdown input: strip the syntax line by line so the classifier sees plain lines, keeping what the syntax said
// (heading level, list item, share of the line that was links) and listing images and markup-only lines as removed.

/** One input line made plain, with what its markup said. */
export interface PreparedLine {
  /** The line as written, trimmed. */
  readonly raw: string;
  /** Plain text ('' for a blank or markup-only line). */
  readonly text: string;
  /** 1–6 for a markdown heading. */
  readonly headingLevel?: number;
  /** A list item (bullet or number). */
  readonly listItem: boolean;
  /** Share of the text's characters that were link text (0 for plain text). */
  readonly linkDensity: number;
  /** Pieces dropped from the line (images) or the whole line when it was markup only (rules, reference links). */
  readonly removed: readonly string[];
}

export interface FrontMatter {
  readonly title?: string;
  readonly byline?: string;
  readonly publishedAt?: string;
  readonly publisher?: string;
}

export interface PreparedMarkdown {
  readonly lines: readonly PreparedLine[];
  readonly frontMatter: FrontMatter;
}

const IMAGE =
  /!\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+["'(][^"')]*["')])?\s*\)|!\[([^\]]*)\]\[[^\]]*\]/gu;
const EMPTY_LINK = /\[\s*\]\((?:[^()\s]|\([^()]*\))*(?:\s+["'(][^"')]*["')])?\s*\)/gu;
const INLINE_LINK = /\[((?:[^[\]]|\[[^[\]]*\])*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+["'(][^"')]*["')])?\s*\)/gu;
const REFERENCE_LINK = /\[((?:[^[\]]|\[[^[\]]*\])+)\]\[[^\]]*\]/gu;
const AUTOLINK = /<((?:https?|mailto|ftp):[^>\s]+)>/gu;
const LINK_MARK_OPEN = '\u0001';
const LINK_MARK_CLOSE = '\u0002';

/** Emphasis, code, strikethrough, HTML tags and escapes removed; links reduced to their text, wrapped in marks so
 *  their share of the line can be measured once all other syntax is gone. */
function stripInlineSyntax(line: string, removed: string[]): { text: string; linkDensity: number } {
  let text = line.replace(IMAGE, (image) => {
    removed.push(image);
    return ' ';
  });
  text = text
    .replace(EMPTY_LINK, ' ')
    .replace(INLINE_LINK, (_match, label: string) => `${LINK_MARK_OPEN}${label}${LINK_MARK_CLOSE}`)
    .replace(REFERENCE_LINK, (_match, label: string) => `${LINK_MARK_OPEN}${label}${LINK_MARK_CLOSE}`)
    .replace(AUTOLINK, (_match, url: string) => `${LINK_MARK_OPEN}${url}${LINK_MARK_CLOSE}`)
    .replace(/`+([^`]+?)`+/gu, '$1')
    .replace(/<br\s*\/?>/giu, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/gu, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/gu, '$2')
    .replace(/(?<![\p{L}\p{N}*\\])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}*])/gu, '$1')
    .replace(/(?<![\p{L}\p{N}_\\])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, '$1')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/gu, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~<])/gu, '$1')
    .replace(/[ \t]+/gu, ' ')
    .trim();
  let linkChars = 0;
  let inLink = false;
  let plain = '';
  for (const char of text) {
    if (char === LINK_MARK_OPEN) inLink = true;
    else if (char === LINK_MARK_CLOSE) inLink = false;
    else {
      plain += char;
      if (inLink && /\S/u.test(char)) linkChars += 1;
    }
  }
  const visible = plain.replace(/\s/gu, '').length;
  return { text: plain.trim(), linkDensity: visible === 0 ? 0 : linkChars / visible };
}

function markupOnly(raw: string): PreparedLine {
  return { raw, text: '', listItem: false, linkDensity: 0, removed: [raw] };
}

const FRONT_MATTER_FENCE = /^(?:---|\+\+\+)\s*$/u;

function unquote(value: string): string {
  return value
    .trim()
    .replace(/^(["'])(.*)\1$/u, '$2')
    .trim();
}

/** YAML-style front matter: only the keys that map onto article fields are read. */
function readFrontMatter(lines: readonly string[]): { frontMatter: FrontMatter; length: number } {
  const first = lines[0];
  if (first === undefined || !FRONT_MATTER_FENCE.test(first.trim())) return { frontMatter: {}, length: 0 };
  const close = lines.findIndex((line, index) => index > 0 && FRONT_MATTER_FENCE.test(line.trim()));
  if (close < 0) return { frontMatter: {}, length: 0 };
  const fields = new Map<string, string>();
  for (const line of lines.slice(1, close)) {
    const match = /^([A-Za-z_][\w-]*)\s*[:=]\s*(.+)$/u.exec(line.trim());
    if (match?.[1] !== undefined && match[2] !== undefined)
      fields.set(match[1].toLowerCase(), unquote(match[2]));
  }
  const title = fields.get('title');
  const byline = fields.get('author') ?? fields.get('byline') ?? fields.get('authors');
  const publishedAt = fields.get('date') ?? fields.get('published') ?? fields.get('publishedat');
  const publisher = fields.get('publisher') ?? fields.get('site') ?? fields.get('source');
  return {
    frontMatter: {
      ...(title === undefined || title === '' ? {} : { title }),
      ...(byline === undefined || byline === '' ? {} : { byline }),
      ...(publishedAt === undefined || !/^\d{4}-\d{2}-\d{2}/u.test(publishedAt) ? {} : { publishedAt }),
      ...(publisher === undefined || publisher === '' ? {} : { publisher }),
    },
    length: close + 1,
  };
}

const ATX_HEADING = /^ {0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/u;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)\s*$/u;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/u;
const FENCE = /^ {0,3}(`{3,}|~{3,})/u;
const BULLET_ITEM = /^\s*[-*+]\s+(.*)$/u;
const ORDERED_ITEM = /^\s*(\d{1,3})[.)]\s+(.*)$/u;
const BLOCKQUOTE = /^\s{0,3}>\s?/u;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/u;
const TABLE_DIVIDER = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/u;

/** Markdown → plain lines, one per input line (front matter lines become markup-only lines). */
export function prepareMarkdown(input: string): PreparedMarkdown {
  const rawLines = input.split('\n');
  const { frontMatter, length } = readFrontMatter(rawLines);
  const lines: PreparedLine[] = [];
  for (const raw of rawLines.slice(0, length)) lines.push(markupOnly(raw.trim()));
  let fence: string | undefined;
  for (const rawLine of rawLines.slice(length)) {
    const raw = rawLine.trim();
    const fenceMatch = FENCE.exec(rawLine);
    if (fenceMatch?.[1] !== undefined) {
      const marker = fenceMatch[1];
      if (fence === undefined) fence = marker.slice(0, 1);
      else if (marker.startsWith(fence)) fence = undefined;
      lines.push(markupOnly(raw));
      continue;
    }
    if (fence !== undefined) {
      lines.push({ raw, text: raw, listItem: false, linkDensity: 0, removed: [] });
      continue;
    }
    if (raw === '') {
      lines.push({ raw, text: '', listItem: false, linkDensity: 0, removed: [] });
      continue;
    }
    let body = rawLine;
    while (BLOCKQUOTE.test(body)) body = body.replace(BLOCKQUOTE, '');

    const previous = lines[lines.length - 1];
    const underline = SETEXT_UNDERLINE.exec(body);
    if (
      underline?.[1] !== undefined &&
      previous !== undefined &&
      previous.text !== '' &&
      previous.headingLevel === undefined &&
      !previous.listItem
    ) {
      lines[lines.length - 1] = { ...previous, headingLevel: underline[1].startsWith('=') ? 1 : 2 };
      lines.push(markupOnly(raw));
      continue;
    }
    if (THEMATIC_BREAK.test(body) || REFERENCE_DEFINITION.test(body) || TABLE_DIVIDER.test(body)) {
      lines.push(markupOnly(raw));
      continue;
    }
    const removed: string[] = [];
    const heading = ATX_HEADING.exec(body);
    if (heading?.[1] !== undefined) {
      const { text, linkDensity } = stripInlineSyntax(heading[2] ?? '', removed);
      lines.push({
        raw,
        text,
        headingLevel: heading[1].length,
        listItem: false,
        linkDensity,
        removed: text === '' && removed.length === 0 ? [raw] : removed,
      });
      continue;
    }
    const bullet = BULLET_ITEM.exec(body);
    const ordered = ORDERED_ITEM.exec(body);
    if (bullet?.[1] !== undefined || ordered?.[2] !== undefined) {
      const { text, linkDensity } = stripInlineSyntax(bullet?.[1] ?? ordered?.[2] ?? '', removed);
      const marker = ordered?.[1] === undefined ? '•' : `${ordered[1]}.`;
      lines.push({
        raw,
        text: text === '' ? '' : `${marker} ${text}`,
        listItem: text !== '',
        linkDensity,
        removed,
      });
      continue;
    }
    const cells = body.trim().startsWith('|')
      ? body
          .trim()
          .replace(/^\||\|$/gu, '')
          .split('|')
          .map((cell) => cell.trim())
          .filter((cell) => cell !== '')
          .join(' | ')
      : body;
    const { text, linkDensity } = stripInlineSyntax(cells, removed);
    lines.push({ raw, text, listItem: false, linkDensity, removed });
  }
  return { lines, frontMatter };
}

/** Plain text: every line as written; bullets are recognised later from the line's shape. */
export function preparePlainText(input: string): readonly PreparedLine[] {
  return input.split('\n').map((line) => {
    const raw = line.trim();
    return { raw, text: raw.replace(/\s+/gu, ' '), listItem: false, linkDensity: 0, removed: [] };
  });
}
