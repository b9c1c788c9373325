// Raw text to PTB-like tokens with character offsets, then sentences: the NER tagger's view of an article.
import type { TextRange } from '../../core/index.ts';

export interface TextToken extends TextRange {
  readonly text: string;
}

/** Words kept whole with their period, beside single initials and dotted acronyms (`U.S.`) matched by shape. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr st jr sr prof gen col lt sgt capt cmdr adm maj gov sen rep rev hon pres supt insp ' +
    'inc corp co ltd plc bros dept univ assn est no vs etc mt ft ave blvd rd approx fig ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
);

// One alternative per token kind, tried in order at each position of a whitespace-free chunk.
const TOKEN_PATTERN = new RegExp(
  [
    String.raw`(?:https?:\/\/|www\.)[^\s<>"]+[^\s<>".,;:!?)\]'’”]`, // URL, trailing punctuation left out
    String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`, // e-mail address
    String.raw`[@#][\p{L}\p{N}_]+`, // handle or hashtag
    String.raw`\d+(?:[.,:/-]\d+)+`, // number, date or time with inner separators
    String.raw`(?:\p{L}\.){2,}`, // dotted acronym or initials run
    String.raw`[\p{L}\p{M}\p{N}]+(?:[-'’&.][\p{L}\p{M}\p{N}]+)*`, // word, with inner hyphens, apostrophes, dots
    String.raw`\.{2,}|-{2,}|[!?]{2,}`, // ellipsis, double dash, repeated marks
    String.raw`[^\s]`, // any other single character
  ].join('|'),
  'gu',
);

const CLITIC = /^(.+?)(n['’]t|['’](?:s|re|ve|ll|d|m))$/iu;

function pushWord(tokens: TextToken[], text: string, start: number): void {
  const clitic = CLITIC.exec(text);
  const stem = clitic?.[1];
  if (clitic !== null && stem !== undefined && /\p{L}$/u.test(stem)) {
    tokens.push({ text: stem, start, end: start + stem.length });
    tokens.push({ text: text.slice(stem.length), start: start + stem.length, end: start + text.length });
    return;
  }
  tokens.push({ text, start, end: start + text.length });
}

/** PTB-like tokens: punctuation and clitics (`'s`, `n't`) split off, abbreviations keep their period. */
export function tokenizeText(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const value = match[0];
    const start = match.index;
    const next = text[start + value.length];
    // A word directly followed by "." keeps it when it is a known abbreviation or a single capital initial.
    if (next === '.' && /^\p{L}+$/u.test(value)) {
      const abbreviation = ABBREVIATIONS.has(value.toLowerCase()) || /^\p{Lu}$/u.test(value);
      if (abbreviation) {
        tokens.push({ text: `${value}.`, start, end: start + value.length + 1 });
        continue;
      }
    }
    // The period an abbreviation took is matched again on its own; skip it.
    const last = tokens[tokens.length - 1];
    if (last !== undefined && last.end > start) continue;
    pushWord(tokens, value, start);
  }
  return tokens;
}

const SENTENCE_END = /^(?:[.!?]+|…)$/u;
const CLOSING = /^["'’”)\]}»]$/u;

/** A quote or bracket closes what precedes it when it is attached to it (no space between). */
function closes(token: TextToken, previous: TextToken): boolean {
  return CLOSING.test(token.text) && token.start === previous.end;
}

/**
 * Groups tokens into sentences: after sentence-final punctuation (and any closing quotes or brackets) when
 * the next token does not start lower-case, at blank lines, and at a single line break that ends a line
 * without a letter, comma or hyphen (headlines, datelines, list items).
 */
export function splitSentences(text: string, tokens: readonly TextToken[]): TextToken[][] {
  const sentences: TextToken[][] = [];
  let current: TextToken[] = [];
  const flush = (): void => {
    if (current.length > 0) sentences.push(current);
    current = [];
  };
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    if (previous !== undefined && current.length > 0) {
      const gap = text.slice(previous.end, token.start);
      const breaks = gap.split('\n').length - 1;
      const lineEndsOpen = /[\p{L},-]$/u.test(previous.text) && !/^\p{Lu}/u.test(token.text);
      if (breaks >= 2 || (breaks === 1 && !lineEndsOpen)) flush();
      else if (SENTENCE_END.test(previous.text) && !/^\p{Ll}/u.test(token.text) && !closes(token, previous)) {
        flush();
      } else if (current.length > 1) {
        const beforeClose = current[current.length - 2];
        const closedSentence =
          beforeClose !== undefined && SENTENCE_END.test(beforeClose.text) && closes(previous, beforeClose);
        if (closedSentence && /^\p{Lu}/u.test(token.text)) flush();
      }
    }
    current.push(token);
  });
  flush();
  return sentences;
}
