// Acceptance on five real scraped dumps (../shared/corpus/paris-talks-2025-04): all furniture gone, every other line
// of the page kept in the body (or moved to captions / used as headline), metadata read from line shape.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractedContent } from '../types.ts';
import { extractText } from './index.ts';

const CORPUS = resolve(import.meta.dirname, '../../../../shared/corpus/paris-talks-2025-04');
const available = existsSync(CORPUS);

interface Expectation {
  readonly file: string;
  readonly title?: string;
  /** Every furniture line of the page, as written. */
  readonly furniture: readonly string[];
  /** Lines moved to captions, as written. */
  readonly captions: readonly string[];
  /** A slug line's metadata prefix: dropped, while the rest of that line stays in the body. */
  readonly slugPrefix?: string;
  readonly byline?: string;
  readonly publisher?: string;
  readonly dateline?: string;
  /** Lines that must stay in the body as subheadings (checked on top of "every other line"). */
  readonly subheadings: readonly string[];
}

const RATING_AND_FOOTER = [
  'How useful was this article?',
  'Click on a star to rate it!',
  'Average rating 0 / 5. Vote count: 0',
  'No votes so far! Be the first to rate this article.',
  'Latest News',
  'Menu',
];

const EXPECTATIONS: readonly Expectation[] = [
  {
    file: '000_307b9cd806e7babc.txt',
    title: 'US, European Leaders Meet in Paris to Revive Efforts to End Ukraine War',
    furniture: ['ON NOW Global Business Report', 'Follow us on:', '• en'],
    captions: [],
    subheadings: [],
  },
  {
    file: '001_146c7e209a3251b8.txt',
    title: 'US, EU Leaders Discuss Ukraine Security, Ceasefire',
    furniture: [],
    captions: [],
    subheadings: ['Ceasefire Efforts and Stalled Negotiations', 'Broader Diplomatic Strains'],
  },
  {
    file: '002_41095395dd0153f9.txt',
    title: 'Rubio, Witkoff Meet Macron & Allies in Paris for Ukraine Peace Talks',
    furniture: [
      'Top StoryUS',
      'DEEP LOOKS',
      'More on US News',
      'Previous Article',
      'ICE Agents Break Car Window to Detain Asylum Seeker in Massachusetts',
      'Next Article',
      'Saudi Defense Chief Visits Tehran as Iran-US Nuclear Talks Resume',
      ...RATING_AND_FOOTER,
    ],
    captions: [
      'Germany national security advisor Jens Plotner, left, and U.S. Special Envoy Steve Witkoff speak during a meeting at the Elysee Palace in Paris, Thursday, April 17, 2025. (Ludovic Marin, Pool Photo via AP)',
      'From left to right, Germany national security advisor Jens Plotner, Ukraine’s Defence Minister Rustem Umerov, French President diplomatic advisor Emmanuel Bonne, Ukraine’s President chief of staff Andriy Yermak, Ukraine’s Foreign Minister Andriy Sybiga, and Britain’s National Security Adviser Jonathan Powell pose as they arrive for a meeting with French President Emmanuel Macron at the Elysee Palace in Paris, Thursday, April 17, 2025. (Ludovic Marin, Pool Photo via AP)',
    ],
    slugPrefix:
      'Rubio, Witkoff Meet Macron & Allies in Paris for Ukraine Peace Talks/ Newslooks/ WASHINGTON/ J. Mansour/ Morning Edition/',
    byline: 'J. Mansour',
    publisher: 'Newslooks',
    dateline: 'PARIS (AP)',
    subheadings: [
      'Ukraine Peace Talks – Key Points',
      'Ukraine’s Future at Forefront of Paris Talks as U.S. and European Leaders Seek Ceasefire Roadmap',
      'Rubio and Witkoff Lead U.S. Delegation',
      'Conclusion: Hope, But No Breakthrough Yet',
    ],
  },
  {
    file: '003_8b3bd250b33ab321.txt',
    furniture: [],
    captions: [],
    subheadings: [],
  },
  {
    file: '004_e806707cc38e067e.txt',
    title: 'Rubio, Witkoff Travel to Paris for Ukraine Peace Talks',
    furniture: [
      'Top StoryUS',
      'More on US News',
      'Previous Article',
      'JD Vance Heads to Italy, India for Diplomatic Tour',
      'Next Article',
      'MD Sen. Van Hollen Heads to El Salvador to Advocate for Garcia’s Release',
      ...RATING_AND_FOOTER,
    ],
    captions: [
      'Russian President Vladimir Putin, right, and U.S. President Donald Trump’s special envoy Steve Witkoff shake hands prior to their talks in St. Petersburg, Russia, Friday, April 11, 2025. (Gavriil Grigorov, Sputnik, Kremlin Pool Photo via AP)',
    ],
    slugPrefix:
      'Rubio, Witkoff Travel to Paris for Ukraine Peace Talks/ Newslooks/ WASHINGTON/ J. Mansour/ Morning Edition/',
    byline: 'J. Mansour',
    publisher: 'Newslooks',
    dateline: 'Washington (AP)',
    subheadings: [
      'Trump Administration’s Russia-Ukraine Peace Push – Quick Looks',
      'Rubio and Witkoff Lead Trump Administration’s Push for Russia-Ukraine Ceasefire in Paris',
      'Multiple Tracks: From Ukraine to Iran',
    ],
  },
];

/** Letters and digits only: a dateline separator inserted into a glued paragraph does not count as a change. */
function squash(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function paragraphsOf(value: ExtractedContent): string[] {
  return value.paragraphs.map((range) => value.text.slice(range.start, range.end));
}

describe.skipIf(!available)('extractText on the paris-talks-2025-04 corpus', () => {
  if (!available) it.skip(`corpus folder ${CORPUS} is absent`, () => undefined);

  for (const expectation of EXPECTATIONS) {
    describe(expectation.file, () => {
      const input = available ? readFileSync(join(CORPUS, expectation.file), 'utf8') : '';
      const result = extractText(input, { source: expectation.file });
      const value = result.value;

      it('extracts an English article without diagnostics', () => {
        expect(result.diagnostics).toEqual([]);
        expect(value?.lang).toBe('en');
        expect(value?.method).toBe('text-lines');
      });

      it('drops every furniture line and lists it as removed', () => {
        for (const line of expectation.furniture) {
          expect(value?.text).not.toContain(line);
          expect(value?.removed).toContain(line);
        }
      });

      it('keeps every other line of the page in the body, in page order', () => {
        if (value === undefined) throw new Error('expected an article');
        const dropped = new Set([...expectation.furniture, ...expectation.captions, expectation.title ?? '']);
        const kept = input
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line !== '' && !dropped.has(line))
          .map((line) =>
            expectation.slugPrefix !== undefined && line.startsWith(expectation.slugPrefix)
              ? line.slice(expectation.slugPrefix.length).trim()
              : line,
          );
        expect(paragraphsOf(value).map(squash)).toEqual(kept.map(squash));
      });

      it('finds the headline and keeps the subheadings as their own paragraphs', () => {
        expect(value?.title).toBe(expectation.title);
        if (value === undefined) return;
        const paragraphs = paragraphsOf(value);
        for (const subheading of expectation.subheadings) expect(paragraphs).toContain(subheading);
      });

      it('moves photo captions out of the body', () => {
        expect(value?.captions).toEqual(expectation.captions);
      });

      it('reads byline, publisher and dateline from the slug and the first paragraphs', () => {
        expect(value?.byline).toBe(expectation.byline);
        expect(value?.publisher).toBe(expectation.publisher);
        expect(value?.dateline).toBe(expectation.dateline);
        if (expectation.slugPrefix !== undefined) expect(value?.removed).toContain(expectation.slugPrefix);
      });
    });
  }

  it('separates the glued dateline of 002 from the first word without losing a word', () => {
    const input = readFileSync(join(CORPUS, '002_41095395dd0153f9.txt'), 'utf8');
    const text = extractText(input, { source: '002' }).value?.text ?? '';
    expect(text).toContain(
      'PARIS (AP) — Top U.S., European, and Ukrainian officials gathered in Paris Thursday for critical diplomatic talks',
    );
  });
});
