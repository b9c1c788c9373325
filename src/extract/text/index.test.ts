import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractedContent } from '../types.ts';
import { extractText } from './index.ts';

const FIXTURES = resolve(import.meta.dirname, '../../../test/fixtures/extract');
const UPDATE_GOLDENS = process.env['UPDATE_GOLDENS'] === '1';

interface Fixture {
  readonly slug: string;
  readonly input: string;
  readonly markdown: boolean;
}

function readFixture(slug: string): Fixture {
  const folder = join(FIXTURES, slug);
  const markdownPath = join(folder, 'input.md');
  const markdown = existsSync(markdownPath);
  return { slug, input: readFileSync(markdown ? markdownPath : join(folder, 'input.txt'), 'utf8'), markdown };
}

function run(fixture: Fixture): ReturnType<typeof extractText> {
  return extractText(fixture.input, { source: `${fixture.slug}/input`, markdown: fixture.markdown });
}

function extracted(slug: string): ExtractedContent {
  const value = run(readFixture(slug)).value;
  if (value === undefined) throw new Error(`expected an article from fixture ${slug}, found none`);
  return value;
}

/** Letters and digits only: compares lines with text where a separator was inserted or lines were joined. */
function squash(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Input lines found nowhere in the output (text, captions, removed, title): must be none. */
function unaccountedLines(input: string, value: ExtractedContent): string[] {
  const pool = [value.text, ...value.captions, ...value.removed, value.title ?? ''].map(squash).join('|');
  return input
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => squash(line) !== '' && !pool.includes(squash(line)));
}

describe('extractText golden fixtures', () => {
  const slugs = readdirSync(FIXTURES).filter((slug) => slug.startsWith('text-'));

  it('finds the text fixtures', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(5);
  });

  for (const slug of slugs) {
    it(`matches expected.json for ${slug}`, () => {
      const fixture = readFixture(slug);
      const result = run(fixture);
      const actual = { value: result.value ?? null, diagnostics: result.diagnostics.map((d) => d.code) };
      const expectedPath = join(FIXTURES, slug, 'expected.json');
      if (UPDATE_GOLDENS || !existsSync(expectedPath)) {
        writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      }
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});

describe('extractText on plain-text dumps', () => {
  it('drops a cookie banner, newsletter prompt, share bar and comments footer and keeps every body sentence', () => {
    const value = extracted('text-cookie-newsletter-comments');
    for (const furniture of [
      'We use cookies',
      'Accept all cookies',
      'Sign up for our morning newsletter',
      'Enter your email address',
      'Share this article',
      'Facebook',
      'Comments (12)',
      'Leave a comment',
      'You must be logged in',
      'community guidelines',
      'About time. Those bearings',
      'Twenty minutes each way',
      'Most Read',
      'Council Approves New Library Hours',
      'All rights reserved',
    ]) {
      expect(value.text).not.toContain(furniture);
    }
    for (const sentence of [
      'Engineers will close two lanes of the harbour bridge from Monday so that corroded bearings can be replaced, the regional transport authority said on Friday.',
      'Buses will keep a dedicated lane, but drivers have been told to expect delays of up to 20 minutes at peak times.',
      '"Replacing them now avoids a full closure later."',
      'What the closures mean for commuters',
      'Business owners near the southern ramp said they feared a drop in passing trade.',
    ]) {
      expect(value.text).toContain(sentence);
    }
    expect(value.title).toBe('Harbour Bridge Repairs to Close Two Lanes Until Autumn');
    expect(value.byline).toBe('Priya Raman');
    expect(value.publishedAt).toBe('2024-03-03');
    expect(value.publisher).toBe('Harbour Gazette');
  });

  it('reads the byline and the dateline of a hard-wrapped wire story and joins its wrapped lines', () => {
    const value = extracted('text-wire-byline-dateline');
    expect(value.byline).toBe('MARTA KOWALCZYK and DANIEL OSEI');
    expect(value.dateline).toBe('OSTRAVA, Czech Republic (NWS)');
    expect(
      value.text.startsWith('OSTRAVA, Czech Republic (NWS) — Rescue crews evacuated more than 2,000 people'),
    ).toBe(true);
    expect(value.text).toContain('"By noon the main road was a river."');
    expect(value.text).toContain('Lena Fischer in Vienna contributed to this report.');
    expect(value.text).not.toContain('All rights reserved');
    expect(value.paragraphs).toHaveLength(5);
  });

  it('strips markdown syntax, drops images to removed and takes the H1 as headline', () => {
    const value = extracted('text-markdown-article');
    expect(value.title).toBe('Orchard Growers Turn to Drones to Fight Frost');
    expect(value.byline).toBe('Lucía Ferreyra');
    expect(value.publishedAt).toBe('2024-05-12');
    expect(value.text).toContain('started flying heat-carrying drones over their orchards');
    expect(value.text).toContain("run by a growers' cooperative with support from");
    expect(value.text).toContain('a trick that growers say can lift the temperature');
    expect(value.text).toContain('• Each flight lasts about 25 minutes before a battery swap.');
    expect(value.text).toContain('research station, Ingrid Solberg, said');
    expect(value.text).toContain('How it works');
    expect(value.text).not.toMatch(/[*_#[\]()]|https?:/u);
    expect(value.text).not.toContain('Late frost damages cherry harvest');
    expect(value.text).not.toContain('Skip to content');
    expect(value.removed).toContain('![A drone hovers over apple trees](https://example.org/drone.jpg)');
    expect(value.captions).toEqual(['Photo: Jonas Berg/Valley Images']);
  });

  it('reports extract/empty-body when a dump holds only page furniture', () => {
    const result = run(readFixture('text-furniture-only'));
    expect(result.value).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['extract/empty-body']);
    expect(result.diagnostics[0]?.severity).toBe('fatal');
  });

  it('moves photo captions and credits of several shapes out of the body', () => {
    const value = extracted('text-caption-credits');
    expect(value.captions).toEqual([
      'Elders receive the first of the returned panels at the harbour, Saturday, June 8, 2024. (Ana Souza/Island Pool Photo via NWS)',
      'Photo: Kai Mahoe',
      'Image credit: Regional Heritage Trust',
      'A conservator inspects one of the panels before shipping. NWS Photo/Rafael Ortiz',
      'Dancers perform during the handover ceremony. WIRE/Leilani Kahale',
      'Credit: Courtesy of the Island Museum Trust',
    ]);
    expect(value.text).toContain('(a search that took them through four archives).');
    expect(value.text).toContain(
      '"They are not objects to us, they are ancestors," said council elder Moana Kealoha.',
    );
    expect(value.removed).toEqual(['Culture', 'Enlarge this image', 'toggle caption']);
  });

  it('drops inline links, ads, pull quotes and promos inside the body but keeps its subheadings', () => {
    const value = extracted('text-inline-furniture');
    expect(value.title).toBe('Researchers Map Hidden Lakes Beneath Antarctic Glacier');
    expect(value.text).toContain('Why the Glacier Matters');
    expect(value.text).toContain('"When they drain, the ice above them speeds up."');
    expect(value.text.match(/When they drain/gu)).toHaveLength(1);
    for (const furniture of [
      'Listen to this article',
      '4 min read',
      'Advertisement',
      'Read more:',
      'Ice Shelf Cracks Widen',
      'STAY INFORMED',
      'Get our climate briefing',
      'Deep-Sea Mining',
      'Tags:',
    ]) {
      expect(value.text).not.toContain(furniture);
    }
  });

  it('keeps a sentence-case deck, picks the headline above it and pairs a credit line with its caption', () => {
    const value = extracted('text-deck-credit-first-caption');
    expect(value.title).toBe('Allies weigh peacekeeping plan as talks stall');
    expect(value.byline).toBe('Sofia Marin');
    expect(
      value.text.startsWith('Officials say a force of up to 25,000 troops is under discussion\n\n'),
    ).toBe(true);
    expect(value.captions).toEqual([
      'Valley Images',
      'Soldiers take part in a training exercise near the border last month',
    ]);
    expect(value.text).toContain('Officials did not say how many troops each country would contribute.');
    for (const furniture of [
      'WORLD',
      'Senior Correspondent',
      'Related Topics',
      'Defence',
      'Leaders meet in Paris',
      '2 days ago',
      'Live:',
    ]) {
      expect(value.text).not.toContain(furniture);
    }
  });

  it('drops glued navigation labels and keeps a list a sentence introduces and a short last sentence', () => {
    const value = extracted('text-glued-nav-and-colon-list');
    expect(value.title).toBe('Officials from four countries meet in Geneva for talks on grain corridor');
    expect(value.byline).toBe('Anna Berg');
    expect(value.publishedAt).toBe('2025-04-17T12:05:00.000Z');
    for (const kept of [
      'The deal covers:',
      'Safe passage for cargo ships',
      'Joint inspections at two ports',
      'A hotline between navies',
      'He declined.',
    ]) {
      expect(value.text).toContain(kept);
    }
    for (const furniture of [
      'Skip to main content',
      'Print subscriptions',
      'This article is more than',
      'Explore more',
      'Most viewed',
      'Storm hits coast',
    ]) {
      expect(value.text).not.toContain(furniture);
    }
  });

  for (const slug of [
    'text-cookie-newsletter-comments',
    'text-wire-byline-dateline',
    'text-caption-credits',
    'text-inline-furniture',
    'text-deck-credit-first-caption',
    'text-glued-nav-and-colon-list',
  ]) {
    it(`accounts for every input line of ${slug} in text, captions, removed or title`, () => {
      const fixture = readFixture(slug);
      const value = run(fixture).value;
      expect(value).toBeDefined();
      if (value !== undefined) expect(unaccountedLines(fixture.input, value)).toEqual([]);
    });
  }

  it('gives paragraph ranges that slice the text into its paragraphs', () => {
    const value = extracted('text-inline-furniture');
    const slices = value.paragraphs.map((range) => value.text.slice(range.start, range.end));
    expect(slices).toEqual(value.text.split('\n\n'));
    expect(value.method).toBe('text-lines');
    expect(value.lang).toBe('en');
  });

  it('keeps a glued dateline paragraph whole and separates the dateline from the first word', () => {
    const input = [
      'Harbour Talks Resume After Storm Delay',
      '',
      'OSLO (NWS)Negotiators returned to the table on Monday after a storm delayed the talks by two days.',
      '',
      'Both sides said they expected a deal before the end of the month.',
    ].join('\n');
    const value = extractText(input, { source: 'inline' }).value;
    expect(value?.dateline).toBe('OSLO (NWS)');
    expect(value?.text).toContain(
      'OSLO (NWS) — Negotiators returned to the table on Monday after a storm delayed the talks by two days.',
    );
  });

  it('reads CRLF line ends and a byte-order mark like plain newlines', () => {
    const input =
      '\uFEFFMenu\r\nCouncil Votes to Extend Night Bus Service\r\n\r\nThe council voted on Tuesday to run night buses until 2 a.m. on weekdays.\r\n';
    const value = extractText(input, { source: 'inline' }).value;
    expect(value?.title).toBe('Council Votes to Extend Night Bus Service');
    expect(value?.text).toBe('The council voted on Tuesday to run night buses until 2 a.m. on weekdays.');
    expect(value?.removed).toEqual(['Menu']);
  });

  it('reports extract/empty-body for empty input', () => {
    const result = extractText('   \n\n', { source: 'empty.txt' });
    expect(result.value).toBeUndefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'extract/empty-body', severity: 'fatal', source: 'empty.txt' }),
    ]);
  });
});
