// `npm run eval:claims:contested [-- --every 7 --offsets 0,1,3,5 --per 6]`: the contested claims corroborate
// finds on real multi-outlet stories, for reading by hand. The stories are FNC-1 claims (../shared/data/fnc1)
// with 8 to 20 related bodies, each body one outlet; every `every`-th claim from each offset is taken, so the
// selection is fixed. FNC-1 has no answer key for claims: the report prints each contested claim with its
// sides and sentences so that a reader can judge whether the outlets really disagree, and the counts per
// story and verdict so that a change can be compared run against run. Precision figures quoted in commits and
// closing notes are such hand judgements.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readFncDataset } from '../../src/crosscheck/stance/fnc-dataset.ts';
import { ingestIntoStore, viewStoriesOf } from '../../src/pipeline/index.ts';
import { openSqliteStore } from '../../src/store/index.ts';

const FNC = resolve(import.meta.dirname, '../../../shared/data/fnc1');
const MIN_BODIES = 8;
const MAX_BODIES = 20;
/** Sentences printed per side of a contested claim. */
const SENTENCES_SHOWN = 2;

const { values } = parseArgs({
  options: {
    every: { type: 'string', default: '7' },
    offsets: { type: 'string', default: '0,1,3,5' },
    per: { type: 'string', default: '6' },
  },
});
const every = Number(values.every);
const offsets = values.offsets.split(',').map(Number);
const per = Number(values.per);

const data = readFncDataset(FNC);
const related = new Map<string, Set<string>>();
for (const pair of data.pairs) {
  if (pair.stance === 'unrelated') continue;
  const bodies = related.get(pair.headline) ?? new Set<string>();
  bodies.add(pair.bodyId);
  related.set(pair.headline, bodies);
}
const candidates = [...related.entries()]
  .filter(([, bodies]) => bodies.size >= MIN_BODIES && bodies.size <= MAX_BODIES)
  .sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]));

let contestedTotal = 0;
for (const offset of offsets) {
  const chosen = candidates.filter((_, i) => i % every === offset).slice(0, per);
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-contested-'));
  try {
    const files = chosen.map(([headline, bodies], k) => {
      console.log(`claim ${offset}.${k} (${bodies.size} bodies): ${headline}`);
      const lines = [...bodies].map((id) =>
        JSON.stringify({ id: `fnc-${id}`, text: data.bodies.get(id) ?? '' }),
      );
      const path = join(dir, `claim-${k}.jsonl`);
      writeFileSync(path, `${lines.join('\n')}\n`);
      return path;
    });
    const store = openSqliteStore({ path: ':memory:' });
    try {
      const ingested = await ingestIntoStore(store, files);
      const view = viewStoriesOf(store, ingested.articleIds);
      for (const { story, claims } of view.stories) {
        const counts = new Map<string, number>();
        for (const claim of claims.claims) {
          const key = `${claim.kind} ${claim.status}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        const summary = [...counts].map(([key, n]) => `${key} ${n}`).join(' · ');
        console.log(
          `\nstory of ${story.articleIds.length} articles: ${story.title ?? '(untitled)'}\n  ${summary}`,
        );
        for (const claim of claims.claims.filter((c) => c.status === 'contested')) {
          contestedTotal += 1;
          const flags = claim.flags.length > 0 ? ` [${claim.flags.join(', ')}]` : '';
          console.log(`  CONTESTED (${claim.kind}, ${claim.outlets} outlets)${flags}: ${claim.text}`);
          for (const side of claim.sides)
            console.log(`    "${side.value}" ← ${side.articleIds.length} article(s)`);
          for (const e of [
            ...claim.support.slice(0, SENTENCES_SHOWN),
            ...claim.conflicts.slice(0, SENTENCES_SHOWN),
          ])
            console.log(`      · "${e.value ?? ''}" ${e.sentence.replace(/\s+/gu, ' ').slice(0, 180)}`);
        }
      }
    } finally {
      store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log('');
}
console.log(`contested claims in all: ${contestedTotal}`);
