// `npx tsx eval/cluster/derivations-report.ts`: every measure behind copy/rewrite links for each pair of the
// calibration sets — the bundled example, the Paris-talks sample (extracted and raw), the invented fixtures —
// beside the known answer, with the margins between the true links and the closest independent pairs. The
// thresholds in src/stories/thresholds.ts quote these figures.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticles } from '../../src/pipeline/index.ts';
import {
  derivationEvidence,
  findDerivations,
  type DerivationArticle,
  type DerivationEvidence,
} from '../../src/stories/index.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURES = join(repoRoot, 'test', 'fixtures', 'stories');
const CORPUS = resolve(repoRoot, '..', 'shared', 'corpus', 'paris-talks-2025-04');

interface CalibrationSet {
  readonly name: string;
  readonly articles: readonly (DerivationArticle & { readonly label: string })[];
  /** Pairs of labels that are copies or rewrites of each other (in either direction). */
  readonly linked: readonly (readonly [string, string])[];
}

const label = (source: string): string => basename(source).replace(/\.[a-z]+$/, '');

async function extracted(dir: string): Promise<CalibrationSet['articles']> {
  const inputs = readdirSync(dir)
    .sort()
    .map((name) => join(dir, name));
  const out: (DerivationArticle & { label: string })[] = [];
  for await (const event of readArticles(inputs)) {
    if (event.kind !== 'article') continue;
    const { id, text, publishedAt, source } = event.article;
    out.push({ id, text, label: label(source), ...(publishedAt === undefined ? {} : { publishedAt }) });
  }
  return out;
}

function raw(dir: string): CalibrationSet['articles'] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ id: name, label: label(name), text: readFileSync(join(dir, name), 'utf8') }));
}

async function calibrationSets(): Promise<CalibrationSet[]> {
  const sets: CalibrationSet[] = [
    {
      name: 'harbour-fire example',
      articles: await extracted(join(repoRoot, 'examples', 'harbour-fire')),
      linked: [['globalpulse-report-corvain-blaze', 'meridian-wire-corvain-port-fire']],
    },
    {
      name: 'levee fixture',
      articles: raw(join(FIXTURES, 'levee-breach-derivatives')),
      linked: [
        ['original', 'trimmed-copy'],
        ['original', 'light-edit'],
        ['original', 'machine-rewrite'],
        ['trimmed-copy', 'light-edit'],
        ['trimmed-copy', 'machine-rewrite'],
        ['light-edit', 'machine-rewrite'],
      ],
    },
    {
      name: 'tunnel fixture',
      articles: raw(join(FIXTURES, 'tunnel-flood-reports')),
      linked: [['wire-original', 'light-rewrite']],
    },
  ];
  if (existsSync(CORPUS)) {
    const answer: [string, string][] = [['000', '003']];
    const byPrefix = (articles: CalibrationSet['articles']): CalibrationSet['articles'] =>
      articles.map((article) => ({ ...article, label: article.label.slice(0, 3) }));
    sets.push({ name: 'Paris-talks extracted', articles: byPrefix(await extracted(CORPUS)), linked: answer });
    sets.push({ name: 'Paris-talks raw', articles: byPrefix(raw(CORPUS)), linked: answer });
  }
  return sets;
}

const f = (value: number): string => value.toFixed(3);
const KEYS: readonly (keyof DerivationEvidence)[] = [
  'containment',
  'termJaccard',
  'sentenceCoverage',
  'paraphraseOrder',
  'sequenceExcess',
];

async function main(): Promise<void> {
  const sets = await calibrationSets();
  const highest = new Map<keyof DerivationEvidence, { value: number; pair: string }>();
  const lowest = new Map<keyof DerivationEvidence, { value: number; pair: string }>();
  let wrong = 0;
  console.log(['set', 'pair', 'truth', 'found', ...KEYS].join('\t'));
  for (const set of sets) {
    const found = findDerivations(set.articles).value;
    const labelOf = new Map(set.articles.map((article) => [article.id, article.label]));
    const foundPairs = new Set(
      found.map((link) => [labelOf.get(link.from), labelOf.get(link.to)].sort().join('~')),
    );
    const truePairs = new Set(set.linked.map((pair) => [...pair].sort().join('~')));
    for (let x = 0; x < set.articles.length; x += 1) {
      for (let y = x + 1; y < set.articles.length; y += 1) {
        const a = set.articles[x];
        const b = set.articles[y];
        if (a === undefined || b === undefined) continue;
        const pair = [a.label, b.label].sort().join('~');
        const evidence = derivationEvidence(a, b);
        const truth = truePairs.has(pair);
        const linked = foundPairs.has(pair);
        if (truth !== linked) wrong += 1;
        const extremes = truth ? lowest : highest;
        for (const key of KEYS) {
          const current = extremes.get(key);
          const better = truth
            ? evidence[key] < (current?.value ?? Infinity)
            : evidence[key] > (current?.value ?? -1);
          if (better) extremes.set(key, { value: evidence[key], pair: `${set.name}: ${pair}` });
        }
        const cells = KEYS.map((key) => f(evidence[key]));
        console.log(
          [set.name, pair, truth ? 'linked' : 'independent', linked ? 'linked' : '-', ...cells].join('\t'),
        );
      }
    }
  }
  console.log('\nlowest among true links / highest among independent pairs:');
  for (const key of KEYS) {
    const low = lowest.get(key);
    const high = highest.get(key);
    console.log(
      `${key.padEnd(17)} ${low === undefined ? '-' : `${f(low.value)} (${low.pair})`}  /  ${high === undefined ? '-' : `${f(high.value)} (${high.pair})`}`,
    );
  }
  console.log(`\npairs decided wrongly: ${wrong}`);
}

await main();
