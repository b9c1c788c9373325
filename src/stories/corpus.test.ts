// The five sample articles on the April 2025 Paris talks form one story; invented same-week pieces that share
// names or words with it (a tariff story naming the same politicians, football and an exhibition in Paris,
// Ukrainian farming) stay out. Read as plain text, page furniture included.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createStoryClusterer } from './story-clusterer.ts';
import type { StoryItem } from './types.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = join(repoRoot, '..', 'shared', 'corpus', 'paris-talks-2025-04');
const UNRELATED = join(repoRoot, 'test', 'fixtures', 'stories', 'same-week-unrelated');

function readDir(dir: string): StoryItem[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ id: name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** Spreads items over three days, related and unrelated interleaved, as a real week's stream would be. */
function dated(items: readonly StoryItem[]): StoryItem[] {
  const start = Date.UTC(2025, 3, 15, 6);
  return items.map((item, index) => ({
    ...item,
    publishedAt: new Date(start + index * 8 * 3_600_000).toISOString(),
  }));
}

function interleave(a: readonly StoryItem[], b: readonly StoryItem[]): StoryItem[] {
  const out: StoryItem[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const left = a[i];
    const right = b[i];
    if (left !== undefined) out.push(left);
    if (right !== undefined) out.push(right);
  }
  return out;
}

describe.skipIf(!existsSync(CORPUS))(
  'Paris-talks sample corpus (skipped when ../shared/corpus is absent)',
  () => {
    const related = existsSync(CORPUS) ? readDir(CORPUS) : [];
    const unrelated = readDir(UNRELATED);

    it.each([
      ['undated', interleave(related, unrelated)],
      ['dated over three days', dated(interleave(related, unrelated))],
      ['unrelated pieces first, dated', dated([...unrelated, ...related])],
      ['unrelated pieces first, undated', [...unrelated, ...related]],
    ])('puts the five articles in one story and every unrelated piece in its own (%s)', (_, stream) => {
      const clusterer = createStoryClusterer();
      for (const item of stream) expect(clusterer.add(item).diagnostics).toEqual([]);
      const storyOfRelated = new Set(related.map((item) => clusterer.storyOf(item.id)));
      expect(storyOfRelated.size).toBe(1);
      const story = [...storyOfRelated][0];
      const others = unrelated.map((item) => clusterer.storyOf(item.id));
      expect(others).not.toContain(story);
      expect(new Set(others).size).toBe(unrelated.length);
    });
  },
);
