import { describe, expect, it } from 'vitest';
import { standsAt } from './tokens.ts';

describe('standsAt', () => {
  it('finds a form written as whole words, at the edges of the text too', () => {
    const text = 'Harbour Board, the Harbour Boardroom and Harbour Board';
    expect(standsAt(text, 'Harbour Board', 0)).toBe(true);
    expect(standsAt(text, 'Harbour Board', 19)).toBe(false);
    expect(standsAt(text, 'Harbour Board', 41)).toBe(true);
    expect(standsAt('Sea-Harbour Board', 'Harbour Board', 4)).toBe(true);
    expect(standsAt('2Harbour Board', 'Harbour Board', 1)).toBe(false);
  });

  it('is false where the form is not written', () => {
    expect(standsAt('Harbour Board', 'Harbour Board', 1)).toBe(false);
    expect(standsAt('Harbour Board', 'Harbour Board', -1)).toBe(false);
  });
});
