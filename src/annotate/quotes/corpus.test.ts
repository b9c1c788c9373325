// Quotes of real scraped dumps (../shared/corpus/paris-talks-2025-04, read as plain text) and of the bundled
// invented example (examples/harbour-fire, whose answer key lists who said what), with the committed NER.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../extract/index.ts';
import { findQuotes } from './find-quotes.ts';
import type { Quote } from './types.ts';

const CORPUS = resolve(import.meta.dirname, '../../../../shared/corpus/paris-talks-2025-04');
const EXAMPLE = resolve(import.meta.dirname, '../../../examples/harbour-fire');

describe.skipIf(!existsSync(CORPUS))(
  'findQuotes on the paris-talks-2025-04 corpus (skipped without it)',
  () => {
    const byFile = new Map<string, readonly Quote[]>();
    for (const name of readdirSync(CORPUS)
      .filter((file) => file.endsWith('.txt'))
      .sort()) {
      byFile.set(name, findQuotes(readFileSync(resolve(CORPUS, name), 'utf8')).value);
    }
    const all = [...byFile.values()].flat();

    it('finds the "more stick" quote in two files, both times from an anonymous official', () => {
      const files = [...byFile].filter(([, quotes]) =>
        quotes.some((quote) => quote.text === 'We want the US to use a bit more stick'),
      );
      expect(files).toHaveLength(2);
      for (const [, quotes] of files) {
        const quote = quotes.find((candidate) => candidate.text === 'We want the US to use a bit more stick');
        expect(quote).toMatchObject({ kind: 'direct', speaker: { anonymous: true } });
        expect(quote?.speaker?.text).toMatch(/official/);
      }
    });

    it('makes Tammy Bruce the speaker of the direct quote she gave', () => {
      const quote = all.find(
        (candidate) => candidate.kind === 'direct' && candidate.speaker?.text === 'Tammy Bruce',
      );
      expect(quote?.text).toMatch(/^They’ll hold talks with European counterparts/);
      expect(quote?.verb).toBe('said');
    });

    it('marks "coalition of the willing" as a partial quote attributed to Yermak', () => {
      const partials = all.filter((quote) => quote.text === 'coalition of the willing');
      expect(partials.length).toBeGreaterThanOrEqual(2);
      for (const quote of partials)
        expect(quote).toMatchObject({ kind: 'partial', speaker: { text: 'Yermak' } });
    });

    it('gives every quote a span that slices the text and lies in its sentence', () => {
      for (const [name, quotes] of byFile) {
        const text = readFileSync(resolve(CORPUS, name), 'utf8');
        for (const quote of quotes) {
          expect(text.slice(quote.start, quote.end)).toBe(quote.text);
          expect(quote.sentence.start).toBeLessThanOrEqual(quote.start);
          expect(quote.sentence.end).toBeGreaterThanOrEqual(quote.end);
        }
      }
    });
  },
);

function exampleText(name: string): string {
  const path = resolve(EXAMPLE, name);
  const bytes = readFileSync(path);
  if (!name.endsWith('.html')) return bytes.toString('utf8');
  return (
    extractArticle({ source: path, bytes, format: 'html', fetchedAt: '2026-03-12T12:00:00Z' }).value?.text ??
    ''
  );
}

describe.skipIf(!existsSync(EXAMPLE))('findQuotes on the harbour-fire example', () => {
  const quotesOf = (name: string): readonly Quote[] => findQuotes(exampleText(name)).value;
  const wire = quotesOf('meridian-wire-corvain-port-fire.html');
  const rewrite = quotesOf('globalpulse-report-corvain-blaze.txt');
  const tv = quotesOf('bayline-news-corvain-port-fire.txt');
  const update = quotesOf('coastline-courier-fire-out.html');
  const ledger = quotesOf('northshore-ledger-eastmole-fire-pumps.txt');
  const pledge = 'We will rebuild this terminal, and we will rebuild it better than it was';

  it('attributes the operator’s pledge, kept verbatim by the rewrite, to its chief executive', () => {
    for (const quotes of [wire, rewrite]) {
      expect(quotes.find((quote) => quote.text === pledge)).toMatchObject({
        kind: 'direct',
        speaker: { text: 'Haddad', anonymous: false },
      });
    }
  });

  it('resolves "she said" to the chief executive named in the paragraph before', () => {
    const quote = tv.find((candidate) => candidate.text.startsWith("We're going to rebuild Eastmole"));
    expect(quote?.speaker).toMatchObject({ text: 'Noor Haddad', resolvedFrom: { text: 'she' } });
  });

  it('reads the update’s paraphrase of the pledge as reported speech by the same person', () => {
    const quote = update.find((candidate) =>
      candidate.text.startsWith('the company intended to restore the terminal'),
    );
    expect(quote).toMatchObject({ kind: 'reported', speaker: { text: 'Noor Haddad' }, verb: 'said' });
  });

  it('attributes the fire chief’s quotes under both spellings of her name', () => {
    const chief = (quotes: readonly Quote[]): Quote | undefined =>
      quotes.find(
        (quote) => quote.kind === 'direct' && quote.text.startsWith('This was one of the most difficult'),
      );
    expect(chief(wire)?.speaker?.text).toBe('Kovačić');
    expect(chief(rewrite)?.speaker?.text).toBe('Kovacic');
    expect(chief(wire)?.verb).toBe('told');
  });

  it('finds the union official’s quote and the partial quote from the inspection report', () => {
    expect(ledger.find((quote) => quote.text.startsWith('Our members were told'))).toMatchObject({
      kind: 'direct',
      speaker: { text: 'Adeyemi' },
    });
    expect(ledger.find((quote) => quote.text === 'without delay')).toMatchObject({ kind: 'partial' });
  });

  it('marks sources briefed without their names as anonymous', () => {
    const unnamed = [...tv, ...ledger].filter((quote) => quote.speaker?.anonymous === true);
    expect(unnamed.map((quote) => quote.speaker?.text)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^two people familiar/),
        expect.stringMatching(/^a person briefed/),
      ]),
    );
  });
});
