// Online story clustering: each item is compared, through inverted indexes, with the stories active in a time
// window and joins the best one or starts its own; stories that turn out to be one are merged. Memory is held
// by the window (idle stories are retired), never by the archive.
import { diagnostic, hashId, type Diagnostic, type Result } from '../core/index.ts';
import { loadIdfPrior, type IdfPrior } from './idf-prior.ts';
import { itemTerms } from './terms.ts';
import {
  CLUSTER_DEFAULTS,
  EVICTION_INTERVAL_ITEMS,
  MERGE_CHECK_GROWTH,
  MERGE_EXACT_CANDIDATES,
} from './thresholds.ts';
import { clustererSnapshotSchema, type ClustererSnapshot, type StorySnapshot } from './snapshot-schema.ts';
import type { ClusterOptions, StoryItem } from './types.ts';

export interface StorySummary {
  readonly id: string;
  readonly itemIds: readonly string[];
}

export interface AddResult {
  /** The story the item joined or started; undefined when the item was rejected (see diagnostics). */
  readonly storyId: string | undefined;
  /** Whether the item joined an existing story (false: it started one, or was rejected). */
  readonly joined: boolean;
  /** Score of the best existing story, joined or not; undefined when no story shared a term. */
  readonly bestScore: number | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

export interface StoryClusterer {
  /** Joins the item to a story or starts one; stories that turn out to be one may merge. */
  add(item: StoryItem): AddResult;
  /** The item's current story, following merges; undefined for unknown items and drained stories. */
  storyOf(itemId: string): string | undefined;
  /** Every story not yet drained, active or retired, in order of creation. */
  stories(): readonly StorySummary[];
  /** Hands over the stories retired from the window since the last call (they are final) and forgets them. */
  drainRetired(): readonly StorySummary[];
  /** Counts for monitoring memory: active stories, items indexed, terms with a document frequency. */
  size(): { readonly activeStories: number; readonly indexedItems: number; readonly vocabulary: number };
  /** The whole state as JSON-serialisable data; `restoreStoryClusterer` resumes from it. */
  snapshot(): ClustererSnapshot;
}

/** One item kept for the nearest-member comparison. */
interface Member {
  readonly id: string;
  readonly vector: ReadonlyMap<string, number>;
  readonly slot: number;
  story: StoryState;
}

interface StoryState {
  readonly id: string;
  /** Creation order: ties and output order follow it. */
  readonly seq: number;
  readonly slot: number;
  readonly itemIds: string[];
  /** Sum of the members' unit tf-idf vectors, capped to the heaviest terms. */
  readonly centroid: Map<string, number>;
  norm2: number;
  readonly names: Map<string, number>;
  firstTime: number | undefined;
  lastTime: number | undefined;
  timedItems: number;
  /** `itemsSeen` when the story last received an item. */
  lastSeq: number;
  neighbours: Member[];
  nextMergeCheck: number;
  /** Sum over items of their distinct terms: tells a story of long texts from one of headlines. */
  distinctTerms: number;
}

const HOUR_MS = 3_600_000;

function parseTime(value: string | undefined): number | undefined | 'invalid' {
  if (value === undefined || value.trim() === '') return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? 'invalid' : time;
}

function addTo<K>(map: Map<K, number>, key: K, amount: number): void {
  map.set(key, (map.get(key) ?? 0) + amount);
}

/** Small integers reused as indexes into scratch arrays, so scoring accumulates in typed arrays, not maps. */
class SlotPool {
  private readonly free: number[] = [];
  private next = 0;
  take(): number {
    return this.free.pop() ?? this.next++;
  }
  release(slot: number): void {
    this.free.push(slot);
  }
  get capacity(): number {
    return this.next;
  }
}

/** Per-slot accumulators cleared in O(touched) between items. */
class Scratch {
  values = new Float64Array(1024);
  private stamps = new Uint32Array(1024);
  private stamp = 1;
  reset(capacity: number): void {
    if (capacity > this.values.length) {
      const size = Math.max(capacity, this.values.length * 2);
      this.values = new Float64Array(size);
      this.stamps = new Uint32Array(size);
    }
    this.stamp += 1;
  }
  /** Marks the slot as touched for this round; true the first time. */
  touch(slot: number): boolean {
    if (this.stamps[slot] === this.stamp) return false;
    this.stamps[slot] = this.stamp;
    this.values[slot] = 0;
    return true;
  }
  add(slot: number, amount: number): void {
    this.values[slot] = (this.values[slot] ?? 0) + amount;
  }
  /** The slot's value this round, 0 when untouched. */
  get(slot: number): number {
    return this.stamps[slot] === this.stamp ? (this.values[slot] ?? 0) : 0;
  }
}

/** What a clusterer reads besides its options. */
export interface ClustererResources {
  /** Background document frequencies blended into the stream's (`idfPriorWeight`); the committed prior
   *  (models/idf) when absent. */
  readonly idfPrior?: IdfPrior;
}

export function createStoryClusterer(
  options: Partial<ClusterOptions> = {},
  resources: ClustererResources = {},
): StoryClusterer {
  return buildStoryClusterer({ ...CLUSTER_DEFAULTS, ...options }, resources, undefined);
}

/** A clusterer resumed from `snapshot()` output (after a JSON round trip); the snapshot's options apply. */
export function restoreStoryClusterer(
  snapshot: unknown,
  resources: ClustererResources = {},
): Result<StoryClusterer | undefined> {
  const parsed = clustererSnapshotSchema.safeParse(snapshot);
  if (!parsed.success) {
    const message = `expected the output of StoryClusterer.snapshot(), found: ${parsed.error.issues[0]?.message ?? 'no object'}`;
    return { value: undefined, diagnostics: [diagnostic('fatal', 'stories/bad-snapshot', message)] };
  }
  const options: Partial<ClusterOptions> = parsed.data.options;
  return {
    value: buildStoryClusterer({ ...CLUSTER_DEFAULTS, ...options }, resources, parsed.data),
    diagnostics: [],
  };
}

function buildStoryClusterer(
  config: ClusterOptions,
  resources: ClustererResources,
  restored: ClustererSnapshot | undefined,
): StoryClusterer {
  const documentFrequency = new Map<string, number>();
  let documentCount = 0;
  // The prior counts as `idfPriorWeight` documents whatever its size, so a small batch reads its words' rarity
  // from the background and a long stream outweighs it with its own counts.
  const prior = config.idfPriorWeight > 0 ? (resources.idfPrior ?? loadIdfPrior()) : undefined;
  const priorDocuments = prior === undefined ? 0 : config.idfPriorWeight;
  const priorScale = prior === undefined ? 0 : config.idfPriorWeight / prior.documentCount;
  let itemsSeen = 0;
  let storiesCreated = 0;
  let clock: number | undefined;
  /** term → stories whose centroid holds it, with the centroid weight. */
  const storyIndex = new Map<string, Map<StoryState, number>>();
  /** term → recent members holding it, with the member's weight. */
  const memberIndex = new Map<string, Map<Member, number>>();
  const itemStory = new Map<string, StoryState>();
  const active = new Set<StoryState>();
  let retired: StoryState[] = [];
  const storySlots = new SlotPool();
  const memberSlots = new SlotPool();
  const storyDot = new Scratch();
  const storyNearest = new Scratch();
  const memberDot = new Scratch();

  const idf = (term: string): number => {
    const background = prior === undefined ? 0 : priorScale * (prior.documentFrequency.get(term) ?? 0);
    const frequency = (documentFrequency.get(term) ?? 0) + background;
    return Math.log((documentCount + priorDocuments + 1) / (frequency + 1)) + 1;
  };

  function decayDocumentFrequency(): void {
    documentCount /= 2;
    for (const [term, count] of documentFrequency) {
      if (count < 1) documentFrequency.delete(term);
      else documentFrequency.set(term, count / 2);
    }
  }

  function itemVector(item: StoryItem): {
    vector: Map<string, number>;
    names: ReadonlySet<string>;
    distinctTerms: number;
  } {
    const { counts, names } = itemTerms(item, config);
    for (const term of counts.keys()) addTo(documentFrequency, term, 1);
    documentCount += 1;
    const weighted: [string, number][] = [];
    // Sublinear term frequency; a lone slug word (count below 1) keeps its reduced weight.
    for (const [term, count] of counts)
      weighted.push([term, (count < 1 ? count : 1 + Math.log(count)) * idf(term)]);
    weighted.sort((a, b) => b[1] - a[1]);
    const kept = weighted.slice(0, config.maxItemTerms);
    const norm = Math.sqrt(kept.reduce((sum, [, weight]) => sum + weight * weight, 0));
    const vector = new Map<string, number>();
    for (const [term, weight] of kept) vector.set(term, weight / norm);
    return { vector, names, distinctTerms: counts.size };
  }

  /** Long texts share more words by chance, so they need a higher score to join: the threshold rises by
   *  `longTextBoost`, linearly from `longTextFrom` distinct terms to twice as many. */
  function longTextRamp(distinctTerms: number): number {
    return Math.min(1, Math.max(0, (distinctTerms - config.longTextFrom) / config.longTextFrom));
  }

  function joinThresholdFor(distinctTerms: number): number {
    return config.joinThreshold + config.longTextBoost * longTextRamp(distinctTerms);
  }

  /** How long a story may stay quiet before a similar item more likely starts a new one, hours: ten of its own
   *  mean gaps between items, within bounds; a story of fewer than three dated items gets the upper bound. */
  function timeScale(story: StoryState): number {
    if (story.timedItems < 3 || story.firstTime === undefined || story.lastTime === undefined) {
      return config.maxTimeScaleHours;
    }
    const meanGapHours = (story.lastTime - story.firstTime) / HOUR_MS / (story.timedItems - 1);
    return Math.min(
      config.maxTimeScaleHours,
      Math.max(config.minTimeScaleHours, meanGapHours * config.timeScaleGaps),
    );
  }

  function gapHours(start: number, end: number, story: StoryState): number | undefined {
    if (story.firstTime === undefined || story.lastTime === undefined) return undefined;
    if (end < story.firstTime) return (story.firstTime - end) / HOUR_MS;
    if (start > story.lastTime) return (start - story.lastTime) / HOUR_MS;
    return 0;
  }

  /** Share of a similarity kept across a gap of `gap` hours. Long texts carry their own evidence (many shared
   *  specific words), so their floor rises on the long-text ramp towards `longTextDecayFloor`: a follow-up
   *  article two days after the first report still tells the same story. */
  function decay(gap: number | undefined, scale: number, termsPerItem: number): number {
    if (gap === undefined) return 1;
    const floor =
      config.timeDecayFloor +
      (config.longTextDecayFloor - config.timeDecayFloor) * longTextRamp(termsPerItem);
    return floor + (1 - floor) * Math.exp(-gap / scale);
  }

  function extendTimes(story: StoryState, first: number, last: number, count: number): void {
    story.firstTime = Math.min(story.firstTime ?? first, first);
    story.lastTime = Math.max(story.lastTime ?? last, last);
    story.timedItems += count;
  }

  function setCentroidWeight(story: StoryState, term: string, weight: number): void {
    story.centroid.set(term, weight);
    let postings = storyIndex.get(term);
    if (postings === undefined) storyIndex.set(term, (postings = new Map<StoryState, number>()));
    postings.set(story, weight);
  }

  function unindexCentroidTerm(story: StoryState, term: string): void {
    const postings = storyIndex.get(term);
    if (postings === undefined) return;
    postings.delete(story);
    if (postings.size === 0) storyIndex.delete(term);
  }

  function indexMember(member: Member): void {
    for (const [term, weight] of member.vector) {
      let postings = memberIndex.get(term);
      if (postings === undefined) memberIndex.set(term, (postings = new Map<Member, number>()));
      postings.set(member, weight);
    }
  }

  function unindexMember(member: Member): void {
    for (const term of member.vector.keys()) {
      const postings = memberIndex.get(term);
      if (postings === undefined) continue;
      postings.delete(member);
      if (postings.size === 0) memberIndex.delete(term);
    }
    memberSlots.release(member.slot);
  }

  /** Keeps the centroid to its heaviest terms once it has grown to twice the cap (amortised sorting). */
  function pruneCentroid(story: StoryState): void {
    if (story.centroid.size <= 2 * config.maxCentroidTerms) return;
    const ranked = [...story.centroid].sort((a, b) => b[1] - a[1]);
    for (const [term] of ranked.slice(config.maxCentroidTerms)) {
      story.centroid.delete(term);
      unindexCentroidTerm(story, term);
    }
    story.norm2 = ranked
      .slice(0, config.maxCentroidTerms)
      .reduce((sum, [, weight]) => sum + weight * weight, 0);
  }

  function addVectorToCentroid(story: StoryState, vector: ReadonlyMap<string, number>): void {
    for (const [term, weight] of vector) {
      const before = story.centroid.get(term) ?? 0;
      const after = before + weight;
      setCentroidWeight(story, term, after);
      story.norm2 += after * after - before * before;
    }
    pruneCentroid(story);
  }

  function trimNeighbours(story: StoryState): void {
    while (story.neighbours.length > config.maxNeighboursPerStory) {
      const dropped = story.neighbours.shift();
      if (dropped !== undefined) unindexMember(dropped);
    }
  }

  function newStory(firstItemId: string): StoryState {
    storiesCreated += 1;
    const story: StoryState = {
      id: hashId('s', firstItemId),
      seq: storiesCreated,
      slot: storySlots.take(),
      itemIds: [],
      centroid: new Map(),
      norm2: 0,
      names: new Map(),
      firstTime: undefined,
      lastTime: undefined,
      timedItems: 0,
      lastSeq: itemsSeen,
      neighbours: [],
      nextMergeCheck: 2,
      distinctTerms: 0,
    };
    active.add(story);
    return story;
  }

  function place(
    story: StoryState,
    itemId: string,
    vector: ReadonlyMap<string, number>,
    names: ReadonlySet<string>,
    time: number | undefined,
    distinctTerms: number,
  ): void {
    story.itemIds.push(itemId);
    story.distinctTerms += distinctTerms;
    itemStory.set(itemId, story);
    addVectorToCentroid(story, vector);
    for (const name of names) addTo(story.names, name, 1);
    const member: Member = { id: itemId, vector, slot: memberSlots.take(), story };
    story.neighbours.push(member);
    indexMember(member);
    trimNeighbours(story);
    if (time !== undefined) extendTimes(story, time, time, 1);
    story.lastSeq = itemsSeen;
  }

  /** The story an item (or a small story, given as a unit vector) fits best, with its score. */
  function bestStory(
    vector: ReadonlyMap<string, number>,
    names: ReadonlySet<string>,
    time: number | undefined,
    termsPerItem: number,
    exclude?: StoryState,
  ): { story: StoryState; score: number } | undefined {
    storyDot.reset(storySlots.capacity);
    storyNearest.reset(storySlots.capacity);
    memberDot.reset(memberSlots.capacity);
    const candidates: StoryState[] = [];
    for (const [term, weight] of vector) {
      const postings = storyIndex.get(term);
      if (postings === undefined) continue;
      for (const [story, centroidWeight] of postings) {
        if (storyDot.touch(story.slot)) candidates.push(story);
        storyDot.add(story.slot, weight * centroidWeight);
      }
    }
    if (config.neighbourWeight > 0) {
      const touched: Member[] = [];
      for (const [term, weight] of vector) {
        const postings = memberIndex.get(term);
        if (postings === undefined) continue;
        for (const [member, memberWeight] of postings) {
          if (memberDot.touch(member.slot)) touched.push(member);
          memberDot.add(member.slot, weight * memberWeight);
        }
      }
      for (const member of touched) {
        const slot = member.story.slot;
        const dot = memberDot.get(member.slot);
        if (storyNearest.touch(slot) || dot > storyNearest.get(slot)) storyNearest.values[slot] = dot;
      }
    }
    let best: { story: StoryState; score: number } | undefined;
    for (const story of candidates) {
      if (story === exclude) continue;
      const dot = storyDot.get(story.slot);
      const centroidCosine = story.norm2 > 0 ? dot / Math.sqrt(story.norm2) : 0;
      const nearest = storyNearest.get(story.slot);
      const similarity = (1 - config.neighbourWeight) * centroidCosine + config.neighbourWeight * nearest;
      let shared = 0;
      for (const name of names) if (story.names.has(name)) shared += 1;
      // A share of two names says little; the bonus reaches full weight from `nameEvidence` names on.
      const evidence = Math.min(1, names.size / config.nameEvidence);
      const bonus = names.size > 0 ? (config.nameBonus * evidence * shared) / names.size : 0;
      const factor =
        time === undefined ? 1 : decay(gapHours(time, time, story), timeScale(story), termsPerItem);
      const score = similarity * factor + bonus;
      if (best === undefined || score > best.score) best = { story, score };
    }
    return best;
  }

  /** The larger story keeps its id when two merge (the older on a tie), so the id most items carry survives. */
  function survivorFirst(a: StoryState, b: StoryState): [StoryState, StoryState] {
    if (a.itemIds.length !== b.itemIds.length) return a.itemIds.length > b.itemIds.length ? [a, b] : [b, a];
    return a.seq < b.seq ? [a, b] : [b, a];
  }

  function merge(a: StoryState, b: StoryState): StoryState {
    const [into, from] = survivorFirst(a, b);
    for (const term of from.centroid.keys()) unindexCentroidTerm(from, term);
    addVectorToCentroid(into, from.centroid);
    for (const [name, count] of from.names) addTo(into.names, name, count);
    into.distinctTerms += from.distinctTerms;
    for (const itemId of from.itemIds) {
      into.itemIds.push(itemId);
      itemStory.set(itemId, into);
    }
    for (const member of from.neighbours) member.story = into;
    into.neighbours = [...into.neighbours, ...from.neighbours];
    trimNeighbours(into);
    if (from.firstTime !== undefined && from.lastTime !== undefined) {
      extendTimes(into, from.firstTime, from.lastTime, from.timedItems);
    }
    into.lastSeq = Math.max(into.lastSeq, from.lastSeq);
    active.delete(from);
    storySlots.release(from.slot);
    return into;
  }

  /** A story is checked for merges each time it has grown by a quarter: O(log size) checks per story. */
  function dueForMergeCheck(story: StoryState): boolean {
    if (story.itemIds.length < story.nextMergeCheck) return false;
    story.nextMergeCheck = Math.max(
      story.itemIds.length + 1,
      Math.ceil(story.itemIds.length * MERGE_CHECK_GROWTH),
    );
    return true;
  }

  const termsPerItemOf = (a: StoryState, b: StoryState): number =>
    (a.distinctTerms + b.distinctTerms) / (a.itemIds.length + b.itemIds.length);

  /** Merges `story` with the most similar other story of some size when their centroids are close enough. */
  function mergePass(story: StoryState): StoryState {
    // Candidates ranked by the dot product over the story's heaviest terms (read from the postings); only the
    // leaders get the exact cosine over whole centroids.
    const probe = [...story.centroid].sort((a, b) => b[1] - a[1]).slice(0, config.mergeProbeTerms);
    storyDot.reset(storySlots.capacity);
    const candidates: StoryState[] = [];
    for (const [term, weight] of probe) {
      for (const [other, otherWeight] of storyIndex.get(term) ?? []) {
        if (other === story || other.itemIds.length < config.mergeMinSize) continue;
        if (storyDot.touch(other.slot)) candidates.push(other);
        storyDot.add(other.slot, weight * otherWeight);
      }
    }
    const leaders = candidates
      .map((other) => ({ other, partial: storyDot.get(other.slot) / Math.sqrt(other.norm2) }))
      .sort((a, b) => b.partial - a.partial || a.other.seq - b.other.seq)
      .slice(0, MERGE_EXACT_CANDIDATES);
    let best: { story: StoryState; score: number } | undefined;
    for (const { other } of leaders) {
      let dot = 0;
      const [small, large] = story.centroid.size <= other.centroid.size ? [story, other] : [other, story];
      for (const [term, weight] of small.centroid) dot += weight * (large.centroid.get(term) ?? 0);
      const cosine = dot / Math.sqrt(story.norm2 * other.norm2);
      const gap =
        story.firstTime === undefined || story.lastTime === undefined
          ? undefined
          : gapHours(story.firstTime, story.lastTime, other);
      const terms = termsPerItemOf(story, other);
      const score = cosine * decay(gap, Math.min(timeScale(story), timeScale(other)), terms);
      if (best === undefined || score > best.score) best = { story: other, score };
    }
    if (best === undefined) return story;
    const terms = termsPerItemOf(story, best.story);
    if (best.score < config.mergeThreshold + config.longTextMergeBoost * longTextRamp(terms)) return story;
    return merge(story, best.story);
  }

  /** Gives each small, quiet story a second chance to join a story that has grown towards it since. */
  function recheckSmallStories(): void {
    for (const story of [...active]) {
      if (!active.has(story) || story.itemIds.length > config.recheckMaxSize) continue;
      if (itemsSeen - story.lastSeq < EVICTION_INTERVAL_ITEMS / 2 || story.norm2 === 0) continue;
      const norm = Math.sqrt(story.norm2);
      const vector = new Map([...story.centroid].map(([term, weight]) => [term, weight / norm] as const));
      const termsPerItem = story.distinctTerms / story.itemIds.length;
      const best = bestStory(vector, new Set(story.names.keys()), story.lastTime, termsPerItem, story);
      const threshold = joinThresholdFor(termsPerItem);
      if (best !== undefined && best.score >= threshold) merge(story, best.story);
    }
  }

  function retire(story: StoryState): void {
    for (const term of story.centroid.keys()) unindexCentroidTerm(story, term);
    for (const member of story.neighbours) unindexMember(member);
    story.neighbours = [];
    story.centroid.clear();
    story.names.clear();
    active.delete(story);
    storySlots.release(story.slot);
    retired.push(story);
  }

  function sweep(): void {
    if (config.recheckMaxSize > 0) recheckSmallStories();
    for (const story of [...active]) {
      const idleItems = itemsSeen - story.lastSeq;
      const idleHours =
        clock === undefined || story.lastTime === undefined ? 0 : (clock - story.lastTime) / HOUR_MS;
      if (idleItems > config.windowItems || idleHours > config.windowHours) retire(story);
    }
  }

  /** Validates the item and advances the clock; undefined `time` for undated items. */
  function admit(item: StoryItem, diagnostics: Diagnostic[]): { ok: boolean; time: number | undefined } {
    const context = { articleId: item.id };
    const hasTitle = item.title !== undefined && item.title.trim() !== '';
    const hasText = item.text !== undefined && item.text.trim() !== '';
    if (!hasTitle && !hasText) {
      diagnostics.push(diagnostic('fatal', 'stories/empty-item', 'item has neither title nor text', context));
      return { ok: false, time: undefined };
    }
    const parsed = parseTime(item.publishedAt);
    if (parsed === 'invalid') {
      const message = `publishedAt "${item.publishedAt ?? ''}" is not a date; the item is treated as undated`;
      diagnostics.push(diagnostic('warning', 'stories/bad-time', message, context));
      return { ok: true, time: undefined };
    }
    if (parsed !== undefined && clock !== undefined && parsed < clock) {
      const message =
        'item is older than an item added before it; time decay still applies, eviction may be early';
      diagnostics.push(diagnostic('warning', 'stories/unsorted-time', message, context));
    }
    if (parsed !== undefined) clock = Math.max(clock ?? parsed, parsed);
    return { ok: true, time: parsed };
  }

  const summary = (story: StoryState): StorySummary => ({ id: story.id, itemIds: [...story.itemIds] });

  function storySnapshot(story: StoryState, isRetired: boolean): StorySnapshot {
    return {
      id: story.id,
      seq: story.seq,
      itemIds: [...story.itemIds],
      retired: isRetired,
      centroid: [...story.centroid],
      norm2: story.norm2,
      names: [...story.names],
      ...(story.firstTime === undefined ? {} : { firstTime: story.firstTime }),
      ...(story.lastTime === undefined ? {} : { lastTime: story.lastTime }),
      timedItems: story.timedItems,
      lastSeq: story.lastSeq,
      neighbours: story.neighbours.map((member) => ({ id: member.id, vector: [...member.vector] })),
      nextMergeCheck: story.nextMergeCheck,
      distinctTerms: story.distinctTerms,
    };
  }

  function restore(snapshot: ClustererSnapshot): void {
    documentCount = snapshot.documentCount;
    itemsSeen = snapshot.itemsSeen;
    storiesCreated = snapshot.storiesCreated;
    clock = snapshot.clock;
    for (const [term, count] of snapshot.documentFrequency) documentFrequency.set(term, count);
    for (const saved of snapshot.stories) {
      const story: StoryState = {
        id: saved.id,
        seq: saved.seq,
        slot: saved.retired ? -1 : storySlots.take(),
        itemIds: [...saved.itemIds],
        centroid: new Map(),
        norm2: saved.norm2,
        names: new Map(saved.names),
        firstTime: saved.firstTime,
        lastTime: saved.lastTime,
        timedItems: saved.timedItems,
        lastSeq: saved.lastSeq,
        neighbours: [],
        nextMergeCheck: saved.nextMergeCheck,
        distinctTerms: saved.distinctTerms,
      };
      for (const itemId of story.itemIds) itemStory.set(itemId, story);
      if (saved.retired) {
        retired.push(story);
        continue;
      }
      for (const [term, weight] of saved.centroid) setCentroidWeight(story, term, weight);
      for (const { id, vector } of saved.neighbours) {
        const member: Member = { id, vector: new Map(vector), slot: memberSlots.take(), story };
        story.neighbours.push(member);
        indexMember(member);
      }
      active.add(story);
    }
  }

  if (restored !== undefined) restore(restored);

  return {
    add(item) {
      const diagnostics: Diagnostic[] = [];
      const known = itemStory.get(item.id);
      if (known !== undefined) {
        const message = `item "${item.id}" was added before; ignored`;
        diagnostics.push(diagnostic('fatal', 'stories/duplicate-id', message, { articleId: item.id }));
        return { storyId: known.id, joined: false, bestScore: undefined, diagnostics };
      }
      const { ok, time } = admit(item, diagnostics);
      if (!ok) return { storyId: undefined, joined: false, bestScore: undefined, diagnostics };
      itemsSeen += 1;
      if (itemsSeen % config.dfHalfLifeItems === 0) decayDocumentFrequency();
      if (itemsSeen % EVICTION_INTERVAL_ITEMS === 0) sweep();

      const { vector, names, distinctTerms } = itemVector(item);
      if (vector.size === 0) {
        const message = 'item has no content words; it stands alone';
        diagnostics.push(diagnostic('warning', 'stories/no-terms', message, { articleId: item.id }));
      }
      const best = bestStory(vector, names, time, distinctTerms);
      let story: StoryState;
      const joined = best !== undefined && best.score >= joinThresholdFor(distinctTerms);
      if (best !== undefined && joined) {
        place(best.story, item.id, vector, names, time, distinctTerms);
        story = dueForMergeCheck(best.story) ? mergePass(best.story) : best.story;
      } else {
        story = newStory(item.id);
        place(story, item.id, vector, names, time, distinctTerms);
      }
      return { storyId: story.id, joined, bestScore: best?.score, diagnostics };
    },
    storyOf(itemId) {
      return itemStory.get(itemId)?.id;
    },
    stories() {
      return [...retired, ...active].sort((a, b) => a.seq - b.seq).map(summary);
    },
    drainRetired() {
      const drained = retired.map(summary);
      for (const story of retired) for (const itemId of story.itemIds) itemStory.delete(itemId);
      retired = [];
      return drained;
    },
    size() {
      let indexedItems = 0;
      for (const story of active) indexedItems += story.neighbours.length;
      return { activeStories: active.size, indexedItems, vocabulary: documentFrequency.size };
    },
    snapshot() {
      return {
        version: 1,
        options: { ...config },
        documentCount,
        itemsSeen,
        storiesCreated,
        ...(clock === undefined ? {} : { clock }),
        documentFrequency: [...documentFrequency],
        stories: [
          ...retired.map((story) => storySnapshot(story, true)),
          ...[...active].map((story) => storySnapshot(story, false)),
        ],
      };
    },
  };
}
