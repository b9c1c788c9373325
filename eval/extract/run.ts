// `npm run eval:extract [-- --gate] [--peers linkedom,jsdom|none] [--halves] [--worst N]`
// Scores our HTML extraction on the dev pages beside Readability.js in the same process; `--gate` fails (exit 1)
// when F1 drops below the floor pinned in eval/baseline.json. A crash on a page counts as an empty prediction.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { extractHtml } from '../../src/extract/html/index.ts';
import { type BenchmarkPage, datasetAvailable, EXTRACTION_DEV_DIR, loadPages } from './dataset.ts';
import { type PeerName, peers } from './peers.ts';
import { type CorpusScore, type PageScore, scoreCorpus, scorePage } from './score.ts';

const baselinePath = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'baseline.json');
const baselineSchema = z.object({ extract: z.object({ f1: z.number() }) }).passthrough();

interface SystemRun {
  readonly name: string;
  readonly scores: readonly PageScore[];
  readonly crashes: readonly string[];
  readonly corpus: CorpusScore;
}

function ours(page: BenchmarkPage): string {
  const result = extractHtml(page.html, { source: page.id, url: page.url });
  return result.value?.text ?? '';
}

function runSystem(
  name: string,
  pages: readonly BenchmarkPage[],
  extract: (page: BenchmarkPage) => string,
): SystemRun {
  const crashes: string[] = [];
  const scores = pages.map((page) => {
    let predicted = '';
    try {
      predicted = extract(page);
    } catch (error) {
      crashes.push(`${page.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return scorePage(page.truth, predicted);
  });
  return { name, scores, crashes, corpus: scoreCorpus(scores) };
}

function row(name: string, corpus: CorpusScore, crashes: number): string {
  const f = (value: number): string => value.toFixed(4);
  return `${name.padEnd(22)} ${f(corpus.precision)}  ${f(corpus.recall)}  ${f(corpus.f1)}  ${f(corpus.accuracy)}  ${crashes}`;
}

function main(): number {
  const { values } = parseArgs({
    options: {
      gate: { type: 'boolean', default: false },
      peers: { type: 'string' },
      halves: { type: 'boolean', default: false },
      worst: { type: 'string', default: '0' },
    },
  });
  if (!datasetAvailable()) {
    console.error(
      `expected the extraction dev set at ${EXTRACTION_DEV_DIR}, found nothing — fetch ../shared/data`,
    );
    return 2;
  }
  const pages = loadPages();
  const peerList = (values.peers ?? (values.gate ? 'none' : 'linkedom,jsdom'))
    .split(',')
    .filter((name) => name !== 'none' && name !== '')
    .map((name) => `readability-${name}` as PeerName);

  const runs: SystemRun[] = [runSystem('corroborate', pages, ours)];
  for (const peer of peerList) {
    const extract = peers[peer];
    if (extract === undefined) {
      console.error(`expected a peer among linkedom, jsdom; found ${peer}`);
      return 2;
    }
    runs.push(runSystem(peer, pages, (page) => extract(page.html, page.url)));
  }

  console.log(`extraction dev set: ${pages.length} pages (${EXTRACTION_DEV_DIR})`);
  console.log(`${'system'.padEnd(22)} P       R       F1      accuracy crashes`);
  for (const run of runs) console.log(row(run.name, run.corpus, run.crashes.length));
  for (const run of runs) for (const crash of run.crashes) console.log(`  crash in ${run.name}: ${crash}`);

  if (values.halves) {
    const main = runs[0]!;
    for (const parity of [0, 1]) {
      const half = main.scores.filter((_, i) => i % 2 === parity);
      console.log(row(`corroborate half ${parity === 0 ? 'A' : 'B'}`, scoreCorpus(half), 0));
    }
  }

  const worst = Number(values.worst);
  if (worst > 0) {
    const main = runs[0]!;
    const ranked = pages
      .map((page, i) => ({ page, score: main.scores[i]! }))
      .sort((a, b) => a.score.precision * a.score.recall - b.score.precision * b.score.recall)
      .slice(0, worst);
    for (const { page, score } of ranked) {
      console.log(
        `  ${page.id.slice(0, 12)} P=${score.precision.toFixed(3)} R=${score.recall.toFixed(3)} ${page.url}`,
      );
    }
  }

  if (values.gate) {
    const baseline = baselineSchema.parse(JSON.parse(readFileSync(baselinePath, 'utf8')));
    const f1 = runs[0]!.corpus.f1;
    if (f1 < baseline.extract.f1) {
      console.error(
        `gate FAILED: extraction F1 ${f1.toFixed(4)} is below the floor ${baseline.extract.f1.toFixed(4)} in eval/baseline.json` +
          ` (${runs[0]!.crashes.length} page(s) crashed and scored as empty)`,
      );
      return 1;
    }
    console.log(`gate passed: F1 ${f1.toFixed(4)} ≥ floor ${baseline.extract.f1.toFixed(4)}`);
  }
  return 0;
}

process.exitCode = main();
