import { describe, expect, it } from 'vitest';
import type { EntityType } from '../ner/index.ts';
import { annotateEntities, type ArticleEntity } from './index.ts';
import { mentionsOf } from './test-mentions.ts';

function annotate(text: string, names: readonly (readonly [string, EntityType])[]): readonly ArticleEntity[] {
  return annotateEntities(text, { mentions: mentionsOf(text, names) }).value;
}

const summary = (entities: readonly ArticleEntity[]): string[] =>
  entities.map((entity) => `${entity.type}:${entity.name}×${entity.mentions.length}`);

describe('within-article coreference', () => {
  it('joins a surname or a given name alone to the full name', () => {
    const text = 'Marta Ilic arrived at dawn. Ilic said the fire was spreading. Later Marta left.';
    const entities = annotate(text, [
      ['Marta Ilic', 'person'],
      ['Ilic', 'person'],
      ['Marta', 'person'],
    ]);
    expect(summary(entities)).toEqual(['person:Marta Ilic×3']);
    expect(entities[0]?.aliases).toEqual(['Marta Ilic', 'Ilic', 'Marta']);
  });

  it('joins a surname to the nearest full name before it when two people share it', () => {
    const text = 'Ana Berg spoke first. Berg was brief. Then Ole Berg spoke. Berg was long.';
    const entities = annotate(text, [
      ['Ana Berg', 'person'],
      ['Ole Berg', 'person'],
      ['Berg', 'person'],
    ]);
    expect(summary(entities)).toEqual(['person:Ana Berg×2', 'person:Ole Berg×2']);
  });

  it('keeps people with the same surname and different given names apart', () => {
    const text = 'Ana Berg and Ole Berg met A. Berg.';
    const entities = annotate(text, [
      ['Ana Berg', 'person'],
      ['Ole Berg', 'person'],
      ['A. Berg', 'person'],
    ]);
    expect(summary(entities)).toEqual(['person:Ana Berg×2', 'person:Ole Berg×1']);
  });

  it('cleans bullets, quotes, courtesy titles and possessives off names', () => {
    const text = '• “Mayor Birte Sol’s plan,” said Dr. Ji-ho Park. Mr. Park agreed.';
    // Spans as a careless tagger might give them: with the bullet, quote, titles and possessive.
    const span = (from: string, to: string): { start: number; end: number; text: string; type: 'person' } => {
      const start = text.indexOf(from);
      const end = text.indexOf(to, start) + to.length;
      return { start, end, text: text.slice(start, end), type: 'person' };
    };
    const mentions = [span('• “Mayor', 'Sol’s'), span('Dr.', 'Park.'), span('Mr.', 'Park')];
    const entities = annotateEntities(text, { mentions }).value;
    expect(entities.map((entity) => entity.name)).toEqual(['Birte Sol', 'Ji-ho Park']);
    expect(entities[1]?.aliases).toEqual(['Ji-ho Park', 'Park']);
  });

  it('joins an organisation-tagged surname of a person named in full ("the X administration")', () => {
    const text = 'Dana Cole won. The Cole administration will start in May.';
    const entities = annotate(text, [
      ['Dana Cole', 'person'],
      ['Cole', 'organization'],
    ]);
    expect(summary(entities)).toEqual(['person:Dana Cole×2']);
  });

  it('gives each name the type most of its mentions were tagged with', () => {
    const text = 'Vestby grew. Vestby is on the coast. Vestby has a port.';
    const mentions = mentionsOf(text, [['Vestby', 'place']]).map((mention, index) =>
      index === 1 ? { ...mention, type: 'person' as const } : mention,
    );
    expect(summary(annotateEntities(text, { mentions }).value)).toEqual(['place:Vestby×3']);
  });

  it('reads a one-word "person" used as the qualifier of a title as an organisation', () => {
    const text = 'Kremlin spokesman Ivan Sorin spoke.';
    const entities = annotate(text, [
      ['Kremlin', 'person'],
      ['Ivan Sorin', 'person'],
    ]);
    expect(summary(entities)).toEqual(['organization:Kremlin×1', 'person:Ivan Sorin×1']);
  });
});

describe('organisations and places', () => {
  it('makes an acronym in brackets an alias of its organisation, and later uses of it mentions', () => {
    const text = 'The Halden Water Authority (HWA) said HWA crews were at work.';
    const entities = annotate(text, [
      ['Halden Water Authority', 'organization'],
      ['HWA', 'organization'],
    ]);
    expect(summary(entities)).toEqual(['organization:Halden Water Authority×3']);
    expect(entities[0]?.aliases).toEqual(['Halden Water Authority', 'HWA']);
  });

  it('joins a lone acronym to the one organisation whose initials it spell', () => {
    const text = 'The Northern Rail Union called a strike. NRU leaders met on Friday.';
    const entities = annotate(text, [
      ['Northern Rail Union', 'organization'],
      ['NRU', 'organization'],
    ]);
    expect(summary(entities)).toEqual(['organization:Northern Rail Union×2']);
  });

  it('names a country by its common name whatever code or form an article uses', () => {
    const text = 'The U.S. and the US envoy spoke for the United States.';
    const entities = annotate(text, [
      ['U.S.', 'place'],
      ['US', 'place'],
      ['United States', 'place'],
    ]);
    expect(summary(entities)).toEqual(['place:United States×3']);
    expect(entities[0]?.country).toBe('United States');
    expect(entities[0]?.aliases).toEqual(['United States', 'U.S.', 'US']);
  });

  it('joins a bare organisation name to its only country-qualified form', () => {
    const text = 'The U.S. Transport Department said so. The Transport Department added more.';
    const entities = annotate(text, [
      ['U.S. Transport Department', 'organization'],
      ['Transport Department', 'organization'],
    ]);
    expect(summary(entities)).toEqual(['organization:U.S. Transport Department×2']);
  });

  it('reads the full organisation name after "of the" over the pieces the tagger cut it into, everywhere', () => {
    const text =
      'Chief fire officer Ines Kranjc of the Vestby Fire and Rescue Service spoke. Later the Vestby Fire and ' +
      'Rescue Service said the fire was out.';
    const entities = annotate(text, [
      ['Ines Kranjc', 'person'],
      ['Vestby Fire', 'place'],
      ['Rescue Service', 'organization'],
    ]);
    expect(summary(entities)).toEqual([
      'person:Ines Kranjc×1',
      'organization:Vestby Fire and Rescue Service×2',
    ]);
  });

  it('links a demonym group to its country and keeps it apart from the country', () => {
    const text = 'French officials met in France.';
    const entities = annotate(text, [
      ['French officials', 'group'],
      ['France', 'place'],
    ]);
    expect(summary(entities)).toEqual(['group:French officials×1', 'place:France×1']);
    expect(entities.map((entity) => entity.country)).toEqual(['France', 'France']);
  });

  it('reads two countries joined by a hyphen as two places, and a hyphenated country as one', () => {
    const text =
      'The Russia-Ukraine talks and U.S.-China trade came up; Guinea-Bissau sent an envoy to Russia.';
    const entities = annotate(text, [
      ['Russia-Ukraine', 'place'],
      ['U.S.-China', 'other'],
      ['Guinea-Bissau', 'place'],
      ['Russia', 'place'],
    ]);
    expect(summary(entities)).toEqual([
      'place:Russia×2',
      'place:Ukraine×1',
      'place:United States×1',
      'place:China×1',
      'place:Guinea-Bissau×1',
    ]);
  });

  it('drops the lower-case words the tagger ran an organisation or other name on into, not a place', () => {
    const text = 'The Harbin Works foreman praised Harbin Works and its Tallow Mark design in Borno state.';
    const entities = annotate(text, [
      ['Harbin Works foreman', 'organization'],
      ['Harbin Works', 'organization'],
      ['Tallow Mark design', 'other'],
      ['Borno state', 'place'],
    ]);
    expect(summary(entities)).toEqual([
      'organization:Harbin Works×2',
      'other:Tallow Mark×1',
      'place:Borno state×1',
    ]);
  });

  it('keeps the noun after a demonym in a group only when it names people', () => {
    const text = 'Italian troops guarded Italian goods while Italian officials studied Italian cities.';
    const entities = annotate(text, [
      ['Italian troops', 'group'],
      ['Italian goods', 'group'],
      ['Italian officials', 'group'],
      ['Italian cities', 'group'],
    ]);
    expect(summary(entities)).toEqual([
      'group:Italian troops×1',
      'group:Italian×2',
      'group:Italian officials×1',
    ]);
  });
});

describe('headlines inside the body', () => {
  it("finds names in a headline from the prose, not from the tagger's spans there", () => {
    const text = 'Varga Leads Talks With Halden Unions\n\nLena Varga met union leaders in Halden on Monday.';
    const entities = annotate(text, [
      ['Varga Leads Talks', 'organization'],
      ['Halden Unions', 'organization'],
      ['Lena Varga', 'person'],
      ['Halden', 'place'],
    ]);
    expect(summary(entities)).toEqual(['person:Lena Varga×2', 'place:Halden×2']);
    expect(entities[0]?.mentions[0]).toEqual({ start: 0, end: 5, text: 'Varga' });
  });
});

describe('output', () => {
  it('numbers entities in order of first mention and lists mentions in text order', () => {
    const text = 'Ilic spoke. Halden Marine agreed. Marta Ilic left.';
    const entities = annotate(text, [
      ['Marta Ilic', 'person'],
      ['Ilic', 'person'],
      ['Halden Marine', 'organization'],
    ]);
    expect(entities.map((entity) => `${entity.id}:${entity.name}`)).toEqual([
      'e1:Marta Ilic',
      'e2:Halden Marine',
    ]);
    expect(entities[0]?.mentions.map((mention) => mention.start)).toEqual([0, text.indexOf('Marta')]);
  });

  it('returns no entities and no diagnostics for a text with no mentions', () => {
    expect(annotateEntities('Nothing to see here.', { mentions: [] })).toEqual({
      value: [],
      diagnostics: [],
    });
  });
});
