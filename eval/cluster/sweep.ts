// Sweeps clustering options over the dev sets and prints B-cubed F1 per set for each combination; the
// chosen values and the sweep that chose them are recorded in src/stories/thresholds.ts.
// Usage: npx tsx eval/cluster/sweep.ts --grid '{"joinThreshold":[0.15,0.2],"mergeThreshold":[0.3,0.4]}'
//        [--base '{"nameBonus":0}'] [--sets uci,gn-ts,gn-t,fnc] [--prior held-out|committed]
// The idf prior (idfPriorWeight > 0) is by default held out: each set gets one counted without its own text.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { ClusterOptions } from '../../src/stories/index.ts';
import { IDF_PRIOR_PATH, readIdfPrior, type IdfPrior } from '../../src/stories/index.ts';
import { clusterDataset } from './cluster-dataset.ts';
import { heldOutPrior, newsPriorSources } from './idf-sources.ts';
import {
  datasetsAvailable,
  loadFncBodies,
  loadGoogleNews,
  loadUci,
  type ClusteringDataset,
} from './dataset.ts';

const gridSchema = z.record(z.string(), z.array(z.number()));
const baseSchema = z.record(z.string(), z.number());

function combinations(grid: Record<string, number[]>): Record<string, number>[] {
  let combos: Record<string, number>[] = [{}];
  for (const [key, values] of Object.entries(grid)) {
    combos = combos.flatMap((combo) => values.map((value) => ({ ...combo, [key]: value })));
  }
  return combos;
}

const loaders: Record<string, () => ClusteringDataset> = {
  uci: () => loadUci(),
  'gn-ts': () => loadGoogleNews('title-snippet'),
  'gn-t': () => loadGoogleNews('title'),
  fnc: () => loadFncBodies(),
};

function main(): void {
  const { values } = parseArgs({
    options: {
      grid: { type: 'string', default: '{}' },
      base: { type: 'string', default: '{}' },
      sets: { type: 'string', default: 'uci,gn-ts,gn-t,fnc' },
      prior: { type: 'string', default: 'held-out' },
    },
  });
  if (!datasetsAvailable()) {
    console.error('clustering dev data not found under ../shared/data/clustering');
    process.exitCode = 1;
    return;
  }
  const grid = gridSchema.parse(JSON.parse(values.grid));
  const base = baseSchema.parse(JSON.parse(values.base));
  const sets = values.sets.split(',').map((name) => {
    const load = loaders[name];
    if (load === undefined)
      throw new Error(`expected a set among ${Object.keys(loaders).join(', ')}, found ${name}`);
    return load();
  });
  if (values.prior !== 'held-out' && values.prior !== 'committed')
    throw new Error(`expected --prior held-out or committed, found ${values.prior}`);
  const sources = values.prior === 'held-out' ? newsPriorSources() : [];
  const priors: IdfPrior[] = sets.map((set) =>
    values.prior === 'held-out' ? heldOutPrior(set.name, sources) : readIdfPrior(IDF_PRIOR_PATH),
  );
  console.log(['options', ...sets.map((set) => `${set.name} F1 (k)`), 'mean F1'].join('\t'));
  for (const combo of combinations(grid)) {
    const options = { ...base, ...combo } as Partial<ClusterOptions>;
    const scores = sets.map(
      (set, index) =>
        clusterDataset(set, options, { ...(priors[index] ? { idfPrior: priors[index] } : {}) }).score,
    );
    const mean = scores.reduce((sum, score) => sum + score.f1, 0) / scores.length;
    const cells = scores.map((score) => `${score.f1.toFixed(3)} (${score.predictedClusters})`);
    console.log([JSON.stringify(combo), ...cells, mean.toFixed(3)].join('\t'));
  }
}

main();
