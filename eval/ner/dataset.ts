// The NER dev sets in ../shared/data/ner, read as documents of IOB2-tagged sentences (IOB1 gold converted).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IDENTITY_TYPES, type LabelledDocument } from '../../src/annotate/ner/conll-format.ts';
import { loadCorpus } from '../../src/annotate/ner/train.ts';

export const NER_DATA_DIR = resolve(
  process.env.CORROBORATE_NER_DATA ??
    join(fileURLToPath(new URL('../..', import.meta.url)), '..', 'shared', 'data', 'ner'),
);

export interface DevSet {
  readonly name: string;
  readonly file: string;
}

/** CoNLL-2003 dev is evaluation only: it is read here and nowhere in training. */
export const DEV_SETS: readonly DevSet[] = [
  { name: 'conll2003-dev', file: 'conll2003/dev.tsv.gz' },
  { name: 'uner-en-ewt-dev', file: 'uner-en-ewt/dev.tsv.gz' },
];

export function loadDevSet(set: DevSet): LabelledDocument[] | undefined {
  const path = join(NER_DATA_DIR, set.file);
  if (!existsSync(path)) return undefined;
  return loadCorpus(NER_DATA_DIR, { name: set.name, file: set.file, types: IDENTITY_TYPES, documents: true });
}
