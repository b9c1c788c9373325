// SQLite implementation of the Store: WAL, numbered migrations, FTS5 over article text, one transaction per batch.
import Database from 'better-sqlite3';
import { z } from 'zod';
import type { Article, ExtractionMethod } from '../../extract/types.ts';
import type {
  AddOutcome,
  ArticleLocation,
  ClaimSearchHit,
  StoryAnalysisRecord,
  StoryAnalysisSummary,
  StoredStoryAnalysis,
  SearchHit,
  Store,
  StoredArticle,
  StoredDerivation,
  StoredStory,
  StoriesUpdate,
} from '../types.ts';
import { migrate } from './migrate.ts';

export interface SqliteStoreOptions {
  /** A file path, or `:memory:` for a store that lives as long as the process. */
  readonly path: string;
  readonly readonly?: boolean;
  /** Clock for `ingested_at` / `first_seen`, injectable for tests. */
  readonly now?: () => Date;
}

/** Default page size of `listArticles`; a caller pages through more. */
const DEFAULT_LIST_LIMIT = 1000;
/** Default number of search hits; FTS ranking makes hits past this rarely useful. */
const DEFAULT_SEARCH_LIMIT = 20;

const rangeSchema = z.object({ start: z.number().int(), end: z.number().int() });
const methodSchema = z.enum(['json-ld', 'readability', 'blocks', 'text-lines', 'metadata-only']);

const articleRowSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  byline: z.string().nullable(),
  published_at: z.string().nullable(),
  dateline: z.string().nullable(),
  lang: z.string(),
  text: z.string(),
  paragraphs: z.string(),
  captions: z.string(),
  removed: z.string(),
  method: z.string(),
  source: z.string(),
  url: z.string().nullable(),
  ingested_at: z.string(),
});
type ArticleRow = z.infer<typeof articleRowSchema>;

const locationRowSchema = z.object({
  source: z.string(),
  url: z.string().nullable(),
  first_seen: z.string(),
});

function optional<K extends string>(key: K, value: string | null): { [P in K]?: string } {
  return (value === null ? {} : { [key]: value }) as { [P in K]?: string };
}

function rowToArticle(raw: unknown, locations: readonly ArticleLocation[]): StoredArticle {
  const row: ArticleRow = articleRowSchema.parse(raw);
  return {
    id: row.id,
    source: row.source,
    ...optional('url', row.url),
    ...optional('title', row.title),
    ...optional('publisher', row.publisher),
    ...optional('byline', row.byline),
    ...optional('publishedAt', row.published_at),
    ...optional('dateline', row.dateline),
    lang: row.lang,
    text: row.text,
    paragraphs: z.array(rangeSchema).parse(JSON.parse(row.paragraphs)),
    captions: z.array(z.string()).parse(JSON.parse(row.captions)),
    removed: z.array(z.string()).parse(JSON.parse(row.removed)),
    method: methodSchema.parse(row.method) satisfies ExtractionMethod,
    ingestedAt: row.ingested_at,
    locations,
  };
}

const storyRowSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  updated_at: z.string(),
});

const analysisSummaryRowSchema = z.object({
  story_id: z.string(),
  version: z.string(),
  contested: z.number().int(),
  outlets: z.string(),
  computed_at: z.string(),
});

const analysisRowSchema = analysisSummaryRowSchema.extend({ analysis: z.string() });

/** Default number of claim search hits. */
const DEFAULT_CLAIM_SEARCH_LIMIT = 20;

const derivationRowSchema = z.object({
  from_id: z.string(),
  to_id: z.string(),
  kind: z.enum(['copy', 'rewrite']),
  similarity: z.number(),
  directed: z.number().int(),
  method: z.string(),
});

/** Turns free text into an FTS5 query of quoted terms, so user input can never be FTS syntax. */
function toFtsQuery(query: string): string {
  const terms = query.match(/[\p{L}\p{N}_]+/gu) ?? [];
  return terms.map((term) => `"${term}"`).join(' ');
}

export function openSqliteStore(options: SqliteStoreOptions): Store {
  const db = new Database(options.path, { readonly: options.readonly ?? false });
  const now = options.now ?? (() => new Date());
  if (!(options.readonly ?? false)) {
    if (options.path !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    migrate(db);
  }

  const selectExists = db.prepare<[string], { id: string }>('SELECT id FROM articles WHERE id = ?');
  const insertArticle = db.prepare(`INSERT INTO articles
    (id, title, publisher, byline, published_at, dateline, lang, text, paragraphs, captions, removed, method, source, url, ingested_at)
    VALUES (@id, @title, @publisher, @byline, @publishedAt, @dateline, @lang, @text, @paragraphs, @captions, @removed, @method, @source, @url, @ingestedAt)`);
  const insertLocation = db.prepare(
    'INSERT OR IGNORE INTO article_locations (article_id, source, url, first_seen) VALUES (?, ?, ?, ?)',
  );
  const selectArticle = db.prepare('SELECT * FROM articles WHERE id = ?');
  const selectLocations = db.prepare(
    'SELECT source, url, first_seen FROM article_locations WHERE article_id = ? ORDER BY first_seen, source',
  );
  const selectPage = db.prepare('SELECT * FROM articles ORDER BY rowid LIMIT ? OFFSET ?');
  const countRows = db.prepare<[], { count: number }>('SELECT count(*) AS count FROM articles');
  const searchRows = db.prepare(`SELECT a.id AS id, a.title AS title,
      snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet
    FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
    WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`);

  const selectSnapshot = db.prepare<[], { snapshot: string }>(
    'SELECT snapshot FROM clusterer_state WHERE id = 1',
  );
  const upsertSnapshot = db.prepare(`INSERT INTO clusterer_state (id, snapshot, updated_at) VALUES (1, ?, ?)
    ON CONFLICT(id) DO UPDATE SET snapshot = excluded.snapshot, updated_at = excluded.updated_at`);
  const upsertStory = db.prepare(`INSERT INTO stories (id, title, start, end, article_count, updated_at)
    VALUES (@id, @title, @start, @end, @count, @updatedAt)
    ON CONFLICT(id) DO UPDATE SET title = excluded.title, start = excluded.start, end = excluded.end,
      article_count = excluded.article_count, updated_at = excluded.updated_at`);
  const deleteStory = db.prepare('DELETE FROM stories WHERE id = ?');
  const deleteMembers = db.prepare('DELETE FROM story_articles WHERE story_id = ?');
  const upsertMember =
    db.prepare(`INSERT INTO story_articles (article_id, story_id, position) VALUES (?, ?, ?)
    ON CONFLICT(article_id) DO UPDATE SET story_id = excluded.story_id, position = excluded.position`);
  const deleteDerivationsOf = db.prepare('DELETE FROM derivations WHERE from_id = ? OR to_id = ?');
  const insertDerivation =
    db.prepare(`INSERT OR REPLACE INTO derivations (from_id, to_id, kind, similarity, directed, method)
    VALUES (?, ?, ?, ?, ?, ?)`);
  const selectStory = db.prepare('SELECT * FROM stories WHERE id = ?');
  const selectStoryPage = db.prepare(
    "SELECT * FROM stories ORDER BY coalesce(end, start, '') DESC, updated_at DESC, id LIMIT ? OFFSET ?",
  );
  const selectMembers = db.prepare<[string], { article_id: string }>(
    'SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY position',
  );
  const selectStoryOf = db.prepare<[string], { story_id: string }>(
    'SELECT story_id FROM story_articles WHERE article_id = ?',
  );
  const selectUnclustered = db.prepare<[], { id: string }>(`SELECT a.id AS id FROM articles a
    LEFT JOIN story_articles m ON m.article_id = a.id WHERE m.article_id IS NULL ORDER BY a.rowid`);
  const countStoryRows = db.prepare<[], { count: number }>('SELECT count(*) AS count FROM stories');
  const selectDerivationsOf = db.prepare('SELECT * FROM derivations WHERE from_id = ? OR to_id = ?');

  const selectAnalysis = db.prepare('SELECT * FROM story_analyses WHERE story_id = ?');
  const selectAnalysisSummary = db.prepare(
    'SELECT story_id, version, contested, outlets, computed_at FROM story_analyses WHERE story_id = ?',
  );
  const upsertAnalysis =
    db.prepare(`INSERT INTO story_analyses (story_id, version, analysis, contested, outlets, computed_at)
    VALUES (@storyId, @version, @analysis, @contested, @outlets, @computedAt)
    ON CONFLICT(story_id) DO UPDATE SET version = excluded.version, analysis = excluded.analysis,
      contested = excluded.contested, outlets = excluded.outlets, computed_at = excluded.computed_at`);
  const deleteAnalysis = db.prepare('DELETE FROM story_analyses WHERE story_id = ?');
  const deleteClaims = db.prepare('DELETE FROM story_claims WHERE story_id = ?');
  const insertClaim = db.prepare(
    'INSERT OR IGNORE INTO story_claims (story_id, claim_id, text) VALUES (?, ?, ?)',
  );
  const searchClaimRows = db.prepare(`SELECT c.story_id AS story_id, c.claim_id AS claim_id,
      snippet(claims_fts, 0, '[', ']', '…', 24) AS snippet
    FROM claims_fts JOIN story_claims c ON c.rowid = claims_fts.rowid
    WHERE claims_fts MATCH ? ORDER BY rank LIMIT ?`);

  function rowToAnalysisSummary(raw: unknown): StoryAnalysisSummary {
    const row = analysisSummaryRowSchema.parse(raw);
    return {
      storyId: row.story_id,
      version: row.version,
      contestedClaims: row.contested,
      outlets: z.array(z.string()).parse(JSON.parse(row.outlets)),
      computedAt: row.computed_at,
    };
  }

  function clearAnalysis(storyId: string): void {
    deleteClaims.run(storyId);
    deleteAnalysis.run(storyId);
  }

  const writeAnalysis = db.transaction((record: StoryAnalysisRecord): boolean => {
    if (selectStory.get(record.storyId) === undefined) return false;
    clearAnalysis(record.storyId);
    upsertAnalysis.run({
      storyId: record.storyId,
      version: record.version,
      analysis: JSON.stringify(record.analysis),
      contested: record.contestedClaims,
      outlets: JSON.stringify(record.outlets),
      computedAt: now().toISOString(),
    });
    for (const claim of record.claims) insertClaim.run(record.storyId, claim.id, claim.text);
    return true;
  });

  function rowToStory(raw: unknown): StoredStory {
    const row = storyRowSchema.parse(raw);
    return {
      id: row.id,
      ...optional('title', row.title),
      ...optional('start', row.start),
      ...optional('end', row.end),
      articleIds: selectMembers.all(row.id).map((member) => member.article_id),
      updatedAt: row.updated_at,
    };
  }

  const writeStories = db.transaction((update: StoriesUpdate): void => {
    const stamp = now().toISOString();
    upsertSnapshot.run(JSON.stringify(update.clustererSnapshot), stamp);
    for (const id of update.removedStoryIds) {
      clearAnalysis(id);
      deleteMembers.run(id);
      deleteStory.run(id);
    }
    for (const story of update.stories) {
      // The saved analysis describes the old membership.
      clearAnalysis(story.id);
      upsertStory.run({
        id: story.id,
        title: story.title ?? null,
        start: story.start ?? null,
        end: story.end ?? null,
        count: story.articleIds.length,
        updatedAt: stamp,
      });
      story.articleIds.forEach((articleId, position) => upsertMember.run(articleId, story.id, position));
    }
    for (const story of update.stories) {
      for (const articleId of story.articleIds) deleteDerivationsOf.run(articleId, articleId);
    }
    for (const link of update.derivations) {
      insertDerivation.run(
        link.from,
        link.to,
        link.kind,
        link.similarity,
        link.directed ? 1 : 0,
        link.method,
      );
    }
  });

  function locationsOf(id: string): readonly ArticleLocation[] {
    return selectLocations.all(id).map((raw) => {
      const row = locationRowSchema.parse(raw);
      return { source: row.source, ...optional('url', row.url), firstSeen: row.first_seen };
    });
  }

  const addBatch = db.transaction((articles: readonly Article[]): AddOutcome[] => {
    const stamp = now().toISOString();
    return articles.map((article): AddOutcome => {
      const known = selectExists.get(article.id) !== undefined;
      if (!known) {
        insertArticle.run({
          id: article.id,
          title: article.title ?? null,
          publisher: article.publisher ?? null,
          byline: article.byline ?? null,
          publishedAt: article.publishedAt ?? null,
          dateline: article.dateline ?? null,
          lang: article.lang,
          text: article.text,
          paragraphs: JSON.stringify(article.paragraphs),
          captions: JSON.stringify(article.captions),
          removed: JSON.stringify(article.removed),
          method: article.method,
          source: article.source,
          url: article.url ?? null,
          ingestedAt: stamp,
        });
      }
      const located = insertLocation.run(article.id, article.source, article.url ?? null, stamp).changes > 0;
      const status = !known ? 'added' : located ? 'new-location' : 'unchanged';
      return { articleId: article.id, source: article.source, status };
    });
  });

  return {
    addArticles: (articles) => addBatch(articles),
    getArticle(id) {
      const row = selectArticle.get(id);
      return row === undefined ? undefined : rowToArticle(row, locationsOf(id));
    },
    listArticles(listOptions = {}) {
      const rows = selectPage.all(listOptions.limit ?? DEFAULT_LIST_LIMIT, listOptions.offset ?? 0);
      return rows.map((row) => {
        const id = articleRowSchema.shape.id.parse((row as { id: unknown }).id);
        return rowToArticle(row, locationsOf(id));
      });
    },
    countArticles: () => countRows.get()?.count ?? 0,
    search(query, searchOptions = {}) {
      const fts = toFtsQuery(query);
      if (fts === '') return [];
      return searchRows.all(fts, searchOptions.limit ?? DEFAULT_SEARCH_LIMIT).map((raw): SearchHit => {
        const row = z
          .object({ id: z.string(), title: z.string().nullable(), snippet: z.string() })
          .parse(raw);
        return { articleId: row.id, ...optional('title', row.title), snippet: row.snippet };
      });
    },
    loadClustererSnapshot() {
      const row = selectSnapshot.get();
      return row === undefined ? undefined : (JSON.parse(row.snapshot) as unknown);
    },
    saveStories: (update) => writeStories(update),
    getStory(id) {
      const row = selectStory.get(id);
      return row === undefined ? undefined : rowToStory(row);
    },
    listStories(listOptions = {}) {
      return selectStoryPage
        .all(listOptions.limit ?? DEFAULT_LIST_LIMIT, listOptions.offset ?? 0)
        .map(rowToStory);
    },
    countStories: () => countStoryRows.get()?.count ?? 0,
    storyOfArticle: (articleId) => selectStoryOf.get(articleId)?.story_id,
    unclusteredArticleIds: () => selectUnclustered.all().map((row) => row.id),
    getStoryAnalysis(storyId): StoredStoryAnalysis | undefined {
      const raw = selectAnalysis.get(storyId);
      if (raw === undefined) return undefined;
      const row = analysisRowSchema.parse(raw);
      return { ...rowToAnalysisSummary(row), analysis: JSON.parse(row.analysis) as unknown };
    },
    saveStoryAnalysis(record) {
      if (db.readonly) return false;
      return writeAnalysis(record);
    },
    storyAnalysisSummaries(storyIds) {
      const summaries = new Map<string, StoryAnalysisSummary>();
      for (const id of storyIds) {
        const raw = selectAnalysisSummary.get(id);
        if (raw !== undefined) summaries.set(id, rowToAnalysisSummary(raw));
      }
      return summaries;
    },
    searchClaims(query, searchOptions = {}) {
      const fts = toFtsQuery(query);
      if (fts === '') return [];
      return searchClaimRows
        .all(fts, searchOptions.limit ?? DEFAULT_CLAIM_SEARCH_LIMIT)
        .map((raw): ClaimSearchHit => {
          const row = z
            .object({ story_id: z.string(), claim_id: z.string(), snippet: z.string() })
            .parse(raw);
          return { storyId: row.story_id, claimId: row.claim_id, snippet: row.snippet };
        });
    },
    derivationsAmong(articleIds) {
      const seen = new Set<string>();
      const links: StoredDerivation[] = [];
      for (const articleId of articleIds) {
        for (const raw of selectDerivationsOf.all(articleId, articleId)) {
          const row = derivationRowSchema.parse(raw);
          const key = `${row.from_id}\u0000${row.to_id}`;
          if (seen.has(key)) continue;
          seen.add(key);
          links.push({
            from: row.from_id,
            to: row.to_id,
            kind: row.kind,
            similarity: row.similarity,
            directed: row.directed === 1,
            method: row.method,
          });
        }
      }
      return links;
    },
    close: () => db.close(),
  };
}
