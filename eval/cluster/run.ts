// `npm run eval:cluster`: story clustering on the dev sets (B-cubed P/R/F1, NMI, story counts) beside the naive
// single-pass TF-IDF peer at its best swept threshold. Each set is clustered with an idf prior counted without
// its own text (eval/cluster/idf-sources.ts), so the committed prior's view of the dev text cannot flatter it. `--gate` exits 1 when a set falls below its pinned floor
// (eval/cluster/baseline.json); `--update-baseline` pins floors at measured − margin, never lower unless
// `--allow-lower` is given too. A crash counts as a miss: the gate then fails.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { clusterDataset } from './cluster-dataset.ts';
import { datasetsAvailable, loadAll } from './dataset.ts';
import { heldOutPrior, newsPriorSources } from './idf-sources.ts';
import { naiveSweep } from './naive-baseline.ts';
import type { ClusteringScore } from './score.ts';

const BASELINE_FILE = join(dirname(fileURLToPath(import.meta.url)), 'baseline.json');
/** Floors sit this far below the measured score: headroom for harmless changes of tie order. */
const NOISE_MARGIN = 0.01;

const metricsSchema = z.object({ f1: z.number(), nmi: z.number() });
const baselineSchema = z.object({
  noiseMargin: z.number(),
  sets: z.record(z.string(), z.object({ measured: metricsSchema, floor: metricsSchema })),
});
type Baseline = z.infer<typeof baselineSchema>;

interface SetReport {
  readonly name: string;
  readonly ours: ClusteringScore | undefined;
  readonly error?: string;
  readonly itemsPerSecond: number;
  readonly naive: { threshold: number; score: ClusteringScore };
}

const f = (value: number): string => value.toFixed(3);

function readBaseline(): Baseline | undefined {
  try {
    return baselineSchema.parse(JSON.parse(readFileSync(BASELINE_FILE, 'utf8')));
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw new Error(`expected a valid ${BASELINE_FILE}, found a broken one — fix or delete it`, {
      cause: error,
    });
  }
}

function main(): void {
  const { values } = parseArgs({
    options: {
      gate: { type: 'boolean', default: false },
      'update-baseline': { type: 'boolean', default: false },
      'allow-lower': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  if (!datasetsAvailable()) {
    console.error('eval:cluster: dev data not found under ../shared/data/clustering; nothing measured');
    process.exitCode = 2;
    return;
  }
  const sources = newsPriorSources();
  const reports: SetReport[] = loadAll().map((dataset) => {
    const naive = naiveSweep(dataset).best;
    try {
      const run = clusterDataset(dataset, {}, { idfPrior: heldOutPrior(dataset.name, sources) });
      return {
        name: dataset.name,
        ours: run.score,
        itemsPerSecond: dataset.items.length / run.seconds,
        naive,
      };
    } catch (error) {
      return { name: dataset.name, ours: undefined, error: String(error), itemsPerSecond: 0, naive };
    }
  });

  if (values.json) {
    console.log(JSON.stringify(reports, null, 2));
  } else {
    console.log(
      'set              | ours  P     R     F1    NMI   stories (gold) items/s | naive F1    NMI   stories  θ',
    );
    for (const r of reports) {
      const ours =
        r.ours === undefined
          ? `CRASH ${r.error ?? ''}`
          : `${f(r.ours.precision)} ${f(r.ours.recall)} ${f(r.ours.f1)} ${f(r.ours.nmi)} ` +
            `${String(r.ours.predictedClusters).padStart(5)} (${r.ours.goldClusters}) ${r.itemsPerSecond.toFixed(0).padStart(7)}`;
      const naive = `${f(r.naive.score.f1)} ${f(r.naive.score.nmi)} ${String(r.naive.score.predictedClusters).padStart(7)}  ${r.naive.threshold}`;
      console.log(`${r.name.padEnd(16)} |      ${ours} |       ${naive}`);
    }
  }

  const baseline = readBaseline();
  if (values['update-baseline']) {
    const sets: Baseline['sets'] = {};
    for (const r of reports) {
      if (r.ours === undefined)
        throw new Error(`expected a score for ${r.name}, found a crash — fix it first`);
      const down = (value: number): number => Math.floor(value * 10_000) / 10_000;
      const floor = { f1: down(r.ours.f1 - NOISE_MARGIN), nmi: down(r.ours.nmi - NOISE_MARGIN) };
      const previous = baseline?.sets[r.name]?.floor;
      if (
        previous !== undefined &&
        !values['allow-lower'] &&
        (floor.f1 < previous.f1 || floor.nmi < previous.nmi)
      ) {
        console.error(
          `eval:cluster: ${r.name} would lower its floor; rerun with --allow-lower to do so on purpose`,
        );
        process.exitCode = 1;
        return;
      }
      sets[r.name] = { measured: { f1: down(r.ours.f1), nmi: down(r.ours.nmi) }, floor };
    }
    writeFileSync(BASELINE_FILE, `${JSON.stringify({ noiseMargin: NOISE_MARGIN, sets }, null, 2)}\n`);
    console.log(`eval:cluster: floors written to ${BASELINE_FILE}`);
  }

  if (values.gate) {
    if (baseline === undefined) {
      console.error(`eval:cluster: no ${BASELINE_FILE}; run with --update-baseline first`);
      process.exitCode = 1;
      return;
    }
    const failures: string[] = [];
    for (const [name, pinned] of Object.entries(baseline.sets)) {
      const r = reports.find((report) => report.name === name);
      if (r?.ours === undefined) failures.push(`${name}: no score (crash or missing set)`);
      else if (r.ours.f1 < pinned.floor.f1)
        failures.push(`${name}: F1 ${f(r.ours.f1)} < floor ${f(pinned.floor.f1)}`);
      else if (r.ours.nmi < pinned.floor.nmi)
        failures.push(`${name}: NMI ${f(r.ours.nmi)} < floor ${f(pinned.floor.nmi)}`);
    }
    for (const failure of failures) console.error(`eval:cluster gate: ${failure}`);
    if (failures.length > 0) process.exitCode = 1;
    else console.log('eval:cluster gate: every set at or above its floor');
  }
}

main();
