import { describe, expect, it } from 'vitest';
import { parseTree } from './parse-tree.ts';
import { segment } from './segment.ts';

function blocksOf(html: string) {
  return segment(parseTree(html).root, { stripUnlikely: true });
}

describe('segment', () => {
  it('makes one block per paragraph and keeps <br> as a line break', () => {
    const { blocks } = blocksOf('<body><p>One <b>bold</b> line<br>second line</p><p>Two</p></body>');
    expect(blocks.map((block) => block.text)).toEqual(['One bold line\nsecond line', 'Two']);
  });

  it('counts link text and weighs in-page links down', () => {
    const { blocks } = blocksOf('<body><p><a href="/x">abcd</a>efgh<a href="#top">ijkl</a></p></body>');
    expect(blocks[0]?.linkChars).toBeCloseTo(4 + 4 * 0.3);
  });

  it('cuts a hover card of links out of the paragraph around it and reports it', () => {
    const html =
      '<body><p>Mayor <span><a href="/p">Ada Brook</a><span><img src="a.jpg"><a href="/1">Story one</a> <a href="/2">Story two</a></span></span> said no.</p></body>';
    const { blocks, inlineCards } = blocksOf(html);
    expect(blocks.map((block) => block.text)).toEqual(['Mayor Ada Brook said no.']);
    expect(inlineCards).toEqual(['Story one Story two']);
  });

  it('keeps prose links that have words between them', () => {
    const { blocks } = blocksOf(
      '<body><p>See <span><a href="/a">A</a>, <a href="/b">B</a> and <a href="/c">C</a></span>.</p></body>',
    );
    expect(blocks[0]?.text).toBe('See A, B and C.');
  });

  it('drops text of hidden inline elements but keeps the paragraph', () => {
    const { blocks } = blocksOf('<body><p>Visible <span style="display:none">tooltip</span>text</p></body>');
    expect(blocks[0]?.text).toBe('Visible text');
  });

  it('marks navigation, asides, figures and furniture classes as removed', () => {
    const { blocks } = blocksOf(
      '<body><nav><a href="/">Home</a></nav><aside>Aside</aside><figure><figcaption>Cap</figcaption></figure><div class="comments">C</div><p>Body</p></body>',
    );
    expect(blocks.map((block) => [block.text, block.removed])).toEqual([
      ['Home', 'navigation'],
      ['Aside', 'aside'],
      ['Cap', 'caption'],
      ['C', 'unlikely'],
      ['Body', undefined],
    ]);
  });

  it('keeps an embedded post inside a social wrapper', () => {
    const { blocks } = blocksOf(
      '<body><div class="social-embed"><blockquote class="twitter-tweet"><p>Posted words</p></blockquote></div></body>',
    );
    expect(blocks[0]).toMatchObject({ text: 'Posted words', removed: undefined, embedded: true });
  });

  it('records short byline elements and removes them', () => {
    const { blocks, bylines } = blocksOf('<body><div class="byline">By Ada Brook</div><p>Body</p></body>');
    expect(bylines).toEqual(['By Ada Brook']);
    expect(blocks[0]?.removed).toBe('byline');
  });

  it('ignores caption classes on distant ancestors such as body', () => {
    const { blocks } = blocksOf(
      '<body class="f_caption_on"><div><div><div><p>Body text</p></div></div></div></body>',
    );
    expect(blocks[0]?.caption).toBe(false);
  });
});
