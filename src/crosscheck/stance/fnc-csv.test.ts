import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBodiesCsv, parsePairsCsv } from './fnc-csv.ts';

const FIXTURES = new URL('../../../test/fixtures/crosscheck/stance-csv/', import.meta.url);
const bodiesText = readFileSync(new URL('bodies.csv', FIXTURES), 'utf8');
const pairsText = readFileSync(new URL('pairs.csv', FIXTURES), 'utf8');

describe('FNC-1 CSV reading', () => {
  it('reads multi-line quoted bodies with doubled quotes intact', () => {
    const { value, diagnostics } = parseBodiesCsv(bodiesText, 'bodies.csv');
    expect(diagnostics).toEqual([]);
    expect([...value.keys()]).toEqual(['10', '20', '30']);
    expect(value.get('10')).toContain('\n\nThe bridge, built in 1931');
    expect(value.get('10')).toContain('"It is safe, but it is tired,"');
  });

  it('keeps pairs in file order, reads gold labels and reports a row without a headline', () => {
    const { value, diagnostics } = parsePairsCsv(pairsText, 'pairs.csv');
    expect(value.map((p) => p.bodyId)).toEqual(['10', '20', '30', '99', '30']);
    expect(value[1]?.headline).toBe('Giant squid found in city fountain, "witnesses" say');
    expect(value[1]?.stance).toBe('disagree');
    expect(value[4]?.stance).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toEqual(['stance/bad-pair-row']);
    expect(diagnostics[0]?.source).toBe('pairs.csv:6');
  });

  it('reports missing columns as fatal instead of guessing', () => {
    const result = parsePairsCsv('Title,Body\nx,1\n', 'pairs.csv');
    expect(result.value).toEqual([]);
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([['stance/missing-column', 'fatal']]);
    expect(parseBodiesCsv('Body ID\n1\n', 'b.csv').diagnostics[0]?.code).toBe('stance/missing-column');
  });

  it('reports an unterminated quote as unreadable CSV', () => {
    const result = parseBodiesCsv('Body ID,articleBody\n1,"never closed\n', 'b.csv');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['stance/bad-csv']);
  });

  it('keeps the first of two bodies with one id and reports the second', () => {
    const result = parseBodiesCsv('Body ID,articleBody\n1,first\n1,second\n', 'b.csv');
    expect(result.value.get('1')).toBe('first');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['stance/duplicate-body']);
  });
});
