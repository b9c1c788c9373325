import { describe, expect, it } from 'vitest';
import { inferReferenceDate, statedDate } from './reference.ts';

describe('statedDate', () => {
  it('finds a date line under a masthead and headline', () => {
    const text =
      'LIVE NOW Harbour Radio\n\nFerry strike ends\n\nThu 12 Mar 2026 · 06:30 CET\n\nCrews returned on Wednesday.';
    expect(statedDate(text)).toBe('2026-03-12');
  });

  it('finds an opening "On Thursday, April 17, 2025, …"', () => {
    expect(statedDate('On Thursday, April 17, 2025, the envoys will meet in the old town hall.')).toBe(
      '2025-04-17',
    );
  });

  it('ignores month-only dates and full dates deep in the body', () => {
    expect(statedDate('In May 2023 the mill closed. The owners left.')).toBeUndefined();
    expect(statedDate(`${'The quay was quiet. '.repeat(80)}It reopened on 3 March 2024.`)).toBeUndefined();
  });
});

describe('inferReferenceDate', () => {
  it('prefers the article’s own publication date, as a date', () => {
    expect(
      inferReferenceDate([{ text: 'On 1 May 2020 it began.', publishedAt: '2026-03-10T07:50:00+01:00' }]),
    ).toBe('2026-03-10');
  });

  it('falls back to the date the text states near its top', () => {
    expect(inferReferenceDate([{ text: 'Thursday 12 March 2026\n\nThe council met on Wednesday.' }])).toBe(
      '2026-03-12',
    );
  });

  it('takes the story day under which the article’s weekdays land on days the story establishes', () => {
    const undated = {
      text: 'Rain flooded the lower town on Wednesday night, and the council met on Thursday to plan repairs.',
    };
    const dated = [
      { text: 'The council will meet on Thursday after the floods on Wednesday.', publishedAt: '2025-04-16' },
      {
        text: 'The council met on Thursday. Flooding on Wednesday night closed roads.',
        publishedAt: '2025-04-18',
      },
    ];
    expect(inferReferenceDate([undated, ...dated])).toBe('2025-04-17');
  });

  it('gives nothing when neither the article nor its story has a date', () => {
    expect(
      inferReferenceDate([{ text: 'The council met on Thursday.' }, { text: 'It rained on Wednesday.' }]),
    ).toBe(undefined);
    expect(inferReferenceDate([])).toBeUndefined();
  });
});
