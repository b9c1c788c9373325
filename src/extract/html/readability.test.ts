import { describe, expect, it } from 'vitest';
import { extractWithReadability } from './readability.ts';

const paragraph = (topic: string): string =>
  `<p>The committee discussed ${topic} at length, heard from residents, and agreed to publish a full report, with costs, before the next meeting in the spring.</p>`;

describe('extractWithReadability', () => {
  it('returns the article paragraphs through our segmenter, captions and furniture removed', () => {
    const html = `<html><head><title>Committee report</title></head><body><div class="nav"><a href="/">Home</a></div>
      <article>${paragraph('parking')}<figure><img src="a.jpg"><figcaption>The harbour at dawn</figcaption></figure>${paragraph('ferries')}${paragraph('schools')}
      <p>Related: <a href="/x">Another story about the harbour</a></p></article></body></html>`;
    const result = extractWithReadability(html);
    const texts = result?.kept.map((block) => block.text) ?? [];
    expect(texts).toHaveLength(3);
    expect(texts.join(' ')).not.toContain('harbour at dawn');
    expect(result?.title).toBe('Committee report');
  });

  it('returns undefined for a document without a root element', () => {
    expect(extractWithReadability('')).toBeUndefined();
  });
});
