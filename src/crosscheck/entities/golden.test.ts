// Reviewed golden output for an invented story under test/fixtures/crosscheck/entities-*: each article's tagged
// mentions are part of the input, so the golden checks annotation and resolution, not the tagger's weights.
// UPDATE_GOLDENS=1 rewrites it, and the rewrite is reviewed as a diff.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { annotateEntities } from '../../annotate/entities/index.ts';
import { mentionsOf } from '../../annotate/entities/test-mentions.ts';
import { resolveStoryEntities } from './index.ts';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/crosscheck', import.meta.url));
const UPDATE_GOLDENS = process.env['UPDATE_GOLDENS'] === '1';

const Input = z.object({
  articles: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      mentions: z.array(z.tuple([z.string(), z.enum(['person', 'organization', 'place', 'group', 'other'])])),
    }),
  ),
});

const folders = readdirSync(FIXTURES).filter((folder) => folder.startsWith('entities-'));

describe('story entity goldens', () => {
  it('has golden folders to check', () => {
    expect(folders.length).toBeGreaterThan(0);
  });

  for (const folder of folders) {
    it(`matches the reviewed story entities of ${folder}`, () => {
      const input = Input.parse(JSON.parse(readFileSync(join(FIXTURES, folder, 'input.json'), 'utf8')));
      const articles = input.articles.map(({ id, text, mentions }) => ({
        id,
        text,
        entities: annotateEntities(text, { mentions: mentionsOf(text, mentions) }).value,
      }));
      const actual = resolveStoryEntities(articles);
      const expectedPath = join(FIXTURES, folder, 'expected.json');
      if (UPDATE_GOLDENS || !existsSync(expectedPath))
        writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});
