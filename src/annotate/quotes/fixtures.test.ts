// Golden fixtures: test/fixtures/annotate/quotes-<slug>/{input.txt, names.json, expected.json}. names.json
// lists the names the NER would find, so the fixture tests attribution alone. UPDATE_GOLDENS=1 rewrites
// expected.json; review the diff.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { EntityMention } from '../ner/index.ts';
import { findQuotes } from './find-quotes.ts';

const FIXTURES = resolve(import.meta.dirname, '../../../test/fixtures/annotate');
const folders = readdirSync(FIXTURES).filter((name) => name.startsWith('quotes-'));
const NamesSchema = z.partialRecord(
  z.enum(['person', 'organization', 'place', 'group', 'other']),
  z.array(z.string()),
);

function mentionsOf(text: string, names: z.infer<typeof NamesSchema>): EntityMention[] {
  const mentions: EntityMention[] = [];
  for (const [type, list] of Object.entries(names) as [EntityMention['type'], string[]][]) {
    for (const name of list) {
      for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
        const overlaps = mentions.some((mention) => at < mention.end && at + name.length > mention.start);
        if (!overlaps) mentions.push({ start: at, end: at + name.length, text: name, type });
      }
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

describe('findQuotes golden fixtures', () => {
  it.each(folders)('matches %s', (folder) => {
    const text = readFileSync(resolve(FIXTURES, folder, 'input.txt'), 'utf8');
    const names = NamesSchema.parse(
      JSON.parse(readFileSync(resolve(FIXTURES, folder, 'names.json'), 'utf8')),
    );
    const actual = findQuotes(text, undefined, { mentions: mentionsOf(text, names) }).value;
    const expectedPath = resolve(FIXTURES, folder, 'expected.json');
    if (process.env.UPDATE_GOLDENS === '1' || !existsSync(expectedPath)) {
      writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    }
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
});
