// Training of the NER tagger from the shared corpora: resources, augmentation, both perceptron passes.
// Deterministic: corpora in a fixed order, seeded shuffles, no clock or environment input.
import { join } from 'node:path';
import { buildGazetteerLists, buildPartOfSpeechLexicon } from './build-gazetteer.ts';
import {
  IDENTITY_TYPES,
  parseConll,
  readMaybeGzip,
  toDocuments,
  WNUT_TYPES,
  type LabelledDocument,
  type LabelledSentence,
  type TypeMap,
} from './conll-format.ts';
import { FeatureTable } from './feature-table.ts';
import {
  sentenceFeatures,
  withHintFeatures,
  type FeatureResources,
  type SentenceFeatures,
  type WordClass,
} from './features.ts';
import { Gazetteer, type GazetteerLists } from './gazetteer.ts';
import { seededRandom } from '../../core/index.ts';
import { trainPerceptron, type PerceptronWeights, type TrainingExample } from './perceptron.ts';
import {
  documentHints,
  encodeFeatures,
  tagDocument,
  tagDocumentWithMargins,
  type LinearModel,
  type TaggerModel,
} from './tagger.ts';
import { NER_TAGS } from './tags.ts';
import { scoreSpans, type SpanScore } from './score.ts';
import {
  caseHabits,
  distributionalClusters,
  mergeWordClasses,
  type ClusterSettings,
} from './word-classes.ts';

export interface CorpusSpec {
  readonly name: string;
  /** Path relative to the data folder. */
  readonly file: string;
  readonly types: TypeMap;
  /** The file marks documents with `-DOCSTART-`; otherwise each sentence is its own document. */
  readonly documents: boolean;
  /** The corpus leaves nationalities untagged; tag capitalised demonyms MISC as CoNLL and wikigold do. */
  readonly demonymsAsMisc?: boolean;
}

export const TRAINING_CORPORA: readonly CorpusSpec[] = [
  {
    name: 'uner-en-ewt',
    file: 'uner-en-ewt/train.tsv.gz',
    types: IDENTITY_TYPES,
    documents: true,
    demonymsAsMisc: true,
  },
  { name: 'wikigold', file: 'wikigold/train.tsv.gz', types: IDENTITY_TYPES, documents: true },
  { name: 'wnut17', file: 'wnut17/train.tsv.gz', types: WNUT_TYPES, documents: false, demonymsAsMisc: true },
];

export function loadCorpus(dataDir: string, spec: CorpusSpec, gazetteer?: Gazetteer): LabelledDocument[] {
  const parsed = toDocuments(parseConll(readMaybeGzip(join(dataDir, spec.file))), spec.types);
  const documents = spec.documents
    ? parsed
    : parsed.flatMap((document) => document.map((sentence) => [sentence]));
  return spec.demonymsAsMisc === true && gazetteer !== undefined
    ? tagDemonymsAsMisc(documents, gazetteer)
    : documents;
}

export interface TrainingSettings {
  readonly epochs: number;
  readonly seed: number;
  /** Share of training sentences also given as an all-capitals copy (headline practice). */
  readonly upperCopyShare: number;
  /** Features seen fewer times than this in training are dropped. */
  readonly minFeatureCount: number;
  /** Folds for the first-pass predictions the second pass trains on; 0 trains no second pass. */
  readonly hintFolds: number;
  /** Share of unlabelled news sentences, the most confidently tagged first, added as silver training data
   *  for a second round of training (self-training); 0 trains one round on the labelled data only. */
  readonly silverShare: number;
  /** Perceptrons trained per pass with successive seeds and averaged: less dependence on shuffle order. */
  readonly ensemble: number;
}

export interface TrainingInput {
  readonly documents: readonly LabelledDocument[];
  /** Unlabelled news documents (sentences of tokens) for self-training; empty skips it. */
  readonly unlabelledDocuments?: readonly (readonly (readonly string[])[])[];
  readonly gazetteer: GazetteerLists;
  readonly wordClasses: ReadonlyMap<string, WordClass>;
}

/** Word classes from the text of the training sentences (labels unused) plus any unlabelled sentences, and
 *  the pretrained-vector clusters (word → `id.id.id`, see embedding-classes.ts) when given. */
export function buildWordClasses(
  documents: readonly LabelledDocument[],
  clusterSettings?: ClusterSettings,
  unlabelled: readonly (readonly string[])[] = [],
  embeddings: ReadonlyMap<string, string> = new Map(),
): Map<string, WordClass> {
  const sentences = [
    ...documents.flatMap((document) => document.map((sentence) => sentence.tokens)),
    ...unlabelled,
  ];
  const clusters =
    clusterSettings === undefined
      ? new Map<string, string>()
      : distributionalClusters(sentences, clusterSettings);
  return mergeWordClasses(caseHabits(sentences), buildPartOfSpeechLexicon(), clusters, embeddings);
}

/** The training corpora (silver demonym MISC added where a corpus lacks it) and the resources built from them. */
export function prepareTraining(
  dataDir: string,
  corpora: readonly CorpusSpec[],
  clusterSettings?: ClusterSettings,
  unlabelled: readonly (readonly string[])[] = [],
  embeddings: ReadonlyMap<string, string> = new Map(),
): TrainingInput {
  const gazetteer = buildGazetteerLists();
  const lookup = new Gazetteer(gazetteer);
  const documents = corpora.flatMap((spec) => loadCorpus(dataDir, spec, lookup));
  return {
    documents,
    gazetteer,
    wordClasses: buildWordClasses(documents, clusterSettings, unlabelled, embeddings),
  };
}

/**
 * Silver MISC labels: a capitalised token outside any entity whose lower-case form (or its singular) is a
 * listed demonym (`French`, `Americans`) becomes `B-MISC`, the tag CoNLL and wikigold give nationalities.
 */
export function tagDemonymsAsMisc(
  documents: readonly LabelledDocument[],
  gazetteer: Gazetteer,
): LabelledDocument[] {
  const isDemonym = (token: string): boolean => {
    if (!/^\p{Lu}/u.test(token)) return false;
    const lower = token.toLowerCase();
    return (
      gazetteer.has(lower, 'demonym') || (lower.endsWith('s') && gazetteer.has(lower.slice(0, -1), 'demonym'))
    );
  };
  return documents.map((document) =>
    document.map((sentence) => ({
      tokens: sentence.tokens,
      tags: sentence.tags.map((tag, index) =>
        tag === 'O' && isDemonym(sentence.tokens[index] ?? '') ? 'B-MISC' : tag,
      ),
    })),
  );
}

/** Adds an all-capitals copy of some sentences at the head of their document, as a headline would be. */
export function withUpperCopies(
  documents: readonly LabelledDocument[],
  share: number,
  seed: number,
): LabelledDocument[] {
  const random = seededRandom(seed);
  return documents.map((document) => {
    const copies: LabelledSentence[] = [];
    for (const sentence of document) {
      if (random() < share)
        copies.push({ tokens: sentence.tokens.map((t) => t.toUpperCase()), tags: sentence.tags });
    }
    return [...copies, ...document];
  });
}

const LABEL_INDEX = new Map<string, number>(NER_TAGS.map((tag, index) => [tag, index]));

/** Keys seen at least `minCount` times, in first-seen order (deterministic for a fixed input order). */
function indexFeatures(all: readonly SentenceFeatures[], minCount: number): FeatureTable {
  const counts = new Map<number, number>();
  for (const sentence of all) for (const key of sentence.keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const kept: number[] = [];
  for (const [key, count] of counts) if (count >= minCount) kept.push(key);
  return new FeatureTable(Uint32Array.from(kept));
}

/** The mean of several weight sets over the same feature table (runs differing only in shuffle order). */
function averageWeights(runs: readonly PerceptronWeights[]): PerceptronWeights {
  const [first] = runs;
  if (first === undefined)
    throw new Error('expected at least one perceptron run, found none — set ensemble ≥ 1');
  if (runs.length === 1) return first;
  const mean = (pick: (weights: PerceptronWeights) => Float32Array): Float32Array => {
    const out = new Float32Array(pick(first).length);
    for (const run of runs) {
      const values = pick(run);
      for (let i = 0; i < out.length; i += 1) out[i] = (out[i] ?? 0) + (values[i] ?? 0) / runs.length;
    }
    return out;
  };
  return { emission: mean((weights) => weights.emission), transition: mean((weights) => weights.transition) };
}

function trainLinear(
  features: readonly SentenceFeatures[],
  sentences: readonly LabelledSentence[],
  settings: TrainingSettings,
  log: (line: string) => void,
  label: string,
): LinearModel {
  const table = indexFeatures(features, settings.minFeatureCount);
  const examples: TrainingExample[] = sentences.map((sentence, index) => ({
    sentence: encodeFeatures(
      table,
      features[index] ?? { keys: new Uint32Array(0), offsets: new Int32Array(1) },
    ),
    labels: Int32Array.from(sentence.tags, (tag) => LABEL_INDEX.get(tag) ?? 0),
  }));
  log(`${label}: ${sentences.length} sentences, ${table.size} features`);
  const runs: PerceptronWeights[] = [];
  for (let run = 0; run < settings.ensemble; run += 1) {
    const name = settings.ensemble > 1 ? `${label} (run ${run + 1}/${settings.ensemble})` : label;
    runs.push(
      trainPerceptron(examples, {
        featureCount: table.size,
        epochs: settings.epochs,
        seed: settings.seed + run,
        onEpoch: (epoch, _weights, mistakes) => log(`${name}: epoch ${epoch}, ${mistakes} sentences wrong`),
      }),
    );
  }
  return { table, weights: averageWeights(runs) };
}

/**
 * Silver documents from unlabelled ones: every sentence tagged by `model`, then only the `share` most
 * confident sentences kept (ranked by their least confident token's margin), in document order.
 */
export function silverDocuments(
  model: TaggerModel,
  unlabelled: readonly (readonly (readonly string[])[])[],
  share: number,
): LabelledDocument[] {
  const tagged = unlabelled.map((document) => ({ document, ...tagDocumentWithMargins(model, document) }));
  const margins = tagged.flatMap((entry) => entry.margins).sort((a, b) => b - a);
  const keep = Math.floor(margins.length * share);
  if (keep === 0) return [];
  const cutoff = margins[keep - 1] ?? Infinity;
  return tagged
    .map(({ document, tags, margins: own }) =>
      document.flatMap((tokens, s) =>
        (own[s] ?? -Infinity) >= cutoff ? [{ tokens, tags: tags[s] ?? tokens.map(() => 'O') }] : [],
      ),
    )
    .filter((document) => document.length > 0);
}

/** Trains the tagger on the labelled documents, then, with unlabelled news and `silverShare` > 0, again on
 *  the labelled documents plus the news sentences the first model tagged most confidently. */
export function trainTagger(
  input: TrainingInput,
  settings: TrainingSettings,
  log: (line: string) => void,
): TaggerModel {
  const resources: FeatureResources = {
    gazetteer: new Gazetteer(input.gazetteer),
    wordClasses: input.wordClasses,
  };
  const model = trainPasses(input.documents, resources, settings, log, '');
  const unlabelled = input.unlabelledDocuments ?? [];
  if (settings.silverShare <= 0 || unlabelled.length === 0) return model;
  const silver = silverDocuments(model, unlabelled, settings.silverShare);
  log(
    `self-training: ${silver.reduce((sum, document) => sum + document.length, 0)} silver sentences ` +
      `from ${silver.length} news documents`,
  );
  return trainPasses([...input.documents, ...silver], resources, settings, log, 'round 2 ');
}

/** First pass on everything, then (with `hintFolds` > 1) the document-hint second pass on first-pass
 *  predictions made by models that did not see the document (k-fold by document). */
function trainPasses(
  labelled: readonly LabelledDocument[],
  resources: FeatureResources,
  settings: TrainingSettings,
  log: (line: string) => void,
  round: string,
): TaggerModel {
  const documents = withUpperCopies(labelled, settings.upperCopyShare, settings.seed);
  const sentences = documents.flat();
  const features = sentences.map((sentence) => sentenceFeatures(sentence.tokens, resources));
  const firstPass = trainLinear(features, sentences, settings, log, `${round}first pass`);
  if (settings.hintFolds < 2) return { resources, firstPass };
  const offsets: number[] = [];
  let offset = 0;
  for (const document of documents) {
    offsets.push(offset);
    offset += document.length;
  }
  const predicted: string[][] = sentences.map((sentence) => sentence.tags.map(() => 'O'));
  for (let fold = 0; fold < settings.hintFolds; fold += 1) {
    const inFold = (index: number): boolean => index % settings.hintFolds === fold;
    const trainSentences: LabelledSentence[] = [];
    const trainFeatures: SentenceFeatures[] = [];
    documents.forEach((document, d) => {
      if (inFold(d)) return;
      document.forEach((sentence, s) => {
        const own = features[(offsets[d] ?? 0) + s];
        if (own === undefined) return;
        trainSentences.push(sentence);
        trainFeatures.push(own);
      });
    });
    const foldModel: TaggerModel = {
      resources,
      firstPass: trainLinear(
        trainFeatures,
        trainSentences,
        settings,
        log,
        `${round}fold ${fold + 1}/${settings.hintFolds}`,
      ),
    };
    documents.forEach((document, d) => {
      if (!inFold(d)) return;
      const tags = tagDocument(
        foldModel,
        document.map((sentence) => sentence.tokens),
      );
      tags.forEach((sentenceTags, s) => {
        predicted[(offsets[d] ?? 0) + s] = sentenceTags;
      });
    });
  }
  const secondFeatures: SentenceFeatures[] = [];
  documents.forEach((document, d) => {
    const start = offsets[d] ?? 0;
    const hints = documentHints(
      document.map((sentence) => sentence.tokens),
      document.map((_, s) => predicted[start + s] ?? []),
    );
    document.forEach((sentence, s) => {
      const own = features[start + s];
      if (own !== undefined) secondFeatures.push(withHintFeatures(own, sentence.tokens, hints[s] ?? []));
    });
  });
  const secondPass = trainLinear(secondFeatures, sentences, settings, log, `${round}second pass`);
  return { resources, firstPass, secondPass };
}

/** Span F1 of a model on labelled documents, PER/ORG/LOC micro-average plus each type. */
export function evaluateTagger(
  model: TaggerModel,
  documents: readonly LabelledDocument[],
): { readonly main: SpanScore; readonly all: SpanScore } {
  const gold: (readonly string[])[] = [];
  const predicted: string[][] = [];
  for (const document of documents) {
    const tags = tagDocument(
      model,
      document.map((sentence) => sentence.tokens),
    );
    document.forEach((sentence, s) => {
      gold.push(sentence.tags);
      predicted.push(tags[s] ?? []);
    });
  }
  return {
    main: scoreSpans(gold, predicted, ['PER', 'ORG', 'LOC']),
    all: scoreSpans(gold, predicted, ['PER', 'ORG', 'LOC', 'MISC']),
  };
}
