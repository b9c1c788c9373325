import { describe, expect, it } from 'vitest';
import { composeBrief } from './compose.ts';
import { briefHtml, briefMarkdown, briefText } from './render-brief.ts';
import type { ReportArticle } from './contract.ts';

const text =
  'Talks opened on Monday. U.S. Secretary of State Ana Pereira arrived in Lisbon for the talks. Officials met later.';

const article: ReportArticle = {
  id: 'a_1',
  source: 'wire.txt',
  publisher: 'The Wire',
  lang: 'en',
  text,
  paragraphs: [{ start: 0, end: text.length }],
  captions: [],
  removed: [],
  method: 'text-lines',
  locations: [{ source: 'wire.txt' }],
};

/** A one-article story whose only entity is the place Lisbon, mentioned at `mention`. */
function lisbonStory(mention: Parameters<typeof composeBrief>[0]['entities'][number]['mentions'][number]) {
  return {
    id: 's_1',
    title: 'Talks in Lisbon',
    articleIds: ['a_1'],
    sources: [],
    entities: [
      { id: 'e_1', name: 'Lisbon', type: 'place' as const, aliases: [], roles: [], mentions: [mention] },
    ],
    timeline: [],
    claims: [],
  };
}

describe('composeBrief', () => {
  it('cites the whole sentence around a place, not from the period of an abbreviation inside it', () => {
    const start = text.indexOf('Lisbon');
    const brief = composeBrief(
      lisbonStory({ articleId: 'a_1', start, end: start + 'Lisbon'.length }),
      new Map([['a_1', article]]),
    );
    const where = brief.sections.find((s) => s.heading === 'When and where');
    const cite = where?.lines[0]?.cites[0];
    expect(cite).toBe(1);
    expect(brief.citations[0]?.sentence).toBe(
      'U.S. Secretary of State Ana Pereira arrived in Lisbon for the talks.',
    );
  });
});

describe('citations of caption spans', () => {
  const caption = 'Trade Envoy <b>Maria</b> Ellison arrives in Lisbon. (Jan Ferro, Pool Photo via Agency)';
  const withCaption: ReportArticle = { ...article, captions: ['A view of the port.', caption] };
  const articles = new Map([['a_1', withCaption]]);
  const at = caption.indexOf('Lisbon');
  const evidence = { articleId: 'a_1', caption: 1, start: 0, end: caption.length, sentence: caption };
  const brief = composeBrief(
    {
      ...lisbonStory({ articleId: 'a_1', caption: 1, start: at, end: at + 'Lisbon'.length }),
      claims: [
        {
          id: 'c_1',
          kind: 'role',
          text: 'Maria Ellison: Trade Envoy',
          status: 'single-source',
          flags: [],
          outlets: 1,
          support: [{ ...evidence, value: 'Trade Envoy' }],
          conflicts: [],
          sides: [{ value: 'Trade Envoy', articleIds: ['a_1'], outlets: 1 }],
        },
      ],
    },
    articles,
  );

  it('cites a title and a place read in a caption by that caption, never by offsets into the text', () => {
    expect(brief.citations).toEqual([evidence]);
    const who = brief.sections.find((s) => s.heading === 'Who');
    const where = brief.sections.find((s) => s.heading === 'When and where');
    expect(who?.lines[0]?.cites).toEqual([1]);
    expect(where?.lines[0]?.cites).toEqual([1]);
  });

  it('names the caption in the citation of every format and escapes its words', () => {
    const location = `a_1:caption 2:0-${caption.length}`;
    const markdown = briefMarkdown(brief, articles);
    expect(markdown).toContain(`\`${location}\``);
    expect(markdown).not.toContain('<b>Maria</b>');
    expect(briefText(brief, articles, { colour: false })).toContain(`${location} “${caption}”`);
    const html = briefHtml(brief, articles);
    expect(html).toContain(`<code>${location}</code>`);
    expect(html).toContain('Trade Envoy &lt;b&gt;Maria&lt;/b&gt; Ellison');
  });
});
