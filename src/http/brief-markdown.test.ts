import { describe, expect, it } from 'vitest';
import { renderBrief } from './brief-markdown.ts';

const citations = [
  { articleId: 'a1', start: 0, end: 30, sentence: 'First <b>sentence</b>.' },
  { articleId: 'a 2', start: 40, end: 90, sentence: 'Second sentence.' },
];
const outletOf = (id: string): string => `Outlet ${id}`;

describe('renderBrief', () => {
  it('links each [n] to the cited sentence highlighted in its article', () => {
    const markup = renderBrief('Crews arrived. [1][2]', citations, outletOf).value;
    expect(markup).toContain('<a class="cite" href="/articles/a1?hl=0-30#s-0-30"');
    expect(markup).toContain('href="/articles/a%202?hl=40-90#s-40-90"');
    expect(markup).toContain('title="Outlet a1: First &lt;b&gt;sentence&lt;/b&gt;."');
  });

  it('keeps a citation number with no citation as text', () => {
    expect(renderBrief('Odd [7] here.', citations, outletOf).value).toBe('<p>Odd [7] here.</p>');
  });

  it('renders headings, lists, emphasis and code, and escapes all text', () => {
    const markdown = '## Who\n\n- **Ana** said <img src=x onerror=alert(1)> [1]\n- *quoted* `x<y`\n\nA & B';
    const markup = renderBrief(markdown, citations, outletOf).value;
    expect(markup).toContain('<h4>Who</h4>');
    expect(markup).toContain('<ul><li><strong>Ana</strong> said &lt;img src=x onerror=alert(1)&gt; <sup');
    expect(markup).toContain('<em>quoted</em> <code>x&lt;y</code>');
    expect(markup).toContain('<p>A &amp; B</p>');
    expect(markup).not.toContain('<img');
  });

  it('reads Markdown backslash escapes as the literal character', () => {
    expect(renderBrief('a \\*b\\* \\[1\\] c\\_d', citations, outletOf).value).toBe('<p>a *b* [1] c_d</p>');
  });
});
