import { describe, expect, it } from 'vitest';
import type { ArticleEntity, EntityType, RoleMention } from '../../annotate/entities/index.ts';
import { resolveStoryEntities, type StoryArticleEntities, type StoryEntity } from './index.ts';
import { widenToKnownNames } from './known-names.ts';

interface Spec {
  readonly name: string;
  readonly type: EntityType;
  /** Surface forms as the tagger read them, each found in the text in order (the nth occurrence of a repeated one). */
  readonly mentions: readonly string[];
  readonly aliases?: readonly string[];
  readonly roles?: readonly { readonly written: string; readonly role: string; readonly of?: string }[];
}

/** An article whose mentions sit where their text stands, as annotateEntities would give them: each mention at the
 *  first place its form is written that no earlier mention holds; each role at the first place it is written. */
function article(id: string, text: string, specs: readonly Spec[]): StoryArticleEntities {
  const taken: { start: number; end: number }[] = [];
  const find = (form: string, free: boolean): { start: number; end: number } => {
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
      const span = { start: at, end: at + form.length };
      if (free && taken.some((other) => other.start < span.end && span.start < other.end)) continue;
      if (free) taken.push(span);
      return span;
    }
    throw new Error(`"${form}" is not free in the text of ${id}`);
  };
  const entities: ArticleEntity[] = specs.map((spec, index) => ({
    id: `e${index + 1}`,
    name: spec.name,
    type: spec.type,
    aliases: [...new Set([spec.name, ...spec.mentions, ...(spec.aliases ?? [])])],
    mentions: spec.mentions.map((form) => ({ ...find(form, true), text: form })),
    roles: (spec.roles ?? []).map((role): RoleMention => ({
      role: role.role,
      ...(role.of === undefined ? {} : { of: role.of }),
      text: role.written,
      ...find(role.written, false),
      sentence: { start: 0, end: text.length },
    })),
  }));
  return { id, text, entities };
}

const texts = (entity: StoryEntity | undefined, articles: readonly StoryArticleEntities[]): string[] =>
  (entity?.mentions ?? []).map(({ articleId, start, end }) =>
    (articles.find((a) => a.id === articleId)?.text ?? '').slice(start, end),
  );

const byName = (entities: readonly StoryEntity[], name: string): StoryEntity | undefined =>
  entities.find((entity) => entity.name === name);

const whole = article(
  'a1',
  'The fire was out by noon, the Corvain Fire and Rescue Service said. The Coastal Safety Inspectorate will report.',
  [
    {
      name: 'Corvain Fire and Rescue Service',
      type: 'organization',
      mentions: ['Corvain Fire and Rescue Service'],
    },
    { name: 'Coastal Safety Inspectorate', type: 'organization', mentions: ['Coastal Safety Inspectorate'] },
  ],
);

describe('widenToKnownNames', () => {
  it('joins a name the tagger split in two where another article reads it whole', () => {
    const split = article('a2', 'Crews from the Corvain Fire and Rescue Service worked all night.', [
      { name: 'Corvain Fire', type: 'organization', mentions: ['Corvain Fire'] },
      { name: 'Rescue Service', type: 'organization', mentions: ['Rescue Service'] },
    ]);
    const articles = [whole, split];
    const [, widened] = widenToKnownNames(articles);
    expect(widened?.entities.map((entity) => [entity.name, entity.mentions.map((m) => m.text)])).toEqual([
      ['Corvain Fire and Rescue Service', ['Corvain Fire and Rescue Service']],
    ]);
    const entities = resolveStoryEntities(articles).value;
    expect(entities.map((entity) => entity.name)).toEqual([
      'Corvain Fire and Rescue Service',
      'Coastal Safety Inspectorate',
    ]);
    expect(texts(byName(entities, 'Corvain Fire and Rescue Service'), articles)).toEqual([
      'Corvain Fire and Rescue Service',
      'Corvain Fire and Rescue Service',
    ]);
  });

  it('widens a name cut short after a bullet, and keeps the mentions the article joined to it', () => {
    const cut = article(
      'a2',
      'Findings are due.\n\n• The Coastal Safety Inspectorate expects to publish. The Inspectorate declined to say more.',
      [{ name: 'Inspectorate', type: 'organization', mentions: ['Inspectorate', 'Inspectorate'] }],
    );
    const [, widened] = widenToKnownNames([whole, cut]);
    // The entity's own name stands on its own once, so it keeps that mention and loses only the cut one.
    expect(widened?.entities.map((entity) => [entity.name, entity.mentions.map((m) => m.text)])).toEqual([
      ['Inspectorate', ['Inspectorate']],
      ['Coastal Safety Inspectorate', ['Coastal Safety Inspectorate']],
    ]);
  });

  it('folds an entity whose own name was only ever cut from the longer one into it, with its other mentions', () => {
    const cut = article(
      'a2',
      'The Syrian Observatory for Human Rights said 12 died, according to the Observatory.',
      [{ name: 'Syrian Observatory', type: 'organization', mentions: ['Syrian Observatory', 'Observatory'] }],
    );
    const named = article('a1', 'Figures came from the Syrian Observatory for Human Rights.', [
      {
        name: 'Syrian Observatory for Human Rights',
        type: 'organization',
        mentions: ['Syrian Observatory for Human Rights'],
      },
    ]);
    const [, widened] = widenToKnownNames([named, cut]);
    const bare = cut.text.lastIndexOf('Observatory');
    expect(widened?.entities).toEqual([
      expect.objectContaining({
        name: 'Syrian Observatory for Human Rights',
        aliases: ['Syrian Observatory for Human Rights', 'Observatory'],
        mentions: [
          expect.objectContaining({ text: 'Syrian Observatory for Human Rights', start: 4 }),
          expect.objectContaining({ text: 'Observatory', start: bare }),
        ],
      }),
    ]);
  });

  it('does not widen to a form that is itself only ever a piece of a longer name', () => {
    // "Corvain Fire" is written as a mention only inside "Corvain Fire and Rescue Service": it must not swallow
    // "Corvain" in "Corvain Fire crews".
    const split = article('a2', 'The Corvain Fire and Rescue Service called in more Corvain Fire crews.', [
      { name: 'Corvain Fire', type: 'organization', mentions: ['Corvain Fire'] },
      { name: 'Rescue Service', type: 'organization', mentions: ['Rescue Service'] },
      // Read as an organisation, so only the form's own standing keeps it out of "Corvain Fire".
      { name: 'Corvain', type: 'organization', mentions: ['Corvain'] },
    ]);
    const crews = split.text.indexOf('Corvain Fire crews');
    expect(split.entities[2]?.mentions[0]?.start).toBe(crews);
    const [, widened] = widenToKnownNames([whole, split]);
    expect(widened?.entities.map((entity) => [entity.name, entity.mentions.map((m) => m.start)])).toEqual([
      ['Corvain', [crews]],
      ['Corvain Fire and Rescue Service', [4]],
    ]);
  });

  it('leaves a title the tagger once read as an organisation', () => {
    const slip = article('a1', 'U.S. Secretary of State Marco Rubio met them.', [
      { name: 'U.S. Secretary of State', type: 'organization', mentions: ['U.S. Secretary of State'] },
    ]);
    const roles = article('a2', 'U.S. Secretary of State Marco Rubio arrived in the U.S. capital.', [
      {
        name: 'Marco Rubio',
        type: 'person',
        mentions: ['Marco Rubio'],
        roles: [{ written: 'U.S. Secretary of State', role: 'Secretary of State', of: 'United States' }],
      },
      { name: 'U.S.', type: 'place', mentions: ['U.S.', 'U.S.'] },
    ]);
    // Named whole twice, so only the title test keeps the "U.S." of the second article a place.
    const articles = [slip, { ...slip, id: 'a3' }, roles];
    expect(widenToKnownNames(articles)).toEqual(articles);
  });

  it('keeps an organisation that qualifies a role a name to widen to', () => {
    const role = article(
      'a2',
      'Marta Novak, the chief fire officer of the Corvain Fire and Rescue Service, spoke.',
      [
        {
          name: 'Marta Novak',
          type: 'person',
          mentions: ['Marta Novak'],
          roles: [
            {
              written: 'chief fire officer of the Corvain Fire and Rescue Service',
              role: 'Chief Fire Officer',
              of: 'Corvain Fire and Rescue Service',
            },
          ],
        },
        { name: 'Corvain Fire', type: 'organization', mentions: ['Corvain Fire'] },
        { name: 'Rescue Service', type: 'organization', mentions: ['Rescue Service'] },
      ],
    );
    const [, widened] = widenToKnownNames([whole, role]);
    expect(widened?.entities.map((entity) => entity.name)).toEqual([
      'Marta Novak',
      'Corvain Fire and Rescue Service',
    ]);
  });

  it('retypes a mention only when the story names the longer form whole more than once', () => {
    const paper = (id: string): StoryArticleEntities =>
      article(id, 'The Harbour Gazette reported it first.', [
        { name: 'Harbour Gazette', type: 'organization', mentions: ['Harbour Gazette'] },
      ]);
    const slip = article('a3', 'A reporter for the Harbour Gazette saw it.', [
      { name: 'Harbour', type: 'place', mentions: ['Harbour'] },
    ]);
    expect(widenToKnownNames([paper('a1'), slip])[1]).toEqual(slip);
    const [, , widened] = widenToKnownNames([paper('a1'), paper('a2'), slip]);
    expect(widened?.entities).toEqual([
      expect.objectContaining({
        name: 'Harbour Gazette',
        type: 'organization',
        mentions: [expect.anything()],
      }),
    ]);
  });

  it('leaves a person inside a longer name as the tagger read it', () => {
    const shop = article('a1', 'We went to Tarn Karate Studio twice.', [
      { name: 'Tarn Karate Studio', type: 'organization', mentions: ['Tarn Karate Studio'] },
    ]);
    const person = article('a2', 'Classes at Tarn Karate Studio start at six.', [
      { name: 'Tarn', type: 'person', mentions: ['Tarn'] },
      { name: 'Karate Studio', type: 'organization', mentions: ['Karate Studio'] },
    ]);
    // Named whole twice, so only the person inside keeps the name from being widened.
    expect(widenToKnownNames([shop, { ...shop, id: 'a3' }, person])[2]).toEqual(person);
  });

  it('leaves a mention that differs from the longer form only by its article', () => {
    const paper = article('a1', 'The Harbour Gazette reported it.', [
      { name: 'The Harbour Gazette', type: 'organization', mentions: ['The Harbour Gazette'] },
    ]);
    const short = article('a2', 'The Harbour Gazette said so too.', [
      { name: 'Harbour Gazette', type: 'organization', mentions: ['Harbour Gazette'] },
    ]);
    expect(widenToKnownNames([paper, short])[1]).toEqual(short);
  });

  it('changes nothing when no article reads a longer name whole', () => {
    const articles = [
      article('a1', 'Corvain Fire crews came.', [{ name: 'Corvain', type: 'place', mentions: ['Corvain'] }]),
    ];
    expect(widenToKnownNames(articles)).toEqual(articles);
  });
});
