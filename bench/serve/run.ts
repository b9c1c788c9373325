// `npm run bench:serve [-- --articles 10000 --requests 200 --stories 60]`: latency of the web UI and the API
// over a synthetic store. Articles are generated from a seeded random generator (invented words, names,
// outlets and figures, each story with its own vocabulary) and stored through the real pipeline
// (addArticles + updateStories), so stories come from the clusterer. The server runs on a free loopback port
// and each route is requested sequentially over HTTP; p50/p95/p99 per route. The first view of a story
// analyses it and saves the analysis in the store (what `ingest` does for the stories it touches); it is
// timed apart, and the timed rounds read saved analyses. Target: p95 < 50 ms for the story page and
// /api/stories/:id.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { articleId, seededRandom } from '../../src/core/index.ts';
import type { Article } from '../../src/extract/index.ts';
import { createApp, startServer } from '../../src/http/index.ts';
import { updateStories } from '../../src/pipeline/index.ts';
import { openSqliteStore, type Store } from '../../src/store/index.ts';

const TARGET_P95_MS = 50;
const SEED = 20_260_301;

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    requests: { type: 'string', default: '200' },
    stories: { type: 'string', default: '60' },
  },
});
const ARTICLES = Number(values.articles);
const REQUESTS = Number(values.requests);
const SAMPLED_STORIES = Number(values.stories);

const random = seededRandom(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const between = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'tas',
  'vo',
  'dri',
  'sel',
  'mar',
  'quin',
  'ob',
  'ith',
  'uth',
  'bel',
];
function inventedWord(syllables: number): string {
  return Array.from({ length: syllables }, () => pick(SYLLABLES)).join('');
}
const capitalized = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

const VOCABULARY = Array.from({ length: 6000 }, () => inventedWord(between(3, 4)));
const FUNCTION_WORDS = [
  'the',
  'a',
  'of',
  'in',
  'on',
  'and',
  'to',
  'said',
  'was',
  'after',
  'near',
  'with',
  'by',
];
const ROLES = ['Minister', 'Chief Inspector', 'Mayor', 'Director', 'Spokesperson', 'Chair', 'Commissioner'];
const OUTLETS = Array.from(
  { length: 40 },
  () => `The ${capitalized(inventedWord(3))} ${pick(['Post', 'Times', 'Wire', 'Herald'])}`,
);
const HOUR_MS = 3_600_000;
/** Time between two stories' first articles: 10k articles (~3,500 stories) arrive over about 16 days, so
 *  stories go idle past the clusterer's 96-hour window and retire while the store is built, as in a real
 *  aggregator's archive. */
const STORY_SPACING_MS = 400_000;
const STORY_SPREAD_MS = 6 * HOUR_MS;
/** Articles per store batch: the pipeline's own ingest batch size. */
const BATCH = 100;

interface StoryPlan {
  readonly words: readonly string[];
  readonly people: readonly { name: string; role: string }[];
  readonly place: string;
  readonly figure: number;
  readonly day: number;
}

function planStory(index: number): StoryPlan {
  return {
    words: Array.from({ length: 12 }, () => pick(VOCABULARY)),
    people: Array.from({ length: 2 }, () => ({
      name: `${capitalized(inventedWord(3))} ${capitalized(inventedWord(3))}`,
      role: pick(ROLES),
    })),
    place: capitalized(inventedWord(3)),
    figure: between(2, 400),
    // A new story every STORY_SPACING_MS, in order, as a stream of news would be.
    day: Date.UTC(2024, 0, 1) + index * STORY_SPACING_MS,
  };
}

function sentence(plan: StoryPlan): string {
  const words = Array.from({ length: between(8, 16) }, () =>
    random() < 0.55 ? pick(plan.words) : random() < 0.6 ? pick(FUNCTION_WORDS) : pick(VOCABULARY),
  );
  return `${capitalized(words.join(' '))}.`;
}

function article(plan: StoryPlan, serial: number): Article {
  const person = pick(plan.people);
  const figure = random() < 0.8 ? plan.figure : plan.figure + between(1, 5);
  const published = new Date(plan.day + Math.floor(random() * STORY_SPREAD_MS));
  const sentences = [
    `${plan.place} — ${sentence(plan)}`,
    `${person.role} ${person.name} said ${figure} ${pick(plan.words)} ${pick(plan.words)} in ${plan.place} on ${published.toISOString().slice(0, 10)}.`,
    ...Array.from({ length: between(4, 10) }, () => sentence(plan)),
    `"${sentence(plan)}" ${person.name} said.`,
    `Report ${serial}.`,
  ];
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 3) paragraphs.push(sentences.slice(i, i + 3).join(' '));
  const text = paragraphs.join('\n\n');
  let offset = 0;
  const ranges = paragraphs.map((p) => {
    const range = { start: offset, end: offset + p.length };
    offset += p.length + 2;
    return range;
  });
  return {
    id: articleId(text),
    source: `synthetic/${serial}.txt`,
    title: capitalized(`${plan.words.slice(0, 5).join(' ')} in ${plan.place}`),
    publisher: pick(OUTLETS),
    publishedAt: published.toISOString(),
    lang: 'en',
    text,
    paragraphs: ranges,
    captions: [],
    removed: ['Share this', 'Subscribe'],
    method: 'text-lines',
  };
}

/** Story sizes are heavy-tailed like real news: most stories one or two articles, a few dozens. */
function storySize(): number {
  const u = random();
  return Math.min(60, Math.max(1, Math.floor(1 / (1 - u * 0.985) ** 0.9)));
}

function buildStore(path: string): Store {
  const store = openSqliteStore({ path });
  const started = performance.now();
  let serial = 0;
  let storyIndex = 0;
  let pending: Article[] = [];
  while (serial < ARTICLES) {
    const plan = planStory(storyIndex);
    storyIndex += 1;
    const size = Math.min(storySize(), ARTICLES - serial);
    for (let i = 0; i < size; i += 1) pending.push(article(plan, (serial += 1)));
    if (pending.length >= BATCH) {
      store.addArticles(pending);
      updateStories(store);
      pending = [];
    }
  }
  store.addArticles(pending);
  updateStories(store);
  console.log(
    `store: ${store.countArticles()} articles in ${store.countStories()} stories (${storyIndex} planned, ${
      store.unclusteredArticleIds().length
    } articles in none) built in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return store;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function time(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  const elapsed = performance.now() - started;
  if (response.status !== 200) throw new Error(`expected 200 from ${url}, found ${response.status}`);
  return elapsed;
}

interface RouteResult {
  readonly route: string;
  readonly samples: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
}

async function measure(route: string, urls: readonly string[]): Promise<RouteResult> {
  const samples: number[] = [];
  for (let i = 0; i < REQUESTS; i += 1) samples.push(await time(urls[i % urls.length] ?? ''));
  samples.sort((a, b) => a - b);
  return {
    route,
    samples: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
  };
}

/** Upper bounds of the story-size buckets sampled equally: single articles up to the largest stories. */
const SIZE_BUCKETS = [1, 3, 7, 15, Infinity];

/** Story ids spread over sizes: as many from each size bucket as it has, up to an equal share. */
function sampleStories(store: Store): { ids: string[]; sizes: number[] } {
  const all = store.listStories({ limit: store.countStories() });
  const share = Math.ceil(SAMPLED_STORIES / SIZE_BUCKETS.length);
  const ids: string[] = [];
  let lower = 0;
  for (const upper of SIZE_BUCKETS) {
    const bucket = all.filter((s) => s.articleIds.length > lower && s.articleIds.length <= upper);
    for (let i = bucket.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [bucket[i], bucket[j]] = [bucket[j] as (typeof bucket)[number], bucket[i] as (typeof bucket)[number]];
    }
    ids.push(...bucket.slice(0, share).map((s) => s.id));
    lower = upper;
  }
  const sizes = ids.map((id) => store.getStory(id)?.articleIds.length ?? 0);
  return { ids, sizes };
}

const scratch = mkdtempSync(join(tmpdir(), 'corroborate-bench-serve-'));
const store = buildStore(join(scratch, 'bench.db'));
const server = await startServer(createApp({ store }), { host: '127.0.0.1', port: 0 });
try {
  const { ids, sizes } = sampleStories(store);
  const sorted = [...sizes].sort((a, b) => a - b);
  console.log(
    `sampled ${ids.length} stories: sizes min ${sorted[0]} · median ${percentile(sorted, 50)} · max ${sorted[sorted.length - 1]}`,
  );
  const words = ['minister', 'said', ...VOCABULARY.slice(0, 40)];
  const routes: [string, string[]][] = [
    ['/', ['/', '/?page=2', '/?page=10']],
    ['/stories/:id', ids.map((id) => `/stories/${id}`)],
    ['/api/stories/:id', ids.map((id) => `/api/stories/${id}`)],
    ['/api/search?q=', words.map((w) => `/api/search?q=${encodeURIComponent(w)}`)],
  ];
  // The first view of each sampled story analyses it (models load on the first one) and saves the analysis.
  const firstViews: number[] = [];
  for (const id of ids) firstViews.push(await time(`${server.url}/stories/${id}`));
  const firstSorted = firstViews.slice(1).sort((a, b) => a - b);
  console.log(
    `first view of a story (analysed and saved; ${firstSorted.length} stories after the one that loads the models): ` +
      `p50 ${percentile(firstSorted, 50).toFixed(1)} ms · p95 ${percentile(firstSorted, 95).toFixed(1)} ms · ` +
      `max ${firstSorted[firstSorted.length - 1]?.toFixed(1)} ms (model loading: ${firstViews[0]?.toFixed(0)} ms)`,
  );
  // Warm: every URL once more before timing.
  for (const [, paths] of routes) for (const path of paths) await time(`${server.url}${path}`);
  console.log(`\nroute               requests   p50 ms   p95 ms   p99 ms`);
  for (const [route, paths] of routes) {
    const result = await measure(
      route,
      paths.map((p) => `${server.url}${p}`),
    );
    const target = route === '/stories/:id' || route === '/api/stories/:id';
    console.log(
      `${result.route.padEnd(20)}${String(result.samples).padStart(8)}${result.p50.toFixed(1).padStart(9)}${result.p95
        .toFixed(1)
        .padStart(9)}${result.p99.toFixed(1).padStart(9)}${
        target ? `   target p95 < ${TARGET_P95_MS} ms: ${result.p95 < TARGET_P95_MS ? 'met' : 'MISSED'}` : ''
      }`,
    );
  }
} finally {
  await server.close();
  store.close();
  rmSync(scratch, { recursive: true, force: true });
}
