import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../ner/index.ts';
import { quantitiesAgree, quantityInterval } from './compare.ts';
import { findQuantities } from './find-quantities.ts';
import type { Quantity } from './types.ts';

/** Quantities of invented text, without the NER (no `about`) unless mentions are given. */
function quantities(text: string, mentions: readonly EntityMention[] = []): readonly Quantity[] {
  const result = findQuantities(text, undefined, { mentions });
  expect(result.diagnostics).toEqual([]);
  return result.value;
}

function only(text: string): Quantity {
  const found = quantities(text);
  expect(found.map((quantity) => quantity.text)).toHaveLength(1);
  return found[0] as Quantity;
}

function mention(text: string, name: string, type: EntityMention['type']): EntityMention {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, type };
}

describe('findQuantities: numbers and what they count', () => {
  it('reads a count with the verb before it and the place it is about', () => {
    const text = 'A missile attack on the town of Sumy killed 35 civilians on Sunday.';
    const [quantity] = quantities(text, [mention(text, 'Sumy', 'place')]);
    expect(quantity).toMatchObject({
      text: '35 civilians',
      value: 35,
      qualifier: 'exact',
      approximate: false,
      kind: 'count',
      unit: 'people',
      counted: 'civilians',
      countedLemma: 'civilian',
      event: 'killed',
      eventClass: 'killed',
      about: 'Sumy',
    });
  });

  it('takes the place introduced after the number and ignores a subject that is a place', () => {
    const text = 'Norway sent 200 troops. Fourteen people were hurt in the fire at the Halden depot.';
    const found = quantities(text, [
      mention(text, 'Norway', 'place'),
      mention(text, 'Halden', 'organization'),
    ]);
    expect(found[0]?.about).toBeUndefined();
    expect(found[1]).toMatchObject({ value: 14, event: 'hurt', eventClass: 'injured', about: 'Halden' });
  });

  it('gives "up to" an upper bound only', () => {
    const quantity = only('Allies discussed a force of up to 25,000 troops.');
    expect(quantity).toMatchObject({
      text: 'up to 25,000 troops',
      value: 25000,
      high: 25000,
      qualifier: 'up-to',
    });
    expect(quantity.low).toBeUndefined();
    expect(quantity.counted).toBe('troops');
  });

  it('gives approximations bounds that overlap when the wording is compatible', () => {
    const roughly = only('A group of roughly 30 nations met in the capital.');
    const over = only('The coalition now counts over 30 countries.');
    expect(roughly).toMatchObject({
      low: 27,
      high: 33,
      approximate: true,
      qualifier: 'about',
      counted: 'nations',
    });
    expect(over).toMatchObject({ low: 30, approximate: true, qualifier: 'more-than', counted: 'countries' });
    expect(over.high).toBeUndefined();
    expect(quantitiesAgree(roughly, over)).toBe(true);
  });

  it('keeps "nearly" and "almost" at or below the number', () => {
    const quantity = only('By noon nearly 200 firefighters were on site.');
    expect(quantity).toMatchObject({ value: 200, low: 180, high: 200, qualifier: 'about' });
  });

  it('reads hedges that mark a lower bound, before or after the number', () => {
    expect(only('At least 14 people were injured.')).toMatchObject({
      low: 14,
      qualifier: 'at-least',
      event: 'injured',
    });
    expect(only('No fewer than 14 people were hurt.')).toMatchObject({
      qualifier: 'at-least',
      eventClass: 'injured',
    });
    expect(only('Officials counted 40 or more boats.')).toMatchObject({ value: 40, qualifier: 'at-least' });
    expect(only('There are 30-plus vessels in the bay.')).toMatchObject({ value: 30, qualifier: 'at-least' });
    expect(only('Fewer than 10 homes were damaged.')).toMatchObject({ high: 10, qualifier: 'less-than' });
  });

  it('reads ranges with their midpoint and both bounds', () => {
    expect(only('Between 10 and 12 boats sank.')).toMatchObject({
      value: 11,
      low: 10,
      high: 12,
      qualifier: 'range',
    });
    expect(only('Rescuers found 10-12 survivors.')).toMatchObject({
      low: 10,
      high: 12,
      counted: 'survivors',
    });
    expect(only('Two or three ships were moved.')).toMatchObject({ low: 2, high: 3, qualifier: 'range' });
    expect(only('The repairs will cost €10-12 million.')).toMatchObject({
      low: 10e6,
      high: 12e6,
      unit: 'EUR',
      kind: 'money',
    });
  });

  it('reads numbers written in words, including vague plurals', () => {
    expect(only('Thirty-seven containers were destroyed.')).toMatchObject({
      value: 37,
      counted: 'containers',
      event: 'destroyed',
    });
    expect(only('The plant employs two hundred and fifty workers.')).toMatchObject({
      value: 250,
      unit: 'people',
    });
    expect(only('Dozens of homes were flooded.')).toMatchObject({
      value: 24,
      low: 24,
      approximate: true,
      qualifier: 'at-least',
      counted: 'homes',
      event: 'flooded',
    });
    expect(only('Tens of thousands of protesters marched.')).toMatchObject({
      low: 20000,
      counted: 'protesters',
    });
    expect(only('Half a million people left the city.')).toMatchObject({ value: 500000 });
  });

  it('treats "a dozen" as about twelve, which a stated fourteen contradicts', () => {
    const dozen = only('A dozen people were injured.');
    const twelve = only('Twelve people were injured.');
    const fourteen = only('Doctors treated 14 people.');
    expect(dozen).toMatchObject({ value: 12, approximate: true, qualifier: 'about', low: 10.8, high: 13.2 });
    expect(quantitiesAgree(dozen, twelve)).toBe(true);
    expect(quantitiesAgree(dozen, fourteen)).toBe(false);
    expect(quantitiesAgree(twelve, fourteen)).toBe(false);
  });

  it('reads a participle right after the number as the event', () => {
    expect(only('The blast left 12 injured.')).toMatchObject({ value: 12, event: 'injured' });
    expect(only('The strike on the depot ended with 3 dead.')).toMatchObject({
      event: 'dead',
      eventClass: 'killed',
    });
    expect(only('A drone strike hit the city overnight, killing three people.')).toMatchObject({
      counted: 'people',
      event: 'killed',
    });
  });

  it('passes the event of a whole to the subset it includes', () => {
    const found = quantities('A dozen people were injured, including three firefighters.');
    expect(found[1]).toMatchObject({ counted: 'firefighters', event: 'injured' });
    const partitive = quantities('Fourteen people were hurt, three of them firefighters.');
    expect(partitive[1]).toMatchObject({ counted: 'firefighters', event: 'hurt', eventClass: 'injured' });
  });

  it('reads what a bare number counts from the frame before it and marks an earlier figure', () => {
    const found = quantities(
      'The number of people injured has risen to 14, up from the 12 reported on Tuesday.',
    );
    expect(found[0]).toMatchObject({ value: 14, counted: 'people', event: 'injured' });
    expect(found[0]?.superseded).toBeUndefined();
    expect(found[1]).toMatchObject({ value: 12, counted: 'people', event: 'injured', superseded: true });
    expect(only('The death toll rose to 40.')).toMatchObject({ value: 40, eventClass: 'killed' });
    expect(only('A crew of twenty stayed behind.')).toMatchObject({ value: 20, counted: 'crew' });
  });

  it('takes the head of a compound and of a partitive phrase', () => {
    expect(only('Tugs moved three container ships.')).toMatchObject({ counted: 'ships' });
    const found = quantities('Inspectors found two of its four fire pumps faulty.');
    expect(found.map((quantity) => [quantity.value, quantity.counted])).toEqual([
      [2, 'pumps'],
      [4, 'pumps'],
    ]);
    expect(only('Two ship-to-shore cranes burned.')).toMatchObject({ counted: 'cranes' });
    expect(only('A 30-country effort is under way.')).toMatchObject({ value: 30, counted: 'country' });
  });
});

describe('findQuantities: money, percentages, durations and measures', () => {
  it('normalises money with symbols, codes, words and scales', () => {
    expect(only('Allies pledged €21 billion in fresh military aid.')).toMatchObject({
      value: 21e9,
      unit: 'EUR',
      kind: 'money',
      counted: 'aid',
    });
    expect(only('The fund holds $5bn.')).toMatchObject({ value: 5e9, unit: 'USD' });
    expect(only('It paid US$3.5 million.')).toMatchObject({ value: 3.5e6, unit: 'USD' });
    expect(only('The club owes £40m.')).toMatchObject({ value: 40e6, unit: 'GBP' });
    expect(only('The firm put the damage at 40 million euros.')).toMatchObject({
      value: 40e6,
      unit: 'EUR',
      counted: 'damage',
    });
    expect(only('Insurers estimated the damage at €40 million.')).toMatchObject({ counted: 'damage' });
    expect(only('A €55m bill awaits the city.')).toMatchObject({ value: 55e6, counted: 'bill' });
    expect(only('It cost an estimated €55 million.')).toMatchObject({
      qualifier: 'about',
      approximate: true,
    });
  });

  it('reads percentages and percentage points', () => {
    expect(only('Turnout reached 61.5% on Sunday.')).toMatchObject({
      value: 61.5,
      unit: '%',
      kind: 'percent',
    });
    expect(only('Prices rose 10 per cent.')).toMatchObject({ value: 10, unit: '%' });
    expect(only('Support fell by two percentage points.')).toMatchObject({
      value: 2,
      unit: 'pp',
      kind: 'percent',
    });
  });

  it('flags durations so that count comparisons can skip them', () => {
    expect(only('Both sides agreed a 30-day pause.')).toMatchObject({
      value: 30,
      kind: 'duration',
      unit: 'days',
    });
    expect(only('He promised peace within 24 hours.')).toMatchObject({ kind: 'duration', unit: 'hours' });
    expect(only('The war has lasted more than three years.')).toMatchObject({
      kind: 'duration',
      unit: 'years',
      qualifier: 'more-than',
    });
    expect(only('Freight rates hit an 18-month high.')).toMatchObject({ kind: 'duration', unit: 'months' });
  });

  it('reads measures and tells metres from millions', () => {
    expect(only('Cargo went to a port 90 kilometres away.')).toMatchObject({
      value: 90,
      kind: 'measure',
      unit: 'km',
    });
    expect(only('Waves topped a 20m wall.')).toMatchObject({ value: 20, kind: 'measure', unit: 'm' });
    expect(only('The port handled 1.4m containers.')).toMatchObject({ value: 1.4e6, kind: 'count' });
    expect(only('Crews pumped 300 tonnes of water.')).toMatchObject({ kind: 'measure', unit: 't' });
  });

  it('keeps ages as measures in years counting age', () => {
    expect(only('A 34-year-old man was arrested.')).toMatchObject({
      value: 34,
      kind: 'measure',
      unit: 'years',
      counted: 'age',
    });
    expect(only('The driver, aged 34, was unhurt.')).toMatchObject({
      value: 34,
      unit: 'years',
      counted: 'age',
    });
  });
});

describe('findQuantities: numbers that are not quantities', () => {
  it.each([
    ['years', 'The law passed in 2025 after the 2024 election.'],
    ['dates', 'Talks opened on Thursday, April 17, 2025, and closed on 19 April.'],
    ['clock times', 'It began at 3.30am, spread by 2 a.m. and ended at 2:15 p.m. or 11.40 p.m.'],
    ['ordinals', 'The war enters its fourth year; it is the 4th attempt.'],
    ['codes', 'G7 leaders discussed COVID-19 and 5G networks.'],
    ['round-the-clock and ratings', 'Crews worked 24/7. Average rating 0 / 5. Vote count: 0'],
    ['model and reference numbers', 'A Boeing 737 landed at Gate 12 under Resolution 2231.'],
    ['numbered identifiers', 'He lives at No. 10 and works on page 3.'],
    ['phone numbers', 'Call +44 20 7946 0958 for details.'],
    ['list markers', '1. Freight rates climb\n2. Ferries sail again'],
    ['decades', 'Prices last rose like this in the 1990s.'],
    ['a bare "one"', 'It is one of the busiest ports, and no one was hurt.'],
    [
      'names with number words',
      'Leaders of the Group of Seven met near the Seven Sisters cliffs on a windy morning.',
    ],
    ['fractions', 'Two-thirds of voters agreed.'],
  ])('skips %s', (_label, text) => {
    expect(quantities(text).map((quantity) => quantity.text)).toEqual([]);
  });

  it('keeps a four-digit count followed by what it counts', () => {
    expect(only('Police deployed 2000 officers.')).toMatchObject({ value: 2000, counted: 'officers' });
    expect(only('About 2,000 troops arrived.')).toMatchObject({ value: 2000, qualifier: 'about' });
  });

  it('reads no number in a word that is only the name of an object property', () => {
    expect(quantities('The constructor said 5 workers were hurt.').map((quantity) => quantity.text)).toEqual([
      '5 workers',
    ]);
  });

  it('keeps a capitalised headline number that follows a capitalised word', () => {
    expect(only('Port Blaze Under Control as Injury Toll Reaches 14')).toMatchObject({
      value: 14,
      eventClass: 'injured',
    });
  });
});

describe('findQuantities: spans and sentences', () => {
  it('gives spans that slice the text and sentences that contain them', () => {
    const text = 'Officials met on Monday. Roughly 200 firefighters fought the fire. Losses reached €4m.';
    const found = quantities(text);
    expect(found).toHaveLength(2);
    for (const quantity of found) {
      expect(text.slice(quantity.start, quantity.end)).toBe(quantity.text);
      expect(quantity.sentence.start).toBeLessThanOrEqual(quantity.start);
      expect(quantity.sentence.end).toBeGreaterThanOrEqual(quantity.end);
    }
    expect(text.slice(found[0]?.sentence.start, found[0]?.sentence.end)).toBe(
      'Roughly 200 firefighters fought the fire.',
    );
  });

  it('uses the sentences it is given', () => {
    const text = 'Seven boats sank. Officials saved 10 more';
    const found = findQuantities(text, [{ start: 0, end: text.length }], { mentions: [] }).value;
    expect(found.map((quantity) => quantity.sentence)).toEqual([
      { start: 0, end: text.length },
      { start: 0, end: text.length },
    ]);
  });
});

describe('quantityInterval and quantitiesAgree', () => {
  it('converts units within a dimension and refuses to compare across dimensions', () => {
    const miles = only('The convoy drove 10 miles.');
    const kilometres = only('The convoy drove about 16 kilometres.');
    expect(quantitiesAgree(miles, kilometres)).toBe(true);
    expect(quantityInterval(kilometres).dimension).toBe('length:');
    const euros = only('It cost €40 million.');
    const dollars = only('It cost $40 million.');
    expect(quantitiesAgree(euros, dollars)).toBeUndefined();
    expect(quantitiesAgree(euros, only('The bill reached €55m.'))).toBe(false);
  });

  it('treats "more than N" as excluding "exactly N" but not a bare N written loosely', () => {
    expect(quantitiesAgree(only('More than 30 boats sank.'), only('Exactly 30 boats sank.'))).toBe(false);
    expect(quantitiesAgree(only('More than 30 boats sank.'), only('In all 30 boats sank.'))).toBe(true);
    expect(quantitiesAgree(only('More than 30 boats sank.'), only('In all, 37 boats sank.'))).toBe(true);
  });

  it('reads a bare round figure of thousands as rounded, and smaller or less round figures as stated', () => {
    const town = only('It is a town of 200,000 people.');
    expect(quantityInterval(town)).toMatchObject({ low: 150_000, high: 250_000 });
    expect(quantitiesAgree(town, only('It is a town of more than 200,000 people.'))).toBe(true);
    expect(quantitiesAgree(only('Some 2,000 civilians died.'), only('In all 2,053 civilians died.'))).toBe(
      true,
    );
    expect(quantitiesAgree(only('Ten people died.'), only('Twelve people died.'))).toBe(false);
    expect(quantitiesAgree(only('It has 1.2 million people.'), only('It has 1.5 million people.'))).toBe(
      false,
    );
  });
});
