import { describe, expect, it } from 'vitest';
import { caseHabits } from './word-classes.ts';

const sentence = (text: string): string[] => text.split(' ');

describe('caseHabits', () => {
  const habits = caseHabits([
    ...Array.from({ length: 3 }, () => sentence('Officials of the OSCE met in Vienna on a quiet day')),
    sentence('He said NEVER and meant it never again'),
    sentence('Never again , they said never'),
    sentence('They never asked'),
    sentence('THE WHOLE HEADLINE IS IN CAPITALS TODAY'),
  ]);

  it('marks a word written in capitals inside ordinary sentences as an acronym', () => {
    expect(habits.get('osce')).toBe('U');
  });

  it('keeps capitalised names and lower-case words apart from acronyms', () => {
    expect(habits.get('vienna')).toBe('C');
    expect(habits.get('quiet')).toBe('L');
  });

  it('reads a shouted common word by how it is usually written, and skips all-capitals sentences', () => {
    expect(habits.get('never')).toBe('M');
    expect(habits.has('whole')).toBe(false);
  });
});
