import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { caseFreeChrono, caseFreeSource } from './case-free-chrono.ts';

// Written for this test: dates in the shapes chrono reads, in mixed case, with curly quotes and dashes (two-byte
// strings), and words that only look like dates.
const TEXTS = [
  'The talks ended on Thursday, April 17, 2025, after THREE DAYS; a deal came two weeks later.',
  'Published: 17 Apr 2025 06:30 CET — updated 3 hours ago. “We met last week,” she said on Wed.',
  'TWO YEARS AGO the plant closed; it reopens Next Monday at 9:30 a.m. (or at 10pm at the latest).',
  'Between 10–12 March the 3rd army moved; by mid-June, 5 days earlier than planned, it was out.',
  'A Sunday Times report said May’s plan, due in a fortnight, was dead by 2014-08-19T10:00:00Z.',
  'Tonight’s vote follows yesterday’s; the ceasefire held for about 48 hours and a half hour more.',
  'meeting at 5 pm tomorrow, then friday the 13th, then 1/2/2026, then noon on the 4th of july.',
];

const REFERENCE = new Date(Date.UTC(2025, 3, 17, 12));

function described(results: readonly chrono.ParsedResult[]): unknown[] {
  return results.map((r) => [
    r.index,
    r.text,
    r.start.date().toISOString(),
    r.end?.date().toISOString(),
    [...r.tags()],
  ]);
}

describe('case-free chrono', () => {
  it('rewrites letters outside escapes and classes as both cases, and adds the other case inside classes', () => {
    expect(caseFreeSource('(\\W|^)ago\\s{0,5}')).toBe('(\\W|^)[aA][gG][oO]\\s{0,5}');
    expect(caseFreeSource('[a-f0-9_][^xY]\\u00E9\\x4A\\b')).toBe('[a-f0-9_A-F][^xYXy]\\u00E9\\x4A\\b');
    expect(caseFreeSource('(?<=on )monday(?!s)')).toBe('(?<=[oO][nN] )[mM][oO][nN][dD][aA][yY](?![sS])');
    expect(caseFreeSource('(?<day>\\d+)')).toBeUndefined();
    expect(caseFreeSource('\\p{L}')).toBeUndefined();
  });

  it('matches what the case-insensitive pattern matches, for every English parser', () => {
    const context = { text: '', option: {}, reference: {}, refDate: REFERENCE } as never;
    const inputs = TEXTS.flatMap((text) => [text, text.toUpperCase(), text.toLowerCase()]);
    let compared = 0;
    for (const base of [chrono.casual, chrono.strict])
      for (const parser of base.parsers) {
        const original = parser.pattern(context);
        const source = caseFreeSource(original.source);
        expect(source).toBeDefined();
        const rewritten = new RegExp(source ?? '', original.flags.replace('i', '') + 'g');
        const global = new RegExp(original.source, `${original.flags}g`);
        for (const input of inputs) {
          const found = (pattern: RegExp): string[] =>
            [...input.matchAll(pattern)].map((m) => `${m.index}:${JSON.stringify([...m])}`);
          expect(found(rewritten)).toEqual(found(global));
          compared += 1;
        }
      }
    expect(compared).toBeGreaterThan(100);
  });

  it('parses like chrono itself, casual and strict', () => {
    for (const base of [chrono.casual, chrono.strict]) {
      const fast = caseFreeChrono(base);
      for (const text of TEXTS.flatMap((t) => [t, t.toUpperCase()]))
        expect(described(fast.parse(text, REFERENCE))).toEqual(described(base.parse(text, REFERENCE)));
    }
    expect(described(caseFreeChrono(chrono.casual).parse(TEXTS[0] ?? '', REFERENCE)).length).toBeGreaterThan(
      2,
    );
  });
});
