// FNC-1 stance evaluation: the committed dev weights (trained on 80% of Body IDs) scored on the held-out 20%,
// beside the official baseline's method retrained here on the same split. `--gate` checks the pinned floor only.
//   npm run eval:stance [-- --gate] [--retrain] [--claim-split] [--data ../shared/data/fnc1]
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import {
  DEV_SPLIT,
  readFncDataset,
  splitByBody,
  splitByClaim,
  type LabelledPair,
} from '../../src/crosscheck/stance/fnc-dataset.ts';
import { formatStanceScore, scoreStances, type StanceScore } from '../../src/crosscheck/stance/fnc-score.ts';
import { readStanceWeights, STANCE_DEV_WEIGHTS_PATH } from '../../src/crosscheck/stance/index.ts';
import {
  createStanceModel,
  trainStanceWeights,
  type StanceWeights,
} from '../../src/crosscheck/stance/model.ts';
import type { StanceModel } from '../../src/crosscheck/stance/types.ts';
import { predictBaseline, trainBaseline } from './fnc-baseline.ts';

const BASELINE_FILE = new URL('./baseline.json', import.meta.url);
const baselineSchema = z.object({
  /** The gate fails below this FNC relative score on the dev split. */
  floor: z.number().min(0).max(1),
  measured: z.number().min(0).max(1),
  noiseMargin: z.number().min(0),
  weights: z.string(),
});

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data/fnc1' },
    gate: { type: 'boolean', default: false },
    retrain: { type: 'boolean', default: false },
    'claim-split': { type: 'boolean', default: false },
  },
});

function predictAll(model: StanceModel, pairs: readonly LabelledPair[], bodies: ReadonlyMap<string, string>) {
  return pairs.map((p) => model.predict(p.headline, bodies.get(p.bodyId) ?? '').stance);
}

function sameIds(a: readonly string[], b: ReadonlySet<string>): boolean {
  return a.length === b.size && a.every((id) => b.has(id));
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

function run(): number {
  if (!existsSync(values.data)) {
    console.error(
      `eval:stance: expected the FNC-1 folder at ${values.data}, found nothing — pass --data <dir>`,
    );
    return 2;
  }
  const data = readFncDataset(values.data);
  const split = splitByBody(data.pairs, DEV_SPLIT.trainShare, DEV_SPLIT.seed);
  const gold = split.dev.map((p) => p.stance);
  const withBodies = (pairs: readonly LabelledPair[]) =>
    pairs.map((p) => ({ ...p, body: data.bodies.get(p.bodyId) ?? '' }));

  let started = Date.now();
  let weights: StanceWeights;
  if (values.retrain) {
    weights = trainStanceWeights(withBodies(split.train), { trainedOn: 'in-process retraining' });
    console.log(`retrained the stance model on ${split.train.length} pairs in ${seconds(started)}`);
  } else {
    weights = readStanceWeights(STANCE_DEV_WEIGHTS_PATH);
    if (weights.heldOutBodyIds === undefined || !sameIds(weights.heldOutBodyIds, split.devBodyIds)) {
      console.error(
        `eval:stance: expected ${STANCE_DEV_WEIGHTS_PATH} to hold out the dev split's ${split.devBodyIds.size} Body IDs, found another split — run npm run train:stance`,
      );
      return 1;
    }
  }
  started = Date.now();
  const ours = scoreStances(gold, predictAll(createStanceModel(weights), split.dev, data.bodies));
  console.log(
    `dev split: ${split.train.length} training pairs, ${split.dev.length} held-out pairs on ${split.devBodyIds.size} unseen bodies`,
  );
  console.log(
    formatStanceScore(`corroborate (${values.retrain ? 'retrained' : 'committed stance-dev.json.gz'})`, ours),
  );
  console.log(`  scored in ${seconds(started)}`);

  const pinned = baselineSchema.parse(JSON.parse(readFileSync(BASELINE_FILE, 'utf8')));
  if (values.gate) {
    const pass = ours.relative >= pinned.floor;
    console.log(
      `gate: FNC relative ${(100 * ours.relative).toFixed(2)}% vs floor ${(100 * pinned.floor).toFixed(2)}% (measured ${(100 * pinned.measured).toFixed(2)}% − ${pinned.noiseMargin}) → ${pass ? 'pass' : 'FAIL'}`,
    );
    return pass ? 0 : 1;
  }

  started = Date.now();
  const baselineModel = trainBaseline(withBodies(split.train));
  const baseline = scoreStances(gold, predictBaseline(baselineModel, withBodies(split.dev)));
  console.log(formatStanceScore('FNC-1 baseline method (retrained here on the same split)', baseline));
  console.log(`  trained and scored in ${seconds(started)}`);
  report('dev split', ours, baseline);

  if (values['claim-split']) {
    const claims = splitByClaim(data.pairs, DEV_SPLIT.trainShare, DEV_SPLIT.seed);
    const claimGold = claims.dev.map((p) => p.stance);
    started = Date.now();
    const claimWeights = trainStanceWeights(withBodies(claims.train), { trainedOn: 'claim split' });
    const claimOurs = scoreStances(
      claimGold,
      predictAll(createStanceModel(claimWeights), claims.dev, data.bodies),
    );
    const claimBaseline = scoreStances(
      claimGold,
      predictBaseline(trainBaseline(withBodies(claims.train)), withBodies(claims.dev)),
    );
    console.log(
      `\nclaim split (held-out headlines and bodies, ${claims.dev.length} pairs; both retrained, ${seconds(started)}):`,
    );
    console.log(formatStanceScore('corroborate', claimOurs));
    console.log(formatStanceScore('FNC-1 baseline method', claimBaseline));
    report('claim split', claimOurs, claimBaseline);
  }
  return 0;
}

function report(name: string, ours: StanceScore, baseline: StanceScore): void {
  const pct = (x: number): string => `${(100 * x).toFixed(2)}%`;
  console.log(
    `${name}: corroborate ${pct(ours.relative)} vs baseline ${pct(baseline.relative)} FNC relative ` +
      `(${(ours.relative - baseline.relative >= 0 ? '+' : '') + (100 * (ours.relative - baseline.relative)).toFixed(2)} points); ` +
      `macro-F1 ${ours.macroF1.toFixed(4)} vs ${baseline.macroF1.toFixed(4)}`,
  );
}

process.exitCode = run();
