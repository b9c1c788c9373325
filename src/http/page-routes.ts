// The HTML pages: story list, story, article, search and the ingest form (only with the token).
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { renderArticlePage } from './article-page.ts';
import type { SafeHtml } from './html.ts';
import { renderIngestForm, renderIngestResult, renderReadOnly } from './ingest-page.ts';
import { runIngest } from './ingest-request.ts';
import { renderPage } from './layout.ts';
import type { HighlightSpan } from './links.ts';
import { renderStoryList } from './list-page.ts';
import { outletName } from './outlet.ts';
import { renderSearchPage } from './search-page.ts';
import {
  checkIngestWork,
  describeIssues,
  htmlError,
  tokenMatches,
  workFromForm,
  type ServerContext,
} from './server-context.ts';
import { renderStoryPage } from './story-page.ts';
import { describeArticle, loadStoryReport, searchClaims, summarizeStories } from './story-data.ts';
import {
  DEFAULT_SEARCH_HITS,
  MAX_HIGHLIGHTS,
  MAX_INGEST_BODY_BYTES,
  MAX_QUERY_CHARS,
  STORIES_PAGE_SIZE,
} from './thresholds.ts';

const listQuerySchema = z.object({ page: z.coerce.number().int().min(1).default(1) });

/** `start-end` into the text, `cN:start-end` into caption N (0-based). */
const HIGHLIGHT = String.raw`(?:c\d{1,4}:)?\d{1,9}-\d{1,9}`;

const highlightsSchema = z
  .string()
  .regex(new RegExp(`^${HIGHLIGHT}(?:,${HIGHLIGHT})*$`, 'u'), 'expected hl=start-end,cN:start-end')
  .transform((value): HighlightSpan[] =>
    value.split(',').map((item) => {
      const [, caption, start, end] = /^(?:c(\d+):)?(\d+)-(\d+)$/u.exec(item) ?? [];
      return {
        start: Number(start ?? 0),
        end: Number(end ?? 0),
        ...(caption === undefined ? {} : { caption: Number(caption) }),
      };
    }),
  )
  .refine((spans) => spans.length <= MAX_HIGHLIGHTS, `expected at most ${MAX_HIGHLIGHTS} spans`)
  .refine((spans) => spans.every((s) => s.end > s.start), 'expected each span to end after it starts');

const articleQuerySchema = z.object({ hl: highlightsSchema.optional() });

const searchPageQuerySchema = z.object({ q: z.string().max(MAX_QUERY_CHARS).default('') });

export function pageRoutes(server: ServerContext): Hono {
  const { store } = server;
  const pages = new Hono();
  const ingestEnabled = server.token !== undefined;
  const page = (
    c: Context,
    title: string,
    body: SafeHtml,
    status: 200 | 401 | 403 = 200,
    query?: string,
  ): Response =>
    c.html(renderPage({ title, body, ingestEnabled, ...(query === undefined ? {} : { query }) }), status);

  pages.get('/', (c) => {
    const query = listQuerySchema.safeParse(c.req.query());
    if (!query.success) return htmlError(c, server, 'http/bad-request', describeIssues(query.error));
    const total = store.countStories();
    const pageCount = Math.max(1, Math.ceil(total / STORIES_PAGE_SIZE));
    const current = Math.min(query.data.page, pageCount);
    const stories = summarizeStories(
      store,
      store.listStories({ limit: STORIES_PAGE_SIZE, offset: (current - 1) * STORIES_PAGE_SIZE }),
    );
    const body = renderStoryList({
      stories,
      page: current,
      pageCount,
      total,
      articleCount: store.countArticles(),
    });
    return page(c, 'Stories', body);
  });

  pages.get('/stories/:id', (c) => {
    const report = loadStoryReport(store, c.req.param('id'));
    if (report === undefined) return htmlError(c, server, 'http/not-found', 'No story has this id.');
    return page(c, report.story.title, renderStoryPage(report));
  });

  pages.get('/articles/:id', (c) => {
    const query = articleQuerySchema.safeParse(c.req.query());
    if (!query.success) return htmlError(c, server, 'http/bad-request', describeIssues(query.error));
    const article = store.getArticle(c.req.param('id'));
    if (article === undefined) return htmlError(c, server, 'http/not-found', 'No article has this id.');
    const described = describeArticle(store, article);
    return page(c, article.title ?? '(untitled)', renderArticlePage(described, query.data.hl ?? []));
  });

  pages.get('/search', (c) => {
    const query = searchPageQuerySchema.safeParse(c.req.query());
    if (!query.success) return htmlError(c, server, 'http/bad-request', describeIssues(query.error));
    const q = query.data.q.trim();
    const hits =
      q === ''
        ? []
        : store.search(q, { limit: DEFAULT_SEARCH_HITS }).map((hit) => {
            const article = store.getArticle(hit.articleId);
            const storyId = store.storyOfArticle(hit.articleId);
            return {
              ...hit,
              ...(article === undefined ? {} : { outlet: outletName(article) }),
              ...(storyId === undefined ? {} : { storyId }),
            };
          });
    const claims = q === '' ? [] : searchClaims(store, q, DEFAULT_SEARCH_HITS);
    return page(c, q === '' ? 'Search' : `Search: ${q}`, renderSearchPage(q, hits, claims), 200, q);
  });

  pages.get('/ingest', (c) =>
    ingestEnabled ? page(c, 'Add articles', renderIngestForm()) : page(c, 'Read-only', renderReadOnly(), 403),
  );

  pages.post(
    '/ingest',
    bodyLimit({
      maxSize: MAX_INGEST_BODY_BYTES,
      onError: (c) =>
        htmlError(
          c,
          server,
          'http/payload-too-large',
          `Requests are limited to ${MAX_INGEST_BODY_BYTES} bytes.`,
        ),
    }),
    async (c) => {
      if (server.token === undefined) return page(c, 'Read-only', renderReadOnly(), 403);
      const form = await c.req.parseBody({ all: true });
      const given = typeof form['token'] === 'string' ? form['token'] : undefined;
      if (!tokenMatches(server.token, given)) {
        return page(c, 'Add articles', renderIngestForm('The token is wrong.'), 401);
      }
      const work = await workFromForm(form);
      const problem = checkIngestWork(work);
      if (problem !== undefined) return htmlError(c, server, 'http/bad-request', problem);
      const result = await runIngest(store, work, server.ingestOptions);
      const titleOf = (id: string): string => store.getStory(id)?.title ?? id;
      return page(c, 'Added', renderIngestResult(result, titleOf));
    },
  );

  return pages;
}
