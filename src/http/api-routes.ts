// The JSON API under /api: stories, articles, search, ingest (with the token) and the OpenAPI document.
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import {
  ingestBodySchema,
  searchQuerySchema,
  storiesQuerySchema,
  type SearchResponse,
  type StoryList,
  type StoryResponse,
} from './api-schemas.ts';
import { runIngest, type IngestWork } from './ingest-request.ts';
import { openApiDocument } from './openapi.ts';
import {
  bearerToken,
  checkIngestWork,
  describeIssues,
  jsonError,
  tokenMatches,
  workFromForm,
  type ServerContext,
} from './server-context.ts';
import {
  describeArticle,
  loadStoryReport,
  searchClaims,
  summarizeArticle,
  summarizeStories,
} from './story-data.ts';
import { MAX_INGEST_BODY_BYTES } from './thresholds.ts';

async function ingestWorkOf(c: Context): Promise<IngestWork | Response> {
  const type = c.req.header('content-type') ?? '';
  if (/^application\/json\b/i.test(type)) {
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch (error) {
      return jsonError(c, 'http/bad-request', `expected a JSON body, found invalid JSON (${String(error)})`);
    }
    const parsed = ingestBodySchema.safeParse(raw);
    if (!parsed.success) return jsonError(c, 'http/bad-request', describeIssues(parsed.error));
    return { urls: parsed.data.urls, items: parsed.data.texts };
  }
  if (/^multipart\/form-data\b/i.test(type)) return workFromForm(await c.req.parseBody({ all: true }));
  return jsonError(
    c,
    'http/unsupported-media-type',
    `expected application/json or multipart/form-data, found ${type === '' ? 'no content type' : type}`,
  );
}

export function apiRoutes(server: ServerContext): Hono {
  const { store } = server;
  const api = new Hono();

  api.get('/stories', (c) => {
    const query = storiesQuerySchema.safeParse(c.req.query());
    if (!query.success) return jsonError(c, 'http/bad-request', describeIssues(query.error));
    const { limit, offset } = query.data;
    const body: StoryList = {
      total: store.countStories(),
      limit,
      offset,
      stories: summarizeStories(store, store.listStories({ limit, offset })),
    };
    return c.json(body);
  });

  api.get('/stories/:id', (c) => {
    const report = loadStoryReport(store, c.req.param('id'));
    if (report === undefined) return jsonError(c, 'http/not-found', 'no story with this id');
    const body: StoryResponse = {
      story: report.story,
      articles: report.articles.map(summarizeArticle),
      diagnostics: [...report.diagnostics],
    };
    return c.json(body);
  });

  api.get('/articles/:id', (c) => {
    const article = store.getArticle(c.req.param('id'));
    if (article === undefined) return jsonError(c, 'http/not-found', 'no article with this id');
    return c.json(describeArticle(store, article));
  });

  api.get('/search', (c) => {
    const query = searchQuerySchema.safeParse(c.req.query());
    if (!query.success) return jsonError(c, 'http/bad-request', describeIssues(query.error));
    const body: SearchResponse = {
      query: query.data.q,
      hits: store.search(query.data.q, { limit: query.data.limit }).map((hit) => {
        const storyId = store.storyOfArticle(hit.articleId);
        return { ...hit, ...(storyId === undefined ? {} : { storyId }) };
      }),
      claims: searchClaims(store, query.data.q, query.data.limit),
    };
    return c.json(body);
  });

  api.post(
    '/ingest',
    bodyLimit({
      maxSize: MAX_INGEST_BODY_BYTES,
      onError: (c) =>
        jsonError(c, 'http/payload-too-large', `expected a body of at most ${MAX_INGEST_BODY_BYTES} bytes`),
    }),
    async (c) => {
      if (server.token === undefined) {
        return jsonError(
          c,
          'http/ingest-disabled',
          'this server is read-only: start it with --token to ingest',
        );
      }
      if (!tokenMatches(server.token, bearerToken(c))) {
        return jsonError(
          c,
          'http/unauthorized',
          'expected the server token as "Authorization: Bearer <token>"',
        );
      }
      const work = await ingestWorkOf(c);
      if (work instanceof Response) return work;
      const problem = checkIngestWork(work);
      if (problem !== undefined) return jsonError(c, 'http/bad-request', problem);
      return c.json(await runIngest(store, work, server.ingestOptions));
    },
  );

  const document = openApiDocument(server.version);
  api.get('/openapi.json', (c) => c.json(document));
  return api;
}
