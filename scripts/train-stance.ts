// Trains the stance model from FNC-1 and writes its weights, log and dev scores under models/stance.
//   npm run train:stance [-- --data ../shared/data/fnc1] [--out models/stance] [--only dev|full]
// stance-dev.json.gz is trained on 80% of Body IDs (DEV_SPLIT) and scored on the other 20%; stance.json.gz on all pairs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEV_SPLIT,
  readFncDataset,
  splitByBody,
  type LabelledPair,
} from '../src/crosscheck/stance/fnc-dataset.ts';
import { formatStanceScore, scoreStances } from '../src/crosscheck/stance/fnc-score.ts';
import { createStanceModel, trainStanceWeights, type TrainingPair } from '../src/crosscheck/stance/model.ts';
import {
  DISAGREE_TRAINING_WEIGHT,
  RELATEDNESS_GBDT,
  STANCE_GBDT,
} from '../src/crosscheck/stance/thresholds.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data/fnc1' },
    out: { type: 'string', default: 'models/stance' },
    only: { type: 'string' },
  },
});
const dataDir = values.data;
const outDir = values.out;
mkdirSync(outDir, { recursive: true });

const log: string[] = [];
const note = (line: string): void => {
  log.push(line);
  console.log(line);
};

const data = readFncDataset(dataDir);
const withBodies = (pairs: readonly LabelledPair[]): TrainingPair[] =>
  pairs.map((p) => ({ headline: p.headline, body: data.bodies.get(p.bodyId) ?? '', stance: p.stance }));
note(`data: ${dataDir} — ${data.bodies.size} bodies, ${data.pairs.length} labelled pairs`);
note(`relatedness stage: ${JSON.stringify(RELATEDNESS_GBDT)}`);
note(`stance stage: ${JSON.stringify(STANCE_GBDT)}, disagree pairs weighted ${DISAGREE_TRAINING_WEIGHT}`);

if (values.only !== 'full') {
  const split = splitByBody(data.pairs, DEV_SPLIT.trainShare, DEV_SPLIT.seed);
  const started = Date.now();
  const heldOut = [...split.devBodyIds].sort((a, b) => Number(a) - Number(b));
  const weights = trainStanceWeights(withBodies(split.train), {
    trainedOn: `FNC-1 train_stances.csv, ${split.train.length} pairs: Body IDs outside the ${heldOut.length} held out (split share ${DEV_SPLIT.trainShare}, seed ${DEV_SPLIT.seed})`,
    heldOutBodyIds: heldOut,
  });
  note(
    `dev weights: trained on ${split.train.length} pairs in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  writeFileSync(join(outDir, 'stance-dev.json.gz'), gzipSync(`${JSON.stringify(weights)}\n`, { level: 9 }));
  const model = createStanceModel(weights);
  const dev = withBodies(split.dev);
  const score = scoreStances(
    dev.map((p) => p.stance),
    dev.map((p) => model.predict(p.headline, p.body).stance),
  );
  note(formatStanceScore(`dev split (${dev.length} pairs on held-out bodies)`, score));
  writeFileSync(
    join(outDir, 'scores.json'),
    `${JSON.stringify(
      {
        weights: 'stance-dev.json.gz',
        split: { ...DEV_SPLIT, trainPairs: split.train.length, devPairs: dev.length },
        fncScore: score.score,
        fncMax: score.maxScore,
        relative: score.relative,
        accuracy: score.accuracy,
        macroF1: score.macroF1,
        perClassF1: Object.fromEntries(Object.entries(score.perClass).map(([k, v]) => [k, v.f1])),
        confusion: score.confusion,
      },
      null,
      2,
    )}\n`,
  );
}

if (values.only !== 'dev') {
  const started = Date.now();
  const weights = trainStanceWeights(withBodies(data.pairs), {
    trainedOn: `FNC-1 train_stances.csv, all ${data.pairs.length} pairs`,
  });
  note(
    `full weights: trained on ${data.pairs.length} pairs in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  writeFileSync(join(outDir, 'stance.json.gz'), gzipSync(`${JSON.stringify(weights)}\n`, { level: 9 }));
}

writeFileSync(join(outDir, 'training-log.txt'), `${log.join('\n')}\n`);
