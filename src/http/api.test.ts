import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ingestIntoStore } from '../pipeline/index.ts';
import { openSqliteStore, type Store } from '../store/index.ts';
import {
  articleResponseSchema,
  errorBodySchema,
  ingestBodySchema,
  ingestResultSchema,
  searchResponseSchema,
  storyListSchema,
  storyResponseSchema,
} from './api-schemas.ts';
import { createApp } from './app.ts';
import { MAX_INGEST_BODY_BYTES } from './thresholds.ts';

const FIXTURE = new URL('../../test/fixtures/http/hostile-article/', import.meta.url).pathname;
const TOKEN = 'a-test-token-of-sufficient-length';

async function json<T>(response: Response, schema: z.ZodType<T>): Promise<T> {
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return schema.parse(await response.json());
}

async function expectError(response: Response, status: number, code: string): Promise<void> {
  expect(response.status).toBe(status);
  expect((await json(response, errorBodySchema)).error.code).toBe(code);
}

function post(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, ...headers },
  };
}

describe('JSON API (read)', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  let storyId: string;
  let articleId: string;

  beforeAll(async () => {
    store = openSqliteStore({ path: ':memory:' });
    const summary = await ingestIntoStore(store, [FIXTURE]);
    articleId = summary.articleIds[0] ?? '';
    storyId = store.storyOfArticle(articleId) ?? '';
    app = createApp({ store });
  });
  afterAll(() => store.close());

  it('pages through stories, latest first', async () => {
    const list = await json(await app.request('/api/stories?limit=10'), storyListSchema);
    expect(list).toMatchObject({ total: 1, limit: 10, offset: 0 });
    expect(list.stories[0]).toMatchObject({ id: storyId, articleCount: 2, outletsComplete: true });
    expect(list.stories[0]?.outlets).toContain('Riverside Gazette');
    expect((await json(await app.request('/api/stories?offset=1'), storyListSchema)).stories).toEqual([]);
  });

  it('refuses bad paging with a coded 400', async () => {
    await expectError(await app.request('/api/stories?limit=0'), 400, 'http/bad-request');
    await expectError(await app.request('/api/stories?limit=100000'), 400, 'http/bad-request');
    await expectError(await app.request('/api/stories?offset=-1'), 400, 'http/bad-request');
  });

  it('serves a story as the story object of the JSON contract, with its articles', async () => {
    const body = await json(await app.request(`/api/stories/${storyId}`), storyResponseSchema);
    expect(body.story.id).toBe(storyId);
    expect(body.story.articleIds).toHaveLength(2);
    expect(body.articles.map((a) => a.id).sort()).toEqual([...body.story.articleIds].sort());
    expect(body.articles.every((a) => !('text' in a))).toBe(true);
  });

  it('serves an article in the contract form with its story', async () => {
    const body = await json(await app.request(`/api/articles/${articleId}`), articleResponseSchema);
    expect(body).toMatchObject({ id: articleId, storyId });
    expect(body.text.length).toBeGreaterThan(100);
  });

  it('answers unknown ids and routes with a coded 404', async () => {
    await expectError(await app.request('/api/stories/nope'), 404, 'http/not-found');
    await expectError(await app.request('/api/articles/nope'), 404, 'http/not-found');
    await expectError(await app.request('/api/nothing-here'), 404, 'http/not-found');
  });

  it('searches article text, naming each hit’s story, and never passes query syntax through', async () => {
    const body = await json(await app.request('/api/search?q=basements'), searchResponseSchema);
    expect(body.hits.length).toBe(2);
    expect(body.hits[0]?.snippet).toContain('[basements]');
    expect(body.hits[0]?.storyId).toBe(storyId);
    const syntax = await app.request(`/api/search?q=${encodeURIComponent('basements OR NEAR( "*')}`);
    expect(syntax.status).toBe(200);
    await expectError(await app.request('/api/search'), 400, 'http/bad-request');
    await expectError(await app.request('/api/search?q=%20%20'), 400, 'http/bad-request');
    await expectError(await app.request(`/api/search?q=${'a'.repeat(501)}`), 400, 'http/bad-request');
  });

  it('describes itself in OpenAPI 3.1 with the schemas the handlers check', async () => {
    const document = (await (await app.request('/api/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths).sort()).toEqual([
      '/api/articles/{id}',
      '/api/ingest',
      '/api/search',
      '/api/stories',
      '/api/stories/{id}',
    ]);
    expect(document.components.schemas['IngestBody']).toEqual({
      ...z.toJSONSchema(ingestBodySchema, { io: 'input' }),
      $schema: undefined,
    });
    expect(JSON.stringify(document.components.schemas['StoryResponse'])).toContain('"claims"');
  });

  it('searches the claims of analysed stories', async () => {
    const report = await json(await app.request(`/api/stories/${storyId}`), storyResponseSchema);
    const claim = report.story.claims.find((c) => /\p{L}{5,}/u.test(c.text));
    expect(claim).toBeDefined();
    const word = /\p{L}{5,}/u.exec(claim?.text ?? '')?.[0] ?? '';
    const body = await json(
      await app.request(`/api/search?q=${encodeURIComponent(word)}`),
      searchResponseSchema,
    );
    expect(body.claims.map((hit) => hit.claimId)).toContain(claim?.id);
    expect(body.claims[0]).toMatchObject({ storyId, storyTitle: report.story.title });
  });

  it('refuses ingest on a read-only server', async () => {
    await expectError(await app.request('/api/ingest', post({ urls: [] })), 403, 'http/ingest-disabled');
  });
});

describe('JSON API (ingest)', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;

  beforeAll(() => {
    store = openSqliteStore({ path: ':memory:' });
    app = createApp({ store, token: TOKEN, ingestOptions: { timeoutMs: 2000 } });
  });
  afterAll(() => store.close());

  it('needs the token as a bearer header', async () => {
    const body = { texts: [{ name: 'a.txt', content: 'x' }] };
    const missing = await app.request('/api/ingest', post(body, { authorization: '' }));
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    await expectError(missing, 401, 'http/unauthorized');
    await expectError(
      await app.request('/api/ingest', post(body, { authorization: 'Bearer wrong-token-wrong-token' })),
      401,
      'http/unauthorized',
    );
    expect(store.countArticles()).toBe(0);
  });

  it('ingests pasted texts and reports the stories they joined', async () => {
    const texts = ['page.html', 'companion.html'].map((name) => ({
      name,
      content: readFileSync(`${FIXTURE}${name}`, 'utf8'),
    }));
    const result = await json(await app.request('/api/ingest', post({ texts })), ingestResultSchema);
    expect(result).toMatchObject({ added: 2, unchanged: 0, failed: [] });
    expect(result.storyIds).toHaveLength(1);
    expect(store.getArticle(result.articleIds[0] ?? '')?.locations.map((l) => l.source)).toEqual([
      'upload:page.html',
    ]);
    // The stories they touched are analysed before the answer: the list shows contested counts and the
    // claims are searchable.
    const list = await json(await app.request('/api/stories'), storyListSchema);
    expect(list.stories[0]?.contested).toBeTypeOf('number');
    expect(list.stories[0]?.outletsComplete).toBe(true);
    const saved = store.getStoryAnalysis(result.storyIds[0] ?? '');
    expect(saved).toBeDefined();
    // The same texts again change nothing: same articles, same locations, analysis kept.
    const again = await json(await app.request('/api/ingest', post({ texts })), ingestResultSchema);
    expect(again).toMatchObject({ added: 0, unchanged: 2, newLocations: 0, failed: [] });
    expect(store.countArticles()).toBe(2);
    expect(store.getStoryAnalysis(result.storyIds[0] ?? '')?.computedAt).toBe(saved?.computedAt);
  });

  it('takes multipart uploads', async () => {
    const form = new FormData();
    const content = readFileSync(`${FIXTURE}companion.html`, 'utf8').replace(
      '45 households',
      '44 households',
    );
    form.append('files', new File([content], 'upload.html', { type: 'text/html' }));
    const response = await app.request('/api/ingest', {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect((await json(response, ingestResultSchema)).added).toBe(1);
  });

  it('never fetches URLs on loopback or private networks', async () => {
    const result = await json(
      await app.request('/api/ingest', post({ urls: ['http://127.0.0.1:9/', 'http://10.0.0.1/'] })),
      ingestResultSchema,
    );
    expect(result.added).toBe(0);
    expect(result.failed).toHaveLength(2);
    expect(result.diagnostics.map((d) => d.code)).toEqual([
      'ingest/private-address',
      'ingest/private-address',
    ]);
  });

  it('names failed uploads by their upload name, not a temporary path', async () => {
    const result = await json(
      await app.request('/api/ingest', post({ texts: [{ name: '../../etc/empty.txt', content: '' }] })),
      ingestResultSchema,
    );
    expect(result.failed).toEqual(['upload:empty.txt']);
  });

  it('refuses malformed bodies with coded errors', async () => {
    const bad = async (init: RequestInit, status: number, code: string): Promise<void> =>
      expectError(await app.request('/api/ingest', init), status, code);
    await bad(post({}), 400, 'http/bad-request');
    await bad(post({ urls: ['ftp://example.com/x'] }), 400, 'http/bad-request');
    await bad(post({ urls: ['javascript:alert(1)'] }), 400, 'http/bad-request');
    await bad(post({ texts: [{ name: 'x' }] }), 400, 'http/bad-request');
    await bad(
      post({ urls: Array.from({ length: 201 }, (_, i) => `https://example.com/${i}`) }),
      400,
      'http/bad-request',
    );
    await bad(post({ extra: true, urls: ['https://example.com/'] }), 400, 'http/bad-request');
    await bad({ ...post({}), body: '{not json' }, 400, 'http/bad-request');
    await bad(
      { ...post({}), headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' } },
      415,
      'http/unsupported-media-type',
    );
  });

  it('caps the request body', async () => {
    const huge = 'x'.repeat(MAX_INGEST_BODY_BYTES + 1);
    await expectError(
      await app.request('/api/ingest', post({ texts: [{ name: 'big.txt', content: huge }] })),
      413,
      'http/payload-too-large',
    );
  });

  it('sends the security headers on JSON too', async () => {
    const response = await app.request('/api/stories');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
