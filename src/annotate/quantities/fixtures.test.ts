// Golden fixtures: test/fixtures/annotate/quantities-<slug>/{input.txt, expected.json}. Run with
// UPDATE_GOLDENS=1 to rewrite expected.json, then review the diff. No NER here: `about` is covered elsewhere.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findQuantities } from './find-quantities.ts';

const FIXTURES = resolve(import.meta.dirname, '../../../test/fixtures/annotate');
const folders = readdirSync(FIXTURES).filter((name) => name.startsWith('quantities-'));

describe('findQuantities golden fixtures', () => {
  it.each(folders)('matches %s', (folder) => {
    const text = readFileSync(resolve(FIXTURES, folder, 'input.txt'), 'utf8');
    const actual = findQuantities(text, undefined, { mentions: [] }).value.map(
      ({ sentence: unusedSentence, ...quantity }) => quantity,
    );
    const expectedPath = resolve(FIXTURES, folder, 'expected.json');
    if (process.env.UPDATE_GOLDENS === '1' || !existsSync(expectedPath)) {
      writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    }
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
});
