// Tokens with offsets for quantity extraction: digit runs (with inner , . :), letter runs, single other characters.

export type TokenType = 'number' | 'word' | 'other';

export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly type: TokenType;
  /** A line break separates this token from the previous one: phrases do not run across it. */
  readonly lineStart: boolean;
}

const TOKEN_PATTERN = /(\d+(?:[.,:]\d+)*)|(\p{L}[\p{L}\p{M}]*)|(\S)/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const value = match[0];
    const type: TokenType = match[1] !== undefined ? 'number' : match[2] !== undefined ? 'word' : 'other';
    const lineStart = tokens.length === 0 || text.slice(previousEnd, match.index).includes('\n');
    const end = match.index + value.length;
    tokens.push({ text: value, lower: value.toLowerCase(), start: match.index, end, type, lineStart });
    previousEnd = end;
  }
  return tokens;
}

/** Whether two consecutive tokens touch, with no space between them. */
export function adjacent(left: Token | undefined, right: Token | undefined): boolean {
  return left !== undefined && right !== undefined && left.end === right.start;
}

export function isCapitalised(token: Token | undefined): boolean {
  return token !== undefined && token.type === 'word' && /^\p{Lu}/u.test(token.text);
}
