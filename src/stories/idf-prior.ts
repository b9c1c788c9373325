// Background document frequencies of news words, so that a stream of a handful of articles does not weigh every
// word as equally rare: the clusterer blends them with the stream's own counts (`idfPriorWeight`). Built by
// `npx tsx scripts/build-idf.ts` from unlabelled news text; the committed file holds counts only.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { ConfigurationError } from '../core/index.ts';
import { itemTerms, type ItemReading } from './terms.ts';
import type { StoryItem } from './types.ts';

export interface IdfPrior {
  /** Documents the counts were taken from. */
  readonly documentCount: number;
  /** Term (as `itemTerms` produces it) → number of documents holding it. */
  readonly documentFrequency: ReadonlyMap<string, number>;
}

/** The committed prior, relative to this module (same depth under src/ and dist/). */
export const IDF_PRIOR_PATH = fileURLToPath(new URL('../../models/idf/news-df.json.gz', import.meta.url));

export const idfPriorFileSchema = z.object({
  format: z.literal('corroborate-idf/1'),
  /** Where the counts come from, in words. */
  source: z.string(),
  documentCount: z.number().int().positive(),
  /** Terms seen in fewer documents than this were left out (they read as unseen: rare). */
  minDocumentFrequency: z.number().int().positive(),
  /** Term → documents. Checked by one loop rather than a schema per entry: zod took ~25 ms of each start on the
   *  committed file's 30k terms. */
  terms: z.custom<Record<string, number>>(
    isCountTable,
    'expected terms as an object of positive integer document counts',
  ),
});

function isCountTable(value: unknown): value is Record<string, number> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const count of Object.values(value))
    if (!Number.isInteger(count) || (count as number) <= 0) return false;
  return true;
}

export type IdfPriorFile = z.infer<typeof idfPriorFileSchema>;

/** Document frequencies over items, each item read as the clusterer reads it. */
export function countDocumentFrequencies(items: Iterable<StoryItem>, reading: ItemReading): IdfPrior {
  const documentFrequency = new Map<string, number>();
  let documentCount = 0;
  for (const item of items) {
    const { counts } = itemTerms(item, reading);
    if (counts.size === 0) continue;
    documentCount += 1;
    for (const term of counts.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  return { documentCount, documentFrequency };
}

/** The file form of a prior: terms below `minDocumentFrequency` dropped, the rest sorted for stable diffs. */
export function idfPriorFile(prior: IdfPrior, source: string, minDocumentFrequency: number): IdfPriorFile {
  const kept = [...prior.documentFrequency]
    .filter(([, count]) => count >= minDocumentFrequency)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    format: 'corroborate-idf/1',
    source,
    documentCount: prior.documentCount,
    minDocumentFrequency,
    terms: Object.fromEntries(kept),
  };
}

/** Reads and checks a prior file: JSON, gzip-compressed when the name ends in `.gz`. */
export function readIdfPrior(path: string): IdfPrior {
  let json: unknown;
  try {
    const bytes = readFileSync(path);
    json = JSON.parse((path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8'));
  } catch (cause) {
    throw new ConfigurationError(
      `expected an idf prior (JSON) at ${path}, found none or unreadable — run npx tsx scripts/build-idf.ts`,
      { cause },
    );
  }
  const parsed = idfPriorFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new ConfigurationError(
      `expected an idf prior in format corroborate-idf/1 at ${path}, found another shape — run npx tsx scripts/build-idf.ts`,
      { cause: parsed.error },
    );
  }
  return {
    documentCount: parsed.data.documentCount,
    documentFrequency: new Map(Object.entries(parsed.data.terms)),
  };
}

let committed: IdfPrior | undefined;

/** The committed prior, read once per process. */
export function loadIdfPrior(): IdfPrior {
  committed ??= readIdfPrior(IDF_PRIOR_PATH);
  return committed;
}
