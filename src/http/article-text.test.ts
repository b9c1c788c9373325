import { describe, expect, it } from 'vitest';
import { renderArticleText } from './article-text.ts';

const text = 'One <b>two</b> three.\n\nFour five six.';
const paragraphs = [
  { start: 0, end: 21 },
  { start: 23, end: 37 },
];

describe('renderArticleText', () => {
  it('escapes the text of each paragraph', () => {
    expect(renderArticleText(text, paragraphs, []).value).toBe(
      '<p>One &lt;b&gt;two&lt;/b&gt; three.</p><p>Four five six.</p>',
    );
  });

  it('marks highlighted spans and anchors each where it starts', () => {
    const markup = renderArticleText(text, paragraphs, [{ start: 28, end: 32 }]).value;
    expect(markup).toBe(
      '<p>One &lt;b&gt;two&lt;/b&gt; three.</p><p>Four <span class="anchor" id="s-28-32"></span><mark>five</mark> six.</p>',
    );
  });

  it('splits a span that crosses paragraphs and merges overlapping spans', () => {
    const markup = renderArticleText(text, paragraphs, [
      { start: 15, end: 27 },
      { start: 24, end: 32 },
    ]).value;
    expect(markup).toContain('<mark>three.</mark></p>');
    expect(markup).toContain(
      '<p><mark>F</mark><span class="anchor" id="s-24-32"></span><mark>our five</mark> six.</p>',
    );
    expect(markup).toContain('id="s-15-27"');
  });

  it('anchors a span past the end of the text at the last paragraph', () => {
    const markup = renderArticleText(text, paragraphs, [{ start: 500, end: 600 }]).value;
    expect(markup).toContain('id="s-500-600"');
    expect(markup).not.toContain('<mark>');
  });

  it('draws the whole text as one paragraph when the extractor gave none', () => {
    expect(renderArticleText('a < b', [], []).value).toBe('<p>a &lt; b</p>');
  });
});
