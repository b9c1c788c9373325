import { describe, expect, it } from 'vitest';
import type { ReportStory } from '../brief/index.ts';
import { entryTime, placeEntries, renderTimelineChart, renderTimelineTable } from './timeline-chart.ts';

type Entry = ReportStory['timeline'][number];

function entry(date: string, text: string, time?: string): Entry {
  return {
    date,
    ...(time === undefined ? {} : { time }),
    text,
    articleIds: ['a1'],
    support: [{ articleId: 'a1', start: 10, end: 50, sentence: text }],
  };
}

describe('entryTime', () => {
  it('reads days, months and years, with the time when given and noon when not', () => {
    expect(entryTime({ date: '2024-03-05', time: '06:30' })).toBe(Date.parse('2024-03-05T06:30:00Z'));
    expect(entryTime({ date: '2024-03-05' })).toBe(Date.parse('2024-03-05T12:00:00Z'));
    expect(entryTime({ date: '2024-03' })).toBe(Date.parse('2024-03-01T12:00:00Z'));
    expect(entryTime({ date: '2024' })).toBe(Date.parse('2024-01-01T12:00:00Z'));
  });

  it('gives up on dates it cannot place', () => {
    expect(entryTime({ date: 'last week' })).toBeUndefined();
    expect(entryTime({ date: '2024-13-45' })).toBeUndefined();
  });
});

describe('renderTimelineChart', () => {
  const timeline = [
    entry('2024-03-06', 'Second day'),
    entry('2024-03-05', 'Fire reported', '02:15'),
    entry('sometime', 'Undated'),
    entry('2024-03-05', 'Crews <script>alert(1)</script> arrive', '04:00'),
  ];

  it('places dated events in time order and leaves out the ones it cannot date', () => {
    expect(placeEntries(timeline).map((p) => p.entry.text)).toEqual([
      'Fire reported',
      'Crews <script>alert(1)</script> arrive',
      'Second day',
    ]);
  });

  it('draws one linked dot per dated event with the text escaped', () => {
    const svg = renderTimelineChart(timeline).value;
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg).toContain('href="/articles/a1?hl=10-50#s-10-50"');
    expect(svg).toContain('Crews &lt;script&gt;alert(1)&lt;/script&gt; arrive');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('2024-03-05');
  });

  it('says so when nothing is dated', () => {
    expect(renderTimelineChart([entry('soon', 'x')]).value).toContain('No dated events');
  });

  it('lists every event in the table, undated ones too', () => {
    const table = renderTimelineTable(timeline, () => 'Outlet').value;
    expect(table.match(/<tr><td class="when">/g)).toHaveLength(4);
  });
});
