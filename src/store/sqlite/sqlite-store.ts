// SQLite implementation of the Store: WAL, numbered migrations, FTS5 over article text, one transaction per batch.
import Database from 'better-sqlite3';
import { z } from 'zod';
import type { Article, ExtractionMethod } from '../../extract/types.ts';
import type { AddOutcome, ArticleLocation, SearchHit, Store, StoredArticle } from '../types.ts';
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
  const selectPage = db.prepare('SELECT * FROM articles ORDER BY ingested_at, id LIMIT ? OFFSET ?');
  const countRows = db.prepare<[], { count: number }>('SELECT count(*) AS count FROM articles');
  const searchRows = db.prepare(`SELECT a.id AS id, a.title AS title,
      snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet
    FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
    WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`);

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
    close: () => db.close(),
  };
}
