import { describe, expect, it } from 'vitest';
import { decodeEntities, flattenDeepMarkup, parseTree, textOf } from './parse-tree.ts';
import { MAX_TREE_DEPTH } from './thresholds.ts';

describe('parseTree', () => {
  it('collects JSON-LD, meta tags, the title and html lang in one pass', () => {
    const page = parseTree(
      '<html lang="it"><head><title>T</title><meta property="og:title" content="OG"><script type="application/ld+json">{"a":1}</script></head><body><p>x</p></body></html>',
    );
    expect(page.title).toBe('T');
    expect(page.htmlLang).toBe('it');
    expect(page.meta).toContainEqual({ key: 'og:title', content: 'OG' });
    expect(page.jsonLd).toEqual(['{"a":1}']);
  });

  it('keeps scripts, styles, templates and form widgets out of the tree', () => {
    const page = parseTree(
      '<body><script>var a = 1;</script><style>p{}</style><template><p>t</p></template><button>Press</button><p>Kept</p></body>',
    );
    expect(textOf(page.root)).toBe('Kept');
  });

  it('marks hidden elements', () => {
    const page = parseTree(
      '<body><div style="display: none">a</div><div aria-hidden="true">b</div><div>c</div></body>',
    );
    const body = page.root.children.find((child) => typeof child !== 'string');
    const divs =
      typeof body === 'string' || body === undefined
        ? []
        : body.children.filter((c) => typeof c !== 'string');
    expect(divs.map((div) => (typeof div === 'string' ? false : div.hidden))).toEqual([true, true, false]);
  });

  it('caps the tree depth and reports the real depth', () => {
    const page = parseTree(
      `${'<div>'.repeat(MAX_TREE_DEPTH + 50)}deep text${'</div>'.repeat(MAX_TREE_DEPTH + 50)}`,
    );
    expect(page.flattened).toBe(true);
    expect(page.maxDepth).toBe(MAX_TREE_DEPTH + 50);
    expect(textOf(page.root)).toBe('deep text');
  });
});

describe('flattenDeepMarkup', () => {
  it('drops tags past the depth limit and keeps their text', () => {
    const { html, maxDepth } = flattenDeepMarkup('<div><div><div><b>x</b></div></div></div><p>y</p>', 2);
    expect(maxDepth).toBe(4);
    expect(html.replace(/\s+/g, '')).toBe('<div><div>x</div></div><p>y</p>');
  });

  it('does not count tags inside scripts', () => {
    expect(flattenDeepMarkup('<script>"<div><div><div>"</script><p>a</p>', 1).maxDepth).toBe(1);
  });
});

describe('decodeEntities', () => {
  it('decodes once- and twice-escaped entities', () => {
    expect(decodeEntities('Tom &amp;amp; Jerry &quot;live&quot;')).toBe('Tom & Jerry "live"');
  });
});
