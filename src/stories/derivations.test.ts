import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractArticle, extractText } from '../extract/index.ts';
import { splitSentences } from '../normalize/index.ts';
import { findDerivations, type DerivationArticle, type DerivationLink } from './derivations.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const LEVEE = join(repoRoot, 'test', 'fixtures', 'stories', 'levee-breach-derivatives');
const TUNNEL = join(repoRoot, 'test', 'fixtures', 'stories', 'tunnel-flood-reports');
const EXAMPLE = join(repoRoot, 'examples', 'harbour-fire');
const CORPUS = join(repoRoot, '..', 'shared', 'corpus', 'paris-talks-2025-04');

const read = (dir: string, name: string): DerivationArticle => ({
  id: name.replace(/\.txt$/, ''),
  text: readFileSync(join(dir, name), 'utf8'),
});

const pairs = (links: readonly DerivationLink[]): string[] =>
  [...new Set(links.map((link) => [link.from, link.to].sort().join(' ~ ')))].sort();

describe('findDerivations', () => {
  const original = read(LEVEE, 'original.txt');
  const trimmed = read(LEVEE, 'trimmed-copy.txt');
  const edited = read(LEVEE, 'light-edit.txt');
  const rewrite = read(LEVEE, 'machine-rewrite.txt');
  const independent = read(LEVEE, 'independent.txt');

  it('links a trimmed copy to the fuller original as a directed copy', () => {
    const { value } = findDerivations([trimmed, original]);
    expect(value).toEqual([
      {
        from: 'trimmed-copy',
        to: 'original',
        kind: 'copy',
        similarity: 1,
        directed: true,
        method: 'shingles',
      },
    ]);
  });

  it('links a lightly edited wire story by one-to-one sentence alignment, both ways when nothing tells the order', () => {
    const { value } = findDerivations([original, edited]);
    expect(value.map((link) => [link.from, link.to, link.kind, link.method, link.directed])).toEqual([
      ['light-edit', 'original', 'rewrite', 'sentences', false],
      ['original', 'light-edit', 'rewrite', 'sentences', false],
    ]);
    expect(value[0]?.similarity).toBeGreaterThan(0.9);
  });

  it('links a heavy machine rewrite through the order of names and figures it keeps', () => {
    const { value } = findDerivations([original, rewrite]);
    expect(value.map((link) => [link.kind, link.method])).toEqual([
      ['rewrite', 'sequence'],
      ['rewrite', 'sequence'],
    ]);
  });

  it('never links an independent report on the same event', () => {
    const { value } = findDerivations([original, trimmed, edited, rewrite, independent]);
    expect(value.filter((link) => link.from === 'independent' || link.to === 'independent')).toEqual([]);
    // The machine rewrite and the trimmed copy meet only through the original: the copy keeps too few of the
    // sentences the rewrite paraphrases for a direct link, and the two links to the original join them.
    expect(pairs(value)).toEqual([
      'light-edit ~ machine-rewrite',
      'light-edit ~ original',
      'light-edit ~ trimmed-copy',
      'machine-rewrite ~ original',
      'original ~ trimmed-copy',
    ]);
  });

  it('links a light rewrite to its wire story but neither to two independent reports that share its names and figures', () => {
    const { value } = findDerivations(
      readdirSync(TUNNEL)
        .sort()
        .map((name) => read(TUNNEL, name)),
    );
    expect(pairs(value)).toEqual(['light-rewrite ~ wire-original']);
    expect(value.map((link) => link.method)).toEqual(['sentences', 'sentences']);
  });

  it('leaves the direction open when one text has only a date and the other a time on that day', () => {
    const { value } = findDerivations([
      { ...edited, publishedAt: '2025-04-15' },
      { ...original, publishedAt: '2025-04-15T16:20:00+01:00' },
    ]);
    expect(value.map((link) => link.directed)).toEqual([false, false]);
    const nextDay = findDerivations([
      { ...edited, publishedAt: '2025-04-16' },
      { ...original, publishedAt: '2025-04-15T16:20:00+01:00' },
    ]).value;
    expect(nextDay).toMatchObject([{ from: 'light-edit', to: 'original', directed: true }]);
  });

  it.skipIf(!existsSync(EXAMPLE))(
    'finds only the machine-style rewrite among the six harbour-fire articles, whose independent reports share names, figures and timeline',
    () => {
      const articles: DerivationArticle[] = readdirSync(EXAMPLE)
        .sort()
        .flatMap((name) => {
          const { value } = extractArticle({
            source: name,
            bytes: readFileSync(join(EXAMPLE, name)),
            format: name.endsWith('.html') ? 'html' : 'text',
            fetchedAt: '2026-03-13T00:00:00Z',
          });
          if (value === undefined) return [];
          const id = name.replace(/\.[a-z]+$/, '');
          return [
            {
              id,
              text: value.text,
              ...(value.publishedAt === undefined ? {} : { publishedAt: value.publishedAt }),
            },
          ];
        });
      expect(articles).toHaveLength(6);
      const { value } = findDerivations(articles);
      expect(pairs(value)).toEqual(['globalpulse-report-corvain-blaze ~ meridian-wire-corvain-port-fire']);
      expect(value.every((link) => link.kind === 'rewrite' && link.method === 'sentences')).toBe(true);
    },
  );

  it('points from the later to the earlier text when dates differ', () => {
    const { value } = findDerivations([
      { ...rewrite, publishedAt: '2025-04-16T10:00:00Z' },
      { ...original, publishedAt: '2025-04-15T08:00:00Z' },
    ]);
    expect(value).toHaveLength(1);
    expect(value[0]).toMatchObject({ from: 'machine-rewrite', to: 'original', directed: true });
  });

  it('reports empty texts and repeated ids instead of failing', () => {
    const { value, diagnostics } = findDerivations([original, { id: 'blank', text: ' ' }, original]);
    expect(value).toEqual([]);
    expect(diagnostics.map((d) => d.code).sort()).toEqual(['stories/duplicate-id', 'stories/empty-text']);
  });

  it.skipIf(!existsSync(CORPUS)).each([
    ['extracted text and its own rough sentence split', 'extracted'],
    ['extracted text and sentence ranges from the normalize stage', 'sentences'],
  ] as const)(
    'finds exactly one rewrite pair in the Paris-talks sample, the machine rewrite, with %s (skipped without ../shared/corpus)',
    (_, variant) => {
      const articles = readdirSync(CORPUS)
        .sort()
        .map((name) => {
          const raw = readFileSync(join(CORPUS, name), 'utf8');
          const text = extractText(raw, { source: name }).value?.text ?? '';
          return {
            id: name.slice(0, 3),
            text,
            ...(variant === 'sentences' ? { sentences: splitSentences(text) } : {}),
          };
        });
      const { value } = findDerivations(articles);
      expect(pairs(value)).toEqual(['000 ~ 003']);
      expect(value.every((link) => link.kind === 'rewrite' && !link.directed)).toBe(true);
    },
  );

  it.skipIf(!existsSync(CORPUS))(
    'links no independent pair of the Paris-talks sample read raw, page furniture included (skipped without ../shared/corpus)',
    () => {
      // Furniture dilutes the machine rewrite's order signals to just under the thresholds (0.20 / 0.21, see
      // eval/cluster/derivations-report.ts), so it may be missed here; what must never happen is a false link.
      const articles = readdirSync(CORPUS)
        .sort()
        .map((name) => ({ id: name.slice(0, 3), text: readFileSync(join(CORPUS, name), 'utf8') }));
      expect(pairs(findDerivations(articles).value).filter((pair) => pair !== '000 ~ 003')).toEqual([]);
    },
  );
});
