import { describe, expect, it } from 'vitest';
import { extractBlocks } from './blocks.ts';
import { parseTree } from './parse-tree.ts';

const paragraph = (topic: string): string =>
  `<p>The committee discussed ${topic} at length, heard from residents, and agreed to publish a full report, with costs, before the next meeting.</p>`;

function keptText(html: string): string[] {
  return extractBlocks(parseTree(html).root).kept.map((block) => block.text);
}

describe('extractBlocks', () => {
  it('picks the container holding the paragraphs over menus and sidebars', () => {
    const html = `<body><ul class="menu"><li><a href="/">Home</a></li><li><a href="/n">News</a></li></ul>
      <div class="story">${paragraph('parking')}${paragraph('ferries')}${paragraph('schools')}</div>
      <div class="sidebar"><p>Sidebar text that is long enough to be scored by the container scoring, surely.</p></div></body>`;
    const kept = keptText(html);
    expect(kept).toHaveLength(3);
    expect(kept[0]).toContain('parking');
  });

  it('joins twin containers of the body split around a figure', () => {
    const html = `<body><div class="wrap">
      <div class="part">${paragraph('parking')}${paragraph('ferries')}${paragraph('roads')}${paragraph('bridges')}</div>
      <figure><img src="x.jpg"><figcaption>Harbour at dawn</figcaption></figure>
      <div class="part"><div>${paragraph('schools')}</div></div></div></body>`;
    const kept = keptText(html);
    expect(kept.some((text) => text.includes('schools'))).toBe(true);
    expect(kept.some((text) => text.includes('Harbour at dawn'))).toBe(false);
  });

  it('drops link lists, shouted promo links and date stamps inside the article', () => {
    const html = `<body><div class="story"><p>Updated 5:27 am CST, Wednesday, November 20, 2019</p>${paragraph('parking')}
      <p><a href="/app">GET THE NEWS APP BY CLICKING HERE</a></p>${paragraph('ferries')}
      <p>You may also like...</p><p><a href="/1">Ferry fares rise</a></p><p><a href="/2">Parking fines fall</a></p><p><a href="/3">School opens</a></p></div></body>`;
    const kept = keptText(html);
    expect(kept).toHaveLength(2);
  });

  it('retries without furniture stripping when that leaves too little', () => {
    const html = `<body><div class="comment-free-zone sidebar-layout">${paragraph('parking')}${paragraph('ferries')}${paragraph('schools')}${paragraph('roads')}</div></body>`;
    expect(keptText(html)).toHaveLength(4);
  });
});
