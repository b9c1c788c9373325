import { describe, expect, it } from 'vitest';
import { findTimeExpressions } from './find.ts';
import type { TimeExpression } from './types.ts';

/** The one expression whose text contains `phrase`, failing the test when there is not exactly one. */
function expressionFor(text: string, phrase: string, referenceDate?: string): TimeExpression {
  const found = findTimeExpressions(text, referenceDate === undefined ? {} : { referenceDate }).value.filter(
    (expression) => expression.text.includes(phrase) || phrase.includes(expression.text),
  );
  expect(found, `expressions for "${phrase}"`).toHaveLength(1);
  const [expression] = found;
  if (expression === undefined) throw new Error('unreachable');
  expect(text.slice(expression.start, expression.end)).toBe(expression.text);
  return expression;
}

function datesIn(text: string, referenceDate?: string): string[] {
  return findTimeExpressions(text, referenceDate === undefined ? {} : { referenceDate })
    .value.filter((expression) => expression.kind !== 'duration')
    .map((expression) => expression.text);
}

describe('findTimeExpressions: weekdays in news reports', () => {
  const thursday = '2025-04-17';

  it('reads "on Thursday" in a piece dated that Thursday as the same day', () => {
    const expression = expressionFor(
      'The harbour board met on Thursday to approve the budget.',
      'on Thursday',
      thursday,
    );
    expect(expression).toMatchObject({
      kind: 'weekday',
      date: '2025-04-17',
      precision: 'day',
      resolvedBy: 'reference',
    });
  });

  it('reads "Wednesday night" as the evening before a Thursday reference', () => {
    const expression = expressionFor(
      'Storms flooded the ring road on Wednesday night.',
      'Wednesday night',
      thursday,
    );
    expect(expression).toMatchObject({ date: '2025-04-16', partOfDay: 'night' });
  });

  it('reads a weekday after a future verb as the coming one', () => {
    const expression = expressionFor('The two unions will meet on Monday.', 'on Monday', '2026-03-12');
    expect(expression.date).toBe('2026-03-16');
  });

  it('reads a weekday after a past verb as the most recent one', () => {
    const expression = expressionFor('The two unions met on Monday.', 'on Monday', '2026-03-12');
    expect(expression.date).toBe('2026-03-09');
  });

  it('reads "due to reopen on Friday" as ahead but "closed due to the smoke on Monday" as past', () => {
    expect(expressionFor('The berths are due to reopen on Friday.', 'on Friday', '2026-03-12').date).toBe(
      '2026-03-13',
    );
    expect(
      expressionFor('The school closed due to the smoke on Monday.', 'on Monday', '2026-03-12').date,
    ).toBe('2026-03-09');
  });

  it('steps strictly back for "last Friday" and strictly ahead for "next Friday"', () => {
    const friday = '2025-04-18';
    expect(expressionFor('The ferry sank last Friday.', 'last Friday', friday).date).toBe('2025-04-11');
    expect(expressionFor('The ferry sails next Friday.', 'next Friday', friday).date).toBe('2025-04-25');
  });

  it('takes in "early" and "late" before a weekday', () => {
    const expression = expressionFor('The blaze was put out late on Wednesday night.', 'Wednesday', thursday);
    expect(expression.text).toBe('late on Wednesday night');
  });

  it('reads a possessive weekday as a day', () => {
    expect(
      expressionFor('Officials said Thursday’s meetings would run late.', 'Thursday', thursday).date,
    ).toBe('2025-04-17');
  });

  it('keeps the clock time stated with a weekday', () => {
    const expression = expressionFor(
      'The fire began at about 2:15 a.m. on Tuesday.',
      'Tuesday',
      '2026-03-11',
    );
    expect(expression).toMatchObject({ date: '2026-03-10', time: '02:15', precision: 'time' });
  });
});

describe('findTimeExpressions: relative dates', () => {
  const reference = '2025-04-17';

  it('reads "last week" as the Monday-to-Sunday week before the reference', () => {
    const expression = expressionFor('The envoy visited the capital last week.', 'last week', reference);
    expect(expression).toMatchObject({
      date: '2025-04-07',
      endDate: '2025-04-13',
      precision: 'week',
      kind: 'relative',
    });
  });

  it('reads "later today" as the reference day', () => {
    const expression = expressionFor('The mayor is due to speak later today.', 'today', reference);
    expect(expression).toMatchObject({ text: 'later today', date: '2025-04-17', kind: 'relative' });
  });

  it('reads "yesterday" as the day before and "last night" as its night', () => {
    expect(expressionFor('The port reopened yesterday.', 'yesterday', reference).date).toBe('2025-04-16');
    expect(expressionFor('Looters struck last night.', 'last night', reference)).toMatchObject({
      date: '2025-04-16',
      kind: 'part-of-day',
    });
  });

  it('reads "last November" as the November before the reference month', () => {
    const expression = expressionFor('An inspection last November found faults.', 'November', '2026-03-12');
    expect(expression).toMatchObject({ text: 'last November', date: '2025-11-01', precision: 'month' });
  });

  it('reads a bare month after a past verb as the latest one up to the reference', () => {
    expect(expressionFor('The pumps had been repaired in January.', 'January', '2026-03-12').date).toBe(
      '2026-01-01',
    );
    expect(expressionFor('The pumps were repaired in May.', 'May', '2026-03-12').date).toBe('2025-05-01');
  });

  it('reads "next month", "earlier this year" and "three years ago" from the reference', () => {
    expect(expressionFor('Voting starts next month.', 'next month', reference)).toMatchObject({
      date: '2025-05-01',
      endDate: '2025-05-31',
      precision: 'month',
    });
    expect(expressionFor('Sales fell earlier this year.', 'this year', reference)).toMatchObject({
      text: 'earlier this year',
      date: '2025-01-01',
      precision: 'year',
    });
    expect(expressionFor('The mill closed three years ago.', 'three years ago', reference)).toMatchObject({
      date: '2022-01-01',
      precision: 'year',
    });
  });

  it('reads "over the weekend" as the weekend just gone', () => {
    expect(expressionFor('Two trawlers collided over the weekend.', 'weekend', reference)).toMatchObject({
      date: '2025-04-12',
      endDate: '2025-04-13',
    });
  });
});

describe('findTimeExpressions: explicit dates', () => {
  it('reads "Friday, April 11, 2025" as explicit, with or without a reference', () => {
    for (const referenceDate of [undefined, '2026-03-12']) {
      const expression = expressionFor(
        'The envoy flew home on Friday, April 11, 2025.',
        'April',
        referenceDate,
      );
      expect(expression).toMatchObject({
        kind: 'absolute',
        date: '2025-04-11',
        precision: 'day',
        resolvedBy: 'explicit',
      });
    }
  });

  it('keeps the date chrono merges with a part of day', () => {
    const expression = expressionFor('On the evening of April 20, 2013, the suspect was found.', 'April');
    expect(expression).toMatchObject({ date: '2013-04-20', partOfDay: 'evening', resolvedBy: 'explicit' });
  });

  it('reads "in May 2023" with month precision', () => {
    const expression = expressionFor('He first made the pledge in May 2023.', 'May 2023');
    expect(expression).toMatchObject({
      date: '2023-05-01',
      endDate: '2023-05-31',
      precision: 'month',
      resolvedBy: 'explicit',
    });
  });

  it('reads a year after a preposition but not a count of people', () => {
    expect(expressionFor('The plant has been idle since 2019, the owners said.', '2019')).toMatchObject({
      precision: 'year',
      resolvedBy: 'explicit',
    });
    expect(datesIn('Officials said after 2000 workers walked out the line stopped.')).toEqual([]);
  });

  it('gives a day and month without a year the year nearest the reference', () => {
    expect(expressionFor('The vote was held on 28 December.', 'December', '2026-01-05').date).toBe(
      '2025-12-28',
    );
  });

  it('reads a range with both ends', () => {
    expect(expressionFor('The fair ran from 10 to 12 March.', 'March', '2026-03-20')).toMatchObject({
      kind: 'range',
      date: '2026-03-10',
      endDate: '2026-03-12',
    });
  });

  it('reports a weekday that does not match its date, keeping the date', () => {
    const result = findTimeExpressions('It was signed on Thursday, April 11, 2025.');
    expect(result.value[0]?.date).toBe('2025-04-11');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['annotate/weekday-mismatch']);
  });
});

describe('findTimeExpressions: what is not a date', () => {
  it('labels "24 hours" and "three years" as durations without a date', () => {
    const found = findTimeExpressions(
      'He promised peace within 24 hours and has now waited for more than three years.',
      {
        referenceDate: '2025-04-17',
      },
    ).value;
    expect(found.map((expression) => [expression.text, expression.kind, expression.duration])).toEqual([
      ['24 hours', 'duration', 'PT24H'],
      ['three years', 'duration', 'P3Y'],
    ]);
    expect(found.every((expression) => expression.date === undefined)).toBe(true);
  });

  it('does not read the Sunday Times, "may" or "march" as dates', () => {
    expect(datesIn('The Sunday Times reported that crowds may march on the capital.', '2025-04-17')).toEqual(
      [],
    );
  });

  it('does not read "the next day" or "two days after" as dates counted from the reference', () => {
    expect(
      datesIn('Two days after the vote, and again the next day, crowds gathered.', '2025-04-17'),
    ).toEqual([]);
  });

  it('does not read "9/11", "at 10" or a score as dates or times', () => {
    expect(datesIn('Since 9/11 the team has met at 10 and won 3-2.', '2025-04-17')).toEqual([]);
  });

  it('does not read "Today" inside a sentence as the day', () => {
    expect(datesIn('She told the Today programme she would stay.', '2025-04-17')).toEqual([]);
  });
});

describe('findTimeExpressions: without a reference date', () => {
  it('leaves relative expressions unresolved and resolves absolute ones', () => {
    const found = findTimeExpressions(
      'The board met on Thursday, a week after the 3 March 2025 vote, and again yesterday.',
    ).value;
    expect(found.map((expression) => [expression.text, expression.resolvedBy, expression.date])).toEqual([
      ['on Thursday', 'none', undefined],
      ['3 March 2025', 'explicit', '2025-03-03'],
      ['yesterday', 'none', undefined],
    ]);
  });

  it('reports a reference date it cannot read and resolves nothing relative', () => {
    const result = findTimeExpressions('They met yesterday.', { referenceDate: 'last Tuesday' });
    expect(result.value[0]?.resolvedBy).toBe('none');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['annotate/bad-reference-date']);
  });

  it('uses the date of an ISO time as written, whatever its offset', () => {
    expect(expressionFor('Crews arrived on Tuesday.', 'Tuesday', '2026-03-10T07:50:00+01:00').date).toBe(
      '2026-03-10',
    );
  });
});

describe('findTimeExpressions: spans', () => {
  it('gives UTF-16 offsets that slice the expression out of text with astral characters before it', () => {
    const text = '🔥🔥 Crews fought the fire on Wednesday night.';
    const [expression] = findTimeExpressions(text, { referenceDate: '2026-03-12' }).value;
    expect(expression && text.slice(expression.start, expression.end)).toBe('on Wednesday night');
  });

  it('reads a long text in pieces and still finds expressions on both sides of a cut', () => {
    const paragraph = 'The council met on Monday and said the bridge would reopen next month. ';
    const text = `${paragraph.repeat(400)}\n${paragraph.repeat(400)}`;
    const found = findTimeExpressions(text, { referenceDate: '2025-04-17' }).value;
    expect(found).toHaveLength(1600);
    expect(new Set(found.map((expression) => expression.date))).toEqual(
      new Set(['2025-04-14', '2025-05-01']),
    );
  });
});
