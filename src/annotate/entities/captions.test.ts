import { describe, expect, it } from 'vitest';
import { annotateCaptions, captionBody } from './index.ts';
import { mentionsOf } from './test-mentions.ts';

describe('captionBody', () => {
  it('cuts a trailing parenthesised photo credit, keeping the rest as a prefix of the caption', () => {
    const caption = 'Mayor Ilse Brandt tours the docks, Tuesday. (Jan Ferro, Pool Photo via Agency)';
    expect(captionBody(caption)).toBe('Mayor Ilse Brandt tours the docks, Tuesday.');
    expect(caption.startsWith(captionBody(caption))).toBe(true);
  });

  it('cuts a slash credit after the last sentence, even with the space lost, and keeps a slash inside one', () => {
    expect(captionBody('Crews at the pier on Monday.Jan Ferro/The Harbour Times')).toBe(
      'Crews at the pier on Monday.',
    );
    expect(captionBody('Crews at the pier. Jan Ferro / Agency Images')).toBe('Crews at the pier.');
    expect(captionBody('The AFL/CIO marches on the pier')).toBe('The AFL/CIO marches on the pier');
  });

  it('cuts a labelled credit and keeps a parenthesis that is no credit', () => {
    expect(captionBody('Crews at the pier. Photo: Jan Ferro/Agency')).toBe('Crews at the pier.');
    expect(captionBody('Ilse Brandt (centre) at the pier (2024)')).toBe(
      'Ilse Brandt (centre) at the pier (2024)',
    );
  });
});

describe('annotateCaptions', () => {
  const caption =
    'From left to right, Britain’s Trade Envoy Maria Ellison and Mayor Ilse Brandt arrive in Geneva, Monday. (Jan Ferro, Pool Photo via Agency)';
  const tagged = mentionsOf(caption, [
    ['From left', 'person'],
    ['Maria Ellison', 'person'],
    ['Ilse Brandt', 'person'],
    ['Britain', 'place'],
    ['Geneva', 'place'],
    ['Jan Ferro', 'person'],
    ['Agency', 'organization'],
  ]);
  const [entities = []] = annotateCaptions([caption], { mentions: new Map([[0, tagged]]) }).value;
  const person = (name: string): (typeof entities)[number] | undefined =>
    entities.find((entity) => entity.type === 'person' && entity.name === name);

  it('reads a person only a caption names, with the role and its country, the name free of titles', () => {
    const ellison = person('Maria Ellison');
    expect(ellison?.roles.map((role) => [role.role, role.of, role.caption])).toEqual([
      ['Trade Envoy', 'United Kingdom', 0],
    ]);
    const at = caption.indexOf('Maria Ellison');
    expect(ellison?.mentions).toEqual([{ start: at, end: at + 13, text: 'Maria Ellison', caption: 0 }]);
    expect(person('Ilse Brandt')?.roles.map((role) => role.role)).toEqual(['Mayor']);
  });

  it('takes neither the photo credit nor the words placing people in the picture for names', () => {
    const names = entities.map((entity) => entity.name);
    expect(names).not.toContain('Jan Ferro');
    expect(names).not.toContain('Agency');
    expect(names.some((name) => /left|right/iu.test(name))).toBe(false);
    expect(entities.every((entity) => entity.mentions.every((mention) => mention.caption === 0))).toBe(true);
  });

  it('cuts positional words off the front of a tagged name', () => {
    const text = 'Left: Ilse Brandt at the pier.';
    const mentions = new Map([
      [0, [{ start: 0, end: 17, text: 'Left: Ilse Brandt', type: 'person' as const }]],
    ]);
    const [found = []] = annotateCaptions([text], { mentions }).value;
    expect(found.map((entity) => [entity.name, entity.mentions[0]?.start])).toEqual([['Ilse Brandt', 6]]);
  });

  it('reads nothing in a caption that is all credit', () => {
    expect(annotateCaptions(['(Pool Photo via Agency)'], { mentions: new Map([[0, []]]) }).value).toEqual([
      [],
    ]);
  });
});
