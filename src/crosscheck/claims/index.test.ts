// Claim alignment on small invented stories, run through the real annotators (quantities, quotes, NER roles).
import { beforeAll, describe, expect, it } from 'vitest';
import { annotateEntities } from '../../annotate/entities/index.ts';
import { loadNerTagger, type NerTagger } from '../../annotate/ner/index.ts';
import { findQuantities } from '../../annotate/quantities/index.ts';
import { findQuotes } from '../../annotate/quotes/index.ts';
import { resolveStoryEntities } from '../entities/index.ts';
import { alignClaims, type Claim, type ClaimLink } from './index.ts';

let tagger: NerTagger;
beforeAll(() => {
  tagger = loadNerTagger();
});

interface Draft {
  readonly id: string;
  readonly publisher: string;
  readonly publishedAt?: string;
  readonly text: string;
}

function align(drafts: readonly Draft[], derivations: readonly ClaimLink[] = []): readonly Claim[] {
  const entities = resolveStoryEntities(
    drafts.map((d) => ({ id: d.id, text: d.text, entities: annotateEntities(d.text, { tagger }).value })),
  ).value;
  return alignClaims({
    articles: drafts.map((d) => ({
      ...d,
      quantities: findQuantities(d.text).value,
      quotes: findQuotes(d.text).value,
    })),
    entities,
    derivations,
  }).value.claims;
}

const find = (claims: readonly Claim[], kind: Claim['kind'], words: string): Claim | undefined =>
  claims.find((c) => c.kind === kind && c.text.toLowerCase().includes(words.toLowerCase()));

describe('alignClaims', () => {
  const flood: Draft[] = [
    {
      id: 'a',
      publisher: 'Valley Post',
      publishedAt: '2031-05-02',
      text: 'At least 14 people were injured when the river burst its banks in Tarrow on Friday. Roughly 30 villages were evacuated, officials said.',
    },
    {
      id: 'b',
      publisher: 'Hill Times',
      publishedAt: '2031-05-02',
      text: 'Nine people were injured as floodwater swept through Tarrow on Friday. Over 30 villages were evacuated by the evening, officials said.',
    },
    {
      id: 'c',
      publisher: 'Delta Daily',
      publishedAt: '2031-05-03',
      text: 'Floods in Tarrow injured 15 people on Friday, the regional council said. More than 30 villages were evacuated.',
    },
  ];

  it('contests a count the outlets give incompatibly, naming each side', () => {
    const injured = find(align(flood), 'quantity', 'injured');
    expect(injured?.status).toBe('contested');
    expect(injured?.sides.map((s) => [...s.articleIds].sort())).toEqual([['a', 'c'], ['b']]);
    expect(injured?.conflicts.map((e) => e.articleId)).toEqual(['b']);
    expect(injured?.conflicts[0]?.sentence).toContain('Nine people were injured');
  });

  it('corroborates approximate figures that can both be true ("roughly 30", "over 30")', () => {
    const villages = find(align(flood), 'quantity', 'villages');
    expect(villages?.status).toBe('corroborated');
    expect(villages?.outlets).toBe(3);
  });

  it('counts a rewrite and its original as one source', () => {
    const rewrite: Draft = {
      id: 'r',
      publisher: 'Copy Desk',
      text: 'No fewer than 14 people were hurt when the river burst its banks in Tarrow on Friday.',
    };
    const claims = align([flood[0] as Draft, rewrite], [{ from: 'r', to: 'a' }]);
    const injured = find(claims, 'quantity', 'injured');
    expect(injured?.status).toBe('single-source');
    expect(injured?.outlets).toBe(1);
    expect(injured?.support.map((e) => e.articleId).sort()).toEqual(['a', 'r']);
  });

  it('contests two offices given to one person and flags a title held before as outdated', () => {
    const claims = align([
      {
        id: 'a',
        publisher: 'Valley Post',
        text: 'Senator Ilse Marrow visited the dam on Monday. The acting harbour master, Oskar Lind, closed the port.',
      },
      {
        id: 'b',
        publisher: 'Hill Times',
        text: 'Interior Minister Ilse Marrow visited the dam on Monday. Acting harbour master Oskar Lind closed the port.',
      },
      {
        id: 'c',
        publisher: 'Delta Daily',
        text: 'Interior Minister Ilse Marrow toured the dam. Former harbour master Oskar Lind said the port was shut.',
      },
    ]);
    const marrow = find(claims, 'role', 'Marrow');
    expect(marrow?.status).toBe('contested');
    expect(marrow?.sides[0]?.value).toMatch(/Interior Minister/u);
    expect(marrow?.sides[1]?.value).toMatch(/Senator/u);
    const lind = find(claims, 'role', 'Lind');
    expect(lind?.status).toBe('contested');
    expect(lind?.flags).toContain('outdated-title');
  });

  it('corroborates a quote two outlets carry and flags one worded differently', () => {
    const claims = align([
      {
        id: 'a',
        publisher: 'Valley Post',
        text: '“We will rebuild every bridge the river took, starting with the old mill crossing,” said Mayor Ada Quist.',
      },
      {
        id: 'b',
        publisher: 'Hill Times',
        text: '“We will rebuild every bridge the river took, starting with the old mill crossing,” Mayor Ada Quist said on Saturday.',
      },
      {
        id: 'c',
        publisher: 'Delta Daily',
        text: '“We are going to rebuild every bridge, beginning with the mill crossing,” Mayor Ada Quist told reporters.',
      },
    ]);
    const quote = find(claims, 'quote', 'rebuild every bridge');
    expect(quote?.status).toBe('corroborated');
    expect(quote?.outlets).toBe(3);
    expect(quote?.flags).toContain('quote-wording');
  });

  it('leaves a figure only one outlet gives single-source, and says so in its profile', () => {
    const result = alignClaims({
      articles: flood.map((d) => ({ ...d, quantities: findQuantities(d.text).value, quotes: [] })),
      entities: [],
      derivations: [],
    }).value;
    const byArticle = new Map(result.sources.map((s) => [s.articleId, s]));
    expect(byArticle.get('b')?.contradicted).toBe(1);
    expect(byArticle.get('a')?.contradicted).toBe(0);
    expect(byArticle.get('c')?.originality).toBeLessThan(1);
  });

  it('flags an election called upcoming in an article dated after it', () => {
    const claims = align([
      {
        id: 'a',
        publisher: 'Valley Post',
        publishedAt: '2033-02-01',
        text: 'The governor is raising money ahead of the 2032 election, aides said on Tuesday.',
      },
    ]);
    const stale = claims.find((c) => c.flags.includes('anachronism'));
    expect(stale?.value).toBe('ahead of the 2032 election');
    expect(stale?.support[0]?.articleId).toBe('a');
  });

  it('groups one fact told in other words across outlets as a corroborated statement', () => {
    const claims = align([
      {
        id: 'a',
        publisher: 'Valley Post',
        text: 'The regional council closed the Tarrow bridge to traffic after engineers found cracks in its main span.',
      },
      {
        id: 'b',
        publisher: 'Hill Times',
        text: 'Engineers found cracks in the main span of the Tarrow bridge, and the regional council closed it to traffic.',
      },
    ]);
    const bridge = claims.find((c) => c.text.includes('Tarrow bridge') && c.kind !== 'quantity');
    expect(bridge?.status).toBe('corroborated');
    expect(bridge?.support.map((e) => e.articleId).sort()).toEqual(['a', 'b']);
  });

  it('contests the time an event began when outlets give times that cannot both be true', () => {
    const quake: Draft[] = [
      {
        id: 'a',
        publisher: 'Valley Post',
        publishedAt: '2031-05-03',
        text: 'The earthquake struck shortly after 4 a.m. on Friday near Tarrow, shaking buildings across the valley.',
      },
      {
        id: 'b',
        publisher: 'Hill Times',
        publishedAt: '2031-05-03',
        text: 'Residents of Tarrow were woken by the tremor, which struck at about 4:20 a.m. on Friday, the seismic office said.',
      },
      {
        id: 'c',
        publisher: 'Delta Daily',
        publishedAt: '2031-05-03',
        text: 'The quake hit the valley around 6.30am on Friday. By 8 a.m. rescue teams were searching the rubble. Crews began clearing roads at 9 a.m.',
      },
    ];
    const claims = align(quake);
    const times = claims.filter((c) => c.kind === 'date');
    expect(times).toHaveLength(1);
    // No statement says the outlets agree on the sentences the time claim sets against each other.
    const agreeing = claims.filter(
      (c) =>
        c.kind !== 'date' &&
        c.support.some((e) => e.sentence.includes('4:20')) &&
        c.support.some((e) => e.sentence.includes('6.30am')),
    );
    expect(agreeing).toEqual([]);
    const began = times[0];
    expect(began?.status).toBe('contested');
    expect(began?.sides.map((s) => [...s.articleIds].sort())).toEqual([['a', 'b'], ['c']]);
    expect(began?.sides[1]?.value).toBe('around 6.30am on Friday');
    expect(began?.conflicts[0]?.sentence).toBe('The quake hit the valley around 6.30am on Friday.');
  });

  it('corroborates times their wording lets agree and ignores times that only scope another fact', () => {
    const fire: Draft[] = [
      {
        id: 'a',
        publisher: 'Valley Post',
        publishedAt: '2031-05-03',
        text: 'The warehouse fire broke out at around 11 p.m. on Thursday. By midnight 40 firefighters were at the scene.',
      },
      {
        id: 'b',
        publisher: 'Hill Times',
        publishedAt: '2031-05-03',
        text: 'Flames were first seen in the warehouse, where the fire started at 11.20 p.m. on Thursday, a neighbour said. At 1 a.m. on Friday the owners were called to the site, and shortly afterwards a second blaze in the yard started.',
      },
    ];
    const times = align(fire).filter((c) => c.kind === 'date');
    expect(times.map((c) => [c.status, c.sides.length])).toEqual([['corroborated', 1]]);
  });

  it('gives a past title written next to a name to that name, not to another holder of the office', () => {
    const film: Draft[] = [
      {
        id: 'a',
        publisher: 'Valley Post',
        text: 'The studio confirmed that director Ann Lee will start filming in May. Lee said the cast was complete.',
      },
      {
        id: 'b',
        publisher: 'Hill Times',
        text: 'Ann Lee has cast the lead, the studio said, after former director Bo Tran left the project in April.',
      },
    ];
    const lee = align(film).find((c) => c.kind === 'role' && c.text.includes('Ann Lee'));
    expect(lee?.status).toBe('single-source');
    expect(lee?.sides.map((s) => s.value)).toEqual(['Director']);
    expect(lee?.flags).toEqual([]);
  });

  it('keeps tolls of other incidents, increments and far-apart figures out of a dispute', () => {
    const clashes: Draft[] = [
      {
        id: 'a',
        publisher: 'Valley Post',
        publishedAt: '2031-05-03',
        text: 'Six people were killed in the clashes in Tarrow on Friday. Police have detained 30 people. The relief fund has raised $55,000.',
      },
      {
        id: 'b',
        publisher: 'Hill Times',
        publishedAt: '2031-05-03',
        text: 'Six people died when protesters and police clashed in Tarrow. An additional eight people were detained on Saturday. The organisers gave each family $100.',
      },
      {
        id: 'c',
        publisher: 'Delta Daily',
        publishedAt: '2031-05-03',
        text: 'Decades of unrest in the region have left 80,000 people dead. In 2019, 12 people were killed in a similar protest.',
      },
    ];
    const claims = align(clashes);
    const contested = claims.filter((c) => c.status === 'contested');
    expect(contested.map((c) => c.text)).toEqual([]);
    const killed = claims.find((c) => c.kind === 'quantity' && c.sides[0]?.value.startsWith('Six'));
    expect(killed?.status).toBe('corroborated');
  });

  it('never contests a rank or what a person is against the office an outlet names', () => {
    const army: Draft[] = [
      {
        id: 'a',
        publisher: 'Valley Post',
        text: "The country's defence chief, General Ada Morn, announced the truce. Ada Morn, a founder of the academy, spoke in Tarrow.",
      },
      {
        id: 'b',
        publisher: 'Hill Times',
        text: 'General Ada Morn said the truce would hold. Morn, a resident of Tarrow, was cheered by the crowd.',
      },
      {
        id: 'c',
        publisher: 'Delta Daily',
        text: 'Taxi driver Ada Morn, who trained as a pilot, was named in the report.',
      },
    ];
    const morn = align(army).filter((c) => c.kind === 'role' && c.text.includes('Ada Morn'));
    expect(morn.map((c) => c.status)).not.toContain('contested');
  });

  it('does not read "declined to confirm or deny" as a denial', () => {
    const report: Draft[] = [
      {
        id: 'a',
        publisher: 'Valley Post',
        text: 'The ministry confirmed that the envoy met rebel leaders in Tarrow on Friday to discuss a truce.',
      },
      {
        id: 'b',
        publisher: 'Hill Times',
        text: 'The ministry declined to confirm or deny that the envoy met rebel leaders in Tarrow on Friday to discuss a truce.',
      },
    ];
    expect(align(report).filter((c) => c.status === 'contested')).toEqual([]);
  });

  it('never states as agreed two sentences that a contested claim sets against each other', () => {
    const depot: Draft[] = [
      {
        id: 'a',
        publisher: 'Valley Post',
        publishedAt: '2031-05-03',
        text: 'The fire at the Tarrow paint depot started shortly after 2 a.m. on Friday near the northern gate.',
      },
      {
        id: 'b',
        publisher: 'Hill Times',
        publishedAt: '2031-05-03',
        text: 'The fire at the Tarrow paint depot started around 3.30am on Friday near the northern gate.',
      },
    ];
    const claims = align(depot);
    expect(claims.find((c) => c.kind === 'date')?.status).toBe('contested');
    expect(claims.filter((c) => c.status === 'corroborated')).toEqual([]);
  });

  it('sets a denial against the statement it answers, not against one it merely shares names with', () => {
    const truce: Draft[] = [
      {
        id: 'a',
        publisher: 'Valley Post',
        text: 'The government says rebel leader Omar Tarn has agreed to a ceasefire and will free the hostages.',
      },
      {
        id: 'b',
        publisher: 'Hill Times',
        text: 'In a video, rebel leader Omar Tarn denied having agreed to a ceasefire and said the hostages would not be freed.',
      },
      {
        id: 'c',
        publisher: 'Delta Daily',
        text: 'In a video, rebel leader Omar Tarn made the announcement about the ceasefire to his fighters.',
      },
    ];
    const contested = align(truce).filter((c) => c.status === 'contested' && c.kind !== 'quote');
    expect(
      contested.map((c) =>
        c.sides
          .map((s) => s.articleIds)
          .flat()
          .sort(),
      ),
    ).toEqual([['a', 'b']]);
  });

  it('does not read a part of a group ("two of the soldiers") as a count of the group', () => {
    const hostages: Draft[] = [
      {
        id: 'a',
        publisher: 'Valley Post',
        text: 'The militants have held 20 soldiers hostage in the hills above Tarrow since August.',
      },
      {
        id: 'b',
        publisher: 'Hill Times',
        text: 'The militants said two of the soldiers held hostage in the hills above Tarrow were wounded.',
      },
    ];
    expect(align(hostages).filter((c) => c.status === 'contested')).toEqual([]);
  });
});
