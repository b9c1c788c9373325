// chrono-node with its parsers' case-insensitive patterns written out letter by letter ([aA][gG][oO]) instead of
// carrying the `i` flag. Same matches (without the `u` flag, `i` only pairs ASCII letters with each other), but
// V8 compiles the rewritten patterns several times faster: two of chrono's English patterns (durations followed
// by "ago" or "later", each a long alternation repeated up to ten times) took about 60 ms each to compile for a
// two-byte string (any text with a curly quote or a dash) and about 15 ms rewritten, once per process.
import * as chrono from 'chrono-node';

/** `source` of a case-insensitive, non-unicode pattern, with each ASCII letter matching both its cases without
 *  the `i` flag; undefined for syntax the rewrite does not handle (named groups and back-references, control
 *  escapes, unicode property escapes). */
export function caseFreeSource(source: string): string | undefined {
  if (/\(\?<[^=!]|\\[ckpP]/.test(source)) return undefined;
  let out = '';
  let index = 0;
  while (index < source.length) {
    const char = source[index] ?? '';
    if (char === '\\') {
      const length = escapeLength(source, index);
      out += source.slice(index, index + length);
      index += length;
    } else if (char === '[') {
      const end = classEnd(source, index);
      if (end === undefined) return undefined;
      out += caseFreeClass(source.slice(index, end + 1));
      index = end + 1;
    } else {
      out += /[a-z]/i.test(char) ? `[${char.toLowerCase()}${char.toUpperCase()}]` : char;
      index += 1;
    }
  }
  return out;
}

/** Length of the escape at `index`: `\\uXXXX`, `\\u{…}` and `\\xXX` whole (their hex digits may be letters). */
function escapeLength(source: string, index: number): number {
  const rest = source.slice(index);
  return /^\\u\{[0-9a-f]+\}|^\\u[0-9a-f]{4}|^\\x[0-9a-f]{2}/i.exec(rest)?.[0].length ?? 2;
}

/** Index of the `]` closing the class that opens at `start`. */
function classEnd(source: string, start: number): number | undefined {
  // A `]` right after `[` or `[^` is a literal in other engines; in JavaScript it closes an empty class.
  for (let index = start + 1; index < source.length; index += 1) {
    if (source[index] === '\\') index += 1;
    else if (source[index] === ']') return index;
  }
  return undefined;
}

/** A character class with the other case of its letters and letter ranges added at its end. */
function caseFreeClass(text: string): string {
  const body = text.slice(1, -1);
  const extra: string[] = [];
  for (let index = 0; index < body.length; index += 1) {
    const char = body[index] ?? '';
    if (char === '\\') {
      index += escapeLength(body, index) - 1;
      continue;
    }
    if (!/[a-z]/i.test(char)) continue;
    const other = (letter: string): string =>
      letter === letter.toLowerCase() ? letter.toUpperCase() : letter.toLowerCase();
    const rangeEnd = body[index + 1] === '-' ? body[index + 2] : undefined;
    if (rangeEnd !== undefined && /[a-z]/i.test(rangeEnd) && char <= 'Z' === rangeEnd <= 'Z') {
      extra.push(`${other(char)}-${other(rangeEnd)}`);
      index += 2;
    } else {
      extra.push(other(char));
    }
  }
  return `[${body}${extra.join('')}]`;
}

type Parser = chrono.Chrono['parsers'][number];

function caseFreeParser(parser: Parser): Parser {
  const rewritten = new WeakMap<RegExp, RegExp>();
  return {
    pattern(context) {
      const pattern = parser.pattern(context);
      if (!pattern.flags.includes('i') || /[uv]/.test(pattern.flags)) return pattern;
      let found = rewritten.get(pattern);
      if (found === undefined) {
        const source = caseFreeSource(pattern.source);
        found = source === undefined ? pattern : new RegExp(source, pattern.flags.replace('i', ''));
        rewritten.set(pattern, found);
      }
      return found;
    },
    extract: (context, match) => parser.extract(context, match),
  };
}

/** A copy of `base` whose parsers match through case-free patterns; refiners are shared. */
export function caseFreeChrono(base: chrono.Chrono): chrono.Chrono {
  return new chrono.Chrono({ parsers: base.parsers.map(caseFreeParser), refiners: [...base.refiners] });
}

let casual: chrono.Chrono | undefined;
let strict: chrono.Chrono | undefined;

/** `chrono.casual` (English), case-free. */
export function casualEnglishChrono(): chrono.Chrono {
  casual ??= caseFreeChrono(chrono.casual);
  return casual;
}

/** `chrono.strict` (English), case-free. */
export function strictEnglishChrono(): chrono.Chrono {
  strict ??= caseFreeChrono(chrono.strict);
  return strict;
}
