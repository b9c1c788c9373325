// Loads the story-clustering dev sets from ../shared/data/clustering as ordered item streams with gold story ids.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { StoryItem } from '../../src/stories/index.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const CLUSTERING_DIR = resolve(repoRoot, '..', 'shared', 'data', 'clustering');
export const UCI_FILE = resolve(CLUSTERING_DIR, 'uci-news-aggregator-sample', 'dev.csv.gz');
export const GOOGLENEWS_FILE = resolve(CLUSTERING_DIR, 'googlenews', 'dev.jsonl.gz');
export const FNC_DIR = resolve(repoRoot, '..', 'shared', 'data', 'fnc1');

export interface LabelledItem {
  readonly item: StoryItem;
  readonly gold: string;
}

export interface ClusteringDataset {
  readonly name: string;
  readonly items: readonly LabelledItem[];
}

export function datasetsAvailable(): boolean {
  return existsSync(UCI_FILE) && existsSync(GOOGLENEWS_FILE);
}

const uciRowSchema = z.object({
  ID: z.string(),
  TITLE: z.string(),
  URL: z.string(),
  PUBLISHER: z.string(),
  STORY: z.string(),
  TIMESTAMP: z.string().regex(/^\d+$/),
});

/** UCI News Aggregator headlines, in file order (sorted by TIMESTAMP), with times and publishers. */
export function loadUci(file: string = UCI_FILE): ClusteringDataset {
  const rows = z.array(uciRowSchema).parse(parse(gunzipSync(readFileSync(file)), { columns: true }));
  const items = rows.map((row) => ({
    item: {
      id: `uci-${row.ID}`,
      title: row.TITLE,
      publishedAt: new Date(Number(row.TIMESTAMP)).toISOString(),
      publisher: row.PUBLISHER,
      url: row.URL,
    },
    gold: row.STORY,
  }));
  return { name: 'UCI headlines', items };
}

const googleNewsSchema = z.object({
  id: z.number(),
  title: z.string(),
  snippet: z.string(),
  title_snippet: z.string(),
  cluster: z.number(),
});

/** GoogleNews (Yin & Wang), pre-lemmatised bags of words in file order, no dates.
 *  `title`: the headline alone (-T). `title-snippet`: headline as title and snippet as body (-TS). */
export function loadGoogleNews(
  variant: 'title' | 'title-snippet',
  file: string = GOOGLENEWS_FILE,
): ClusteringDataset {
  const lines = gunzipSync(readFileSync(file))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  const items = lines.map((line) => {
    const row = googleNewsSchema.parse(JSON.parse(line));
    const item: StoryItem =
      variant === 'title'
        ? { id: `gn-${row.id}`, title: row.title }
        : { id: `gn-${row.id}`, title: row.title, text: row.snippet };
    return { item, gold: String(row.cluster) };
  });
  return { name: variant === 'title' ? 'GoogleNews-T' : 'GoogleNews-TS', items };
}

const fncBodySchema = z.object({ 'Body ID': z.string(), articleBody: z.string() });
const fncStanceSchema = z.object({ Headline: z.string(), 'Body ID': z.string(), Stance: z.string() });

/** FNC-1 article bodies as a long-document set: bodies that agree with, disagree with or discuss the same
 *  headline (transitively) tell one story. No dates; shuffled with a fixed seed, since the file is ordered by id. */
export function loadFncBodies(dir: string = FNC_DIR): ClusteringDataset {
  const read = (name: string): unknown => parse(readFileSync(resolve(dir, name)), { columns: true });
  const bodies = z.array(fncBodySchema).parse(read('train_bodies.csv'));
  const stances = z.array(fncStanceSchema).parse(read('train_stances.csv'));
  const parent = new Map<string, string>();
  const find = (node: string): string => {
    let root = node;
    while ((parent.get(root) ?? root) !== root) root = parent.get(root) ?? root;
    parent.set(node, root);
    return root;
  };
  for (const stance of stances) {
    if (stance.Stance !== 'unrelated')
      parent.set(find(`h:${stance.Headline}`), find(`b:${stance['Body ID']}`));
  }
  const items: LabelledItem[] = bodies.map((body) => ({
    item: { id: `fnc-${body['Body ID']}`, text: body.articleBody },
    gold: find(`b:${body['Body ID']}`),
  }));
  let state = 11;
  for (let i = items.length - 1; i > 0; i -= 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = Math.floor((state / 2147483648) * (i + 1));
    [items[i], items[j]] = [items[j] as LabelledItem, items[i] as LabelledItem];
  }
  return { name: 'FNC-1 bodies', items };
}

export function loadAll(): ClusteringDataset[] {
  const sets = [loadUci(), loadGoogleNews('title-snippet'), loadGoogleNews('title')];
  return existsSync(resolve(FNC_DIR, 'train_bodies.csv')) ? [...sets, loadFncBodies()] : sets;
}
