// Reviewed golden outputs for invented inputs under test/fixtures/annotate/time-*; UPDATE_GOLDENS=1 rewrites
// them, and the rewrite is reviewed as a diff.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findTimeExpressions, resolveStoryDates } from './index.ts';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/annotate', import.meta.url));
const UPDATE_GOLDENS = process.env['UPDATE_GOLDENS'] === '1';

const SentencesInput = z.object({ referenceDate: z.string().optional(), text: z.string() });
const StoryInput = z.object({
  articles: z.array(z.object({ id: z.string(), text: z.string(), publishedAt: z.string().optional() })),
});

function checkGolden(folder: string, actual: unknown): void {
  const expectedPath = join(FIXTURES, folder, 'expected.json');
  if (UPDATE_GOLDENS || !existsSync(expectedPath))
    writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
  expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
}

const readInput = (folder: string): unknown =>
  JSON.parse(readFileSync(join(FIXTURES, folder, 'input.json'), 'utf8'));

describe('time annotator goldens', () => {
  it('matches the reviewed expressions of a news paragraph (time-news-sentences)', () => {
    const input = SentencesInput.parse(readInput('time-news-sentences'));
    const result = findTimeExpressions(
      input.text,
      input.referenceDate === undefined ? {} : { referenceDate: input.referenceDate },
    );
    checkGolden('time-news-sentences', result);
  });

  it('matches the reviewed references and expressions of a partly undated story (time-undated-story)', () => {
    const input = StoryInput.parse(readInput('time-undated-story'));
    const articles = input.articles.map(({ publishedAt, ...rest }) => ({
      ...rest,
      ...(publishedAt === undefined ? {} : { publishedAt }),
    }));
    checkGolden('time-undated-story', resolveStoryDates(articles));
  });
});
