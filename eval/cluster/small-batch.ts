// `npx tsx eval/cluster/small-batch.ts [--grid '{"idfPriorWeight":[0,1000]}'] [--shuffles 24]`: the case users
// meet first — `analyze` on a handful of full articles. Reads the bundled example (one story), the Paris-talks
// sample (one story, when ../shared/corpus is present) and invented pieces that share words but not the event
// (test/fixtures/stories), clusters them in file order and in seeded shuffles, and reports B-cubed F1 and the
// share of orders that come out exactly right, with the join threshold moved by ±0.05 and ±0.1 to show margins.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { readArticles } from '../../src/pipeline/index.ts';
import {
  createStoryClusterer,
  CLUSTER_DEFAULTS,
  type ClusterOptions,
  type StoryItem,
} from '../../src/stories/index.ts';
import { scoreClustering } from './score.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURES = join(repoRoot, 'test', 'fixtures', 'stories');

/** Folders whose articles tell one story each, and folders whose every article is its own story. */
export const SMALL_BATCH_SOURCES = {
  stories: [
    join(repoRoot, 'examples', 'harbour-fire'),
    join(FIXTURES, 'tunnel-flood-reports'),
    resolve(repoRoot, '..', 'shared', 'corpus', 'paris-talks-2025-04'),
  ],
  singles: [join(FIXTURES, 'same-week-unrelated'), join(FIXTURES, 'same-kind-other-events')],
} as const;

export interface GoldItem {
  readonly item: StoryItem;
  readonly gold: string;
}

/** The articles of the small-batch set as the pipeline would read them, with gold story labels. */
export async function loadSmallBatch(): Promise<GoldItem[]> {
  const out: GoldItem[] = [];
  const read = async (dir: string, gold: (source: string) => string): Promise<void> => {
    const inputs = readdirSync(dir)
      .sort()
      .map((name) => join(dir, name));
    for await (const event of readArticles(inputs)) {
      if (event.kind !== 'article') continue;
      const a = event.article;
      const item: StoryItem = {
        id: a.id,
        text: a.text,
        ...(a.title === undefined ? {} : { title: a.title }),
        ...(a.publishedAt === undefined ? {} : { publishedAt: a.publishedAt }),
        ...(a.publisher === undefined ? {} : { publisher: a.publisher }),
        ...(a.url === undefined ? {} : { url: a.url }),
      };
      out.push({ item, gold: gold(a.source) });
    }
  };
  for (const dir of SMALL_BATCH_SOURCES.stories) if (existsSync(dir)) await read(dir, () => dir);
  for (const dir of SMALL_BATCH_SOURCES.singles) await read(dir, (source) => source);
  return out;
}

/** Deterministic shuffle (LCG), so every run measures the same orders. */
export function shuffledOrder<T>(values: readonly T[], seed: number): T[] {
  const out = [...values];
  let state = seed;
  for (let i = out.length - 1; i > 0; i -= 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = Math.floor((state / 2147483648) * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export interface SmallBatchScore {
  readonly meanF1: number;
  readonly minF1: number;
  /** Share of orders whose clustering equals the gold one. */
  readonly exact: number;
}

export function scoreSmallBatch(
  items: readonly GoldItem[],
  options: Partial<ClusterOptions>,
  shuffles: number,
): SmallBatchScore {
  const orders = [items, ...Array.from({ length: shuffles }, (_, k) => shuffledOrder(items, k + 1))];
  let sum = 0;
  let min = 1;
  let exact = 0;
  for (const order of orders) {
    const clusterer = createStoryClusterer(options);
    for (const { item } of order) clusterer.add(item);
    const score = scoreClustering(
      order.map(({ item }) => clusterer.storyOf(item.id) ?? item.id),
      order.map(({ gold }) => gold),
    );
    sum += score.f1;
    min = Math.min(min, score.f1);
    if (score.f1 === 1) exact += 1;
  }
  return { meanF1: sum / orders.length, minF1: min, exact: exact / orders.length };
}

const OFFSETS = [-0.1, -0.05, 0, 0.05, 0.1] as const;

function combinations(grid: Record<string, number[]>): Record<string, number>[] {
  let combos: Record<string, number>[] = [{}];
  for (const [key, values] of Object.entries(grid)) {
    combos = combos.flatMap((combo) => values.map((value) => ({ ...combo, [key]: value })));
  }
  return combos;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      grid: { type: 'string', default: '{}' },
      shuffles: { type: 'string', default: '24' },
    },
  });
  const grid = z.record(z.string(), z.array(z.number())).parse(JSON.parse(values.grid));
  const shuffles = z.coerce.number().int().nonnegative().parse(values.shuffles);
  const items = await loadSmallBatch();
  const stories = new Set(items.map(({ gold }) => gold)).size;
  console.log(`${items.length} articles, ${stories} gold stories, ${shuffles + 1} orders each`);
  console.log(
    ['options', ...OFFSETS.map((offset) => `join ${offset >= 0 ? '+' : ''}${offset} F1 / exact`)].join('\t'),
  );
  for (const combo of combinations(grid)) {
    const options = combo as Partial<ClusterOptions>;
    const cells = OFFSETS.map((offset) => {
      const join = (options.joinThreshold ?? CLUSTER_DEFAULTS.joinThreshold) + offset;
      const score = scoreSmallBatch(items, { ...options, joinThreshold: join }, shuffles);
      return `${score.meanF1.toFixed(3)} / ${score.exact.toFixed(2)}`;
    });
    console.log([JSON.stringify(combo), ...cells].join('\t'));
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  await main();
