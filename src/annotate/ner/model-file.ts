// The committed model file: one gzip stream holding a JSON header (gazetteer, word classes, provenance)
// followed, per pass, by its feature keys (uint32) and its weights quantised to 16-bit integers.
import { gunzipSync, gzipSync } from 'node:zlib';
import { ConfigurationError } from '../../core/index.ts';
import type { FeatureResources, WordClass } from './features.ts';
import { Gazetteer, GAZETTEER_CATEGORIES, type GazetteerCategory, type GazetteerLists } from './gazetteer.ts';
import { LABEL_COUNT } from './perceptron.ts';
import { FeatureTable } from './feature-table.ts';
import type { LinearModel, TaggerModel } from './tagger.ts';
import { NER_TAGS } from './tags.ts';
import { WordClassTable } from './word-class-table.ts';

export const MODEL_FORMAT = 'corroborate-ner';
export const MODEL_VERSION = 1;

/** Features whose largest weight (absolute) is below this share of the pass's largest weight are dropped
 *  from the file: they cannot move a decision. Swept on CoNLL/UNER dev, see models/ner/README.md. */
export const PRUNE_SHARE = 1 / 32767;

interface PassHeader {
  readonly featureCount: number;
  /** Multiply a stored integer by this to get the weight. */
  readonly scale: number;
  readonly transition: readonly number[];
}

interface ModelHeader {
  readonly format: typeof MODEL_FORMAT;
  readonly version: typeof MODEL_VERSION;
  readonly tags: readonly string[];
  readonly gazetteer: Partial<Record<GazetteerCategory, readonly string[]>>;
  /** One line per word: `word\thabit\tpartOfSpeech\tcluster\tembedding`, empty fields for absent classes. */
  readonly wordClasses: string;
  readonly passes: readonly PassHeader[];
  readonly provenance: Readonly<Record<string, unknown>>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

function passProblem(pass: unknown): string | undefined {
  if (!isRecord(pass)) return 'a pass that is not an object';
  const { featureCount, scale, transition } = pass;
  if (typeof featureCount !== 'number' || !Number.isInteger(featureCount) || featureCount < 0)
    return `featureCount ${String(featureCount)}`;
  if (typeof scale !== 'number' || !(scale > 0)) return `scale ${String(scale)}`;
  if (
    !Array.isArray(transition) ||
    transition.length !== (LABEL_COUNT + 1) * LABEL_COUNT ||
    !transition.every((value) => typeof value === 'number')
  )
    return `a transition table that is not ${(LABEL_COUNT + 1) * LABEL_COUNT} numbers`;
  return undefined;
}

/** What is wrong with a model file's JSON header, or undefined when it has the layout this code reads. Checked
 *  by hand in one pass: the gazetteer holds about 85,000 phrases, and the whole check runs at every start. */
function headerProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return 'a header that is not an object';
  if (value['format'] !== MODEL_FORMAT) return `format ${JSON.stringify(value['format'])}`;
  if (value['version'] !== MODEL_VERSION) return `version ${JSON.stringify(value['version'])}`;
  if (!isStringList(value['tags'])) return 'tags that are not a list of strings';
  const gazetteer = value['gazetteer'];
  if (!isRecord(gazetteer)) return 'a gazetteer that is not an object';
  for (const [category, phrases] of Object.entries(gazetteer)) {
    if (!(GAZETTEER_CATEGORIES as readonly string[]).includes(category))
      return `gazetteer list "${category}"`;
    if (!isStringList(phrases)) return `gazetteer list "${category}" that is not a list of strings`;
  }
  if (typeof value['wordClasses'] !== 'string') return 'word classes that are not text';
  const passes = value['passes'];
  if (!Array.isArray(passes) || passes.length < 1 || passes.length > 2) return 'not one or two passes';
  for (const pass of passes) {
    const problem = passProblem(pass);
    if (problem !== undefined) return problem;
  }
  if (!isRecord(value['provenance'])) return 'provenance that is not an object';
  return undefined;
}

export type ModelProvenance = Readonly<Record<string, unknown>>;

interface SerializedPass {
  readonly header: PassHeader;
  readonly keys: Uint32Array;
  readonly weights: Int16Array;
}

function serializePass(pass: LinearModel): SerializedPass {
  const emission = pass.weights.emission;
  let largest = 0;
  for (const value of emission) largest = Math.max(largest, Math.abs(value));
  const scale = largest === 0 ? 1 : largest / 32767;
  const rows: number[] = [];
  for (let row = 0; row < pass.table.size; row += 1) {
    let keep = false;
    for (let label = 0; label < LABEL_COUNT; label += 1) {
      if (Math.abs(emission[row * LABEL_COUNT + label] ?? 0) >= largest * PRUNE_SHARE) keep = true;
    }
    if (keep) rows.push(row);
  }
  const keys = Uint32Array.from(rows, (row) => pass.table.keys[row] ?? 0);
  const weights = new Int16Array(rows.length * LABEL_COUNT);
  rows.forEach((row, index) => {
    for (let label = 0; label < LABEL_COUNT; label += 1) {
      weights[index * LABEL_COUNT + label] = Math.round((emission[row * LABEL_COUNT + label] ?? 0) / scale);
    }
  });
  return {
    header: { featureCount: rows.length, scale, transition: Array.from(pass.weights.transition) },
    keys,
    weights,
  };
}

function serializeWordClasses(wordClasses: Iterable<[string, WordClass]>): string {
  const lines: string[] = [];
  for (const [word, wordClass] of wordClasses) {
    if (word.includes('\t') || word.includes('\n')) continue;
    lines.push(
      [
        word,
        wordClass.caseHabit ?? '',
        wordClass.partOfSpeech ?? '',
        wordClass.cluster ?? '',
        wordClass.embedding ?? '',
      ].join('\t'),
    );
  }
  return lines.join('\n');
}

/** The model as the bytes of its file. */
export function serializeModel(
  model: TaggerModel,
  gazetteer: GazetteerLists,
  provenance: ModelProvenance,
): Buffer {
  const passes = [model.firstPass, ...(model.secondPass === undefined ? [] : [model.secondPass])].map(
    serializePass,
  );
  const header = {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    tags: [...NER_TAGS],
    gazetteer,
    wordClasses: serializeWordClasses(model.resources.wordClasses),
    passes: passes.map((pass) => pass.header),
    provenance,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  const blobs = passes.flatMap((pass) => [
    Buffer.from(pass.keys.buffer, pass.keys.byteOffset, pass.keys.byteLength),
    Buffer.from(pass.weights.buffer, pass.weights.byteOffset, pass.weights.byteLength),
  ]);
  return gzipSync(Buffer.concat([length, json, ...blobs]), { level: 9 });
}

export interface LoadedModel {
  readonly model: TaggerModel;
  readonly provenance: ModelProvenance;
}

/** Reads a model file's bytes; a malformed file is a configuration error naming what is wrong. */
export function deserializeModel(bytes: Uint8Array, source: string): LoadedModel {
  let raw: Buffer;
  try {
    raw = gunzipSync(bytes);
  } catch (cause) {
    throw new ConfigurationError(
      `expected a gzip NER model at ${source}, found unreadable bytes — run npm run train:ner`,
      { cause },
    );
  }
  const jsonLength = raw.length >= 4 ? raw.readUInt32LE(0) : 0;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.subarray(4, 4 + jsonLength).toString('utf8'));
  } catch (cause) {
    throw new ConfigurationError(
      `expected a ${MODEL_FORMAT} v${MODEL_VERSION} model at ${source}, found a header that is not JSON — run npm run train:ner`,
      { cause },
    );
  }
  const problem = headerProblem(parsed);
  if (problem !== undefined) {
    throw new ConfigurationError(
      `expected a ${MODEL_FORMAT} v${MODEL_VERSION} model at ${source}, found another layout (${problem}) — run npm run train:ner`,
    );
  }
  const header = parsed as ModelHeader;
  if (header.tags.join(' ') !== NER_TAGS.join(' ')) {
    throw new ConfigurationError(
      `expected tags ${NER_TAGS.join(' ')} in ${source}, found ${header.tags.join(' ')}`,
    );
  }
  let offset = 4 + jsonLength;
  const take = (byteLength: number): ArrayBuffer => {
    if (offset + byteLength > raw.length) {
      throw new ConfigurationError(
        `expected ${byteLength} more bytes of weights in ${source}, found a truncated file`,
      );
    }
    const slice = new Uint8Array(byteLength);
    slice.set(raw.subarray(offset, offset + byteLength));
    offset += byteLength;
    return slice.buffer;
  };
  const passes: LinearModel[] = header.passes.map((pass) => {
    const keys = new Uint32Array(take(pass.featureCount * 4));
    const stored = new Int16Array(take(pass.featureCount * LABEL_COUNT * 2));
    const emission = new Float32Array(stored.length);
    for (let i = 0; i < stored.length; i += 1) emission[i] = (stored[i] ?? 0) * pass.scale;
    return {
      table: new FeatureTable(keys),
      weights: { emission, transition: Float32Array.from(pass.transition) },
    };
  });
  const resources: FeatureResources = {
    gazetteer: new Gazetteer(header.gazetteer),
    wordClasses: new WordClassTable(header.wordClasses),
  };
  const [firstPass, secondPass] = passes;
  if (firstPass === undefined) throw new ConfigurationError(`expected at least one pass in ${source}`);
  return {
    model: { resources, firstPass, ...(secondPass === undefined ? {} : { secondPass }) },
    provenance: header.provenance,
  };
}
