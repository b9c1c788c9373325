// Metadata lines of a plain-text dump: bylines, datelines, date stamps, slug lines and copyright notices. Each
// parser reads line shape only (capitalisation, separators, position of a parenthesised tag), never a known name.
import * as chrono from 'chrono-node';
import { casualEnglishChrono } from '../../core/index.ts';
import {
  BARE_BYLINE_MAX_WORDS,
  BYLINE_MAX_WORDS,
  DATE_LINE_MAX_WORDS,
  DATE_LINE_MIN_COVERAGE,
  DATELINE_AGENCY_MAX_CHARS,
  SLUG_FIELD_MAX_WORDS,
  SLUG_MIN_FIELDS,
  SLUG_MIN_SHORT_FIELDS,
  SLUG_SHORT_FIELD_WORDS,
} from './thresholds.ts';
import { endsWithFullStop, isAllCaps, isProse, stripBullet, wordsOf } from './shape.ts';

/** Name particles that stay lower-case inside a person's name. */
const NAME_PARTICLES = new Set([
  'de',
  'da',
  'do',
  'dos',
  'van',
  'von',
  'der',
  'den',
  'al',
  'el',
  'bin',
  'ibn',
  'la',
  'le',
  'di',
  'du',
  'del',
  'ter',
]);

/** Calendar words look capitalised like names but never are ("By Thursday, officials …"). */
const CALENDAR_WORDS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|tonight|yesterday|tomorrow|noon|midnight)$/iu;

/** Labels a byline line opens with, in English and the common European languages ("Par", "Von", "Por"). */
const BYLINE_LABEL =
  /^(?:by|written by|words by|story by|text by|reporting by|reported by|posted by|authors?|writers?|reporters?|par|von|por|door|av|af|autor|auteur|autore)\s*[:–—-]?\s+(?=\S)/iu;

/** Edition or programme labels in slugs ("Morning Edition", "Evening Update", "Weekend Desk"). */
const EDITION_WORD =
  /\b(?:edition|desk|update|briefing|bulletin|digest|roundup|wrap|newsletter|extra|special|weekender?)$/iu;

/** One token of a person's name: capitalised word, initial ("J."), hyphenated or apostrophised forms. */
function isNameToken(token: string): boolean {
  if (NAME_PARTICLES.has(token.toLowerCase()) && token === token.toLowerCase()) return true;
  if (CALENDAR_WORDS.test(token.replace(/[^\p{L}]/gu, ''))) return false;
  // A lower-case letter followed by a run of capitals is a glued label ("StoryWORLD"), not a name.
  if (/\p{Ll}\p{Lu}{2,}/u.test(token)) return false;
  return /^\p{Lu}(?:\.|[\p{L}'’.-]*\p{L}\.?)$/u.test(token);
}

/** "J. Mansour", "Jane Doe", "JANE DOE", "Jean-Noël de la Tour": 2–5 name tokens, the last a full word. */
export function isPersonName(text: string): boolean {
  const tokens = text.trim().split(/\s+/u);
  if (tokens.length < 2 || tokens.length > 5) return false;
  if (!tokens.every(isNameToken)) return false;
  const last = tokens[tokens.length - 1] ?? '';
  return last.replace(/[^\p{L}]/gu, '').length >= 2 && !NAME_PARTICLES.has(last.toLowerCase());
}

/** Leading run of name tokens joined by commas, "and" or "&": "Jane Doe and John Roe" in "Jane Doe and John Roe,
 *  Agency". Returns the names and what follows them. */
function leadingNames(text: string): { names: string; rest: string } | undefined {
  const tokens = text.trim().split(/\s+/u);
  let end = 0;
  let lastNameEnd = 0;
  let trailing = '';
  while (end < tokens.length) {
    const raw = tokens[end] ?? '';
    const token = raw.replace(/[,;|]$/u, '');
    const connector = /^(?:and|&)$/iu.test(token);
    if (!connector && !isNameToken(token)) break;
    end += 1;
    if (!connector) lastNameEnd = end;
    if (raw !== token) {
      trailing = raw.slice(token.length);
      break;
    }
  }
  if (lastNameEnd === 0) return undefined;
  const names = tokens
    .slice(0, lastNameEnd)
    .join(' ')
    .replace(/[,;|]$/u, '');
  if (!/\p{Ll}/u.test(names) && !isAllCaps(names)) return undefined;
  const after = tokens.slice(lastNameEnd).join(' ');
  const rest = lastNameEnd === end && trailing !== '' ? `${trailing} ${after}` : after;
  return { names, rest };
}

/** "By Jane Doe", "By JANE DOE and John Roe, Agency", "Author: J. Mansour", "Reporting by Jane Doe; Editing by …".
 *  Returns the names. */
export function parseByline(line: string): string | undefined {
  const text = stripBullet(line).replace(/^\((.*)\)$/u, '$1');
  const label = BYLINE_LABEL.exec(text);
  if (label === null) return undefined;
  if (wordsOf(text).length > BYLINE_MAX_WORDS) return undefined;
  // A sentence that happens to open with "By" ("By Thursday, officials had agreed.") is prose, not a byline.
  if (isProse(text) && endsWithFullStop(text)) return undefined;
  const found = leadingNames(text.slice(label[0].length));
  if (found === undefined) return undefined;
  // Each name is a person's full name ("By Land and Sea" is a heading, not two people).
  const people = found.names.split(/\s*(?:,|\band\b|&)\s*/u).filter((name) => name !== '');
  if (!people.every(isPersonName)) return undefined;
  // After the names only an affiliation, role or place may follow, set off by a separator ("By X, Agency",
  // "By X | Updated …", "Reporting by X in Paris; Editing by Y").
  const rest = found.rest.trim();
  if (rest !== '' && !/^(?:[,;|•·–—-]|in\s+\p{Lu}|for\s+\p{Lu})/u.test(rest)) return undefined;
  return found.names;
}

/** A byline without a label, right under a headline: "Jane Doe", "Jane Doe and John Roe", "Jane Doe in Paris". */
export function parseBareByline(line: string): string | undefined {
  const text = stripBullet(line);
  if (wordsOf(text).length > BARE_BYLINE_MAX_WORDS) return undefined;
  const found = leadingNames(text);
  if (found === undefined) return undefined;
  const people = found.names.split(/\s*(?:,|\band\b|&)\s*/u).filter((name) => name !== '');
  if (people.length === 0 || !people.every(isPersonName)) return undefined;
  const rest = found.rest.trim();
  if (rest !== '' && !/^in \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2}$/u.test(rest)) return undefined;
  return found.names;
}

export interface Dateline {
  /** The dateline as written, without its trailing separator: "PARIS (AP)", "Washington (AP)". */
  readonly dateline: string;
  /** Where the paragraph text resumes after the dateline and its separator. */
  readonly bodyStart: number;
  /** The dateline runs straight into the next word ("PARIS (AP)Top U.S. officials …"). */
  readonly glued: boolean;
}

const PLACE_ALL_CAPS = String.raw`\p{Lu}[\p{Lu}\p{M}.'’-]+(?:[ -]\p{Lu}[\p{Lu}\p{M}.'’-]+){0,3}`;
const PLACE_TITLE_CASE = String.raw`\p{Lu}[\p{Ll}\p{M}.'’-]+(?:[ -]\p{Lu}[\p{Ll}\p{M}.'’-]+){0,2}`;
const PLACE_QUALIFIER = String.raw`(?:,\s\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})?`;
const DATE_QUALIFIER = String.raw`(?:,\s(?:\p{Lu}[\p{Ll}]{2,8}\.?\s\d{1,2}|\d{1,2}\s\p{Lu}[\p{Ll}]{2,8}\.?))?`;
const AGENCY = String.raw`\((\p{Lu}[\p{L}&.'’ -]{0,${DATELINE_AGENCY_MAX_CHARS - 1}})\)`;
const SEPARATOR = String.raw`\s*[–—-]{1,2}\s*|\s*:\s+`;

/** "PARIS (AP) —", "Washington (AP) –", "KYIV, Ukraine (Agency) -", "PARIS, April 17 (Agency) -". */
const DATELINE_WITH_AGENCY = new RegExp(
  String.raw`^((?:${PLACE_ALL_CAPS}|${PLACE_TITLE_CASE})${PLACE_QUALIFIER}${DATE_QUALIFIER}\s?${AGENCY})(${SEPARATOR}|\s+(?=["“‘]?\p{Lu})|(?=["“‘]?\p{Lu}))`,
  'u',
);

/** "WASHINGTON — The …", "KYIV, Ukraine — …": an all-caps place and a dash, no agency. */
const DATELINE_ALL_CAPS_DASH = new RegExp(
  String.raw`^(${PLACE_ALL_CAPS}${PLACE_QUALIFIER}${DATE_QUALIFIER})(\s*[–—]\s*|\s+--?\s+)(?=["“‘]?\p{Lu})`,
  'u',
);

/** A wire dateline opening a paragraph; the paragraph itself is left as written. */
export function parseDateline(paragraph: string): Dateline | undefined {
  const withAgency = DATELINE_WITH_AGENCY.exec(paragraph);
  if (withAgency?.[1] !== undefined && withAgency[2] !== undefined) {
    const agency = withAgency[2].trim();
    // The parenthesis holds a short name ("AP", "Agency", "Agency News"), not an expansion or aside.
    if (wordsOf(agency).length <= 3) {
      const separator = withAgency[3] ?? '';
      return {
        dateline: withAgency[1].trim(),
        bodyStart: withAgency[0].length,
        glued: separator === '',
      };
    }
  }
  const allCaps = DATELINE_ALL_CAPS_DASH.exec(paragraph);
  if (allCaps?.[1] !== undefined) {
    const place = allCaps[1].split(',')[0] ?? '';
    if (isAllCaps(place)) return { dateline: allCaps[1].trim(), bodyStart: allCaps[0].length, glued: false };
  }
  return undefined;
}

/** Date parsers tried in turn: English first, then the other languages chrono-node reads. */
const DATE_PARSERS: readonly { parse: typeof chrono.parse }[] = [
  { parse: (text, reference, option) => casualEnglishChrono().parse(text, reference, option) },
  chrono.fr,
  chrono.de,
  chrono.es,
  chrono.pt,
  chrono.nl,
  chrono.it,
  chrono.sv,
  chrono.ru,
  chrono.uk,
  chrono.zh,
  chrono.ja,
];

/** Words (month names and their short forms, date-line verbs) that only the other languages' parsers read.
 *  A line in plain ASCII without one of them is left to the English parser: each other parser compiles its
 *  patterns on first use (about half a second for all of them), and an English page has many lines with a
 *  year in them. Lines with other letters (accents, Cyrillic, CJK) go to every parser as before. */
const FOREIGN_DATE_WORD =
  /\b(?:janv|fevr|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec|januar|februar|maerz|juni|juli|okt|oktober|dez|dezember|ene|enero|febrero|marzo|abr|abril|mayo|junio|julio|ago|agosto|setiembre|septiembre|octubre|noviembre|dic|diciembre|janeiro|fevereiro|maio|junho|julho|set|setembro|out|outubro|novembro|dezembro|januari|februari|maart|mrt|mei|augustus|gen|gennaio|febbraio|aprile|mag|maggio|giu|giugno|lug|luglio|settembre|ottobre|dicembre|maj|augusti|janvier|avril|juillet|septembre|octobre|novembre|decembre|le|am|el|em|il|op|um|de|del|van)\b/iu;
const PLAIN_ASCII = /^[\x20-\x7e\t]*$/u;

function parsersFor(text: string): readonly { parse: typeof chrono.parse }[] {
  return PLAIN_ASCII.test(text) && !FOREIGN_DATE_WORD.test(text) ? DATE_PARSERS.slice(0, 1) : DATE_PARSERS;
}

/** Dates without a year are rejected anyway, so the reference only matters for relative words. */
const REFERENCE_DATE = new Date(Date.UTC(2000, 0, 1));

/** Prefixes of a date stamp line. */
const DATE_PREFIX =
  /^(?:published|updated|posted|last updated|last modified|first published|modified|date|released|issued|publié|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt)(?:\s+(?:on|at|le|am|el|em|il|op))?\s*[:|–—-]?\s*/iu;

function isoDate(component: chrono.ParsedComponents): string {
  const year = component.get('year') ?? 0;
  const month = component.get('month') ?? 1;
  const day = component.get('day') ?? 1;
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (component.isCertain('hour') && component.isCertain('timezoneOffset'))
    return component.date().toISOString();
  return date;
}

/** A line that is only a date stamp ("Published April 17, 2025 3:45 PM EDT", "17 April 2025"); returns the date as
 *  `YYYY-MM-DD` (or an ISO time when the time zone is stated). Dates without a stated year are not trusted. */
export function parseDateLine(line: string): string | undefined {
  const text = stripBullet(line);
  const words = wordsOf(text);
  if (words.length === 0 || words.length > DATE_LINE_MAX_WORDS) return undefined;
  if (isProse(text) && endsWithFullStop(text) && words.length > 6) return undefined;
  // A stated year is four digits; lines without one are not trusted dates and skip the (slow) parsers.
  if (!/(?<!\d)(?:1[89]|2\d)\d{2}(?!\d)/u.test(text)) return undefined;
  const withoutPrefix = text.replace(DATE_PREFIX, '');
  const meaningful = (value: string): number => value.replace(/[^\p{L}\p{N}]/gu, '').length;
  for (const parser of parsersFor(withoutPrefix)) {
    const results = parser.parse(withoutPrefix, REFERENCE_DATE);
    const first = results[0];
    if (first === undefined || !first.start.isCertain('year') || !first.start.isCertain('day')) continue;
    const covered = results.reduce((sum, result) => sum + meaningful(result.text), 0);
    if (covered / Math.max(1, meaningful(withoutPrefix)) < DATE_LINE_MIN_COVERAGE) continue;
    return isoDate(first.start);
  }
  return undefined;
}

export interface Slug {
  /** The metadata part, separators included, exactly as written: "Headline/ Outlet/ CITY/ Author/ Edition/". */
  readonly prefix: string;
  /** The text after the last metadata field (body text, kept). */
  readonly body: string;
  readonly headline?: string;
  readonly publisher?: string;
  readonly place?: string;
  readonly byline?: string;
  readonly edition?: string;
}

/** "Headline/ Outlet/ CITY/ Author/ Edition/ summary text…": several short "/ "-separated fields before body text.
 *  Fields are told apart by shape: the long one is the headline, all-caps is the place, a name shape with an
 *  initial (or after the place) is the author, an edition word ends the edition label, the rest is the publisher. */
export function parseSlug(line: string): Slug | undefined {
  const separator = /\/(?:\s+|$)/gu;
  const fields: { text: string; end: number }[] = [];
  let start = 0;
  for (let match = separator.exec(line); match !== null; match = separator.exec(line)) {
    fields.push({ text: line.slice(start, match.index).trim(), end: match.index + match[0].length });
    start = match.index + match[0].length;
  }
  if (fields.length < SLUG_MIN_FIELDS) return undefined;
  let short = 0;
  for (const field of fields) {
    const words = wordsOf(field.text);
    if (words.length === 0 || words.length > SLUG_FIELD_MAX_WORDS) return undefined;
    if (!/^[\p{Lu}\p{N}"“‘']/u.test(field.text) || endsWithFullStop(field.text)) return undefined;
    if (words.length <= SLUG_SHORT_FIELD_WORDS) short += 1;
  }
  if (short < SLUG_MIN_SHORT_FIELDS) return undefined;
  const last = fields[fields.length - 1];
  if (last === undefined) return undefined;

  let headline: string | undefined;
  let publisher: string | undefined;
  let place: string | undefined;
  let byline: string | undefined;
  let edition: string | undefined;
  for (const [index, { text }] of fields.entries()) {
    const words = wordsOf(text).length;
    if (headline === undefined && index === 0 && words > SLUG_SHORT_FIELD_WORDS) headline = text;
    else if (place === undefined && isAllCaps(text) && words <= SLUG_SHORT_FIELD_WORDS) place = text;
    else if (edition === undefined && EDITION_WORD.test(text)) edition = text;
    else if (byline === undefined && isPersonName(text) && (/\p{Lu}\./u.test(text) || place !== undefined)) {
      byline = text;
    } else if (publisher === undefined && words <= SLUG_SHORT_FIELD_WORDS && place === undefined)
      publisher = text;
    else if (byline === undefined && isPersonName(text)) byline = text;
  }
  return {
    prefix: line.slice(0, last.end).trim(),
    body: line.slice(last.end).trim(),
    ...(headline === undefined ? {} : { headline }),
    ...(publisher === undefined ? {} : { publisher }),
    ...(place === undefined ? {} : { place }),
    ...(byline === undefined ? {} : { byline }),
    ...(edition === undefined ? {} : { edition }),
  };
}

/** "© 2025 Outlet Name. All rights reserved." or "© Outlet Name 2025" → "Outlet Name". */
export function parseCopyrightHolder(line: string): string | undefined {
  const match =
    /^(?:©|\(c\)|copyright)\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?([^.,|]+?)\s*(?:,?\s*\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:[.,|]\s*all rights reserved.*|\.?)$/iu.exec(
      stripBullet(line),
    );
  const holder = match?.[1]?.trim();
  if (holder === undefined || holder === '') return undefined;
  const words = wordsOf(holder);
  if (words.length > 6 || !/^\p{Lu}/u.test(holder) || /^all rights/iu.test(holder)) return undefined;
  return holder;
}
