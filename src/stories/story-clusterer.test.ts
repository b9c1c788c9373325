import { describe, expect, it } from 'vitest';
import { hashId } from '../core/index.ts';
import type { IdfPrior } from './idf-prior.ts';
import { createStoryClusterer, restoreStoryClusterer } from './story-clusterer.ts';
import type { StoryItem } from './types.ts';

const at = (minutes: number): string =>
  new Date(Date.UTC(2014, 2, 10, 12, 0) + minutes * 60_000).toISOString();

const headlines: StoryItem[] = [
  {
    id: 'h1',
    title: "Chiquita agrees to buy Fyffes, creating world's largest banana company",
    publishedAt: at(0),
  },
  { id: 'h2', title: 'Fyffes and Chiquita merge to form biggest banana supplier', publishedAt: at(5) },
  { id: 'h3', title: 'Apple releases iOS 7.1 with CarPlay support', publishedAt: at(6) },
  { id: 'h4', title: 'Banana merger: Chiquita and Fyffes deal creates industry giant', publishedAt: at(10) },
  { id: 'h5', title: 'iOS 7.1 update from Apple adds CarPlay and bug fixes', publishedAt: at(11) },
  { id: 'h6', title: 'Malaysia Airlines search widens as jet remains missing', publishedAt: at(12) },
];

function cluster(items: readonly StoryItem[]): ReturnType<typeof createStoryClusterer> {
  const clusterer = createStoryClusterer();
  for (const item of items) clusterer.add(item);
  return clusterer;
}

describe('createStoryClusterer', () => {
  it('groups reworded headlines of one event and keeps other events apart', () => {
    const clusterer = cluster(headlines);
    const story = (id: string): string | undefined => clusterer.storyOf(id);
    expect(story('h2')).toBe(story('h1'));
    expect(story('h4')).toBe(story('h1'));
    expect(story('h5')).toBe(story('h3'));
    expect(new Set([story('h1'), story('h3'), story('h6')]).size).toBe(3);
    expect(clusterer.stories().map((s) => s.itemIds)).toEqual([['h1', 'h2', 'h4'], ['h3', 'h5'], ['h6']]);
  });

  it('names a story after its first item, the same way on every run', () => {
    const first = cluster(headlines);
    const second = cluster(headlines);
    expect(first.storyOf('h4')).toBe(hashId('s', 'h1'));
    expect(second.stories()).toEqual(first.stories());
  });

  it('reports whether an item joined a story and how well it fitted', () => {
    const clusterer = createStoryClusterer();
    const started = clusterer.add(headlines[0] as StoryItem);
    expect(started).toMatchObject({ joined: false, bestScore: undefined, diagnostics: [] });
    const joined = clusterer.add(headlines[1] as StoryItem);
    expect(joined.joined).toBe(true);
    expect(joined.bestScore).toBeGreaterThan(0.2);
    expect(joined.storyId).toBe(started.storyId);
  });

  it('clusters lower-cased, pre-lemmatised bags of words without dates', () => {
    const clusterer = cluster([
      { id: 'g1', title: 'kanye west kim kardashian engagement ring' },
      { id: 'g2', title: 'typhoon haiyan death toll philippine rise' },
      { id: 'g3', title: 'kim kardashian kanye west engaged stadium proposal' },
      { id: 'g4', title: 'philippine typhoon survivor aid haiyan' },
    ]);
    expect(clusterer.storyOf('g3')).toBe(clusterer.storyOf('g1'));
    expect(clusterer.storyOf('g4')).toBe(clusterer.storyOf('g2'));
    expect(clusterer.storyOf('g1')).not.toBe(clusterer.storyOf('g2'));
  });

  it('merges two stories that turn out to be one, and storyOf follows the merge', () => {
    const clusterer = createStoryClusterer({ mergeMinSize: 1 });
    const a = clusterer.add({ id: 'a', title: 'Chiquita Fyffes takeover agreed' }).storyId;
    const b = clusterer.add({ id: 'b', title: 'banana giant deal supplier created' }).storyId;
    expect(a).not.toBe(b);
    for (let i = 0; i < 6; i += 1) {
      clusterer.add({
        id: `bridge${i}`,
        title: `Chiquita Fyffes banana giant deal creates top supplier ${i}`,
      });
    }
    expect(clusterer.storyOf('b')).toBe(clusterer.storyOf('a'));
    expect(clusterer.stories()).toHaveLength(1);
  });

  it('reports bad items as coded diagnostics without throwing', () => {
    const clusterer = createStoryClusterer();
    const empty = clusterer.add({ id: 'e', title: '  ', text: '' });
    expect(empty.storyId).toBeUndefined();
    expect(empty.diagnostics.map((d) => [d.code, d.severity])).toEqual([['stories/empty-item', 'fatal']]);

    clusterer.add({ id: 'x', title: 'Markets rally', publishedAt: '2014-03-11T00:00:00Z' });
    const duplicate = clusterer.add({ id: 'x', title: 'something else' });
    expect(duplicate.diagnostics.map((d) => d.code)).toEqual(['stories/duplicate-id']);
    expect(clusterer.stories().flatMap((s) => s.itemIds)).toEqual(['x']);

    const early = clusterer.add({
      id: 'y',
      title: 'Markets rally again',
      publishedAt: '2014-03-10T00:00:00Z',
    });
    expect(early.diagnostics.map((d) => d.code)).toEqual(['stories/unsorted-time']);
    const badTime = clusterer.add({ id: 'z', title: 'Markets fall', publishedAt: 'last Tuesday' });
    expect(badTime.diagnostics.map((d) => d.code)).toEqual(['stories/bad-time']);
    const noTerms = clusterer.add({ id: 'w', title: '!!! ???' });
    expect(noTerms.diagnostics.map((d) => d.code)).toEqual(['stories/no-terms']);
    expect(noTerms.storyId).toBeDefined();
  });

  it('retires stories idle for longer than the window, so memory follows the window, not the archive', () => {
    const clusterer = createStoryClusterer({ windowHours: 24 });
    const day = (n: number): string => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString();
    let peakIndexed = 0;
    let retired = 0;
    for (let i = 0; i < 6000; i += 1) {
      // 60 days, 100 items a day, each day its own five topics.
      const dayIndex = Math.floor(i / 100);
      const topic = `topic${dayIndex}x${i % 5}`;
      clusterer.add({
        id: `i${i}`,
        title: `${topic} report number ${i % 7} update`,
        publishedAt: day(dayIndex),
      });
      peakIndexed = Math.max(peakIndexed, clusterer.size().indexedItems);
      if (i < 3000) continue;
      if (i === 3000) expect(clusterer.storyOf('i0')).toBeDefined(); // retired, not yet handed over
      retired += clusterer.drainRetired().length;
    }
    expect(peakIndexed).toBeLessThan(1500);
    expect(retired).toBeGreaterThan(200);
    expect(clusterer.storyOf('i0')).toBeUndefined();
    expect(clusterer.size().activeStories).toBeLessThan(30);
  });

  it('resumes from a JSON snapshot exactly where an uninterrupted run would be', () => {
    const words = [
      'port',
      'strike',
      'harvest',
      'election',
      'flood',
      'merger',
      'vaccine',
      'rocket',
      'court',
      'storm',
    ];
    const items: StoryItem[] = Array.from({ length: 1400 }, (_, i) => {
      const topic = (i * 7) % 23;
      const a = words[topic % words.length] ?? '';
      const b = words[(topic * 3 + 1) % words.length] ?? '';
      return {
        id: `s${i}`,
        title: `${a} ${b} talks ${topic} update ${i % 4}`,
        publishedAt: new Date(Date.UTC(2021, 0, 1) + i * 600_000).toISOString(),
      };
    });
    const whole = cluster(items);
    const first = cluster(items.slice(0, 700));
    const restored = restoreStoryClusterer(JSON.parse(JSON.stringify(first.snapshot())));
    expect(restored.diagnostics).toEqual([]);
    for (const item of items.slice(700)) restored.value?.add(item);
    expect(restored.value?.stories()).toEqual(whole.stories());
    expect(restored.value?.snapshot()).toEqual(whole.snapshot());
  });

  it('weighs the words a small batch shares by their rarity in news at large, not in the batch alone', () => {
    const first: StoryItem = {
      id: 'c1',
      title: 'Brennholt crane collapse: two dockers injured, operations to resume on Monday',
    };
    const second: StoryItem = {
      id: 'c2',
      title: 'Officials inspect Brennholt crane after collapse left workers in hospital overnight',
    };
    const scoreWith = (prior: IdfPrior | undefined): number => {
      const options = { idfPriorWeight: prior === undefined ? 0 : 1000 };
      const clusterer = createStoryClusterer(options, prior === undefined ? {} : { idfPrior: prior });
      clusterer.add(first);
      return clusterer.add(second).bestScore ?? 0;
    };
    const backgroundOf = (common: readonly string[]): IdfPrior => ({
      documentCount: 1000,
      documentFrequency: new Map(common.map((term) => [term, 300])),
    });
    // In a two-item stream a word both items share is in every document, so it weighs least of all.
    const streamOnly = scoreWith(undefined);
    const everydayWords = ['two', 'injure', 'operation', 'resume', 'monday', 'official', 'inspect', 'leave'];
    const withPrior = scoreWith(
      backgroundOf([...everydayWords, 'worker', 'hospital', 'overnight', 'docker']),
    );
    expect(withPrior).toBeGreaterThan(streamOnly + 0.1);
    expect(scoreWith(backgroundOf(['brennholt', 'crane', 'collapse']))).toBeLessThan(withPrior);
  });

  it('loads the committed idf prior by default and reads no prior when its weight is 0', () => {
    const clusterer = createStoryClusterer();
    clusterer.add({ id: 'p1', title: 'Crane collapse injures two dockers at Brennholt quay' });
    expect(clusterer.add({ id: 'p2', title: 'Two dockers hurt as crane collapses' }).joined).toBe(true);
    expect(() => createStoryClusterer({ idfPriorWeight: 0 }).add(headlines[0] as StoryItem)).not.toThrow();
  });

  it('lets a long article two days from its story keep most of its similarity, a headline much less', () => {
    const body = (lead: string): string =>
      `${lead} The fire at the Varden grain silo in Oskelund burned for two days. Fire chief Ilse Maren said ` +
      'forty crews fought the blaze, which destroyed 12,000 tonnes of barley and closed the Oskelund rail spur. ' +
      'The operator, Nordacre Grain, said the silo had been inspected in May. Two workers were treated for smoke ' +
      'inhalation. Farmers in the Lunde valley said deliveries would move to the Harrowby terminal. The county ' +
      'council will meet on Friday to discuss compensation for growers and hauliers affected by the closure.';
    const scoreAfter = (options: Parameters<typeof createStoryClusterer>[0], long: boolean): number => {
      const clusterer = createStoryClusterer(options);
      const first = long
        ? { text: body('Firefighters were called at dawn.') }
        : { title: 'Varden silo fire' };
      const later = long
        ? { text: body('The last embers were out by Thursday.') }
        : { title: 'Varden silo fire out' };
      clusterer.add({ id: 'first', ...first, publishedAt: '2025-05-06T06:00:00Z' });
      return clusterer.add({ id: 'later', ...later, publishedAt: '2025-05-08T00:00:00Z' }).bestScore ?? 0;
    };
    const undecayed = (long: boolean): number =>
      scoreAfter({ timeDecayFloor: 1, longTextDecayFloor: 1 }, long);
    expect(scoreAfter({}, true) / undecayed(true)).toBeGreaterThan(0.75);
    expect(scoreAfter({}, false) / undecayed(false)).toBeLessThan(0.6);
  });

  it('refuses a snapshot that is not one with a coded diagnostic', () => {
    const result = restoreStoryClusterer({ version: 2 });
    expect(result.value).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['stories/bad-snapshot']);
  });
});
