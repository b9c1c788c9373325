import { readFileSync } from 'node:fs';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../extract/index.ts';
import { ingestIntoStore, updateStories } from '../pipeline/index.ts';
import { openSqliteStore, type Store } from '../store/index.ts';
import { createApp } from './app.ts';

const FIXTURE = new URL('../../test/fixtures/http/hostile-article/', import.meta.url).pathname;
const TOKEN = 'a-test-token-of-sufficient-length';

/** Every way markup could run script or leave the page: none may come from article text. */
function expectInert(markup: string): void {
  const document = parseDocument(markup);
  const elements = DomUtils.findAll(() => true, document.children);
  const names = new Set(elements.map((e) => e.name));
  for (const forbidden of ['script', 'iframe', 'img', 'object', 'embed', 'base', 'b']) {
    expect(names.has(forbidden), `<${forbidden}> in the page`).toBe(false);
  }
  for (const element of elements) {
    for (const [name, value] of Object.entries(element.attribs)) {
      expect(name.startsWith('on'), `${name}= on <${element.name}>`).toBe(false);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name)) {
        expect(value, `${name} on <${element.name}>`).toMatch(/^(\/|#|https?:\/\/|data:,$)/);
      }
    }
  }
}

function textOf(markup: string): string {
  return DomUtils.textContent(parseDocument(markup).children);
}

describe('HTML pages', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  let storyId: string;
  let hostileId: string;

  beforeAll(async () => {
    store = openSqliteStore({ path: ':memory:' });
    const summary = await ingestIntoStore(store, [FIXTURE]);
    expect(summary.failedSources).toEqual([]);
    hostileId =
      summary.articleIds.find((id) => store.getArticle(id)?.title?.includes('<script>') === true) ?? '';
    storyId = store.storyOfArticle(hostileId) ?? '';
    app = createApp({ store, token: TOKEN });
  });
  afterAll(() => store.close());

  it('keeps hostile titles, outlets, bylines and bodies inert on every page, showing them as text', async () => {
    const paths = [
      '/',
      `/stories/${storyId}`,
      `/articles/${hostileId}`,
      `/articles/${hostileId}?hl=0-40,200-260`,
      '/search?q=pwned',
      `/search?q=${encodeURIComponent('<script>alert(1)</script>')}`,
    ];
    for (const path of paths) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      const markup = await response.text();
      expectInert(markup);
      expect(markup).not.toMatch(/<script|<img|<svg onload|<iframe/i);
    }
    const article = await (await app.request(`/articles/${hostileId}`)).text();
    expect(textOf(article)).toContain('<script>window.__pwned=9;alert("body")</script>');
    expect(textOf(article)).toContain('<svg onload="window.__pwned=3">The Valley');
    const story = await (await app.request(`/stories/${storyId}`)).text();
    expect(textOf(story)).toContain('<img src=x onerror="window.__pwned=1;alert(1)">');
  });

  it('renders a link given as javascript: as text, never as a link', async () => {
    const hostile: Article = {
      id: 'a_jslink',
      source: 'javascript:alert(1)',
      url: 'javascript:window.__pwned=20',
      title: 'A page with a javascript: address',
      lang: 'en',
      text: 'Short body about a bridge inspection on the quay road.',
      paragraphs: [{ start: 0, end: 54 }],
      captions: ['<img src=x onerror=alert(2)>'],
      removed: ['<a href="javascript:alert(3)">menu</a>'],
      method: 'blocks',
    };
    store.addArticles([hostile]);
    updateStories(store);
    const markup = await (await app.request('/articles/a_jslink')).text();
    expectInert(markup);
    expect(markup).not.toContain('href="javascript');
    expect(textOf(markup)).toContain('<img src=x onerror=alert(2)>');
  });

  it('sends a strict content security policy with every page', async () => {
    for (const path of ['/', `/stories/${storyId}`, '/nowhere', '/static/style.css']) {
      const response = await app.request(path);
      expect(response.headers.get('content-security-policy')).toBe(
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
      );
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('lists stories with outlets, article count and dates', async () => {
    const markup = await (await app.request('/')).text();
    expect(markup).toContain(`href="/stories/${storyId}"`);
    expect(textOf(markup)).toContain('Riverside Gazette');
    expect(textOf(markup)).toContain('2025-06-03');
  });

  it('shows the claims matrix, the timeline chart and source cards on the story page', async () => {
    const markup = await (await app.request(`/stories/${storyId}`)).text();
    const document = parseDocument(markup);
    const rows = DomUtils.findAll(
      (e) => e.name === 'tr' && e.attribs['class']?.startsWith('claim-row') === true,
      document.children,
    );
    const story = store.getStory(storyId);
    expect(story?.articleIds).toHaveLength(2);
    expect(rows.length).toBeGreaterThanOrEqual(1);
    const panels = DomUtils.findAll((e) => e.attribs['class'] === 'evidence', document.children);
    expect(panels).toHaveLength(rows.length);
    expect(DomUtils.findAll((e) => e.name === 'svg', document.children)).toHaveLength(1);
    expect(DomUtils.findAll((e) => e.attribs['class'] === 'source-card', document.children)).toHaveLength(2);
  });

  it('highlights the requested spans on the article page and anchors them', async () => {
    const markup = await (await app.request(`/articles/${hostileId}?hl=0-5`)).text();
    expect(markup).toContain('<span class="anchor" id="s-0-5"></span><mark>Crews</mark>');
    expect(markup).toContain('line(s) of page furniture removed</summary>');
  });

  it('highlights a span inside a caption, escaped, and leaves the text at the same offsets unmarked', async () => {
    const caption = 'Mayor <b>Ilse</b> Brandt & aides at the pier. (Jan Ferro, Pool Photo via Agency)';
    store.addArticles([
      {
        id: 'a_caption',
        source: 'caption.txt',
        title: 'A pier with a caption',
        lang: 'en',
        text: 'The pier reopened on Monday after repairs that took a month.',
        paragraphs: [{ start: 0, end: 60 }],
        captions: ['A first caption, not highlighted.', caption],
        removed: [],
        method: 'text-lines',
      },
    ]);
    const start = caption.indexOf('Mayor');
    const end = caption.indexOf(' at the pier');
    const markup = await (await app.request(`/articles/a_caption?hl=c1:${start}-${end}`)).text();
    expectInert(markup);
    const document = parseDocument(markup);
    const marks = DomUtils.findAll((e) => e.name === 'mark', document.children);
    expect(marks.map((mark) => DomUtils.textContent(mark))).toEqual(['Mayor <b>Ilse</b> Brandt & aides']);
    const captions = DomUtils.findAll((e) => e.attribs['class'] === 'captions', document.children);
    expect(captions.flatMap((section) => DomUtils.findAll((e) => e.name === 'mark', [section]))).toHaveLength(
      1,
    );
    expect(markup).toContain(
      `<span class="anchor" id="s-c1-${start}-${end}"></span><mark>Mayor &lt;b&gt;Ilse`,
    );
    expect(textOf(markup)).toContain('A first caption, not highlighted.');
  });

  it('refuses malformed highlights and unknown ids with the right status', async () => {
    expect((await app.request(`/articles/${hostileId}?hl=5-2`)).status).toBe(400);
    expect((await app.request(`/articles/${hostileId}?hl=x`)).status).toBe(400);
    expect((await app.request(`/articles/${hostileId}?hl=c:0-5`)).status).toBe(400);
    expect((await app.request('/articles/nope')).status).toBe(404);
    expect((await app.request('/stories/nope')).status).toBe(404);
    expect((await app.request('/?page=0')).status).toBe(400);
  });

  it('marks search matches in snippets', async () => {
    const markup = await (await app.request('/search?q=basements')).text();
    expect(markup).toContain('<mark>basements</mark>');
    expect(markup).toContain('value="basements"');
  });

  it('offers ingest only with a token, and takes it only from the form', async () => {
    const readOnly = createApp({ store });
    expect((await readOnly.request('/ingest')).status).toBe(403);
    const form = new FormData();
    form.set('token', TOKEN);
    form.set('textContent', 'Some text');
    expect((await readOnly.request('/ingest', { method: 'POST', body: form })).status).toBe(403);
    expect((await app.request('/ingest')).status).toBe(200);
    expect(await (await app.request('/')).text()).toContain('href="/ingest"');
    expect(await (await readOnly.request('/')).text()).not.toContain('href="/ingest"');

    const wrong = new FormData();
    wrong.set('token', 'not-the-token');
    wrong.set('textContent', 'Some text');
    expect((await app.request('/ingest', { method: 'POST', body: wrong })).status).toBe(401);
    expect((await app.request('/ingest', { method: 'GET' })).status).toBe(200);
  });

  it('ingests pasted text from the form and links the story it joined', async () => {
    const text = readFileSync(`${FIXTURE}companion.html`, 'utf8').replace('45 households', '46 households');
    const form = new FormData();
    form.set('token', TOKEN);
    form.set('textName', 'pasted.html');
    form.set('textContent', text);
    form.set('urls', '');
    const response = await app.request('/ingest', { method: 'POST', body: form });
    expect(response.status).toBe(200);
    const markup = await response.text();
    expect(markup).toContain('1 new article(s)');
    expect(markup).toMatch(/href="\/stories\/[^"]+"/);
  });
});
