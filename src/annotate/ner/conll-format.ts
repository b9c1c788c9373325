// The one-token-per-line format NER data comes in: parses sentences, keeps document breaks, maps corpus tags.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { iob1ToIob2, splitTag } from './tags.ts';

export const DOCSTART = '-DOCSTART-';

/** One sentence block of a CoNLL-style file; `tags` holds the last column when the lines have two or more. */
export interface ConllSentence {
  readonly tokens: readonly string[];
  readonly tags: readonly string[];
  /** The block is the `-DOCSTART-` marker that opens a document. */
  readonly docstart: boolean;
}

export interface LabelledSentence {
  readonly tokens: readonly string[];
  /** IOB2 over PER/ORG/LOC/MISC. */
  readonly tags: readonly string[];
}

export type LabelledDocument = readonly LabelledSentence[];

/** Splits a line into columns: on TABs when it has one (the shared data), else on runs of spaces (CoNLL originals). */
function columnsOf(line: string): string[] {
  return line.includes('\t') ? line.split('\t') : line.trim().split(/\s+/);
}

/** Parses one-token-per-line text; blank lines end sentences, `-DOCSTART-` lines become their own block. */
export function parseConll(text: string): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (tokens.length > 0) sentences.push({ tokens, tags, docstart: false });
    tokens = [];
    tags = [];
  };
  for (const rawLine of text.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line.trim() === '') {
      flush();
      continue;
    }
    const columns = columnsOf(line);
    const token = columns[0] ?? '';
    if (token === DOCSTART) {
      flush();
      sentences.push({ tokens: [token], tags: ['O'], docstart: true });
      continue;
    }
    tokens.push(token);
    tags.push(columns.length > 1 ? (columns[columns.length - 1] ?? 'O') : 'O');
  }
  flush();
  return sentences;
}

/** Reads a file as UTF-8 text, gunzipping it when it starts with the gzip magic bytes. */
export function readMaybeGzip(path: string): string {
  const bytes = readFileSync(path);
  const gzipped = bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  return (gzipped ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** Corpus type names mapped onto PER/ORG/LOC/MISC; unknown types become `O`. */
export type TypeMap = Readonly<Record<string, 'PER' | 'ORG' | 'LOC' | 'MISC'>>;

export const IDENTITY_TYPES: TypeMap = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };

/** WNUT-17 types as the shared data README maps them. */
export const WNUT_TYPES: TypeMap = {
  person: 'PER',
  location: 'LOC',
  corporation: 'ORG',
  group: 'ORG',
  product: 'MISC',
  'creative-work': 'MISC',
};

/**
 * Maps a block's tags (IOB1 or IOB2) to IOB2 over PER/ORG/LOC/MISC. The IOB1 conversion is the identity on
 * well-formed IOB2 and repairs an `I-X` that opens a span the way conlleval reads it, so one path serves both.
 */
export function normalizeTags(tags: readonly string[], types: TypeMap): string[] {
  const mapped = tags.map((tag) => {
    const { prefix, label } = splitTag(tag);
    const type = prefix === 'O' ? undefined : types[label];
    return type === undefined ? 'O' : `${prefix}-${type}`;
  });
  return iob1ToIob2(mapped);
}

/** Groups labelled sentences into documents at `-DOCSTART-` markers (a file without markers is one document). */
export function toDocuments(sentences: readonly ConllSentence[], types: TypeMap): LabelledDocument[] {
  const documents: LabelledSentence[][] = [];
  let current: LabelledSentence[] = [];
  for (const sentence of sentences) {
    if (sentence.docstart) {
      if (current.length > 0) documents.push(current);
      current = [];
      continue;
    }
    current.push({ tokens: sentence.tokens, tags: normalizeTags(sentence.tags, types) });
  }
  if (current.length > 0) documents.push(current);
  return documents;
}
