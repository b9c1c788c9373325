// `npm run bench:cluster [-- --sizes 10000,100000,1000000]`: story clustering throughput and peak memory on
// streams synthesised from the UCI dev headlines: copy k of the set is shifted k weeks later with its ids and
// stories made distinct, so the time window retires each copy's stories and memory should stay flat. Each size
// runs in its own child process for a clean peak RSS. The naive single-pass TF-IDF peer (no window) runs in
// the same way up to `--peer-max` items and gives the speed ratio.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { naiveCluster } from '../../eval/cluster/naive-baseline.ts';
import { datasetsAvailable, loadUci, type LabelledItem } from '../../eval/cluster/dataset.ts';
import { createStoryClusterer, type StoryItem } from '../../src/stories/index.ts';

const WEEK_MS = 7 * 86_400_000;
const CHECKPOINTS = 4;

interface ChildReport {
  readonly engine: 'stories' | 'naive';
  readonly size: number;
  readonly seconds: number;
  readonly itemsPerSecond: number;
  readonly maxRssMb: number;
  /** Heap after each quarter of the stream, MB: flat when memory follows the window. */
  readonly heapMb: readonly number[];
  /** Microseconds per item in each quarter: flat when cost does not grow with the archive. */
  readonly microsPerItem: readonly number[];
  readonly activeStories?: number;
  readonly storiesRetired?: number;
}

function* stream(base: readonly LabelledItem[], size: number): Generator<StoryItem> {
  for (let i = 0; i < size; i += 1) {
    const copy = Math.floor(i / base.length);
    const source = base[i % base.length];
    if (source === undefined) return;
    const { item } = source;
    const time = Date.parse(item.publishedAt ?? '') + copy * WEEK_MS;
    yield { ...item, id: `${copy}-${item.id}`, publishedAt: new Date(time).toISOString() };
  }
}

function measureStories(size: number): ChildReport {
  const base = loadUci().items;
  const clusterer = createStoryClusterer();
  const heapMb: number[] = [];
  const microsPerItem: number[] = [];
  let storiesRetired = 0;
  let quarterStart = performance.now();
  const started = quarterStart;
  let count = 0;
  for (const item of stream(base, size)) {
    clusterer.add(item);
    count += 1;
    // The store would persist retired stories; the bench hands them over and forgets them.
    if (count % 1000 === 0) storiesRetired += clusterer.drainRetired().length;
    if (count % Math.ceil(size / CHECKPOINTS) === 0 || count === size) {
      const now = performance.now();
      microsPerItem.push(((now - quarterStart) * 1000) / Math.ceil(size / CHECKPOINTS));
      quarterStart = now;
      heapMb.push(process.memoryUsage().heapUsed / 2 ** 20);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    engine: 'stories',
    size,
    seconds,
    itemsPerSecond: size / seconds,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    heapMb,
    microsPerItem,
    activeStories: clusterer.size().activeStories,
    storiesRetired,
  };
}

function measureNaive(size: number): ChildReport {
  const base = loadUci().items;
  const items = [...stream(base, size)].map((item) => ({ item, gold: '' }));
  const started = performance.now();
  naiveCluster({ name: 'bench', items }, 0.05);
  const seconds = (performance.now() - started) / 1000;
  return {
    engine: 'naive',
    size,
    seconds,
    itemsPerSecond: size / seconds,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    heapMb: [process.memoryUsage().heapUsed / 2 ** 20],
    microsPerItem: [],
  };
}

function runChild(engine: 'stories' | 'naive', size: number): ChildReport | string {
  const self = fileURLToPath(import.meta.url);
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', self, '--child', engine, '--sizes', String(size)],
    { encoding: 'utf8', maxBuffer: 16 * 2 ** 20 },
  );
  if (result.status !== 0)
    return `child failed (${result.status ?? result.signal ?? '?'}): ${result.stderr.slice(-500)}`;
  return JSON.parse(result.stdout.trim().split('\n').pop() ?? '') as ChildReport;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10000,100000,1000000' },
      'peer-max': { type: 'string', default: '100000' },
      child: { type: 'string' },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  if (!datasetsAvailable()) {
    console.error('bench:cluster: ../shared/data/clustering not found; nothing to measure');
    process.exitCode = 2;
    return;
  }
  if (values.child !== undefined) {
    const size = sizes[0] ?? 0;
    console.log(JSON.stringify(values.child === 'naive' ? measureNaive(size) : measureStories(size)));
    return;
  }
  const peerMax = Number(values['peer-max']);
  console.log(
    'engine   items      s      items/s  peak RSS MB  heap MB per quarter        µs/item per quarter',
  );
  for (const size of sizes) {
    const reports = [runChild('stories', size), ...(size <= peerMax ? [runChild('naive', size)] : [])];
    for (const report of reports) {
      if (typeof report === 'string') {
        console.log(`${String(size).padEnd(10)} ${report}`);
        continue;
      }
      const quarters = (values: readonly number[]): string => values.map((v) => v.toFixed(1)).join(' / ');
      console.log(
        `${report.engine.padEnd(8)} ${String(size).padStart(7)} ${report.seconds.toFixed(1).padStart(6)} ` +
          `${report.itemsPerSecond.toFixed(0).padStart(8)} ${report.maxRssMb.toFixed(0).padStart(12)}  ` +
          `${quarters(report.heapMb).padEnd(26)} ${quarters(report.microsPerItem)}`,
      );
    }
    const [ours, peer] = reports;
    if (typeof ours === 'object' && typeof peer === 'object') {
      console.log(
        `         speed ratio stories / naive at ${size}: ${(ours.itemsPerSecond / peer.itemsPerSecond).toFixed(2)}`,
      );
    }
  }
}

main();
