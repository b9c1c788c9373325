// Loads the extraction benchmark pages (gzipped HTML + ground truth) from ../shared/data for the eval and the bench.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The dev split, resolved from the repo root. */
export const EXTRACTION_DEV_DIR = resolve(repoRoot, '..', 'shared', 'data', 'extraction', 'dev');

const groundTruthSchema = z.record(z.string(), z.object({ articleBody: z.string(), url: z.string() }));

export interface BenchmarkPage {
  readonly id: string;
  readonly url: string;
  readonly html: string;
  readonly truth: string;
}

export function datasetAvailable(dir: string = EXTRACTION_DEV_DIR): boolean {
  return existsSync(join(dir, 'ground-truth.json'));
}

export function loadPages(dir: string = EXTRACTION_DEV_DIR): BenchmarkPage[] {
  const truth = groundTruthSchema.parse(JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')));
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.html.gz'))
    .sort();
  return files.map((name) => {
    const id = name.slice(0, -'.html.gz'.length);
    const entry = truth[id];
    if (entry === undefined)
      throw new Error(`expected ground truth for ${id} in ${dir}, found none — re-fetch the data`);
    return {
      id,
      url: entry.url,
      html: gunzipSync(readFileSync(join(dir, name))).toString('utf8'),
      truth: entry.articleBody,
    };
  });
}
