import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { reportStorySchema, type ReportArticle } from '../brief/index.ts';
import { renderStoryPage } from './story-page.ts';

const caption = 'Trade Envoy <i>Maria</i> Ellison arrives at the pier. (Jan Ferro, Pool Photo via Agency)';
const role = { start: 0, end: 11 };

const article: ReportArticle = {
  id: 'a1',
  source: 'pier.txt',
  publisher: 'Pier Post',
  title: 'The pier reopens',
  lang: 'en',
  text: 'The pier reopened on Monday after a month of repairs.',
  paragraphs: [{ start: 0, end: 53 }],
  captions: [caption],
  removed: [],
  method: 'text-lines',
  locations: [{ source: 'pier.txt' }],
};

const evidence = { articleId: 'a1', caption: 0, start: 0, end: caption.length, sentence: caption };

const story = reportStorySchema.parse({
  id: 's1',
  title: 'The pier reopens',
  articleIds: ['a1'],
  sources: [],
  entities: [
    {
      id: 'ent_1',
      name: 'Maria Ellison',
      type: 'person',
      aliases: ['Maria Ellison'],
      roles: [{ role: 'Trade Envoy', articleIds: ['a1'], spans: [{ articleId: 'a1', caption: 0, ...role }] }],
      mentions: [{ articleId: 'a1', caption: 0, start: 24, end: 43 }],
    },
  ],
  timeline: [],
  claims: [
    {
      id: 'c1',
      kind: 'role',
      text: 'Maria Ellison: Trade Envoy',
      subject: 'ent_1',
      status: 'single-source',
      flags: [],
      outlets: 1,
      support: [{ ...evidence, value: 'Trade Envoy' }],
      conflicts: [],
      sides: [{ value: 'Trade Envoy', articleIds: ['a1'], outlets: 1 }],
    },
  ],
  brief: '## The pier reopens\n\n### Who\n\n- Maria Ellison: Trade Envoy (Pier Post) [1]\n',
  citations: [evidence],
});

describe('renderStoryPage with spans in captions', () => {
  const markup = renderStoryPage({ story, articles: [article], diagnostics: [] }).value;
  const document = parseDocument(markup);
  const hrefs = DomUtils.findAll((e) => e.name === 'a', document.children).map((e) => e.attribs['href']);

  it('links claim evidence, citations and roles read in a caption to that caption, highlighted', () => {
    const whole = `/articles/a1?hl=c0:0-${caption.length}#s-c0-0-${caption.length}`;
    expect(hrefs.filter((href) => href === whole).length).toBeGreaterThanOrEqual(2);
    expect(hrefs).toContain(`/articles/a1?hl=c0:${role.start}-${role.end}#s-c0-${role.start}-${role.end}`);
    expect(hrefs.some((href) => href?.startsWith('/articles/a1?hl=0-') === true)).toBe(false);
  });

  it('shows the caption as the evidence sentence, escaped', () => {
    expect(markup).not.toContain('<i>Maria</i>');
    expect(DomUtils.textContent(document.children)).toContain('Trade Envoy <i>Maria</i> Ellison arrives');
  });
});
