import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../ner/index.ts';
import { findQuotes } from './find-quotes.ts';
import type { Quote } from './types.ts';

/** Mentions of the given names wherever they occur, standing in for the NER so tests say what they rely on. */
function mentionsOf(
  text: string,
  names: Partial<Record<EntityMention['type'], readonly string[]>>,
): EntityMention[] {
  const mentions: EntityMention[] = [];
  for (const [type, list] of Object.entries(names) as [EntityMention['type'], readonly string[]][]) {
    for (const name of list) {
      for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
        mentions.push({ start: at, end: at + name.length, text: name, type });
      }
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function quotes(
  text: string,
  names: Partial<Record<EntityMention['type'], readonly string[]>> = {},
): Quote[] {
  return [...findQuotes(text, undefined, { mentions: mentionsOf(text, names) }).value];
}

function summary(quote: Quote | undefined): unknown {
  if (quote === undefined) return undefined;
  return {
    kind: quote.kind,
    text: quote.text,
    speaker: quote.speaker?.text,
    anonymous: quote.speaker?.anonymous,
    verb: quote.verb,
  };
}

describe('findQuotes: direct quotes', () => {
  it('reads a curly quote with the speaker after it', () => {
    const text =
      'The mayor spoke at noon.\n\n“We will reopen the bridge within a week,” Ana Ruiz said on Monday.';
    const [quote] = quotes(text, { person: ['Ana Ruiz'] });
    expect(summary(quote)).toEqual({
      kind: 'direct',
      text: 'We will reopen the bridge within a week',
      speaker: 'Ana Ruiz',
      anonymous: false,
      verb: 'said',
    });
    expect(text.slice(quote?.start, quote?.end)).toBe(quote?.text);
    expect(text.slice(quote?.speaker?.start, quote?.speaker?.end)).toBe('Ana Ruiz');
  });

  it('reads a straight quote with an inverted attribution and a role after the name', () => {
    const text = '"The talks were useful," said Tomas Berg, the ministry spokesman.';
    expect(summary(quotes(text, { person: ['Tomas Berg'] })[0])).toEqual({
      kind: 'direct',
      text: 'The talks were useful',
      speaker: 'Tomas Berg',
      anonymous: false,
      verb: 'said',
    });
  });

  it('reads a quote introduced by the speaker and a colon', () => {
    const text = 'Lena Okafor told reporters: "Nobody was hurt, and nobody will be."';
    expect(summary(quotes(text, { person: ['Lena Okafor'] })[0])).toMatchObject({
      kind: 'direct',
      speaker: 'Lena Okafor',
      verb: 'told',
      text: 'Nobody was hurt, and nobody will be.',
    });
  });

  it('names the person inside a long subject with a title and an institution', () => {
    const text = '“The dam held,” Chief engineer Pavel Novak of the Northern Water Board told the council.';
    expect(
      quotes(text, { person: ['Pavel Novak'], organization: ['Northern Water Board'] })[0]?.speaker,
    ).toMatchObject({
      text: 'Pavel Novak',
      anonymous: false,
    });
  });

  it('marks an unnamed source as anonymous', () => {
    const text =
      '“We want more pressure on them,” one senior European official said, asking not to be named.';
    expect(quotes(text)[0]?.speaker).toMatchObject({ text: 'one senior European official', anonymous: true });
    const indefinite = 'Officials briefed reporters. A diplomat said, “This is only the start.”';
    expect(quotes(indefinite)[0]?.speaker).toMatchObject({ text: 'A diplomat', anonymous: true });
  });

  it('takes the speaker of a sentence whose speech verb is a gerund', () => {
    const text = 'One official underscored the point by stating, “We expect a deal by Friday.”';
    expect(summary(quotes(text)[0])).toMatchObject({
      kind: 'direct',
      speaker: 'One official',
      anonymous: true,
      verb: 'stated',
    });
  });

  it('resolves "she" to the nearest person named before it', () => {
    const text =
      'Its director, Mira Haas, toured the site on Friday.\n\n"We will rebuild it, and it will be better," she said.';
    const [quote] = quotes(text, { person: ['Mira Haas'] });
    expect(quote?.speaker).toMatchObject({
      text: 'Mira Haas',
      anonymous: false,
      resolvedFrom: { text: 'she' },
    });
    expect(text.slice(quote?.speaker?.resolvedFrom?.start, quote?.speaker?.resolvedFrom?.end)).toBe('she');
  });

  it('gives a following unattributed quote the speaker of the one before', () => {
    const text = '“This is the first step,” one aide said. “But the hardest part is ahead.”';
    const found = quotes(text);
    expect(found.map((quote) => [quote.text, quote.speaker?.text])).toEqual([
      ['This is the first step', 'one aide'],
      ['But the hardest part is ahead.', 'one aide'],
    ]);
  });

  it('joins a quote that runs over two paragraphs', () => {
    const text =
      'Ivo Petrov described the night.\n\n“The water came fast. We had minutes.\n\n“Then the power went out,” Petrov said.';
    const [quote] = quotes(text, { person: ['Ivo Petrov', 'Petrov'] });
    expect(quote?.kind).toBe('direct');
    expect(quote?.text).toContain('The water came fast');
    expect(quote?.text).toContain('Then the power went out');
    expect(quote?.speaker?.text).toBe('Petrov');
  });

  it('reads single quotes but not apostrophes or plural possessives', () => {
    const text = "The workers' union met. 'We won't accept this,' said Rosa Lind. It's late.";
    const found = quotes(text, { person: ['Rosa Lind'] });
    expect(found.map((quote) => quote.text)).toEqual(["We won't accept this"]);
    expect(found[0]?.speaker?.text).toBe('Rosa Lind');
  });

  it('reports a quote that is never closed and ignores inch marks', () => {
    const text = 'The wall is 6\'2" high.\n\n"We were lucky, said the guard.\n\nNo one else spoke.';
    const result = findQuotes(text, undefined, { mentions: [] });
    expect(result.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['annotate/unclosed-quote']);
    expect(result.value.filter((quote) => quote.kind !== 'reported').map((quote) => quote.text)).toEqual([
      'We were lucky, said the guard.',
    ]);
  });
});

describe('findQuotes: partial quotes', () => {
  it('marks a scare-quoted phrase as partial, with the speaker of a "described as" frame', () => {
    const text = 'Ines Mora described the group as a "coalition of the willing," open to any country.';
    expect(summary(quotes(text, { person: ['Ines Mora'] })[0])).toEqual({
      kind: 'partial',
      text: 'coalition of the willing',
      speaker: 'Ines Mora',
      anonymous: false,
      verb: 'described',
    });
  });

  it('takes the speaker of a parenthetical attribution', () => {
    const text = 'The aim, Bruno Alves said, was to reach "a fair and lasting settlement."';
    expect(summary(quotes(text, { person: ['Bruno Alves'] })[0])).toMatchObject({
      kind: 'partial',
      speaker: 'Bruno Alves',
      verb: 'said',
    });
  });

  it('leaves a scare quote without a speaker when no one is said to speak', () => {
    const text = 'Plans for a "reassurance force" have stalled.';
    const [quote] = quotes(text);
    expect(quote).toMatchObject({ kind: 'partial', text: 'reassurance force' });
    expect(quote?.speaker).toBeUndefined();
  });
});

describe('findQuotes: reported speech', () => {
  it('reads "X said (that) …" with the clause as the quote', () => {
    const text = 'Harbour master Jon Dale said that two tugs were sent to the pier.';
    expect(summary(quotes(text, { person: ['Jon Dale'] })[0])).toEqual({
      kind: 'reported',
      text: 'two tugs were sent to the pier',
      speaker: 'Jon Dale',
      anonymous: false,
      verb: 'said',
    });
  });

  it('skips an appositive between the speaker and the verb', () => {
    const text = 'Sara Kim, who chairs the committee, said the vote would be held in May.';
    expect(quotes(text, { person: ['Sara Kim'] })[0]).toMatchObject({
      kind: 'reported',
      text: 'the vote would be held in May',
      speaker: { text: 'Sara Kim' },
    });
  });

  it('reads a trailing attribution and "according to"', () => {
    const text =
      'Schools will reopen on Monday, the education office said. The blaze began in a warehouse, according to two people familiar with the inquiry.';
    const found = quotes(text);
    expect(found.map(summary)).toEqual([
      {
        kind: 'reported',
        text: 'Schools will reopen on Monday',
        speaker: 'the education office',
        anonymous: false,
        verb: 'said',
      },
      {
        kind: 'reported',
        text: 'The blaze began in a warehouse',
        speaker: 'two people familiar with the inquiry',
        anonymous: true,
        verb: 'according to',
      },
    ]);
  });

  it('reads an object before the reported clause of "urged" and "accused"', () => {
    const text = 'European leaders urged Washington to adopt a firmer stance.';
    expect(quotes(text, { place: ['Washington'] })[0]).toMatchObject({
      kind: 'reported',
      text: 'Washington to adopt a firmer stance',
      verb: 'urged',
      speaker: { text: 'European leaders', anonymous: true },
    });
  });

  it('does not read passives, objects or quoted attributions as reported speech', () => {
    expect(quotes('The bridge is said to be safe.')).toEqual([]);
    expect(quotes('She said goodbye.')).toEqual([]);
    const direct = quotes('“We are ready,” the minister said.');
    expect(direct.map((quote) => quote.kind)).toEqual(['direct']);
  });

  it('uses the NER for names when no mentions are given', () => {
    const result = findQuotes('“The port will reopen tomorrow,” said Maria Lopez, the harbour director.');
    expect(result.value[0]).toMatchObject({ kind: 'direct', speaker: { anonymous: false } });
    expect(result.value[0]?.speaker?.text).toContain('Lopez');
  });
});

describe('findQuotes: sentences', () => {
  it('gives each quote the sentence range of the quote and its attribution', () => {
    const text = 'Rain fell all day. “It was a long night,” Omar Diaz said. Crews left at dawn.';
    const [quote] = quotes(text, { person: ['Omar Diaz'] });
    expect(text.slice(quote?.sentence.start, quote?.sentence.end)).toBe(
      '“It was a long night,” Omar Diaz said.',
    );
  });
});
