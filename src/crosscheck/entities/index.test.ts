import { describe, expect, it } from 'vitest';
import type { ArticleEntity, EntityType, RoleMention } from '../../annotate/entities/index.ts';
import { resolveStoryEntities, type StoryArticleEntities, type StoryEntity } from './index.ts';

interface EntitySpec {
  readonly name: string;
  readonly type?: EntityType;
  readonly mentions?: number;
  readonly roles?: readonly (string | readonly [string, string])[];
  readonly aliases?: readonly string[];
  readonly country?: string;
}

/** An article's entities as annotateEntities would give them; mention offsets are placeholders in order. */
function article(id: string, specs: readonly EntitySpec[]): StoryArticleEntities {
  const entities: ArticleEntity[] = specs.map((spec, index) => {
    const count = spec.mentions ?? 1;
    const roles: RoleMention[] = (spec.roles ?? []).map((role, r) => {
      const [title, of] = typeof role === 'string' ? [role, undefined] : role;
      const start = 1000 * index + 100 + 10 * r;
      return {
        role: title,
        ...(of === undefined ? {} : { of }),
        text: title,
        start,
        end: start + title.length,
        sentence: { start, end: start + 50 },
      };
    });
    return {
      id: `e${index + 1}`,
      name: spec.name,
      type: spec.type ?? 'person',
      aliases: [spec.name, ...(spec.aliases ?? [])],
      mentions: Array.from({ length: count }, (_, m) => ({
        start: 1000 * index + 10 * m,
        end: 1000 * index + 10 * m + 5,
        text: spec.name,
      })),
      roles,
      ...(spec.country === undefined ? {} : { country: spec.country }),
    };
  });
  return { id, text: '', entities };
}

const named = (entities: readonly StoryEntity[], type: EntityType = 'person'): string[] =>
  entities
    .filter((entity) => entity.type === type)
    .map((entity) => `${entity.name}|${entity.aliases.slice(1).join(',')}`);

/** A supporting cast shared by the articles of one story, as real reports of one event share theirs. */
const cast: EntitySpec[] = [
  { name: 'Kyiv', type: 'place' },
  { name: 'Geneva', type: 'place' },
  { name: 'Ukraine', type: 'place', country: 'Ukraine' },
];

describe('resolveStoryEntities: people', () => {
  it('merges transliterated spellings of one person across articles', () => {
    const { value } = resolveStoryEntities([
      article('a1', [
        { name: 'Andrii Sybiha', mentions: 3, roles: [['Foreign Minister', 'Ukraine']] },
        ...cast,
      ]),
      article('a2', [{ name: 'Andriy Sybiga', roles: [['Foreign Minister', 'Ukraine']] }, ...cast]),
      article('a3', [{ name: 'Sybiha' }, ...cast]),
    ]);
    expect(named(value)).toEqual(['Andrii Sybiha|Andriy Sybiga,Sybiha']);
    const person = value.find((entity) => entity.type === 'person');
    expect(person?.roles).toEqual([
      expect.objectContaining({ role: 'Foreign Minister', of: 'Ukraine', articleIds: ['a1', 'a2'] }),
    ]);
    expect(person?.mentions.map((mention) => mention.articleId)).toEqual(['a1', 'a1', 'a1', 'a2', 'a3']);
  });

  it('merges a name written with, without and with transliterated diacritics, keeping the diacritics', () => {
    const { value } = resolveStoryEntities([
      article('a1', [{ name: 'Jana Plotner' }, ...cast]),
      article('a2', [{ name: 'Jana Plötner' }, ...cast]),
      article('a3', [{ name: 'Jana Ploetner' }, ...cast]),
    ]);
    expect(named(value)).toEqual(['Jana Plötner|Jana Plotner,Jana Ploetner']);
  });

  it('lets an initial or a missing middle name match a full given name', () => {
    const { value } = resolveStoryEntities([
      article('a1', [{ name: 'Maria T. Lind', mentions: 2 }]),
      article('a2', [{ name: 'M. Lind' }]),
      article('a3', [{ name: 'Maria Lind' }]),
    ]);
    expect(named(value)).toEqual(['Maria T. Lind|M. Lind,Maria Lind']);
  });

  it('keeps people who share a surname apart when their given names differ', () => {
    const { value } = resolveStoryEntities([
      article('a1', [{ name: 'Mira Holm' }, ...cast]),
      article('a2', [{ name: 'Erik Holm' }, ...cast]),
    ]);
    expect(named(value).sort()).toEqual(['Erik Holm|', 'Mira Holm|']);
  });

  it('never merges clearly different surnames, whatever the evidence', () => {
    const { value } = resolveStoryEntities([
      article('a1', [{ name: 'Tom Brown', roles: ['Mayor'] }, ...cast]),
      article('a2', [{ name: 'Tom Braun', roles: ['Mayor'] }, ...cast]),
    ]);
    expect(named(value)).toHaveLength(2);
  });

  it('keeps apart spelling variants that one article names side by side', () => {
    const { value } = resolveStoryEntities([
      article('a1', [{ name: 'Andrew Kell' }, { name: 'Andrea Kell' }, ...cast]),
      article('a2', [{ name: 'Andrew Kell' }, ...cast]),
    ]);
    expect(named(value).sort()).toEqual(['Andrea Kell|', 'Andrew Kell|']);
  });

  it('does not merge a spelling variant without a shared role or shared cast', () => {
    const { value } = resolveStoryEntities([
      article('a1', [{ name: 'Andrii Sybiha' }, { name: 'Oslo', type: 'place' }]),
      article('a2', [{ name: 'Andriy Sybiga' }, { name: 'Lima', type: 'place' }]),
    ]);
    expect(named(value)).toHaveLength(2);
  });

  it('joins a surname-only entity to the one full name it fits', () => {
    const { value } = resolveStoryEntities([
      article('a1', [{ name: 'Volodymyr Zelensky', roles: [['President', 'Ukraine']] }]),
      article('a2', [{ name: 'Zelensky', roles: ['President'] }]),
    ]);
    expect(named(value)).toEqual(['Volodymyr Zelensky|Zelensky']);
    expect(value[0]?.roles).toEqual([
      expect.objectContaining({ role: 'President', of: 'Ukraine', articleIds: ['a1', 'a2'] }),
    ]);
  });

  it('leaves a surname-only entity on its own when two people fit it equally, and says so', () => {
    const { value, diagnostics } = resolveStoryEntities([
      article('a1', [{ name: 'Mira Holm' }, { name: 'Erik Holm' }]),
      article('a2', [{ name: 'Holm' }]),
    ]);
    expect(named(value).sort()).toEqual(['Erik Holm|', 'Holm|', 'Mira Holm|']);
    expect(diagnostics.map((d) => d.code)).toEqual(['crosscheck/ambiguous-surname']);
  });

  it('keeps every role with the articles that state it, so disagreements stay visible', () => {
    const { value } = resolveStoryEntities([
      article('a1', [{ name: 'Luca Brenn', roles: ['Acting Harbour Master'] }]),
      article('a2', [{ name: 'Luca Brenn', roles: ['Acting Harbour Master'] }]),
      article('a3', [{ name: 'Luca Brenn', roles: ['Former Harbour Master'] }]),
    ]);
    expect(value[0]?.roles.map((role) => [role.role, role.articleIds])).toEqual([
      ['Acting Harbour Master', ['a1', 'a2']],
      ['Former Harbour Master', ['a3']],
    ]);
    expect(value[0]?.roles[1]?.spans).toEqual([{ articleId: 'a3', start: 100, end: 121 }]);
  });

  it("names a role's qualifier as the story names that entity", () => {
    const { value } = resolveStoryEntities([
      article('a1', [
        { name: 'Ada Nwosu', aliases: ['Nwosu'] },
        { name: 'Lukas Feld', roles: [['Envoy', 'Nwosu']] },
      ]),
    ]);
    const feld = value.find((entity) => entity.name === 'Lukas Feld');
    expect(feld?.roles[0]?.of).toBe('Ada Nwosu');
  });
});

describe('resolveStoryEntities: organisations and places', () => {
  it('merges one organisation across articles by name, alias and acronym', () => {
    const { value } = resolveStoryEntities([
      article('a1', [{ name: 'Halden Water Authority', type: 'organization', aliases: ['HWA'] }]),
      article('a2', [{ name: 'HWA', type: 'organization' }]),
      article('a3', [{ name: 'Northern Rail Union', type: 'organization' }]),
      article('a4', [{ name: 'NRU', type: 'organization' }]),
    ]);
    expect(named(value, 'organization').sort()).toEqual([
      'Halden Water Authority|HWA',
      'Northern Rail Union|NRU',
    ]);
  });

  it('joins a short organisation name to the one longer name it starts, but not a place to an organisation', () => {
    const { value } = resolveStoryEntities([
      article('a1', [
        { name: 'Halden Marine Terminals', type: 'organization' },
        { name: 'Vestby', type: 'place', mentions: 2 },
      ]),
      article('a2', [
        { name: 'Halden', type: 'organization' },
        { name: 'Vestby General Hospital', type: 'organization' },
      ]),
      article('a3', [{ name: 'Vestby', type: 'organization' }]),
    ]);
    expect(
      value.map((entity) => `${entity.type}:${entity.name}|${entity.aliases.slice(1).join(',')}`).sort(),
    ).toEqual([
      'organization:Halden Marine Terminals|Halden',
      'organization:Vestby General Hospital|',
      'place:Vestby|',
    ]);
  });

  it('joins a short organisation name to the one longer name whose head it ends, unless that one is rare', () => {
    const { value } = resolveStoryEntities([
      article('a1', [
        { name: 'Tarn Observatory for Coastal Rights', type: 'organization', mentions: 2 },
        { name: 'Vestby Fire Service', type: 'organization' },
        { name: 'Quayline', type: 'organization', mentions: 6 },
        { name: 'Fjordline', type: 'organization', mentions: 7 },
      ]),
      article('a2', [
        { name: 'Observatory', type: 'organization' },
        { name: 'Service', type: 'organization', mentions: 4 },
        { name: 'One Quayline', type: 'organization' },
        { name: 'Harbour Board and Coastal Trust', type: 'organization', mentions: 3 },
      ]),
      article('a3', [
        { name: 'Coastal Trust', type: 'organization' },
        { name: 'Fjordline Express', type: 'organization', mentions: 2 },
      ]),
    ]);
    expect(
      value.map((entity) => `${entity.type}:${entity.name}|${entity.aliases.slice(1).join(',')}`).sort(),
    ).toEqual([
      // Two names joined by "and" are not one longer name.
      'organization:Coastal Trust|',
      // Seven mentions of "Fjordline" are not the two of "Fjordline Express" it starts.
      'organization:Fjordline Express|',
      'organization:Fjordline|',
      'organization:Harbour Board and Coastal Trust|',
      // Six mentions of "Quayline" are not the one "One Quayline".
      'organization:One Quayline|',
      'organization:Quayline|',
      // "Service" has more than three times the mentions of the one longer name it ends.
      'organization:Service|',
      'organization:Tarn Observatory for Coastal Rights|Observatory',
      'organization:Vestby Fire Service|',
    ]);
  });

  it('reads a person named only by capitals as an organisation, unless the story names the person in full', () => {
    const { value } = resolveStoryEntities([
      article('a1', [
        { name: 'VESTA', type: 'person', mentions: 2 },
        { name: 'Ola Brekke', roles: ['Mayor'] },
      ]),
      article('a2', [
        { name: 'VESTA', type: 'organization' },
        { name: 'BREKKE', type: 'person' },
      ]),
    ]);
    expect(value.map((entity) => `${entity.type}:${entity.name}:${entity.mentions.length}`).sort()).toEqual([
      'organization:VESTA:3',
      'person:Ola Brekke:2',
    ]);
  });

  it('joins a bare name read as a person to the place the story names far more often', () => {
    const { value } = resolveStoryEntities([
      article('a1', [{ name: 'Vestby', type: 'place', mentions: 4 }]),
      article('a2', [
        { name: 'Vestby', type: 'person' },
        { name: 'Vestby', type: 'place', mentions: 2 },
      ]),
      article('a3', [
        { name: 'Holm', type: 'person', mentions: 2 },
        { name: 'Holm', type: 'place', mentions: 3 },
        { name: 'Tarn', type: 'person', roles: ['Mayor'] },
        { name: 'Tarn', type: 'place', mentions: 5 },
      ]),
    ]);
    expect(value.map((entity) => `${entity.type}:${entity.name}:${entity.mentions.length}`).sort()).toEqual([
      // Three mentions of the place against two of the person: not enough to call the person a slip.
      'person:Holm:2',
      // A person given a role is a person.
      'person:Tarn:1',
      'place:Holm:3',
      'place:Tarn:5',
      'place:Vestby:7',
    ]);
  });

  it('merges a country however each article wrote it, and keeps a demonym group apart', () => {
    const { value } = resolveStoryEntities([
      article('a1', [{ name: 'United States', type: 'place', aliases: ['U.S.'], country: 'United States' }]),
      article('a2', [
        { name: 'United States', type: 'place', aliases: ['US'], country: 'United States' },
        { name: 'American officials', type: 'group', country: 'United States' },
      ]),
    ]);
    expect(named(value, 'place')).toEqual(['United States|U.S.,US']);
    expect(named(value, 'group')).toEqual(['American officials|']);
  });

  it('names an organisation without the "The" of one sentence, but keeps one every article writes', () => {
    const { value } = resolveStoryEntities([
      article('a1', [
        { name: 'The Harbour Gazette', type: 'organization', mentions: 3 },
        { name: 'The Hague', type: 'place' },
      ]),
      article('a2', [
        { name: 'Harbour Gazette', type: 'organization' },
        { name: 'The Hague', type: 'place' },
      ]),
    ]);
    expect(value.map((entity) => entity.name)).toEqual(['Harbour Gazette', 'The Hague']);
  });

  it('gives a place tagged as an organisation in one article the type most mentions have', () => {
    const { value } = resolveStoryEntities([
      article('a1', [{ name: 'White House', type: 'place', mentions: 3 }]),
      article('a2', [{ name: 'White House', type: 'organization' }]),
    ]);
    expect(value.map((entity) => `${entity.type}:${entity.name}`)).toEqual(['place:White House']);
  });

  it('gives the same entity the same id on every run and different entities different ids', () => {
    const story = [
      article('a1', [{ name: 'Mira Holm' }, { name: 'Halden', type: 'place' }]),
      article('a2', [{ name: 'Mira Holm' }]),
    ];
    const first = resolveStoryEntities(story).value.map((entity) => entity.id);
    const second = resolveStoryEntities([...story].reverse()).value.map((entity) => entity.id);
    expect(new Set(first).size).toBe(2);
    expect([...second].sort()).toEqual([...first].sort());
  });
});
