// Training-time only: unlabelled news text (FNC-1 article bodies, UCI news headlines) as tokenised sentences,
// the raw material for word classes and self-training. No labels are read; nothing here ships at run time.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { splitSentences, tokenizeText } from './tokenize.ts';

/** Where each source lives under the shared data folder (the parent of the NER data folder). */
export const UNLABELLED_SOURCES = {
  fncBodies: 'fnc1/train_bodies.csv',
  uciHeadlines: 'clustering/uci-news-aggregator-sample/dev.csv.gz',
} as const;

const bodyRowSchema = z.object({ articleBody: z.string() });
const headlineRowSchema = z.object({ TITLE: z.string() });

/** One article's sentences, each a token list. */
export type UnlabelledDocument = readonly (readonly string[])[];

export interface UnlabelledNews {
  /** Article bodies, each a document of sentences (document order is the file's). */
  readonly bodies: readonly UnlabelledDocument[];
  /** Headlines, one sentence each. */
  readonly headlines: readonly (readonly string[])[];
}

function readText(path: string): string {
  const bytes = readFileSync(path);
  return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
}

function rowsOf<T>(path: string, schema: z.ZodType<T>): T[] {
  const rows: unknown = parse(readText(path), { columns: true, skip_empty_lines: true, relax_quotes: true });
  return z.array(schema).parse(rows);
}

/** Sentences of a text as token strings, via the tagger's own tokeniser and sentence splitter. */
export function textSentences(text: string): string[][] {
  return splitSentences(text, tokenizeText(text)).map((sentence) => sentence.map((token) => token.text));
}

/**
 * Reads the unlabelled news under `sharedDataDir`; a missing source is skipped (its name is returned in
 * `missing`) so training still runs, with weaker word classes, where only the NER data is present.
 */
export function readUnlabelledNews(sharedDataDir: string): UnlabelledNews & { readonly missing: string[] } {
  const missing: string[] = [];
  const bodiesPath = join(sharedDataDir, UNLABELLED_SOURCES.fncBodies);
  const headlinesPath = join(sharedDataDir, UNLABELLED_SOURCES.uciHeadlines);
  let bodies: UnlabelledDocument[] = [];
  let headlines: string[][] = [];
  if (existsSync(bodiesPath)) {
    bodies = rowsOf(bodiesPath, bodyRowSchema).map((row) => textSentences(row.articleBody));
  } else missing.push(UNLABELLED_SOURCES.fncBodies);
  if (existsSync(headlinesPath)) {
    headlines = rowsOf(headlinesPath, headlineRowSchema)
      .map((row) => tokenizeText(row.TITLE).map((token) => token.text))
      .filter((tokens) => tokens.length > 0);
  } else missing.push(UNLABELLED_SOURCES.uciHeadlines);
  return { bodies, headlines, missing };
}
