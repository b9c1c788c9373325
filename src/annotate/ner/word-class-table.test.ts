import { describe, expect, it } from 'vitest';
import { WordClassTable } from './word-class-table.ts';

const lines = [
  'cat\tL\tnoun\t1.2.3\t4.5.6',
  'cats\tL\tnoun\t1.2.4\t',
  'paris\tC\t\t7.8.9\t10.11.12',
  'x',
  '\tL\t\t\t',
  'cat\tL\tnoun\t1.2.9\t4.5.7',
  'zürich\tC\t\t\t1.2.3',
].join('\n');

describe('WordClassTable', () => {
  const table = new WordClassTable(lines);

  it('reads a word’s classes from its line, absent fields left out', () => {
    expect(table.get('paris')).toEqual({ caseHabit: 'C', cluster: '7.8.9', embedding: '10.11.12' });
    expect(table.get('cats')).toEqual({ caseHabit: 'L', partOfSpeech: 'noun', cluster: '1.2.4' });
    expect(table.get('zürich')).toEqual({ caseHabit: 'C', embedding: '1.2.3' });
    expect(table.get('x')).toEqual({});
  });

  it('keeps the last line of a word listed twice, and tells a word from its prefixes and extensions', () => {
    expect(table.get('cat')?.cluster).toBe('1.2.9');
    expect(table.get('ca')).toBeUndefined();
    expect(table.get('catsup')).toBeUndefined();
    expect(table.get('')).toBeUndefined();
    expect(table.get('cat\tL')).toBeUndefined();
  });

  it('counts and lists each word once', () => {
    expect(table.size).toBe(5);
    expect(new Map(table)).toEqual(
      new Map([
        ['cat', { caseHabit: 'L', partOfSpeech: 'noun', cluster: '1.2.9', embedding: '4.5.7' }],
        ['cats', { caseHabit: 'L', partOfSpeech: 'noun', cluster: '1.2.4' }],
        ['paris', { caseHabit: 'C', cluster: '7.8.9', embedding: '10.11.12' }],
        ['x', {}],
        ['zürich', { caseHabit: 'C', embedding: '1.2.3' }],
      ]),
    );
  });

  it('finds every word of a large table', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}`);
    const big = new WordClassTable(words.map((word, i) => `${word}\tL\t\t${i}\t`).join('\n'));
    expect(big.size).toBe(words.length);
    words.forEach((word, i) => expect(big.get(word)?.cluster).toBe(String(i)));
  });
});
