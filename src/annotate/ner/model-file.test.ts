import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FeatureTable } from './feature-table.ts';
import { Gazetteer } from './gazetteer.ts';
import { deserializeModel, serializeModel } from './model-file.ts';
import { LABEL_COUNT } from './perceptron.ts';
import { sentenceFeatures } from './features.ts';
import { tagDocument, type TaggerModel } from './tagger.ts';
import { NER_TAGS } from './tags.ts';

/** A hand-built model: the gazetteer's first names push towards B-PER, everything else towards O. */
function handModel(): TaggerModel {
  const gazetteerLists = { 'first-name': ['ana'] };
  const resources = { gazetteer: new Gazetteer(gazetteerLists), wordClasses: new Map() };
  const features = sentenceFeatures(['Ana', 'sings'], resources);
  const keys = Uint32Array.from(new Set(features.keys));
  const emission = new Float32Array(keys.length * LABEL_COUNT);
  const nameKeys = new Set(features.keys.subarray(features.offsets[0], features.offsets[1]));
  const otherKeys = new Set(features.keys.subarray(features.offsets[1], features.offsets[2]));
  keys.forEach((key, row) => {
    if (nameKeys.has(key) && !otherKeys.has(key))
      emission[row * LABEL_COUNT + NER_TAGS.indexOf('B-PER')] = 0.5;
    else emission[row * LABEL_COUNT] = 0.25;
  });
  return {
    resources,
    firstPass: {
      table: new FeatureTable(keys),
      weights: { emission, transition: new Float32Array((LABEL_COUNT + 1) * LABEL_COUNT) },
    },
  };
}

describe('model file', () => {
  it('round-trips a model: the loaded copy tags like the original', () => {
    const model = handModel();
    const bytes = serializeModel(model, { 'first-name': ['ana'] }, { note: 'test' });
    const { model: loaded, provenance } = deserializeModel(bytes, 'memory');
    const sentences = [
      ['Ana', 'sings'],
      ['ana', 'and', 'Ana'],
    ];
    expect(tagDocument(loaded, sentences)).toEqual(tagDocument(model, sentences));
    expect(tagDocument(loaded, sentences)[0]).toEqual(['B-PER', 'O']);
    expect(provenance).toEqual({ note: 'test' });
  });

  it("keeps each word's classes, the vector clusters among them", () => {
    const model = handModel();
    const wordClasses = new Map([
      ['oslo', { caseHabit: 'C', embedding: '3.41.207' }],
      ['soup', { partOfSpeech: 'noun' }],
    ]);
    const bytes = serializeModel({ ...model, resources: { ...model.resources, wordClasses } }, {}, {});
    const loaded = deserializeModel(bytes, 'memory').model.resources.wordClasses;
    expect(loaded.get('oslo')).toEqual({ caseHabit: 'C', embedding: '3.41.207' });
    expect(loaded.get('soup')).toEqual({ partOfSpeech: 'noun' });
  });

  it('reports a file that is not a model as a configuration error', () => {
    expect(() => deserializeModel(Buffer.from('not gzip'), 'x.bin')).toThrow(
      /expected a gzip NER model at x\.bin/,
    );
  });

  it('names what is wrong with a header of another layout', () => {
    const withHeader = (header: string): Buffer => {
      const json = Buffer.from(header, 'utf8');
      const length = Buffer.alloc(4);
      length.writeUInt32LE(json.length, 0);
      return gzipSync(Buffer.concat([length, json]));
    };
    expect(() => deserializeModel(withHeader('{"format": "other"'), 'y.bin')).toThrow(
      /found a header that is not JSON/,
    );
    expect(() => deserializeModel(withHeader('{"format": "other"}'), 'y.bin')).toThrow(
      /found another layout \(format "other"\)/,
    );
    const header = (changes: Record<string, unknown>): string =>
      JSON.stringify({
        format: 'corroborate-ner',
        version: 1,
        tags: [],
        gazetteer: {},
        wordClasses: '',
        passes: [{ featureCount: 0, scale: 1, transition: [] }],
        provenance: {},
        ...changes,
      });
    expect(() => deserializeModel(withHeader(header({})), 'y.bin')).toThrow(/a transition table that is not/);
    expect(() => deserializeModel(withHeader(header({ gazetteer: { planets: ['mars'] } })), 'y.bin')).toThrow(
      /gazetteer list "planets"/,
    );
    expect(() => deserializeModel(withHeader(header({ passes: [] })), 'y.bin')).toThrow(
      /not one or two passes/,
    );
  });
});
