// Noun and verb lemmas from WordNet: a plural noun or an inflected verb folds to the dictionary form when
// WordNet knows that form as a noun (or verb). Exception lists first ("mice" → "mouse"), then suffix rules whose
// result must be a WordNet word of the right part of speech. The data is WordNet 3.1 as wink-lexicon ships it;
// its word and sense tables are read as text, because evaluating them as modules (77k property stores) took
// about 0.2 s of every CLI start, reading them about a third of that. The noun, verb and people-noun lists they give
// are cached (core/derived-cache.ts): in a profile of analyze, loading took ~20 ms from the cache, 75–110 ms
// parsing.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cachedText } from '../core/index.ts';

/** Lexicographer file numbers of WordNet senses: 3–28 are noun files, 29–43 verb files. */
const NOUN_FILES = { first: 3, last: 28 };
const VERB_FILES = { first: 29, last: 43 };
/** Lexicographer files of nouns that name people: noun.person, noun.group (`troop`, `firm`), and noun.location,
 *  whose words with a group sense are places (`city`, `capital`). */
const PERSON_FILE = 18;
const GROUP_FILE = 14;
const LOCATION_FILE = 15;

/** Suffix rules for plural nouns (ending → replacement), tried in order; the first whose result is a WordNet
 *  noun wins. A rule that leaves the length unchanged ("men" → "man") never applies, as in WordNet's morphy. */
const NOUN_RULES: readonly (readonly [string, string])[] = [
  ['s', ''],
  ['ses', 's'],
  ['xes', 'x'],
  ['zes', 's'],
  ['ves', 'f'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['men', 'man'],
  ['ies', 'y'],
];

/** `word` with `ending` replaced, or undefined when it does not end so or the length would not change. */
function replaceEnding(word: string, ending: string, replacement: string): string | undefined {
  if (!word.endsWith(ending) || ending.length === replacement.length) return undefined;
  return word.slice(0, word.length - ending.length) + replacement;
}

interface WordNet {
  readonly nouns: ReadonlySet<string>;
  readonly verbs: ReadonlySet<string>;
  readonly peopleNouns: ReadonlySet<string>;
  readonly nounExceptions: Readonly<Record<string, string>>;
  readonly verbExceptions: Readonly<Record<string, string>>;
}

type SenseTable = readonly (readonly number[])[];

/** The words of wn-words.js (`words.<word> = <index>;`, one a line) by index, or undefined when the file is
 *  not in that form. */
export function parseWordIndex(source: string): string[] | undefined {
  const words: string[] = [];
  const pieces = source.split('\nwords.');
  for (let piece = 1; piece < pieces.length; piece += 1) {
    const line = pieces[piece] ?? '';
    const equals = line.indexOf(' = ');
    const end = line.indexOf(';', equals);
    if (equals <= 0 || end < 0) return undefined;
    const position = Number(line.slice(equals + 3, end));
    if (!Number.isInteger(position) || words[position] !== undefined) return undefined;
    words[position] = line.slice(0, equals);
  }
  return words.length > 0 && words.length === pieces.length - 1 ? words : undefined;
}

/** The sense lists of wn-word-senses.js (`const s_3_26 = [ 3, 26 ];` … `const table = [ s_26, s_3_26, … ];`)
 *  by word index, or undefined when the file is not in that form. */
export function parseSenseTable(source: string): SenseTable | undefined {
  const open = /^const \w+ = \[$/m.exec(source);
  if (open === null) return undefined;
  const close = source.indexOf('];', open.index);
  if (close < 0) return undefined;
  const lists = new Map<string, number[]>();
  for (const match of source.slice(0, open.index).matchAll(/^const (s_[\d_]+) = \[ ([\d, ]+) \];$/gm))
    lists.set(match[1] ?? '', (match[2] ?? '').split(',').map(Number));
  const table: number[][] = [];
  for (const name of source.slice(open.index + open[0].length, close).split(',')) {
    const trimmed = name.trim();
    if (trimmed === '') continue;
    const list = lists.get(trimmed);
    if (list === undefined) return undefined;
    table.push(list);
  }
  return table;
}

function inFiles(senses: readonly number[] | undefined, files: { first: number; last: number }): boolean {
  return senses?.some((sense) => sense >= files.first && sense <= files.last) ?? false;
}

let wordNet: WordNet | undefined;

/** The noun, verb and people-noun lists of WordNet. */
interface WordLists {
  readonly nouns: string[];
  readonly verbs: string[];
  /** Nouns with a sense that names a person (`leader`, `official`) or a body of people that is not a place
   *  (`troop`, `firm`; not `city`). */
  readonly peopleNouns: string[];
}

/** Nouns and verbs of WordNet as read from wink-lexicon's tables, and the nouns that name people. */
export function wordNetWords(): WordLists {
  const require = createRequire(import.meta.url);
  const path = (name: string): string => require.resolve(`wink-lexicon/src/${name}`);
  let words = parseWordIndex(readFileSync(path('wn-words.js'), 'utf8'));
  let senses = parseSenseTable(readFileSync(path('wn-word-senses.js'), 'utf8'));
  if (words === undefined || senses === undefined || senses.length !== words.length) {
    // Another layout in a later wink-lexicon: evaluate the modules, slower but the same tables.
    const index = require(path('wn-words.js')) as Record<string, number>;
    words = [];
    for (const [word, position] of Object.entries(index)) words[position] = word;
    senses = require(path('wn-word-senses.js')) as SenseTable;
  }
  const nouns: string[] = [];
  const verbs: string[] = [];
  const peopleNouns: string[] = [];
  words.forEach((word, position) => {
    const own = senses[position];
    if (inFiles(own, NOUN_FILES)) nouns.push(word);
    if (inFiles(own, VERB_FILES)) verbs.push(word);
    const group = own?.includes(GROUP_FILE) === true && !own.includes(LOCATION_FILE);
    if (own?.includes(PERSON_FILE) === true || group) peopleNouns.push(word);
  });
  return { nouns, verbs, peopleNouns };
}

/** The noun, verb and people-noun lists, cached under a name that changes with the tables read (their sizes and
 *  modification times): a line with the three counts, then one word a line, nouns, verbs, then people nouns. */
function cachedWordNetWords(require: NodeRequire): WordLists {
  const stamp = ['wn-words.js', 'wn-word-senses.js']
    .map((name) => {
      const stat = statSync(require.resolve(`wink-lexicon/src/${name}`));
      return `${stat.size}-${Math.trunc(stat.mtimeMs)}`;
    })
    .join('-');
  const read = (text: string): WordLists | undefined => {
    const lines = text.split('\n');
    const [nouns = NaN, verbs = NaN, people = NaN] = (lines[0] ?? '').split(' ').map(Number);
    if (lines.length !== 1 + nouns + verbs + people) return undefined;
    return {
      nouns: lines.slice(1, 1 + nouns),
      verbs: lines.slice(1 + nouns, 1 + nouns + verbs),
      peopleNouns: lines.slice(1 + nouns + verbs),
    };
  };
  const text = cachedText(
    `wordnet-${LIST_FORMAT}-${stamp}.txt`,
    () => {
      const { nouns, verbs, peopleNouns } = wordNetWords();
      return [
        `${nouns.length} ${verbs.length} ${peopleNouns.length}`,
        ...nouns,
        ...verbs,
        ...peopleNouns,
      ].join('\n');
    },
    { isWhole: (cached) => read(cached) !== undefined },
  );
  return read(text) ?? wordNetWords();
}

/** Bumped when the cached lists change form. */
const LIST_FORMAT = 3;

function readWordNet(): WordNet {
  const require = createRequire(import.meta.url);
  const { nouns, verbs, peopleNouns } = cachedWordNetWords(require);
  return {
    nouns: new Set(nouns),
    verbs: new Set(verbs),
    peopleNouns: new Set(peopleNouns),
    nounExceptions: require(require.resolve('wink-lexicon/src/wn-noun-exceptions.js')) as Record<
      string,
      string
    >,
    verbExceptions: require(require.resolve('wink-lexicon/src/wn-verb-exceptions.js')) as Record<
      string,
      string
    >,
  };
}

function loadWordNet(): WordNet {
  wordNet ??= readWordNet();
  return wordNet;
}

/** Singular of a lower-cased noun ("troops" → "troop", "mice" → "mouse"); unknown words come back unchanged. */
export function nounLemma(word: string): string {
  const { nouns, nounExceptions } = loadWordNet();
  const exception = nounExceptions[word];
  if (exception !== undefined) return exception;
  for (const [ending, replacement] of NOUN_RULES) {
    const lemma = replaceEnding(word, ending, replacement);
    if (lemma !== undefined && nouns.has(lemma)) return lemma;
  }
  return word;
}

/** Whether a lower-cased noun, singular or plural, names people: `officials`, `leaders`, `troops`, `firms`; not
 *  `goods`, `attacks`, `cities`. */
export function namesPeople(word: string): boolean {
  const { peopleNouns } = loadWordNet();
  return peopleNouns.has(word) || peopleNouns.has(nounLemma(word));
}

/** Base form of a lower-cased verb ("killed" → "kill", "ran" → "run"); unknown words come back unchanged. */
export function verbLemma(word: string): string {
  const { verbs, verbExceptions } = loadWordNet();
  const exception = verbExceptions[word];
  if (exception !== undefined) return exception;
  for (const [ending, replacement] of [
    ['s', ''],
    ['ies', 'y'],
  ] as const) {
    const lemma = replaceEnding(word, ending, replacement);
    if (lemma !== undefined && verbs.has(lemma)) return lemma;
  }
  const ending = ['es', 'ed', 'ing'].find((candidate) => word.endsWith(candidate));
  if (ending !== undefined) {
    const stem = word.slice(0, word.length - ending.length);
    if (verbs.has(stem)) return stem;
    if (verbs.has(`${stem}e`)) return `${stem}e`;
  }
  return word;
}
