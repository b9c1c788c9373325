// Reviewed golden outputs for invented articles under test/fixtures/annotate/entities-*; the tagged mentions are
// part of each input so the golden checks this module, not the tagger's weights. UPDATE_GOLDENS=1 rewrites them.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { splitSentences } from '../../normalize/index.ts';
import { annotateEntities } from './index.ts';
import { mentionsOf } from './test-mentions.ts';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/annotate', import.meta.url));
const UPDATE_GOLDENS = process.env['UPDATE_GOLDENS'] === '1';

const Input = z.object({
  text: z.string(),
  mentions: z.array(z.tuple([z.string(), z.enum(['person', 'organization', 'place', 'group', 'other'])])),
});

const folders = readdirSync(FIXTURES).filter((folder) => folder.startsWith('entities-'));

describe('entity annotator goldens', () => {
  it('has golden folders to check', () => {
    expect(folders.length).toBeGreaterThan(0);
  });

  for (const folder of folders) {
    it(`matches the reviewed entities, roles and mentions of ${folder}`, () => {
      const input = Input.parse(JSON.parse(readFileSync(join(FIXTURES, folder, 'input.json'), 'utf8')));
      const actual = annotateEntities(input.text, { mentions: mentionsOf(input.text, input.mentions) });
      const expectedPath = join(FIXTURES, folder, 'expected.json');
      if (UPDATE_GOLDENS || !existsSync(expectedPath))
        writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });

    it(`gives the same entities for ${folder} when the caller passes the sentences`, () => {
      const input = Input.parse(JSON.parse(readFileSync(join(FIXTURES, folder, 'input.json'), 'utf8')));
      const mentions = mentionsOf(input.text, input.mentions);
      expect(annotateEntities(input.text, { mentions, sentences: splitSentences(input.text) })).toEqual(
        annotateEntities(input.text, { mentions }),
      );
    });
  }
});
