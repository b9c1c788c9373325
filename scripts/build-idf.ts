// `npx tsx scripts/build-idf.ts [--exclude uci|fnc] [--out file]`: counts document frequencies of the words the
// story clusterer compares over unlabelled news text in ../shared/data — FNC-1 article bodies and UCI News
// Aggregator headlines — and writes models/idf/news-df.json.gz (counts only, no text). `--exclude` leaves one
// source out, for a held-out evaluation of the set built from it (eval/cluster does this in memory).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { newsPriorSources, NEWS_PRIOR_MIN_DF } from '../eval/cluster/idf-sources.ts';
import { datasetsAvailable } from '../eval/cluster/dataset.ts';
import { CLUSTER_DEFAULTS, countDocumentFrequencies, idfPriorFile } from '../src/stories/index.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_OUT = resolve(repoRoot, 'models', 'idf', 'news-df.json.gz');

function main(): void {
  const { values } = parseArgs({
    options: {
      exclude: { type: 'string' },
      out: { type: 'string', default: DEFAULT_OUT },
    },
  });
  if (!datasetsAvailable()) {
    console.error('build-idf: ../shared/data/clustering not found; nothing written');
    process.exitCode = 2;
    return;
  }
  const sources = newsPriorSources().filter((source) => source.key !== values.exclude);
  const prior = countDocumentFrequencies(
    sources.flatMap((source) => source.items),
    CLUSTER_DEFAULTS,
  );
  const description = sources.map((source) => `${source.description} (${source.items.length})`).join('; ');
  const file = idfPriorFile(prior, description, NEWS_PRIOR_MIN_DF);
  // Gzip with fixed settings and no timestamp in the JSON: two runs give byte-identical files.
  const bytes = gzipSync(`${JSON.stringify(file)}\n`, { level: 9 });
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, bytes);
  console.log(
    `build-idf: ${file.documentCount} documents, ${Object.keys(file.terms).length} terms with df ≥ ` +
      `${NEWS_PRIOR_MIN_DF}, ${(bytes.length / 1024).toFixed(0)} KB → ${values.out}`,
  );
}

main();
