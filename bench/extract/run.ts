// `npm run bench:extract [-- --passes N] [--peers linkedom,jsdom]`
// Times HTML → article text on the 91 dev pages for us and for Readability.js over linkedom and over jsdom, parse
// time included for all: one warm-up pass, then N timed passes; prints ms/page, pages/s and ratios to each peer.
import { parseArgs } from 'node:util';
import { extractHtml } from '../../src/extract/html/index.ts';
import {
  type BenchmarkPage,
  datasetAvailable,
  EXTRACTION_DEV_DIR,
  loadPages,
} from '../../eval/extract/dataset.ts';
import { type PeerName, peers } from '../../eval/extract/peers.ts';

interface Timing {
  readonly name: string;
  /** Median over passes of the mean milliseconds per page. */
  readonly msPerPage: number;
  readonly passes: readonly number[];
}

function timeSystem(
  name: string,
  pages: readonly BenchmarkPage[],
  extract: (page: BenchmarkPage) => string,
  passes: number,
): Timing {
  let sink = 0;
  for (const page of pages) sink += extract(page).length;
  const perPass: number[] = [];
  for (let pass = 0; pass < passes; pass++) {
    const start = performance.now();
    for (const page of pages) sink += extract(page).length;
    perPass.push((performance.now() - start) / pages.length);
  }
  if (sink < 0) console.log(sink);
  const sorted = [...perPass].sort((a, b) => a - b);
  return { name, msPerPage: sorted[Math.floor(sorted.length / 2)]!, passes: perPass };
}

function main(): number {
  const { values } = parseArgs({
    options: {
      passes: { type: 'string', default: '3' },
      peers: { type: 'string', default: 'linkedom,jsdom' },
    },
  });
  if (!datasetAvailable()) {
    console.error(
      `expected the extraction dev set at ${EXTRACTION_DEV_DIR}, found nothing — fetch ../shared/data`,
    );
    return 2;
  }
  const pages = loadPages();
  const passes = Math.max(1, Number(values.passes));
  const bytes = pages.reduce((sum, page) => sum + page.html.length, 0);
  console.log(
    `${pages.length} pages, ${(bytes / 1e6).toFixed(1)} M chars of HTML; 1 warm-up + ${passes} timed passes`,
  );

  const timings: Timing[] = [
    timeSystem(
      'corroborate',
      pages,
      (page) => extractHtml(page.html, { source: page.id }).value?.text ?? '',
      passes,
    ),
  ];
  for (const name of values.peers.split(',').filter((peer) => peer !== '' && peer !== 'none')) {
    const peer = peers[`readability-${name}` as PeerName];
    if (peer === undefined) {
      console.error(`expected a peer among linkedom, jsdom; found ${name}`);
      return 2;
    }
    timings.push(timeSystem(`readability-${name}`, pages, (page) => peer(page.html, page.url), passes));
  }

  const ours = timings[0]!;
  console.log(`${'system'.padEnd(22)} ms/page  pages/s  passes (ms/page)`);
  for (const timing of timings) {
    console.log(
      `${timing.name.padEnd(22)} ${timing.msPerPage.toFixed(2).padStart(7)}  ${(1000 / timing.msPerPage).toFixed(1).padStart(7)}  ${timing.passes.map((ms) => ms.toFixed(2)).join(' ')}`,
    );
  }
  for (const timing of timings.slice(1)) {
    console.log(`ratio corroborate / ${timing.name}: ${(ours.msPerPage / timing.msPerPage).toFixed(2)}`);
  }
  return 0;
}

process.exitCode = main();
