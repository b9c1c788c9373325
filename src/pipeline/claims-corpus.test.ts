// Acceptance of claim alignment and the brief through the whole pipeline: the sample corpus (real dumps in
// ../shared/corpus/paris-talks-2025-04) and the invented example with its answer key (examples/harbour-fire).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { captionBody, nameKey } from '../annotate/entities/index.ts';
import {
  buildReport,
  renderReport,
  type AnalysisReport,
  type ReportClaim,
  type ReportEntity,
  type ReportStory,
} from '../brief/index.ts';
import { openSqliteStore } from '../store/index.ts';
import { ingestIntoStore, viewStoriesOf } from './index.ts';

const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/paris-talks-2025-04');
const HARBOUR_FIRE = resolve(import.meta.dirname, '../../examples/harbour-fire');

async function storyOf(input: string): Promise<ReportStory> {
  const store = openSqliteStore({ path: ':memory:' });
  try {
    const summary = await ingestIntoStore(store, [input]);
    const view = viewStoriesOf(store, summary.articleIds);
    const report = buildReport(view.articles, view.stories, []);
    expect(report.stories).toHaveLength(1);
    return report.stories[0] as ReportStory;
  } finally {
    store.close();
  }
}

const claim = (story: ReportStory, kind: ReportClaim['kind'], words: string): ReportClaim | undefined =>
  story.claims.find((c) => c.kind === kind && c.text.toLowerCase().includes(words.toLowerCase()));

describe.runIf(existsSync(CORPUS))('claims on the sample corpus', () => {
  it('contests a title one outlet gives and others contradict, keeps approximations together', async () => {
    const story = await storyOf(CORPUS);
    const titles = story.claims.filter((c) => c.kind === 'role' && c.status === 'contested');
    const offices = titles.map((c) => c.sides.map((s) => s.value.split(' (')[0]));
    expect(offices).toContainEqual(['Secretary of State', 'Senator']);
    const coalition = story.claims.filter((c) => c.kind === 'quantity' && /nation|countr/u.test(c.text));
    expect(coalition.length).toBeGreaterThan(0);
    for (const c of coalition) expect(c.status).not.toBe('contested');
    expect(coalition.some((c) => c.status === 'corroborated')).toBe(true);
  });

  it('corroborates a quote two independent outlets carry and keeps one outlet’s figures single-source', async () => {
    const story = await storyOf(CORPUS);
    const quotes = story.claims.filter((c) => c.kind === 'quote' && c.status === 'corroborated');
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(new Set(q.support.map((e) => e.articleId)).size).toBeGreaterThanOrEqual(2);
    for (const words of ['civilians', 'troops', 'billion'])
      expect(claim(story, 'quantity', words)?.status).toBe('single-source');
    expect(story.timeline.length).toBeGreaterThan(0);
    expect(story.timeline.every((e) => /^\d{4}-\d{2}-\d{2}$/u.test(e.date))).toBe(true);
  });

  it('flags the outlet that calls a past election upcoming', async () => {
    const story = await storyOf(CORPUS);
    expect(story.claims.some((c) => c.flags.includes('anachronism'))).toBe(true);
  });
});

async function reportOf(input: string): Promise<AnalysisReport> {
  const store = openSqliteStore({ path: ':memory:' });
  try {
    const summary = await ingestIntoStore(store, [input]);
    const view = viewStoriesOf(store, summary.articleIds);
    return buildReport(view.articles, view.stories, []);
  } finally {
    store.close();
  }
}

/** Titles, courtesy titles, bullets, quotes, possessives, brackets and sentence punctuation must not reach a
 *  person's name. */
const UNCLEAN_NAME =
  /[•·▪“”"()[\],;:!?]|['’]s$|\.$|^(?:President|Secretary|Senator|Minister|Foreign|Prime|Vice|National|Security|Adviser|Advisor|Defen[cs]e|Special|Envoy|Chief|Mr|Mrs|Ms|Dr|Acting|Former|The|Left|Right|From)\b/u;

describe.runIf(existsSync(CORPUS))('entities of the sample corpus, captions included', () => {
  let report: AnalysisReport;
  let story: ReportStory;
  const people = (): ReportEntity[] => story.entities.filter((e) => e.type === 'person');
  /** The people one of whose names ends with this surname (diacritics and case ignored). */
  const surnamed = (surname: string): ReportEntity[] =>
    people().filter((e) => e.aliases.some((alias) => nameKey(alias).split(' ').at(-1) === nameKey(surname)));
  const articleFile = (id: string): string =>
    report.articles
      .find((a) => a.id === id)
      ?.source.split('/')
      .pop()
      ?.slice(0, 3) ?? '';

  beforeAll(async () => {
    report = await reportOf(CORPUS);
    expect(report.stories).toHaveLength(1);
    story = report.stories[0] as ReportStory;
  });

  it('merges the caption’s spellings of a minister and of a chief of staff with the body’s', () => {
    const sybiha = [...surnamed('Sybiha'), ...surnamed('Sybiga')];
    expect(new Set(sybiha.map((e) => e.id)).size).toBe(1);
    expect(sybiha[0]?.aliases).toEqual(expect.arrayContaining(['Andrii Sybiha', 'Andriy Sybiga']));
    const yermak = surnamed('Yermak');
    expect(yermak).toHaveLength(1);
    expect(yermak[0]?.aliases).toEqual(expect.arrayContaining(['Andrii Yermak', 'Andriy Yermak']));
    for (const person of [...sybiha.slice(0, 1), ...yermak]) {
      expect(new Set(person.mentions.map((m) => articleFile(m.articleId)))).toEqual(new Set(['001', '002']));
    }
  });

  it('reads a person only a caption names as a person with a role, its country and its outlet', () => {
    const [powell, ...others] = surnamed('Powell');
    expect(others).toEqual([]);
    expect(powell?.name).toBe('Jonathan Powell');
    const role = powell?.roles.find((r) => r.role === 'National Security Adviser');
    expect(role?.of).toBe('United Kingdom');
    expect(role?.articleIds.map(articleFile)).toEqual(['002']);
    expect(role?.spans.every((span) => span.caption !== undefined)).toBe(true);
    const plotner = surnamed('Plotner')[0];
    expect(plotner?.roles.map((r) => [r.role, r.of])).toContainEqual([
      'National Security Adviser',
      'Germany',
    ]);
    const claim = story.claims.find((c) => c.kind === 'role' && c.subject === powell?.id);
    expect(claim?.support.map((e) => e.caption)).toEqual([expect.any(Number)]);
  });

  it('gives no person a title, bullet or punctuation in the name, and no one from a photo credit', () => {
    for (const person of people()) expect(person.name, person.name).not.toMatch(UNCLEAN_NAME);
    for (const entity of story.entities) {
      for (const mention of entity.mentions) {
        if (mention.caption === undefined) continue;
        const caption =
          report.articles.find((a) => a.id === mention.articleId)?.captions[mention.caption] ?? '';
        expect(mention.end, entity.name).toBeLessThanOrEqual(captionBody(caption).length);
        expect(entity.aliases, entity.name).toContain(caption.slice(mention.start, mention.end));
      }
    }
  });
});

describe('claims on the bundled example', () => {
  it('contests the injured count, the damage estimate and the harbour master’s title as the answer key says', async () => {
    const story = await storyOf(HARBOUR_FIRE);
    const injured = story.claims.find(
      (c) => c.kind === 'quantity' && /people/u.test(c.text) && /hurt|injur/u.test(c.text),
    );
    expect(injured?.status).toBe('contested');
    const damage = story.claims.find((c) => c.kind === 'quantity' && /€/u.test(c.text));
    expect(damage?.status).toBe('contested');
    expect(damage?.sides).toHaveLength(2);
    const master = story.claims.find((c) => c.kind === 'role' && c.flags.includes('outdated-title'));
    expect(master?.sides.map((s) => s.value)).toEqual(['Acting Harbour Master', 'Former Harbour Master']);
    const containers = claim(story, 'quantity', 'containers destroyed');
    expect(containers?.status).toBe('corroborated');
  });

  it('contests the start time and links the reworded pledge, as the answer key says', async () => {
    const story = await storyOf(HARBOUR_FIRE);
    const started = story.claims.find((c) => c.kind === 'date' && /start/u.test(c.text));
    expect(started?.status).toBe('contested');
    expect(started?.sides.map((s) => s.value)).toEqual(['shortly after 2 a.m.', 'around 3.30am on Tuesday']);
    const pledge = story.claims.find(
      (c) => c.kind === 'quote' && c.flags.includes('quote-wording') && /rebuild/u.test(c.text),
    );
    expect(pledge?.status).toBe('corroborated');
    expect(pledge?.support.some((e) => /come back stronger/u.test(e.sentence))).toBe(true);
    // Agreed statements never pair sentences the start-time claim sets against each other.
    const agreed = story.claims.filter((c) => c.kind !== 'date' && c.status === 'corroborated');
    for (const c of agreed)
      expect(
        c.support.some((e) => /3\.30am/u.test(e.sentence)),
        c.text,
      ).toBe(false);
  });

  it('counts the rewrite and its original as one outlet, and cites every line of the brief', async () => {
    const story = await storyOf(HARBOUR_FIRE);
    for (const c of story.claims) expect(c.outlets).toBeLessThanOrEqual(5);
    const single = story.claims.filter(
      (c) => c.status === 'single-source' && new Set(c.support.map((e) => e.articleId)).size === 2,
    );
    expect(single.length).toBeGreaterThan(0);
    for (const line of story.brief.split('\n')) {
      if (!line.startsWith('- ') || line.includes('|')) continue;
      expect(line).toMatch(/\[\d+\]/u);
    }
    for (const [i, c] of story.citations.entries()) {
      expect(story.brief).toContain(`[${i + 1}]`);
      expect(c.end).toBeGreaterThan(c.start);
    }
  });
});

describe('brief rendering', () => {
  it('escapes hostile text from articles in the HTML brief', async () => {
    const store = openSqliteStore({ path: ':memory:' });
    try {
      const summary = await ingestIntoStore(store, [HARBOUR_FIRE]);
      const view = viewStoriesOf(store, summary.articleIds);
      const report = buildReport(view.articles, view.stories, []);
      const story = report.stories[0] as ReportStory;
      const hostile = {
        ...report,
        stories: [
          {
            ...story,
            title: '<script>alert(1)</script>',
            claims: story.claims.map((c) => ({ ...c, text: `<img src=x onerror=alert(1)>${c.text}` })),
          },
        ],
      };
      const html = renderReport(hostile, 'html');
      expect(html).not.toContain('<script>alert');
      expect(html).not.toContain('<img src=x');
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    } finally {
      store.close();
    }
  });
});
