import { describe, expect, it } from 'vitest';
import { normalizeTags, parseConll, toDocuments, WNUT_TYPES, IDENTITY_TYPES } from './conll-format.ts';

describe('parseConll', () => {
  it('reads blank-line separated sentences and keeps -DOCSTART- as its own block', () => {
    const blocks = parseConll('-DOCSTART-\tO\n\nAna\tI-PER\nsang\tO\n\nHi\tO\n');
    expect(blocks.map((block) => [block.docstart, block.tokens])).toEqual([
      [true, ['-DOCSTART-']],
      [false, ['Ana', 'sang']],
      [false, ['Hi']],
    ]);
  });

  it('takes the token from the first column and the tag from the last, on tabs or spaces', () => {
    const blocks = parseConll('Lisbon NNP B-NP I-LOC\r\nfell VBD B-VP O\r\n');
    expect(blocks[0]?.tokens).toEqual(['Lisbon', 'fell']);
    expect(blocks[0]?.tags).toEqual(['I-LOC', 'O']);
  });

  it('accepts bare tokens without a tag column', () => {
    expect(parseConll('one\ntwo\n')[0]?.tags).toEqual(['O', 'O']);
  });
});

describe('normalizeTags', () => {
  it('maps WNUT types onto PER/ORG/LOC/MISC', () => {
    expect(
      normalizeTags(['B-person', 'B-corporation', 'I-corporation', 'B-creative-work'], WNUT_TYPES),
    ).toEqual(['B-PER', 'B-ORG', 'I-ORG', 'B-MISC']);
  });

  it('drops unknown types to O', () => {
    expect(normalizeTags(['B-OTH', 'I-OTH', 'B-PER'], IDENTITY_TYPES)).toEqual(['O', 'O', 'B-PER']);
  });
});

describe('toDocuments', () => {
  it('groups sentences at -DOCSTART- markers and converts IOB1 gold to IOB2', () => {
    const documents = toDocuments(
      parseConll('-DOCSTART-\tO\n\nA\tI-ORG\nB\tI-ORG\n\n-DOCSTART-\tO\n\nC\tO\n'),
      IDENTITY_TYPES,
    );
    expect(documents).toHaveLength(2);
    expect(documents[0]?.[0]?.tags).toEqual(['B-ORG', 'I-ORG']);
  });
});
