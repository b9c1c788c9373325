// Acceptance through the real pipeline (extract → tagger → annotateEntities → resolveStoryEntities) on the sample
// corpus (../shared/corpus/paris-talks-2025-04, real dumps) and the invented example examples/harbour-fire.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotateEntities, nameKey } from '../../annotate/entities/index.ts';
import { loadNerTagger, type NerTagger } from '../../annotate/ner/index.ts';
import { extractArticle, extractText } from '../../extract/index.ts';
import { resolveStoryEntities, type StoryEntity } from './index.ts';

const CORPUS = resolve(import.meta.dirname, '../../../../shared/corpus/paris-talks-2025-04');
const HARBOUR_FIRE = resolve(import.meta.dirname, '../../../examples/harbour-fire');

let tagger: NerTagger;
beforeAll(() => {
  tagger = loadNerTagger();
});

function resolveStory(texts: readonly { id: string; text: string }[]): readonly StoryEntity[] {
  const articles = texts.map(({ id, text }) => ({
    id,
    text,
    entities: annotateEntities(text, { tagger }).value,
  }));
  return resolveStoryEntities(articles).value;
}

/** The person entities whose name or an alias ends with `surname` (diacritics and case ignored). */
function peopleNamed(entities: readonly StoryEntity[], surname: string): StoryEntity[] {
  const key = nameKey(surname);
  return entities.filter(
    (entity) =>
      entity.type === 'person' && entity.aliases.some((alias) => nameKey(alias).split(' ').at(-1) === key),
  );
}

function onePerson(entities: readonly StoryEntity[], surname: string): StoryEntity {
  const found = peopleNamed(entities, surname);
  expect(
    found.map((entity) => entity.name),
    surname,
  ).toHaveLength(1);
  const [entity] = found;
  if (entity === undefined) throw new Error(`no person named ${surname}`);
  return entity;
}

const roleOf = (entity: StoryEntity, role: string): StoryEntity['roles'][number] | undefined =>
  entity.roles.find((candidate) => candidate.role === role);

/** Titles, courtesy titles, bullets, quotes, possessives and brackets must not reach a person's name. */
const UNCLEAN_NAME =
  /[•“”"()[\]]|['’]s$|^(?:President|Secretary|Senator|Minister|Foreign|Prime|Vice|Mr|Mrs|Ms|Dr|Mayor|Chief|Acting|Former|The)\b/u;

describe.skipIf(!existsSync(CORPUS))('entities of the sample corpus (paris-talks-2025-04)', () => {
  let entities: readonly StoryEntity[] = [];
  beforeAll(() => {
    const texts = readdirSync(CORPUS)
      .filter((file) => file.endsWith('.txt'))
      .sort()
      .map((file) => ({
        id: file,
        text: extractText(readFileSync(resolve(CORPUS, file), 'utf8'), { source: file }).value?.text ?? '',
      }));
    entities = resolveStory(texts);
  });

  it('has exactly one person entity for each person of the story, every spelling merged', () => {
    for (const surname of [
      'Rubio',
      'Witkoff',
      'Trump',
      'Macron',
      'Putin',
      'Lammy',
      'Yermak',
      'Zelensky',
      'Bruce',
    ]) {
      onePerson(entities, surname);
    }
    expect(onePerson(entities, 'Witkoff').mentions.length).toBeGreaterThanOrEqual(25);
    expect(new Set(onePerson(entities, 'Witkoff').mentions.map((mention) => mention.articleId)).size).toBe(5);
  });

  it('gives clean person names without titles, bullets, quotes or possessives', () => {
    const people = entities.filter((entity) => entity.type === 'person');
    expect(people.length).toBeGreaterThanOrEqual(12);
    for (const person of people) expect(person.name, person.name).not.toMatch(UNCLEAN_NAME);
    expect(onePerson(entities, 'Sybiha').name).toBe('Andrii Sybiha');
    expect(onePerson(entities, 'Barrot').name).toBe('Jean-Noël Barrot');
  });

  it("keeps both of Marco Rubio's titles, each with the articles that give it", () => {
    const rubio = onePerson(entities, 'Rubio');
    expect(rubio.name).toBe('Marco Rubio');
    const secretary = roleOf(rubio, 'Secretary of State');
    const senator = roleOf(rubio, 'Senator');
    expect(secretary?.of).toBe('United States');
    expect(secretary?.articleIds.length).toBeGreaterThanOrEqual(3);
    expect(senator?.articleIds).toHaveLength(1);
    expect(secretary?.articleIds).not.toContain(senator?.articleIds[0]);
  });

  it('splits the country or organisation from each title', () => {
    expect(roleOf(onePerson(entities, 'Lammy'), 'Foreign Secretary')).toMatchObject({ of: 'United Kingdom' });
    expect(roleOf(onePerson(entities, 'Lammy'), 'Foreign Secretary')?.articleIds).toHaveLength(3);
    expect(roleOf(onePerson(entities, 'Peskov'), 'Spokesperson')).toMatchObject({ of: 'Kremlin' });
    expect(roleOf(onePerson(entities, 'Macron'), 'President')).toMatchObject({ of: 'France' });
    expect(roleOf(onePerson(entities, 'Witkoff'), 'Special Envoy')).toMatchObject({ of: 'Donald Trump' });
    expect(roleOf(onePerson(entities, 'Bruce'), 'Spokesperson')?.articleIds).toHaveLength(2);
  });

  it('merges the country however the articles write it', () => {
    const country = entities.filter((entity) => entity.name === 'United States');
    expect(country).toHaveLength(1);
    expect(country[0]?.aliases).toEqual(expect.arrayContaining(['U.S.', 'US']));
  });
});

describe.skipIf(!existsSync(HARBOUR_FIRE))('entities of the invented example (examples/harbour-fire)', () => {
  let entities: readonly StoryEntity[] = [];
  beforeAll(() => {
    const texts = readdirSync(HARBOUR_FIRE)
      .sort()
      .map((file) => {
        const article = extractArticle({
          source: file,
          bytes: readFileSync(resolve(HARBOUR_FIRE, file)),
          format: file.endsWith('.html') ? 'html' : 'text',
          fetchedAt: '2026-03-12T12:00:00Z',
        }).value;
        return { id: file, text: article?.text ?? '' };
      });
    entities = resolveStory(texts);
  });

  it("merges the fire chief's name with and without its diacritics, keeping them", () => {
    const chief = onePerson(entities, 'Kovačić');
    expect(chief.name).toBe('Marta Kovačić');
    expect(chief.aliases).toEqual(expect.arrayContaining(['Marta Kovacic', 'Kovacic', 'Kovačić']));
    expect(new Set(chief.mentions.map((mention) => mention.articleId)).size).toBe(6);
    expect(roleOf(chief, 'Chief Fire Officer')?.articleIds).toHaveLength(6);
    expect(roleOf(chief, 'Chief Fire Officer')?.of).toBe('Corvain Fire and Rescue Service');
  });

  it("keeps the harbour master's disputed titles apart, each with its own outlets", () => {
    const master = onePerson(entities, 'Brandvold');
    const acting = roleOf(master, 'Acting Harbour Master');
    const former = roleOf(master, 'Former Harbour Master');
    expect(acting?.articleIds).toHaveLength(4);
    expect(former?.articleIds).toEqual(['bayline-news-corvain-port-fire.txt']);
    expect(roleOf(master, 'Harbour Master')?.articleIds).toEqual([
      'northshore-ledger-eastmole-fire-pumps.txt',
    ]);
  });

  it('resolves "its" in "Its chief executive" to the operator named before', () => {
    const chiefExecutive = roleOf(onePerson(entities, 'Haddad'), 'Chief Executive');
    expect(chiefExecutive?.of).toBe('Halvard Marine Terminals');
    expect(chiefExecutive?.articleIds.length).toBeGreaterThanOrEqual(4);
    expect(roleOf(onePerson(entities, 'Adeyemi'), 'Regional Secretary')?.of).toBe(
      'United Dock and Harbour Workers',
    );
  });

  it('gives clean person names', () => {
    for (const person of entities.filter((entity) => entity.type === 'person')) {
      expect(person.name, person.name).not.toMatch(UNCLEAN_NAME);
    }
    onePerson(entities, 'Solano');
  });

  it('reads each organisation whole where one article split it or cut it short', () => {
    const service = entities.filter((entity) => /Rescue Service|^Corvain Fire/u.test(entity.name));
    expect(service.map((entity) => entity.name)).toEqual(['Corvain Fire and Rescue Service']);
    // All six articles name the service.
    expect(new Set(service[0]?.mentions.map((mention) => mention.articleId)).size).toBe(6);
    const inspectorate = entities.filter((entity) => /Inspectorate/u.test(entity.name));
    expect(inspectorate.map((entity) => entity.name)).toHaveLength(1);
  });

  it('reads the port town as a place, not once as a person', () => {
    expect(
      entities.filter((entity) => nameKey(entity.name) === 'corvain').map((entity) => entity.type),
    ).toEqual(['place']);
  });
});
