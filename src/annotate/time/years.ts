// Years written alone after a word that makes them a time ("in 2019", "since 2020", "mid-2024"); chrono reads
// years only inside fuller dates.
import type { TimeExpression } from './types.ts';

/** Lead word, the year (1800–2099), and what must follow for it to be a year rather than a count: "after
 *  2000 people fled" is a number, "after 2000, the city grew" and "in 2019 the company" are years. */
const YEAR =
  /\b(?<lead>(?:in|since|by|until|till|during|before|after|from|through|throughout|early|late|the end of|the start of|the beginning of|the middle of)\s+|mid-)(?<year>(?:1[89]|20)\d{2})(?=$|[\s.,;:!?)"'”’–-])(?!-\d|\s*(?:%|per\s?cent|percent))/giu;

/** Words that can follow a year at the end of a time phrase; any other lower-case word makes the number a
 *  count ("by 2030 people"). */
const FOLLOWERS = new Set(
  (
    'the a an and or but to when as after before it he she they we there this that his her its their is was were ' +
    'had has have with for at on of by in amid during while until following than who which where if so'
  ).split(' '),
);

export function findYears(text: string): TimeExpression[] {
  const found: TimeExpression[] = [];
  for (const match of text.matchAll(YEAR)) {
    const yearText = match.groups?.['year'] ?? '';
    const end = match.index + match[0].length;
    const next = /^\s+(?<word>[\p{L}’']+)/u.exec(text.slice(end, end + 30))?.groups?.['word'];
    if (next !== undefined && /^\p{Ll}/u.test(next) && !FOLLOWERS.has(next)) continue;
    const start = end - yearText.length;
    found.push({
      start,
      end,
      text: yearText,
      kind: 'absolute',
      date: `${yearText}-01-01`,
      endDate: `${yearText}-12-31`,
      precision: 'year',
      resolvedBy: 'explicit',
    });
  }
  return found;
}
