import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtml } from './index.ts';
import { MAX_HTML_CHARS } from './thresholds.ts';

const fixturesDir = resolve(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'extract');
const fixtureNames = readdirSync(fixturesDir).filter((name) => name.startsWith('html-'));

function run(html: string, source = 'test.html') {
  const result = extractHtml(html, { source });
  return {
    value: result.value,
    diagnostics: result.diagnostics.map((d) => ({ severity: d.severity, code: d.code })),
  };
}

describe('extractHtml golden fixtures', () => {
  it('has fixtures to check', () => {
    expect(fixtureNames.length).toBeGreaterThanOrEqual(6);
  });

  for (const name of fixtureNames) {
    it(`matches test/fixtures/extract/${name}/expected.json`, () => {
      const dir = join(fixturesDir, name);
      const actual = run(readFileSync(join(dir, 'input.html'), 'utf8'), `${name}/input.html`);
      const expectedPath = join(dir, 'expected.json');
      if (process.env['UPDATE_GOLDENS'] === '1' || !existsSync(expectedPath)) {
        writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      }
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});

function fixture(name: string): string {
  return readFileSync(join(fixturesDir, name, 'input.html'), 'utf8');
}

describe('extractHtml', () => {
  it('takes a complete JSON-LD articleBody and records json-ld as the method', () => {
    const { value } = run(fixture('html-json-ld-article'));
    expect(value?.method).toBe('json-ld');
    expect(value?.byline).toBe('Mara Quill, Tomas Fenn');
    expect(value?.publisher).toBe('The Coastal Ledger');
    expect(value?.publishedAt).toBe('2024-03-05T09:30:00+00:00');
    expect(value?.lang).toBe('en');
    expect(value?.paragraphs).toHaveLength(3);
  });

  it('distrusts a JSON-LD articleBody that is a truncated teaser and uses the page blocks', () => {
    const { value } = run(fixture('html-teaser-json-ld'));
    expect(value?.method).toBe('blocks');
    expect(value?.text).toContain('quiet place to work in the evening');
    expect(value?.byline).toBe('Odile Marsh');
    expect(value?.publisher).toBe('Hillside Post');
    expect(value?.publishedAt).toBe('2021-09-14');
  });

  it('reads title, publisher, byline, date and language from meta tags alone', () => {
    const { value } = run(fixture('html-meta-only'));
    expect(value?.title).toBe('Le marché couvert rouvre ses portes');
    expect(value?.publisher).toBe('Gazette du Val');
    expect(value?.byline).toBe('Claire Dubreuil');
    expect(value?.publishedAt).toBe('2023-11-02T07:15:00+01:00');
    expect(value?.lang).toBe('fr');
    expect(value?.text).not.toContain('Accueil');
  });

  it('drops navigation, share bars, related links, newsletter boxes, tags, sidebars, comments and footers', () => {
    const { value } = run(fixture('html-page-furniture'));
    const text = value?.text ?? '';
    expect(value?.paragraphs).toHaveLength(4);
    expect(text.startsWith('Volunteers patrolling the southern beaches')).toBe(true);
    expect(text.endsWith('rather than touch it.')).toBe(true);
    for (const furniture of [
      'Most read',
      'Dune restoration',
      'newsletter',
      'Great news',
      'Quay Street',
      'Tweet',
      'Beaches',
    ]) {
      expect(text).not.toContain(furniture);
    }
    expect(value?.removed.join('\n')).toContain('Dune restoration reaches its final phase');
    expect(value?.captions).toEqual(['A loggerhead turtle returns to the sea at dawn. Photo: Coastal Trust']);
    expect(value?.byline).toBe('Ines Roberto');
    expect(value?.publishedAt).toBe('2022-07-18');
  });

  it('never lets script or style content into the text', () => {
    const { value } = run(fixture('html-page-furniture'));
    expect(value?.text).not.toMatch(/tracking code|font-family|window\.analytics/);
    expect(value?.removed.join('\n')).not.toMatch(/tracking code|font-family/);
  });

  it('reports a page with no article as a fatal extract/no-article and no value', () => {
    const { value, diagnostics } = run(fixture('html-no-article'));
    expect(value).toBeUndefined();
    expect(diagnostics).toContainEqual({ severity: 'fatal', code: 'extract/no-article' });
  });

  it('reports an empty document as extract/no-article', () => {
    const { value, diagnostics } = run('');
    expect(value).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toEqual(['extract/no-article']);
  });

  it('finds a wire dateline, a "Posted on … by" date line and keeps the dateline in the text', () => {
    const { value } = run(fixture('html-wire-dateline'));
    expect(value?.dateline).toBe('GRENOBLE (Wire)');
    expect(value?.text.startsWith('GRENOBLE (Wire) — Heavy snow')).toBe(true);
    expect(value?.publishedAt).toBe('2020-03-03');
    expect(value?.text).not.toContain('Posted on');
  });

  it('gives paragraph ranges that slice the text exactly, joined by blank lines', () => {
    const { value } = run(fixture('html-page-furniture'));
    const text = value?.text ?? '';
    const slices = (value?.paragraphs ?? []).map((range) => text.slice(range.start, range.end));
    expect(slices.join('\n\n')).toBe(text);
    expect(slices.every((slice) => slice.length > 0 && !slice.includes('\n'))).toBe(true);
  });

  it('survives 100k nested divs without overflowing the stack and says the markup was flattened', () => {
    const depth = 100_000;
    const paragraph =
      '<p>The deeply nested page still carries a real paragraph of article text that a reader would want to keep, with enough words to count.</p>';
    const html = `<html><body>${'<div>'.repeat(depth)}${paragraph.repeat(4)}${'</div>'.repeat(depth)}</body></html>`;
    const { value, diagnostics } = run(html);
    expect(diagnostics.map((d) => d.code)).toContain('extract/deep-nesting');
    expect(value?.text).toContain('The deeply nested page still carries a real paragraph');
  });

  it('survives 100k unclosed nested spans inside a paragraph', () => {
    const html = `<html><body><p>Lead sentence of a story that goes on long enough to be an article body for the test here.${'<span>x'.repeat(100_000)}</p></body></html>`;
    const { value } = run(html);
    expect(value?.text).toContain('Lead sentence of a story');
  });

  it('reads only the first MAX_HTML_CHARS of a huge page and warns extract/truncated', () => {
    const paragraph =
      '<p>Council members debated the harbour budget for hours, and residents queued outside to speak about ferry fares and parking.</p>\n';
    const html = `<html><body><article>${paragraph.repeat(Math.ceil((MAX_HTML_CHARS * 1.5) / paragraph.length))}</article></body></html>`;
    const { value, diagnostics } = run(html);
    expect(diagnostics).toContainEqual({ severity: 'warning', code: 'extract/truncated' });
    expect(value?.text).toContain('Council members debated the harbour budget');
    expect(value?.text.length).toBeLessThan(MAX_HTML_CHARS);
  });

  it('caps the removed list and each removed entry on a page of endless furniture', () => {
    const link = (i: number): string => `<li><a href="/x${i}">${'Menu entry '.repeat(40)}${i}</a></li>`;
    const nav = `<ul class="menu">${Array.from({ length: 500 }, (_, i) => link(i)).join('')}</ul>`;
    const body =
      '<div class="story"><p>A short report about the village fete, with cakes, a tug of war and a brass band playing on the green until dusk.</p><p>Organisers said the rain held off and that the money raised will repair the church roof before winter.</p></div>';
    const { value } = run(`<html><body>${nav}${body}</body></html>`);
    expect(value?.removed.length).toBeLessThanOrEqual(200);
    expect(value?.removed.every((entry) => entry.length <= 300)).toBe(true);
  });

  it('does not mutate or depend on the caller beyond the string it is given', () => {
    const html = fixture('html-meta-only');
    const first = run(html);
    const second = run(html);
    expect(second).toEqual(first);
  });
});
