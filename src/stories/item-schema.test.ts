import { describe, expect, it } from 'vitest';
import { parseStoryItem } from './item-schema.ts';

describe('parseStoryItem', () => {
  it('accepts an item with numeric id and epoch time, dropping nulls', () => {
    expect(parseStoryItem({ id: 7, title: 'T', text: null, publishedAt: 0 }, 'in:1')).toEqual({
      value: { id: '7', title: 'T', publishedAt: '1970-01-01T00:00:00.000Z' },
      diagnostics: [],
    });
  });

  it('rejects a value without an id with a coded diagnostic naming the line', () => {
    const { value, diagnostics } = parseStoryItem({ title: 'no id' }, 'items.jsonl:3');
    expect(value).toBeUndefined();
    expect(diagnostics).toMatchObject([
      { code: 'stories/invalid-item', severity: 'fatal', source: 'items.jsonl:3' },
    ]);
    expect(parseStoryItem(['not', 'an', 'object'], 'x').diagnostics[0]?.code).toBe('stories/invalid-item');
  });
});
