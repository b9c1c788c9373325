// The unlabelled news text the idf prior is counted from (scripts/build-idf.ts), and held-out priors for the
// evaluation: a set is scored with a prior that never saw its own text.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import {
  CLUSTER_DEFAULTS,
  countDocumentFrequencies,
  type IdfPrior,
  type StoryItem,
} from '../../src/stories/index.ts';
import { CLUSTERING_DIR, FNC_DIR, loadFncBodies, loadGoogleNews, loadUci } from './dataset.ts';

/** Terms in fewer documents are left out of the committed file: they read as unseen (rare) either way, and
 *  dropping them cuts the file from 27.2k to 14.6k terms (62 KB gzipped). */
export const NEWS_PRIOR_MIN_DF = 2;

export interface PriorSource {
  readonly key: 'uci' | 'fnc' | 'gn' | 'web';
  readonly description: string;
  readonly items: readonly StoryItem[];
}

const DATA_DIR = resolve(CLUSTERING_DIR, '..');
const groundTruthSchema = z.record(z.string(), z.object({ articleBody: z.string() }));

/** Documents of a token-per-line NER file (`-DOCSTART-` lines split them), tokens joined by spaces. */
function tokenFileDocuments(file: string, prefix: string): StoryItem[] {
  const documents: string[][] = [];
  for (const line of gunzipSync(readFileSync(file)).toString('utf8').split('\n')) {
    const token = line.split('\t')[0] ?? '';
    if (token === '-DOCSTART-' || documents.length === 0) documents.push([]);
    if (token !== '-DOCSTART-' && token !== '') documents[documents.length - 1]?.push(token);
  }
  return documents
    .filter((tokens) => tokens.length > 0)
    .map((tokens, index) => ({ id: `${prefix}-${index}`, text: tokens.join(' ') }));
}

/** Article bodies of the extraction benchmark and the open web-text NER training sets (English Web Treebank,
 *  Wikigold): general written English beside the news sets, whatever is present. */
function webDocuments(): StoryItem[] {
  const items: StoryItem[] = [];
  const groundTruth = resolve(DATA_DIR, 'extraction', 'dev', 'ground-truth.json');
  if (existsSync(groundTruth)) {
    const bodies = groundTruthSchema.parse(JSON.parse(readFileSync(groundTruth, 'utf8')));
    for (const [key, { articleBody }] of Object.entries(bodies))
      items.push({ id: `x-${key}`, text: articleBody });
  }
  for (const name of ['uner-en-ewt', 'wikigold']) {
    const file = resolve(DATA_DIR, 'ner', name, 'train.tsv.gz');
    if (existsSync(file)) items.push(...tokenFileDocuments(file, name));
  }
  return items;
}

/** FNC-1 bodies (labels unused) and UCI headlines (title only: no URL slug, no story label). */
export function newsPriorSources(): PriorSource[] {
  const sources: PriorSource[] = [
    {
      key: 'uci',
      description: 'UCI News Aggregator sample headlines, 10–12 March 2014',
      items: loadUci().items.map(({ item }) => ({
        id: item.id,
        ...(item.title === undefined ? {} : { title: item.title }),
      })),
    },
  ];
  sources.push({
    key: 'gn',
    description: 'GoogleNews (Yin & Wang) titles and snippets, lemmatised by its authors',
    items: loadGoogleNews('title-snippet').items.map(({ item }) => item),
  });
  sources.push({
    key: 'web',
    description: 'extraction benchmark article bodies, English Web Treebank and Wikigold training documents',
    items: webDocuments(),
  });
  if (existsSync(resolve(FNC_DIR, 'train_bodies.csv'))) {
    sources.push({
      key: 'fnc',
      description: 'FNC-1 train_bodies.csv article bodies',
      items: loadFncBodies().items.map(({ item }) => item),
    });
  }
  return sources;
}

/** Dev-set name (ClusteringDataset.name) → the prior source built from its own text. */
const OWN_SOURCE: Readonly<Record<string, PriorSource['key']>> = {
  'UCI headlines': 'uci',
  'FNC-1 bodies': 'fnc',
  'GoogleNews-TS': 'gn',
  'GoogleNews-T': 'gn',
};

/** A prior counted in memory from every source but the one the named dev set comes from. */
export function heldOutPrior(datasetName: string, sources: readonly PriorSource[]): IdfPrior {
  const own = OWN_SOURCE[datasetName];
  const counted = countDocumentFrequencies(
    sources.filter((source) => source.key !== own).flatMap((source) => source.items),
    CLUSTER_DEFAULTS,
  );
  // The same cut as the committed file, so held-out and shipped priors differ only in their text.
  const kept = [...counted.documentFrequency].filter(([, count]) => count >= NEWS_PRIOR_MIN_DF);
  return { documentCount: counted.documentCount, documentFrequency: new Map(kept) };
}
