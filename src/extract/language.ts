// Language of an article: what the page declares (html lang, content-language, og:locale, JSON-LD), else what
// franc-min reads in the text; always an ISO 639-1 code where one exists, `und` when unknown.
import { francAll } from 'franc-min';
import {
  DECLARED_LANGUAGE_MAX_RANK,
  LANGUAGE_SAMPLE_CHARS,
  PLAIN_ENGLISH_SHARE,
  MIN_CHARS_FOR_LANGUAGE_DETECTION,
  MIN_CHARS_TO_OVERRIDE_DECLARED_LANGUAGE,
} from './thresholds.ts';

/** ISO 639-3 (franc-min's output and some `lang` attributes) to ISO 639-1. */
// prettier-ignore
const ISO_639_3_TO_1: Readonly<Record<string, string>> = {
  amh: 'am', arb: 'ar', ara: 'ar', azj: 'az', aze: 'az', bel: 'be', ben: 'bn', bos: 'bs', bul: 'bg', ces: 'cs',
  ckb: 'ku', cmn: 'zh', zho: 'zh', deu: 'de', ell: 'el', eng: 'en', fra: 'fr', fuv: 'ff', guj: 'gu', hau: 'ha',
  hin: 'hi', hrv: 'hr', hun: 'hu', ibo: 'ig', ind: 'id', ita: 'it', jav: 'jv', jpn: 'ja', kan: 'kn', kaz: 'kk',
  kin: 'rw', kor: 'ko', lin: 'ln', mal: 'ml', mar: 'mr', mya: 'my', npi: 'ne', nep: 'ne', nld: 'nl', nya: 'ny',
  pan: 'pa', pbu: 'ps', pes: 'fa', fas: 'fa', plt: 'mg', pol: 'pl', por: 'pt', qug: 'qu', ron: 'ro', run: 'rn',
  rus: 'ru', sin: 'si', som: 'so', spa: 'es', srp: 'sr', sun: 'su', swe: 'sv', swh: 'sw', tam: 'ta', tel: 'te',
  tgl: 'tl', tha: 'th', tur: 'tr', ukr: 'uk', urd: 'ur', uzn: 'uz', vie: 'vi', yor: 'yo', zlm: 'ms', msa: 'ms',
  zul: 'zu', zyb: 'za', cat: 'ca', dan: 'da', fin: 'fi', heb: 'he', nob: 'nb', nor: 'no', slk: 'sk', slv: 'sl',
  est: 'et', lav: 'lv', lit: 'lt',
};

/** Declared tags that name no language. */
const NOT_A_LANGUAGE = new Set(['und', 'mul', 'zxx', 'mis', 'x', 'i']);

/** Normalises a declared tag (`en-US`, `en_GB`, `eng`, `EN`) to its primary ISO 639-1 subtag. */
export function normalizeLanguageTag(tag: string | undefined): string | undefined {
  if (tag === undefined) return undefined;
  const primary =
    tag
      .trim()
      .split(/[-_,;\s]/)[0]
      ?.toLowerCase() ?? '';
  if (!/^[a-z]{2,3}$/.test(primary) || NOT_A_LANGUAGE.has(primary)) return undefined;
  return primary.length === 3 ? (ISO_639_3_TO_1[primary] ?? primary) : primary;
}

/** Words English text spends about a fifth of its running words on, and other languages next to none of. */
const ENGLISH_FUNCTION_WORDS = new Set([
  'the',
  'of',
  'and',
  'to',
  'that',
  'for',
  'was',
  'with',
  'from',
  'his',
  'are',
  'has',
  'have',
  'said',
  'by',
  'it',
  'at',
  'as',
  'were',
  'this',
  'which',
  'been',
  'their',
  'they',
  'would',
  'will',
  'not',
]);

/** Whether the text's opening is plainly English (see `PLAIN_ENGLISH_SHARE`): franc-min is not needed. */
export function isPlainlyEnglish(text: string): boolean {
  const words =
    text
      .slice(0, LANGUAGE_SAMPLE_CHARS / 2)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  if (words.length < 30) return false;
  let functionWords = 0;
  for (const word of words) if (ENGLISH_FUNCTION_WORDS.has(word)) functionWords += 1;
  return functionWords / words.length >= PLAIN_ENGLISH_SHARE;
}

/** franc-min's ranking (ISO 639-3 → score, best first) of the text's opening, or undefined if too short. */
function scoreLanguages(text: string): Map<string, number> | undefined {
  if (text.length < MIN_CHARS_FOR_LANGUAGE_DETECTION) return undefined;
  const scores = francAll(text.slice(0, LANGUAGE_SAMPLE_CHARS), {
    minLength: MIN_CHARS_FOR_LANGUAGE_DETECTION,
  });
  if (scores[0]?.[0] === 'und') return undefined;
  return new Map(scores);
}

export function detectLanguage(text: string): string {
  if (isPlainlyEnglish(text)) return 'en';
  const scores = scoreLanguages(text);
  const best = scores === undefined ? undefined : [...scores.keys()][0];
  if (best === undefined) return 'und';
  return ISO_639_3_TO_1[best] ?? best;
}

function rankOf(scores: ReadonlyMap<string, number>, language: string): number | undefined {
  let rank = 0;
  for (const code of scores.keys()) {
    rank++;
    if ((ISO_639_3_TO_1[code] ?? code) === language) return rank;
  }
  return undefined;
}

/**
 * The first declared language that parses, unless a long text reads clearly as another language (a site-wide
 * `lang="de"` on an English article); detection on the text when nothing is declared. Languages franc-min does not
 * know are never overridden.
 */
export function chooseLanguage(declared: readonly (string | undefined)[], text: string): string {
  const tag = declared.map(normalizeLanguageTag).find((language) => language !== undefined);
  if (tag === undefined) return detectLanguage(text);
  if (text.length < MIN_CHARS_TO_OVERRIDE_DECLARED_LANGUAGE) return tag;
  if (tag === 'en' && isPlainlyEnglish(text)) return tag;
  const scores = scoreLanguages(text);
  if (scores === undefined) return tag;
  const rank = rankOf(scores, tag);
  if (rank === undefined || rank <= DECLARED_LANGUAGE_MAX_RANK) return tag;
  return detectLanguage(text);
}
