import { describe, expect, it } from 'vitest';
import { prepareMarkdown, preparePlainText } from './markdown.ts';

function textsOf(input: string): string[] {
  return prepareMarkdown(input).lines.map((line) => line.text);
}

describe('prepareMarkdown', () => {
  it('strips headings, emphasis, code and links down to their text', () => {
    const { lines } = prepareMarkdown(
      '## Costs and **doubts**\nThe *drones* cost `more` than __wind__ machines, said [the station](https://example.org/s "title").',
    );
    expect(lines[0]).toMatchObject({ text: 'Costs and doubts', headingLevel: 2 });
    expect(lines[1]?.text).toBe('The drones cost more than wind machines, said the station.');
  });

  it('keeps underscores and asterisks inside words', () => {
    expect(textsOf('The file snake_case_name has 2*3 rows.')).toEqual([
      'The file snake_case_name has 2*3 rows.',
    ]);
  });

  it('lists images as removed and leaves an image-only line blank', () => {
    const { lines } = prepareMarkdown(
      '![A drone over trees](https://example.org/d.jpg)\nText with ![icon](i.png) inside.',
    );
    expect(lines[0]).toMatchObject({
      text: '',
      removed: ['![A drone over trees](https://example.org/d.jpg)'],
    });
    expect(lines[1]).toMatchObject({ text: 'Text with inside.', removed: ['![icon](i.png)'] });
  });

  it('drops a linked image entirely', () => {
    const { lines } = prepareMarkdown('[![logo](logo.png)](https://example.org)');
    expect(lines[0]).toMatchObject({ text: '', removed: ['![logo](logo.png)'] });
  });

  it('marks list items and writes them with a bullet or their number', () => {
    expect(prepareMarkdown('- First point.\n* Second point.\n3. Third point.').lines).toMatchObject([
      { text: '• First point.', listItem: true },
      { text: '• Second point.', listItem: true },
      { text: '3. Third point.', listItem: true },
    ]);
  });

  it('reads setext headings and treats rules and reference definitions as markup', () => {
    const { lines } = prepareMarkdown(
      'Orchard Growers Turn to Drones\n=====\n\n---\n[a]: https://example.org',
    );
    expect(lines[0]).toMatchObject({ text: 'Orchard Growers Turn to Drones', headingLevel: 1 });
    expect(lines[1]).toMatchObject({ text: '', removed: ['====='] });
    expect(lines[3]).toMatchObject({ text: '', removed: ['---'] });
    expect(lines[4]).toMatchObject({ text: '', removed: ['[a]: https://example.org'] });
  });

  it('reads title, author and date from front matter and lists its lines as markup', () => {
    const prepared = prepareMarkdown(
      '---\ntitle: "Drones Fight Frost"\nauthor: Lucía Ferreyra\ndate: 2024-05-12\n---\nBody.',
    );
    expect(prepared.frontMatter).toEqual({
      title: 'Drones Fight Frost',
      byline: 'Lucía Ferreyra',
      publishedAt: '2024-05-12',
    });
    expect(prepared.lines.slice(0, 5).every((line) => line.text === '' && line.removed.length === 1)).toBe(
      true,
    );
    expect(prepared.lines[5]?.text).toBe('Body.');
  });

  it('measures the share of a line that was link text', () => {
    const { lines } = prepareMarkdown(
      '[Home](/)\nRead the [full report](https://example.org/r) from the agency today.',
    );
    expect(lines[0]?.linkDensity).toBe(1);
    expect(lines[1]?.linkDensity).toBeGreaterThan(0.2);
    expect(lines[1]?.linkDensity).toBeLessThan(0.4);
  });

  it('strips blockquote markers and keeps fenced code verbatim', () => {
    expect(textsOf('> "We lost half the crop," he said.\n```\nlet *x* = 1;\n```')).toEqual([
      '"We lost half the crop," he said.',
      '',
      'let *x* = 1;',
      '',
    ]);
  });

  it('joins table cells with a separator and drops the divider row', () => {
    expect(textsOf('| Crop | Loss |\n|---|---|\n| Apples | 40% |')).toEqual([
      'Crop | Loss',
      '',
      'Apples | 40%',
    ]);
  });
});

describe('preparePlainText', () => {
  it('keeps every line as written, trimmed, with inner whitespace collapsed', () => {
    expect(preparePlainText('  • en \n\tTwo  words').map((line) => line.text)).toEqual(['• en', 'Two words']);
  });
});
