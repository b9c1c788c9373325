import { describe, expect, it } from 'vitest';
import type { EntityType } from '../ner/index.ts';
import { annotateEntities, type ArticleEntity } from './index.ts';
import { mentionsOf } from './test-mentions.ts';

function annotate(text: string, names: readonly (readonly [string, EntityType])[]): readonly ArticleEntity[] {
  return annotateEntities(text, { mentions: mentionsOf(text, names) }).value;
}

/** `role` or `role @ of` for each role of the entity named `name`. */
function rolesOf(entities: readonly ArticleEntity[], name: string): string[] {
  const entity = entities.find((candidate) => candidate.name === name);
  return (entity?.roles ?? []).map((role) =>
    role.of === undefined ? role.role : `${role.role} @ ${role.of}`,
  );
}

describe('roles before a name', () => {
  it('splits a country code, a demonym or a country name from the title', () => {
    const text =
      'U.S. Trade Representative Tom Hale met French President Elise Morel and UK Foreign Secretary Owen Pryce. ' +
      'Former Norwegian Prime Minister Ola Brekke joined them.';
    const entities = annotate(text, [
      ['U.S.', 'place'],
      ['Tom Hale', 'person'],
      ['French', 'group'],
      ['Elise Morel', 'person'],
      ['UK', 'place'],
      ['Owen Pryce', 'person'],
      ['Ola Brekke', 'person'],
    ]);
    expect(rolesOf(entities, 'Tom Hale')).toEqual(['Trade Representative @ United States']);
    expect(rolesOf(entities, 'Elise Morel')).toEqual(['President @ France']);
    expect(rolesOf(entities, 'Owen Pryce')).toEqual(['Foreign Secretary @ United Kingdom']);
    expect(rolesOf(entities, 'Ola Brekke')).toEqual(['Former Prime Minister @ Norway']);
  });

  it('completes a country from the words before a demonym tagged alone ("North Korean")', () => {
    const text = 'North Korean leader Han Sol-ri and South African President Tumi Dlamini met.';
    const entities = annotate(text, [
      ['Korean', 'group'],
      ['Han Sol-ri', 'person'],
      ['African', 'group'],
      ['Tumi Dlamini', 'person'],
    ]);
    expect(rolesOf(entities, 'Han Sol-ri')).toEqual(['Leader @ North Korea']);
    expect(rolesOf(entities, 'Tumi Dlamini')).toEqual(['President @ South Africa']);
  });

  it('reads "in chief" as part of the title', () => {
    const text = "The magazine's editor in chief Rosa Vint and Commander in Chief Amal Dunne spoke.";
    const entities = annotate(text, [
      ['Rosa Vint', 'person'],
      ['Amal Dunne', 'person'],
    ]);
    expect(rolesOf(entities, 'Rosa Vint')).toEqual(['Editor in Chief']);
    expect(rolesOf(entities, 'Amal Dunne')).toEqual(['Commander in Chief']);
  });

  it('takes an organisation named before the title as its qualifier', () => {
    const text = 'Kremlin spokesman Ivan Sorin and NATO Secretary General Piet Kramer spoke.';
    const entities = annotate(text, [
      ['Kremlin', 'place'],
      ['Ivan Sorin', 'person'],
      ['NATO', 'organization'],
      ['Piet Kramer', 'person'],
    ]);
    expect(rolesOf(entities, 'Ivan Sorin')).toEqual(['Spokesperson @ Kremlin']);
    expect(rolesOf(entities, 'Piet Kramer')).toEqual(['Secretary General @ NATO']);
  });

  it("reads a possessor as the qualifier and leaves the possessor's own title to the possessor", () => {
    const text =
      'President Ada Nwosu’s special envoy, Lukas Feld, landed first. Nwosu’s envoy Feld spoke later.';
    const entities = annotate(text, [
      ['Ada Nwosu', 'person'],
      ['Nwosu', 'person'],
      ['Lukas Feld', 'person'],
      ['Feld', 'person'],
    ]);
    expect(rolesOf(entities, 'Lukas Feld')).toEqual(['Special Envoy @ Ada Nwosu', 'Envoy @ Ada Nwosu']);
    expect(rolesOf(entities, 'Ada Nwosu')).toEqual(['President']);
  });

  it('reads a title set off by a comma before the name when an article or possessor opens it', () => {
    const text = 'The former harbour master, Pieter Vos, said the quay was clear.';
    const entities = annotate(text, [['Pieter Vos', 'person']]);
    expect(rolesOf(entities, 'Pieter Vos')).toEqual(['Former Harbour Master']);
    expect(entities[0]?.roles[0]?.text).toBe('former harbour master');
  });

  it('takes the organisation named right after the person as the qualifier of a title before the name', () => {
    const text = 'Police chief Sara Lunde of the Vestby Police District said arrests were made.';
    const entities = annotate(text, [
      ['Sara Lunde', 'person'],
      ['Vestby Police District', 'organization'],
    ]);
    expect(rolesOf(entities, 'Sara Lunde')).toEqual(['Police Chief @ Vestby Police District']);
    expect(entities.find((entity) => entity.name === 'Sara Lunde')?.roles[0]?.text).toBe('Police chief');
  });

  it('does not take a verb or preposition before a title as part of it', () => {
    const text = 'The plan was backed, said spokesman Olu Bade, according to adviser Rina Hart.';
    const entities = annotate(text, [
      ['Olu Bade', 'person'],
      ['Rina Hart', 'person'],
    ]);
    expect(rolesOf(entities, 'Olu Bade')).toEqual(['Spokesperson']);
    expect(rolesOf(entities, 'Rina Hart')).toEqual(['Adviser']);
  });
});

describe('two titles and prefixes', () => {
  it('reads a dotted rank after another title as a second role', () => {
    const text = 'Halden Army spokesman Rear Adm. Jon Kell said the drill was over.';
    const entities = annotate(text, [
      ['Halden Army', 'organization'],
      ['Jon Kell', 'person'],
    ]);
    expect(rolesOf(entities, 'Jon Kell')).toEqual(['Spokesperson @ Halden Army', 'Rear Admiral']);
  });

  it('reads an acronym before a capitalised title as its organisation', () => {
    const text = 'The deal was signed by VTX CEO Mia Roth on Friday.';
    expect(rolesOf(annotate(text, [['Mia Roth', 'person']]), 'Mia Roth')).toEqual(['Chief Executive @ VTX']);
  });

  it('keeps "ex-" as a former title and drops the dating "then-"', () => {
    const text = 'Ex-minister Juli Park met then-Transport Secretary Ola Brekke.';
    const entities = annotate(text, [
      ['Juli Park', 'person'],
      ['Ola Brekke', 'person'],
    ]);
    expect(rolesOf(entities, 'Juli Park')).toEqual(['Former Minister']);
    expect(rolesOf(entities, 'Ola Brekke')).toEqual(['Transport Secretary']);
  });

  it('does not read the place after a name as the organisation of a title before it', () => {
    const text = 'President Ana Duarte at the Vestby Palace greeted guests.';
    expect(rolesOf(annotate(text, [['Ana Duarte', 'person']]), 'Ana Duarte')).toEqual(['President']);
  });
});

describe('roles after a name', () => {
  it('does not give a name the title of the speaker after it ("X, the minister says")', () => {
    const text =
      "The country holds the daughter of rebel leader Abu Karim, the country's interior minister says.";
    expect(rolesOf(annotate(text, [['Abu Karim', 'person']]), 'Abu Karim')).toEqual(['Rebel Leader']);
  });

  it('reads an appositive with the organisation that follows its title', () => {
    const text =
      'Marta Ilic, the chief fire officer of the Brenna Fire and Rescue Service, said the blaze was out. ' +
      'Dr Ji-ho Park, medical director at Brenna General Hospital, said most patients went home.';
    const entities = annotate(text, [
      ['Marta Ilic', 'person'],
      ['Ji-ho Park', 'person'],
      ['Brenna General Hospital', 'organization'],
    ]);
    expect(rolesOf(entities, 'Marta Ilic')).toEqual(['Chief Fire Officer @ Brenna Fire and Rescue Service']);
    expect(rolesOf(entities, 'Ji-ho Park')).toEqual(['Medical Director @ Brenna General Hospital']);
  });

  it('reads an appositive after a said-clause and after an age', () => {
    const text =
      '“We are ready,” said Oskar Lind, Veltrix spokeswoman. Peter Vos, 52, a retired teacher, saw smoke.';
    const entities = annotate(text, [
      ['Oskar Lind', 'person'],
      ['Veltrix', 'organization'],
      ['Peter Vos', 'person'],
    ]);
    expect(rolesOf(entities, 'Oskar Lind')).toEqual(['Spokesperson @ Veltrix']);
    expect(rolesOf(entities, 'Peter Vos')).toEqual(['Teacher']);
  });

  it('reads a lower-case possessor as nothing checkable and a "for" organisation as the qualifier', () => {
    const text =
      "Lena Varga, the country's foreign minister, said talks would go on. Tomas Reyes, a spokesperson for the " +
      'Ministry of Transport, said trains would run.';
    const entities = annotate(text, [
      ['Lena Varga', 'person'],
      ['Tomas Reyes', 'person'],
      ['Ministry of Transport', 'organization'],
    ]);
    expect(rolesOf(entities, 'Lena Varga')).toEqual(['Foreign Minister']);
    expect(rolesOf(entities, 'Tomas Reyes')).toEqual(['Spokesperson @ Ministry of Transport']);
  });

  it('finds no role in a list of names or in a clause after a name', () => {
    const text =
      'She met Ana Duarte, Foreign Minister Kai Berg, and others. Duarte, known for her hard line, left early.';
    const entities = annotate(text, [
      ['Ana Duarte', 'person'],
      ['Duarte', 'person'],
      ['Kai Berg', 'person'],
    ]);
    expect(rolesOf(entities, 'Ana Duarte')).toEqual([]);
    expect(rolesOf(entities, 'Kai Berg')).toEqual(['Foreign Minister']);
  });
});

describe('canonical titles', () => {
  it('keeps former, acting, deputy and vice as part of the role', () => {
    const text =
      'Acting harbour master Luca Brenn, Deputy Mayor Ida Sole, Vice-President Mara Quist and ex-minister Juli Park met.';
    const entities = annotate(text, [
      ['Luca Brenn', 'person'],
      ['Ida Sole', 'person'],
      ['Mara Quist', 'person'],
      ['Juli Park', 'person'],
    ]);
    expect(rolesOf(entities, 'Luca Brenn')).toEqual(['Acting Harbour Master']);
    expect(rolesOf(entities, 'Ida Sole')).toEqual(['Deputy Mayor']);
    expect(rolesOf(entities, 'Mara Quist')).toEqual(['Vice President']);
    expect(rolesOf(entities, 'Juli Park')).toEqual(['Former Minister']);
  });

  it('gives gendered, abbreviated and two-way-spelled titles one canonical form', () => {
    const text =
      'Its CEO, Noor Hadi, and defence adviser Tim Olsen met Iranian FM Reza Kiani, Gen. Anna Holt and ' +
      'spokeswoman Lise Dahl.';
    const entities = annotate(text, [
      ['Noor Hadi', 'person'],
      ['Tim Olsen', 'person'],
      ['Iranian FM', 'organization'],
      ['Reza Kiani', 'person'],
      ['Anna Holt', 'person'],
      ['Lise Dahl', 'person'],
    ]);
    expect(rolesOf(entities, 'Noor Hadi')).toEqual(['Chief Executive']);
    expect(rolesOf(entities, 'Tim Olsen')).toEqual(['Defense Adviser']);
    expect(rolesOf(entities, 'Reza Kiani')).toEqual(['Foreign Minister @ Iran']);
    expect(rolesOf(entities, 'Anna Holt')).toEqual(['General']);
    expect(rolesOf(entities, 'Lise Dahl')).toEqual(['Spokesperson']);
    // The tagged span "Iranian FM" is a title, not an organisation.
    expect(entities.some((entity) => entity.name === 'Iranian FM')).toBe(false);
  });

  it('drops decoration such as "top" or "veteran" but keeps a party or body written before the title', () => {
    const text = 'Top Republican senator Dana Cole and veteran diplomat Emil Roth arrived.';
    const entities = annotate(text, [
      ['Dana Cole', 'person'],
      ['Emil Roth', 'person'],
    ]);
    expect(rolesOf(entities, 'Dana Cole')).toEqual(['Senator @ Republican']);
    expect(rolesOf(entities, 'Emil Roth')).toEqual(['Diplomat']);
  });
});

describe('qualifiers found elsewhere', () => {
  it('resolves "its" to the organisation named just before, ahead of a place', () => {
    const text =
      'Halden Marine, which runs Eastpier, put the damage at 40 million. Its chief executive, Noor Hadi, said so. ' +
      'The Coastal Safety Board opened an inquiry. Its chief inspector, Rosa Aker, said more.';
    const entities = annotate(text, [
      ['Halden Marine', 'organization'],
      ['Eastpier', 'place'],
      ['Noor Hadi', 'person'],
      ['Rosa Aker', 'person'],
    ]);
    expect(rolesOf(entities, 'Noor Hadi')).toEqual(['Chief Executive @ Halden Marine']);
    expect(rolesOf(entities, 'Rosa Aker')).toEqual(['Chief Inspector @ Coastal Safety Board']);
  });

  it('gives each role the sentence it was read from', () => {
    const text = 'Nothing happened. Mayor Birte Sol said so.';
    const entities = annotate(text, [['Birte Sol', 'person']]);
    const role = entities[0]?.roles[0];
    expect(role?.role).toBe('Mayor');
    expect(text.slice(role?.sentence.start, role?.sentence.end)).toBe('Mayor Birte Sol said so.');
    expect(text.slice(role?.start, role?.end)).toBe(role?.text);
  });
});

describe('titles used without a name', () => {
  it('links a definite title to the one person holding it in the article', () => {
    const text =
      'The Kremlin spokesman declined to comment. Later, Kremlin spokesman Ivan Sorin said the Kremlin spokesman ' +
      'had been misquoted.';
    const entities = annotate(text, [
      ['Kremlin', 'organization'],
      ['Ivan Sorin', 'person'],
    ]);
    const sorin = entities.find((entity) => entity.name === 'Ivan Sorin');
    expect(sorin?.mentions.map((mention) => mention.text)).toEqual([
      'Kremlin spokesman',
      'Ivan Sorin',
      'Kremlin spokesman',
    ]);
    expect(sorin?.aliases).toEqual(['Ivan Sorin']);
  });

  it('leaves a title alone when several people in the article hold it', () => {
    const text = 'President Ana Duarte met President Ole Berg. The president said little.';
    const entities = annotate(text, [
      ['Ana Duarte', 'person'],
      ['Ole Berg', 'person'],
    ]);
    for (const entity of entities) expect(entity.mentions).toHaveLength(1);
  });
});
