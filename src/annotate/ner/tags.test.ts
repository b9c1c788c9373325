import { describe, expect, it } from 'vitest';
import { iob1ToIob2, spansOf, tagsOfSpans } from './tags.ts';

describe('iob1ToIob2', () => {
  it('opens an entity with B- when IOB1 starts it with I-', () => {
    expect(iob1ToIob2(['I-PER', 'I-PER', 'O', 'I-LOC'])).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC']);
  });

  it('keeps a B- that separates two adjacent entities of the same type', () => {
    expect(iob1ToIob2(['I-LOC', 'B-LOC', 'I-LOC'])).toEqual(['B-LOC', 'B-LOC', 'I-LOC']);
  });

  it('starts a new entity when the type changes without a B-', () => {
    expect(iob1ToIob2(['I-ORG', 'I-LOC'])).toEqual(['B-ORG', 'B-LOC']);
  });
});

describe('spansOf', () => {
  it('reads IOB2 spans with exclusive ends', () => {
    expect(spansOf(['B-PER', 'I-PER', 'O', 'B-LOC'])).toEqual([
      { start: 0, end: 2, label: 'PER' },
      { start: 3, end: 4, label: 'LOC' },
    ]);
  });

  it('reads a stray I- after O as the start of a span, as conlleval does', () => {
    expect(spansOf(['O', 'I-ORG', 'I-ORG'])).toEqual([{ start: 1, end: 3, label: 'ORG' }]);
  });

  it('round-trips through tagsOfSpans', () => {
    const tags = ['B-PER', 'B-PER', 'I-PER', 'O', 'B-MISC'];
    expect(tagsOfSpans(tags.length, spansOf(tags))).toEqual(tags);
  });
});
