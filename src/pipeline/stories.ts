// Keeps the store's stories current: new articles go through the online clusterer (resumed from its saved
// state), and every story they touch gets its title, date span and copy/rewrite links recomputed.
import type { Diagnostic, Result, TextRange } from '../core/index.ts';
import {
  annotateCaptions,
  annotateEntities,
  captionBody,
  type ArticleEntity,
} from '../annotate/entities/index.ts';
import {
  findEntityMentions,
  loadNerTagger,
  type EntityMention,
  type NerTagger,
} from '../annotate/ner/index.ts';
import { splitSentences } from '../normalize/index.ts';
import { resolveStoryEntities, type StoryEntity } from '../crosscheck/entities/index.ts';
import { buildTimeline, type Timeline } from '../crosscheck/timeline/index.ts';
import { alignClaims, type StoryClaims } from '../crosscheck/claims/index.ts';
import { findQuantities } from '../annotate/quantities/index.ts';
import { findQuotes } from '../annotate/quotes/index.ts';
import {
  createStoryClusterer,
  findDerivations,
  representativeTitle,
  restoreStoryClusterer,
  type StoryClusterer,
  type StoryItem,
} from '../stories/index.ts';
import type { Store, StoredArticle, StoredDerivation, StoredStory, StoriesUpdate } from '../store/index.ts';

/** Above this many articles a story's copy/rewrite links are computed among its latest members only: the
 *  comparison is pairwise, and wire copies sit close together in time. */
export const MAX_DERIVATION_MEMBERS = 200;

export interface StoriesResult {
  readonly touchedStoryIds: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

function toItem(article: StoredArticle): StoryItem {
  return {
    id: article.id,
    text: article.text,
    ...(article.title === undefined ? {} : { title: article.title }),
    ...(article.publishedAt === undefined ? {} : { publishedAt: article.publishedAt }),
    ...(article.publisher === undefined ? {} : { publisher: article.publisher }),
    ...(article.url === undefined ? {} : { url: article.url }),
  };
}

function resumeClusterer(store: Store, diagnostics: Diagnostic[]): StoryClusterer {
  const snapshot = store.loadClustererSnapshot();
  if (snapshot === undefined) return createStoryClusterer();
  const restored = restoreStoryClusterer(snapshot);
  diagnostics.push(...restored.diagnostics);
  return restored.value ?? createStoryClusterer();
}

function dateSpan(articles: readonly StoredArticle[]): { start?: string; end?: string } {
  const dates = articles
    .map((a) => a.publishedAt)
    .filter((d): d is string => d !== undefined)
    .sort();
  const start = dates[0];
  const end = dates[dates.length - 1];
  return { ...(start === undefined ? {} : { start }), ...(end === undefined ? {} : { end }) };
}

/** Clusters every article not yet in a story (in ingestion order) and saves the result in one transaction.
 *  Working from the store rather than from one run's list means a run cut short is completed by the next. */
export function updateStories(store: Store): StoriesResult {
  const diagnostics: Diagnostic[] = [];
  const newArticleIds = store.unclusteredArticleIds();
  if (newArticleIds.length === 0) return { touchedStoryIds: [], diagnostics };
  const clusterer = resumeClusterer(store, diagnostics);
  const before = new Map(clusterer.stories().map((story) => [story.id, story.itemIds.length]));

  // A batch that arrives together is fed in publication order (undated last, each group in arrival order):
  // the online clusterer's time decay assumes a stream in time order.
  const arriving = newArticleIds
    .map((id) => store.getArticle(id))
    .filter((a): a is StoredArticle => a !== undefined)
    .map((article, index) => ({ article, index, time: Date.parse(article.publishedAt ?? '') }))
    .sort((a, b) => {
      const aTime = Number.isNaN(a.time) ? Infinity : a.time;
      const bTime = Number.isNaN(b.time) ? Infinity : b.time;
      return aTime === bTime ? a.index - b.index : aTime - bTime;
    });
  for (const { article } of arriving) diagnostics.push(...clusterer.add(toItem(article)).diagnostics);

  // Read every story before draining the retired ones: a story can gain members in this batch and go idle
  // past the window later in the same batch, and its membership must be saved like any other. Only stories
  // merged into another disappear; retired ones are final and stay in the store.
  const current = clusterer.stories();
  clusterer.drainRetired();
  const currentIds = new Set(current.map((story) => story.id));
  const removedStoryIds = [...before.keys()].filter(
    (id) => !currentIds.has(id) && store.getStory(id) !== undefined,
  );
  const changed = current.filter((story) => before.get(story.id) !== story.itemIds.length);

  const stories: StoriesUpdate['stories'][number][] = [];
  const derivations: StoredDerivation[] = [];
  for (const story of changed) {
    const articles = story.itemIds
      .map((id) => store.getArticle(id))
      .filter((a): a is StoredArticle => a !== undefined);
    const title = representativeTitle(articles.map(toItem));
    stories.push({
      id: story.id,
      ...(title === undefined ? {} : { title }),
      ...dateSpan(articles),
      articleIds: articles.map((a) => a.id),
    });
    const links = findDerivations(
      articles.slice(-MAX_DERIVATION_MEMBERS).map((a) => ({
        id: a.id,
        text: a.text,
        ...(a.title === undefined ? {} : { title: a.title }),
        ...(a.publishedAt === undefined ? {} : { publishedAt: a.publishedAt }),
      })),
    );
    diagnostics.push(...links.diagnostics);
    derivations.push(...links.value);
  }
  store.saveStories({ clustererSnapshot: clusterer.snapshot(), stories, removedStoryIds, derivations });
  return { touchedStoryIds: stories.map((s) => s.id), diagnostics };
}

export interface StoryView {
  readonly articles: readonly StoredArticle[];
  readonly stories: readonly {
    readonly story: StoredStory;
    readonly derivations: readonly StoredDerivation[];
    readonly timeline: Timeline;
    readonly entities: readonly StoryEntity[];
    readonly claims: StoryClaims;
  }[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface ViewOptions {
  /** Entity mentions already found for some articles (by id, with the text they were found in), e.g. on a
   *  worker thread while the articles were ingested; the others are tagged here. */
  readonly mentions?: ReadonlyMap<string, FoundMentions>;
}

export interface FoundMentions {
  readonly text: string;
  readonly result: Result<readonly EntityMention[]>;
}

/** What to tag of an article, each under the key `ViewOptions.mentions` is read by: its text (under the article
 *  id) and the body of each photo caption (credit cut off). */
export function textsToTag(article: {
  readonly id: string;
  readonly text: string;
  readonly captions: readonly string[];
}): { readonly id: string; readonly text: string }[] {
  return [
    { id: article.id, text: article.text },
    ...article.captions
      .map((caption, index) => ({ id: captionKey(article.id, index), text: captionBody(caption) }))
      .filter((entry) => entry.text.trim() !== ''),
  ];
}

const captionKey = (articleId: string, index: number): string => `${articleId}#caption-${index}`;

/** The stories the given articles belong to, with all their member articles (also ones read in earlier runs),
 *  and the given articles that belong to no story, in first-seen order. */
export function viewStoriesOf(
  store: Store,
  articleIds: readonly string[],
  options: ViewOptions = {},
): StoryView {
  return prepareStoryView(store, articleIds).complete(options);
}

/** A story view whose first half is done: the stories and their articles read, sentences split and timelines
 *  built — what needs no entity mentions. */
export interface PreparedStoryView {
  /** Entities, figures, quotes and claims, with the mentions found meanwhile (e.g. on a worker thread while the
   *  timelines were built); the same view `viewStoriesOf` gives. */
  complete(options?: ViewOptions): StoryView;
}

/** `viewStoriesOf` in two steps, so that a caller still waiting for mentions can build timelines meanwhile. */
export function prepareStoryView(store: Store, articleIds: readonly string[]): PreparedStoryView {
  const stories = new Map<string, StoredStory>();
  const articles = new Map<string, StoredArticle>();
  for (const id of articleIds) {
    const storyId = store.storyOfArticle(id);
    const story = storyId === undefined ? undefined : store.getStory(storyId);
    const memberIds = story === undefined ? [id] : story.articleIds;
    if (story !== undefined) stories.set(story.id, story);
    for (const memberId of memberIds) {
      if (articles.has(memberId)) continue;
      const article = store.getArticle(memberId);
      if (article !== undefined) articles.set(memberId, article);
    }
  }
  // Each article is split into sentences once; the timeline and the entity, quote and figure annotators share them.
  const sentencesOf = new Map<string, TextRange[]>();
  const sentences = (article: StoredArticle): TextRange[] => {
    let found = sentencesOf.get(article.id);
    if (found === undefined) {
      found = splitSentences(article.text);
      sentencesOf.set(article.id, found);
    }
    return found;
  };
  const prepared = [...stories.values()].map((story) => {
    const members = story.articleIds
      .map((id) => articles.get(id))
      .filter((a): a is StoredArticle => a !== undefined);
    const timeline = buildTimeline(
      members.map((a) => ({
        id: a.id,
        text: a.text,
        ...(a.publishedAt === undefined ? {} : { publishedAt: a.publishedAt }),
        sentences: sentences(a),
      })),
    );
    return { story, members, timeline };
  });
  return {
    complete: (options = {}) =>
      completeStoryView(store, [...articles.values()], prepared, sentences, options),
  };
}

function completeStoryView(
  store: Store,
  articles: readonly StoredArticle[],
  prepared: readonly { story: StoredStory; members: readonly StoredArticle[]; timeline: Result<Timeline> }[],
  sentences: (article: StoredArticle) => TextRange[],
  options: ViewOptions,
): StoryView {
  const diagnostics: Diagnostic[] = [];
  // Loaded only when an article's mentions were not found beforehand.
  let tagger: NerTagger | undefined;
  /** The mentions of a text (an article's, or a caption's body) found beforehand under `key`, else tagged now. */
  const mentionsOf = (key: string, text: string): Result<readonly EntityMention[]> => {
    const given = options.mentions?.get(key);
    return given !== undefined && given.text === text
      ? given.result
      : findEntityMentions(text, (tagger ??= loadNerTagger()));
  };
  // Each article is tagged once; the entity, quote and figure annotators share the result (tagging is most of
  // the analysis time).
  const readOf = new Map<string, { sentences: TextRange[]; mentions: readonly EntityMention[] }>();
  const read = (article: StoredArticle): { sentences: TextRange[]; mentions: readonly EntityMention[] } => {
    let found = readOf.get(article.id);
    if (found === undefined) {
      const mentions = mentionsOf(article.id, article.text);
      diagnostics.push(...mentions.diagnostics.map((d) => ({ ...d, articleId: article.id })));
      found = { sentences: sentences(article), mentions: mentions.value };
      readOf.set(article.id, found);
    }
    return found;
  };
  // Captions are few and short: tagged here unless the worker already did.
  const captionMentions = (article: StoredArticle): Map<number, readonly EntityMention[]> => {
    const out = new Map<number, readonly EntityMention[]>();
    article.captions.forEach((caption, index) => {
      const body = captionBody(caption);
      if (body.trim() === '') return;
      const mentions = mentionsOf(captionKey(article.id, index), body);
      diagnostics.push(...mentions.diagnostics.map((d) => ({ ...d, articleId: article.id })));
      out.set(index, mentions.value);
    });
    return out;
  };
  const entitiesOf = new Map<
    string,
    { entities: readonly ArticleEntity[]; captions: readonly (readonly ArticleEntity[])[] }
  >();
  const annotated = (
    article: StoredArticle,
  ): { entities: readonly ArticleEntity[]; captions: readonly (readonly ArticleEntity[])[] } => {
    let found = entitiesOf.get(article.id);
    if (found === undefined) {
      const result = annotateEntities(article.text, read(article));
      const captions = annotateCaptions(article.captions, { mentions: captionMentions(article) });
      diagnostics.push(
        ...[...result.diagnostics, ...captions.diagnostics].map((d) => ({ ...d, articleId: article.id })),
      );
      found = { entities: result.value, captions: captions.value };
      entitiesOf.set(article.id, found);
    }
    return found;
  };
  return {
    articles,
    stories: prepared.map(({ story, members, timeline }) => {
      // Every member's mentions first, in member order: their diagnostics come before the entities'.
      for (const a of members) read(a);
      const entities = resolveStoryEntities(
        members.map((a) => ({ id: a.id, text: a.text, ...annotated(a) })),
      );
      const derivations = store.derivationsAmong(story.articleIds);
      const storyDate = timeline.value.end ?? story.end;
      const claims = alignClaims({
        articles: members.map((a) => {
          const { sentences, mentions } = read(a);
          const quantities = findQuantities(a.text, sentences, { mentions });
          const quotes = findQuotes(a.text, sentences, { mentions });
          diagnostics.push(
            ...[...quantities.diagnostics, ...quotes.diagnostics].map((d) => ({ ...d, articleId: a.id })),
          );
          return {
            id: a.id,
            text: a.text,
            captions: a.captions,
            paragraphs: a.paragraphs,
            ...(a.title === undefined ? {} : { title: a.title }),
            ...(a.publisher === undefined ? {} : { publisher: a.publisher }),
            ...(a.publishedAt === undefined ? {} : { publishedAt: a.publishedAt }),
            quantities: quantities.value,
            quotes: quotes.value,
          };
        }),
        entities: entities.value,
        derivations,
        ...(storyDate === undefined ? {} : { storyDate }),
      });
      diagnostics.push(...timeline.diagnostics, ...entities.diagnostics, ...claims.diagnostics);
      return {
        story,
        derivations,
        timeline: timeline.value,
        entities: entities.value,
        claims: claims.value,
      };
    }),
    diagnostics,
  };
}
