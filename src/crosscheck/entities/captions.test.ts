// Caption people across a story: annotated like their articles (with invented sentences and mentions given, so
// the tagger's weights do not matter), then resolved with the articles' text.
import { describe, expect, it } from 'vitest';
import { annotateCaptions, annotateEntities, type EntityType } from '../../annotate/entities/index.ts';
import { mentionsOf } from '../../annotate/entities/test-mentions.ts';
import { resolveStoryEntities, type StoryArticleEntities } from './index.ts';

const NAMES: readonly (readonly [string, EntityType])[] = [
  ['Olena Dovhan', 'person'],
  ['Olena Dovgan', 'person'],
  ['Dovhan', 'person'],
  ['Dovgan', 'person'],
  ['Maria Ellison', 'person'],
  ['Ukraine', 'place'],
  ['Britain', 'place'],
  ['Geneva', 'place'],
  ['Jan Ferro', 'person'],
];

function article(id: string, text: string, captions: readonly string[] = []): StoryArticleEntities {
  return {
    id,
    text,
    entities: annotateEntities(text, { mentions: mentionsOf(text, NAMES) }).value,
    captions: annotateCaptions(captions, {
      mentions: new Map(captions.map((caption, index) => [index, mentionsOf(caption, NAMES)])),
    }).value,
  };
}

const first = article(
  'a1',
  'Foreign Minister Olena Dovhan met the delegation in Geneva on Monday. Dovhan said talks would go on.',
);
const caption =
  'Ukraine’s Foreign Minister Olena Dovgan, left, and Britain’s Trade Envoy Maria Ellison arrive in Geneva, Monday. (Jan Ferro, Pool Photo via Agency)';
const second = article('a2', 'Talks in Geneva ended late on Monday. Dovgan left without a word.', [caption]);
const entities = resolveStoryEntities([first, second]).value;
const people = entities.filter((entity) => entity.type === 'person');

describe('resolveStoryEntities with captions', () => {
  it('merges a caption person with a role and a body person of another spelling into one entity', () => {
    const dovhan = people.filter((entity) => entity.aliases.some((alias) => /Dov[hg]an/u.test(alias)));
    expect(dovhan).toHaveLength(1);
    const [person] = dovhan;
    expect(person?.aliases).toEqual(expect.arrayContaining(['Olena Dovhan', 'Olena Dovgan', 'Dovgan']));
    const role = person?.roles.find((candidate) => candidate.role === 'Foreign Minister');
    expect(role?.of).toBe('Ukraine');
    expect(role?.articleIds).toEqual(['a1', 'a2']);
    const inCaption = person?.mentions.filter((mention) => mention.caption === 0) ?? [];
    expect(inCaption.map((mention) => caption.slice(mention.start, mention.end))).toEqual(['Olena Dovgan']);
    expect(
      person?.mentions.filter((mention) => mention.articleId === 'a2' && mention.caption === undefined),
    ).toHaveLength(1);
  });

  it('keeps a person only a caption names, with the role, its country and the caption as provenance', () => {
    const ellison = people.find((entity) => entity.name === 'Maria Ellison');
    const at = caption.indexOf('Britain’s Trade Envoy');
    expect(ellison?.roles).toEqual([
      {
        role: 'Trade Envoy',
        of: 'United Kingdom',
        articleIds: ['a2'],
        spans: [{ articleId: 'a2', caption: 0, start: at, end: at + 'Britain’s Trade Envoy'.length }],
      },
    ]);
    expect(people.map((entity) => entity.name)).not.toContain('Jan Ferro');
  });
});
