// The bundled example story (examples/harbour-fire, invented): every relative date its answer key lists must
// resolve as the key says, from the extractors' text and dates.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../extract/html/index.ts';
import { extractText } from '../../extract/text/index.ts';
import { inferReferenceDate, resolveStoryDates, type TimeExpression } from './index.ts';

const EXAMPLE_DIR = fileURLToPath(new URL('../../../examples/harbour-fire', import.meta.url));
const present = existsSync(EXAMPLE_DIR);

interface KeyRow {
  readonly phrase: string;
  /** `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` for month and year precision. */
  readonly value: string;
}

/** The answer key's "Relative dates" table, article by article. */
const ANSWER_KEY: Readonly<Record<string, readonly KeyRow[]>> = {
  'coastline-courier-fire-breaks-out.html': [{ phrase: 'early on Tuesday', value: '2026-03-10' }],
  'meridian-wire-corvain-port-fire.html': [
    { phrase: 'on Tuesday', value: '2026-03-10' },
    { phrase: 'on Wednesday afternoon', value: '2026-03-11' },
    { phrase: 'by Wednesday morning', value: '2026-03-11' },
    { phrase: 'last year', value: '2025' },
  ],
  'globalpulse-report-corvain-blaze.txt': [
    { phrase: 'on Tuesday', value: '2026-03-10' },
    { phrase: 'on Wednesday afternoon', value: '2026-03-11' },
    { phrase: 'by Wednesday morning', value: '2026-03-11' },
    { phrase: 'last year', value: '2025' },
  ],
  'coastline-courier-fire-out.html': [
    { phrase: 'late Wednesday night', value: '2026-03-11' },
    { phrase: 'until Friday', value: '2026-03-13' },
    { phrase: 'on Monday', value: '2026-03-16' },
  ],
  'bayline-news-corvain-port-fire.txt': [
    { phrase: 'late Wednesday night', value: '2026-03-11' },
    { phrase: 'later today', value: '2026-03-12' },
  ],
  'northshore-ledger-eastmole-fire-pumps.txt': [
    { phrase: 'yesterday', value: '2026-03-11' },
    { phrase: 'on Friday', value: '2026-03-13' },
    { phrase: 'on Monday', value: '2026-03-16' },
    { phrase: 'last November', value: '2025-11' },
    { phrase: 'in January', value: '2026-01' },
  ],
};

/** The date at the expression's precision, as the answer key writes it. */
function valueOf(expression: TimeExpression): string | undefined {
  if (expression.date === undefined) return undefined;
  if (expression.precision === 'year') return expression.date.slice(0, 4);
  if (expression.precision === 'month') return expression.date.slice(0, 7);
  return expression.date;
}

function loadArticles() {
  return Object.keys(ANSWER_KEY).map((file) => {
    const raw = readFileSync(join(EXAMPLE_DIR, file), 'utf8');
    const extracted = file.endsWith('.html')
      ? extractHtml(raw, { source: file })
      : extractText(raw, { source: file });
    const article = extracted.value;
    if (article === undefined) throw new Error(`the extractor returned no article for ${file}`);
    return {
      id: file,
      raw,
      text: article.text,
      ...(article.publishedAt === undefined ? {} : { publishedAt: article.publishedAt }),
    };
  });
}

describe.skipIf(!present)('the harbour-fire example story (skipped: examples/harbour-fire is absent)', () => {
  const articles = present ? loadArticles() : [];
  const story = present ? resolveStoryDates(articles) : undefined;

  it('resolves every relative date in the answer key as the key says', () => {
    const misses: string[] = [];
    for (const article of articles) {
      const expressions = story?.value.expressions[article.id] ?? [];
      for (const row of ANSWER_KEY[article.id] ?? []) {
        let index = article.text.indexOf(row.phrase);
        expect(index, `"${row.phrase}" in ${article.id}`).toBeGreaterThanOrEqual(0);
        for (; index >= 0; index = article.text.indexOf(row.phrase, index + 1)) {
          const end = index + row.phrase.length;
          const found = expressions.find((expression) => expression.start < end && expression.end > index);
          const value = found === undefined ? undefined : valueOf(found);
          if (value !== row.value)
            misses.push(`${article.id}: "${row.phrase}" → ${value ?? 'nothing'}, key says ${row.value}`);
        }
      }
    }
    expect(misses).toEqual([]);
  });

  it('finds the date each plain-text dump states in its own text, as the extractor does', () => {
    for (const article of articles.filter((entry) => entry.id.endsWith('.txt'))) {
      expect(article.publishedAt, article.id).toBeDefined();
      expect(inferReferenceDate([{ text: article.raw }]), article.id).toBe(article.publishedAt?.slice(0, 10));
    }
  });

  it('uses every article’s publication date as its reference', () => {
    for (const article of articles)
      expect(story?.value.references[article.id], article.id).toBe(article.publishedAt?.slice(0, 10));
    expect(story?.diagnostics).toEqual([]);
  });
});
