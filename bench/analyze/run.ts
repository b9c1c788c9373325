// `npm run bench:analyze`: the main job (`analyze`: ingest → extract → cluster → entities, quotes, figures →
// claims → brief) on one 50-article story: first as a user runs it (`corroborate analyze story.jsonl`, a new
// process each time, start-up included), then in this process per stage. The story is the FNC-1 claim with the
// most related bodies (../shared/data/fnc1), written as a JSON-lines file; the target is under 2 s a run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildReport, renderReport } from '../../src/brief/index.ts';
import { readFncDataset } from '../../src/crosscheck/stance/fnc-dataset.ts';
import { ingestIntoStore, viewStoriesOf } from '../../src/pipeline/index.ts';
import { openSqliteStore } from '../../src/store/index.ts';

/** Milliseconds from process start to this line: node, tsx and every imported module loaded and evaluated (the
 *  imports above run before the module body). A CLI run pays about as much before its cold run. */
const STARTUP_MS = performance.now();

const ARTICLES = 50;
const RUNS = 3;
/** Process runs of the CLI; the median is reported. */
const CLI_RUNS = 5;
const CLI = resolve(import.meta.dirname, '../../bin/corroborate.js');
const FNC = resolve(import.meta.dirname, '../../../shared/data/fnc1');

function storyFile(): { path: string; headline: string; cleanup: () => void } {
  const data = readFncDataset(FNC);
  const related = new Map<string, Set<string>>();
  for (const pair of data.pairs) {
    if (pair.stance === 'unrelated') continue;
    const set = related.get(pair.headline) ?? new Set<string>();
    set.add(pair.bodyId);
    related.set(pair.headline, set);
  }
  const [headline, bodies] = [...related.entries()].sort((a, b) => b[1].size - a[1].size)[0] ?? [
    '',
    new Set(),
  ];
  // Bodies of the same claim under other headlines join until there are enough.
  const chosen = [...bodies];
  for (const [, others] of related) {
    if (chosen.length >= ARTICLES) break;
    if ([...others].some((id) => bodies.has(id)))
      for (const id of others) if (!chosen.includes(id)) chosen.push(id);
  }
  const lines = chosen.slice(0, ARTICLES).map((id, i) =>
    JSON.stringify({
      id: `fnc-${id}`,
      title: i === 0 ? headline : undefined,
      text: data.bodies.get(id) ?? '',
    }),
  );
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-'));
  const path = join(dir, 'story.jsonl');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return { path, headline, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

interface Timing {
  readonly ingestMs: number;
  readonly analyseMs: number;
  readonly renderMs: number;
  readonly totalMs: number;
  readonly stories: number;
  readonly largest: number;
  readonly claims: number;
}

async function analyzeOnce(path: string): Promise<Timing> {
  const start = performance.now();
  const store = openSqliteStore({ path: ':memory:' });
  try {
    const summary = await ingestIntoStore(store, [path]);
    const ingested = performance.now();
    const view = viewStoriesOf(store, summary.articleIds);
    const report = buildReport(view.articles, view.stories, [...summary.diagnostics, ...view.diagnostics]);
    const analysed = performance.now();
    renderReport(report, 'text');
    renderReport(report, 'json');
    const rendered = performance.now();
    return {
      ingestMs: ingested - start,
      analyseMs: analysed - ingested,
      renderMs: rendered - analysed,
      totalMs: rendered - start,
      stories: report.stories.length,
      largest: Math.max(0, ...report.stories.map((s) => s.articleIds.length)),
      claims: report.stories.reduce((n, s) => n + s.claims.length, 0),
    };
  } finally {
    store.close();
  }
}

/** Wall-clock milliseconds of one `corroborate analyze` process on the story (exit 1 is expected: one FNC-1
 *  body is empty and is reported as a bad input). */
function cliRun(path: string): number {
  const start = performance.now();
  const child = spawnSync(process.execPath, [CLI, 'analyze', path], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const elapsed = performance.now() - start;
  if (child.status !== 0 && child.status !== 1)
    throw new Error(`expected corroborate analyze to exit 0 or 1, found ${child.status}: ${child.stderr}`);
  return elapsed;
}

const file = storyFile();
try {
  const format = (t: Timing): string =>
    `total ${(t.totalMs / 1000).toFixed(2)} s (ingest+extract+cluster ${t.ingestMs.toFixed(0)} ms, entities+claims+brief ${t.analyseMs.toFixed(0)} ms, render ${t.renderMs.toFixed(0)} ms) · ${t.stories} story(ies), largest ${t.largest} articles, ${t.claims} claims`;
  console.log(`bench:analyze — ${ARTICLES} FNC-1 bodies about "${file.headline}"`);
  // The first process also bundles the sources when they changed since the last run (bin/bundle.js).
  const firstCli = cliRun(file.path);
  const cliRuns = Array.from({ length: CLI_RUNS }, () => cliRun(file.path)).sort((a, b) => a - b);
  const cliMedian = cliRuns[Math.floor(CLI_RUNS / 2)] ?? Number.NaN;
  console.log(
    `CLI, a new process per run: median ${(cliMedian / 1000).toFixed(2)} s of ${CLI_RUNS} (${cliRuns.map((ms) => (ms / 1000).toFixed(2)).join(', ')}); first run ${(firstCli / 1000).toFixed(2)} s (bundles the sources if they changed)`,
  );
  console.log(
    `in this process — startup (node, tsx, modules loaded before any run): ${STARTUP_MS.toFixed(0)} ms`,
  );
  const cold = await analyzeOnce(file.path);
  console.log(`cold (models loaded in this run): ${format(cold)}`);
  let best: Timing | undefined;
  for (let i = 0; i < RUNS; i += 1) {
    const t = await analyzeOnce(file.path);
    if (best === undefined || t.totalMs < best.totalMs) best = t;
  }
  if (best !== undefined) {
    console.log(`warm (best of ${RUNS}):           ${format(best)}`);
    console.log(
      `target < 2 s: CLI ${cliMedian < 2000 ? 'met' : 'MISSED'}, in-process cold ${cold.totalMs < 2000 ? 'met' : 'MISSED'}, warm ${best.totalMs < 2000 ? 'met' : 'MISSED'}`,
    );
  }
} finally {
  file.cleanup();
}
