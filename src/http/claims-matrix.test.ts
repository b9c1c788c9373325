import { describe, expect, it } from 'vitest';
import { reportStorySchema, type ReportArticle, type ReportStory } from '../brief/index.ts';
import { buildClaimsMatrix, renderClaimsMatrix } from './claims-matrix.ts';

function article(id: string, publisher: string | undefined, publishedAt: string): ReportArticle {
  return {
    id,
    source: `/data/${id}.html`,
    ...(publisher === undefined ? {} : { publisher }),
    publishedAt,
    title: `Title of ${id}`,
    lang: 'en',
    text: '',
    paragraphs: [],
    captions: [],
    removed: [],
    method: 'blocks',
    locations: [],
  };
}

const articles = [
  article('a1', 'Zeta Daily', '2024-05-02'),
  article('a2', 'Alpha Post', '2024-05-03'),
  article('a3', 'Alpha Post', '2024-05-01'),
  article('a4', undefined, '2024-05-02'),
];

const story: ReportStory = reportStorySchema.parse({
  id: 's1',
  title: 'A bridge closes',
  articleIds: ['a1', 'a2', 'a3', 'a4'],
  sources: [],
  entities: [],
  timeline: [],
  brief: '',
  citations: [],
  claims: [
    {
      id: 'c1',
      kind: 'quantity',
      text: 'Nine lorries diverted',
      value: 'nine',
      status: 'contested',
      flags: ['provisional'],
      outlets: 3,
      support: [
        { articleId: 'a1', start: 0, end: 20, sentence: 'Nine lorries were diverted.', value: 'nine' },
        { articleId: 'a2', start: 30, end: 60, sentence: 'Some 9 lorries went round.', value: '9' },
        { articleId: 'a3', start: 5, end: 25, sentence: 'Nine lorries, officials said.', value: 'nine' },
      ],
      conflicts: [
        { articleId: 'a3', start: 80, end: 99, sentence: 'Later, twelve lorries.', value: 'twelve' },
        { articleId: 'a4', start: 10, end: 40, sentence: 'Twelve lorries were diverted.', value: 'twelve' },
      ],
      sides: [
        { value: 'nine', articleIds: ['a1', 'a2', 'a3'], outlets: 2 },
        { value: 'twelve', articleIds: ['a3', 'a4'], outlets: 2 },
      ],
    },
    {
      id: 'c2',
      kind: 'statement',
      text: 'The <bridge> "closed" & reopened',
      status: 'single-source',
      flags: [],
      outlets: 1,
      support: [{ articleId: 'a2', start: 100, end: 140, sentence: 'The bridge closed.' }],
      conflicts: [],
      sides: [],
    },
  ],
});

describe('buildClaimsMatrix', () => {
  it('orders columns by outlet, then each outlet by date, naming outlets without a publisher by file', () => {
    const matrix = buildClaimsMatrix(story, articles);
    expect(matrix.columns.map((c) => [c.articleId, c.outlet])).toEqual([
      ['a4', 'a4.html'],
      ['a3', 'Alpha Post'],
      ['a2', 'Alpha Post'],
      ['a1', 'Zeta Daily'],
    ]);
  });

  it('marks each article as supporting, contradicting, giving both values, or silent', () => {
    const matrix = buildClaimsMatrix(story, articles);
    const stances = matrix.rows.map((row) => row.cells.map((cell) => cell.stance));
    expect(stances).toEqual([
      ['contradicts', 'both', 'supports', 'supports'],
      ['silent', 'silent', 'supports', 'silent'],
    ]);
  });

  it('keeps the values each article gives and the spans to highlight, supporting ones first', () => {
    const cells = buildClaimsMatrix(story, articles).rows[0]?.cells ?? [];
    const both = cells.find((cell) => cell.articleId === 'a3');
    expect(both?.values).toEqual(['nine', 'twelve']);
    expect(both?.spans).toEqual([
      { start: 5, end: 25 },
      { start: 80, end: 99 },
    ]);
    expect(cells.find((cell) => cell.articleId === 'a2')?.values).toEqual(['9']);
  });

  it('has one row per claim and none when the story has no claims', () => {
    expect(buildClaimsMatrix(story, articles).rows).toHaveLength(2);
    expect(buildClaimsMatrix({ ...story, claims: [] }, articles).rows).toHaveLength(0);
  });
});

describe('renderClaimsMatrix', () => {
  it('links each non-silent cell to its article with the cited sentences highlighted', () => {
    const markup = renderClaimsMatrix(buildClaimsMatrix(story, articles)).value;
    expect(markup).toContain('href="/articles/a3?hl=5-25,80-99#s-5-25"');
    expect(markup).toContain('href="/articles/a4?hl=10-40#s-10-40"');
    expect(markup).toContain('href="#claim-1"');
    expect(markup.match(/<tr id="claim-row-/g)).toHaveLength(2);
  });

  it('escapes claim text', () => {
    const markup = renderClaimsMatrix(buildClaimsMatrix(story, articles)).value;
    expect(markup).toContain('The &lt;bridge&gt; &quot;closed&quot; &amp; reopened');
    expect(markup).not.toContain('<bridge>');
  });

  it('says so when there are no claims', () => {
    const markup = renderClaimsMatrix(buildClaimsMatrix({ ...story, claims: [] }, articles)).value;
    expect(markup).toContain('class="empty"');
    expect(markup).not.toContain('<table');
  });
});
