import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IDENTITY_TYPES, parseConll, toDocuments } from './conll-format.ts';
import { findEntityMentions, loadNerTagger, NER_TAGS, scoreSpans } from './index.ts';

const fixture = new URL('../../../test/fixtures/annotate/ner-mentions-port-strike/', import.meta.url);

describe('loadNerTagger', () => {
  it('loads the committed model once and tags with IOB2 tags only', () => {
    const tagger = loadNerTagger();
    expect(loadNerTagger()).toBe(tagger);
    const tags = tagger.tag(['Officials', 'in', 'Lisbon', 'said', 'Maria', 'Santos', 'resigned', '.']);
    expect(tags).toHaveLength(8);
    for (const tag of tags) expect(NER_TAGS).toContain(tag);
    expect(tags.slice(4, 6)).toEqual(['B-PER', 'I-PER']);
    expect(tags[2]).toBe('B-LOC');
  });

  it('tags an all-capitals headline by its words, not by its capitals', () => {
    const [headline] = loadNerTagger().tagDocument?.([['FLOODS', 'CLOSE', 'ROADS', 'NEAR', 'LISBON']]) ?? [];
    expect(headline).toEqual(['O', 'O', 'O', 'O', 'B-LOC']);
  });
});

describe('findEntityMentions', () => {
  const text = readFileSync(new URL('input.txt', fixture), 'utf8');
  const { value: mentions, diagnostics } = findEntityMentions(text);

  it('returns character spans that slice back to the mention text', () => {
    expect(diagnostics).toEqual([]);
    for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it('finds the people, places and groups of a news story', () => {
    const has = (type: string, mentionText: string): boolean =>
      mentions.some((mention) => mention.type === type && mention.text === mentionText);
    expect(has('person', 'Marta Ilves')).toBe(true);
    expect(has('place', 'Brussels')).toBe(true);
    expect(has('group', 'German')).toBe(true);
    expect(has('group', 'Dutch importers')).toBe(true);
  });

  it('reads a demonym with the plural noun it qualifies as one group', () => {
    const found = findEntityMentions(
      'European leaders met on Friday, but the Spanish is spoken there.',
    ).value;
    expect(found.filter((mention) => mention.type === 'group').map((mention) => mention.text)).toEqual([
      'European leaders',
      'Spanish',
    ]);
  });

  it('matches the reviewed golden output (UPDATE_GOLDENS=1 rewrites it)', () => {
    const expectedPath = new URL('expected.json', fixture);
    if (process.env.UPDATE_GOLDENS === '1')
      writeFileSync(expectedPath, `${JSON.stringify(mentions, null, 2)}\n`);
    expect(existsSync(expectedPath)).toBe(true);
    expect(mentions).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
});

describe('the committed tagger on invented names', () => {
  it('finds people, organisations and places it cannot have memorised (span F1 ≥ 0.75)', () => {
    const path = new URL(
      'ner-invented-names/input.conll',
      new URL('../../../test/fixtures/annotate/', import.meta.url),
    );
    const [document] = toDocuments(parseConll(readFileSync(path, 'utf8')), IDENTITY_TYPES);
    const sentences = document ?? [];
    const tagger = loadNerTagger();
    const predicted = sentences.map((sentence) => tagger.tag(sentence.tokens));
    const score = scoreSpans(
      sentences.map((sentence) => sentence.tags),
      predicted,
      ['PER', 'ORG', 'LOC'],
    );
    expect(score.micro.support).toBe(19);
    expect(score.micro.f1).toBeGreaterThanOrEqual(0.75);
  });
});
