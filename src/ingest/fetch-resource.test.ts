import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../core/index.ts';
import { fetchResource, type FetchSettings } from './fetch-resource.ts';
import { ingest, type IngestEvent, type IngestOptions, type RawDocument } from './index.ts';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/ingest');
const ARTICLE = '<html><head><title>Pier reopens</title></head><body><p>The pier reopened.</p></body></html>';

let server: Server;
let base: string;
let requests: string[] = [];

function route(request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', base);
  const path = url.pathname;
  if (path === '/article.html') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(ARTICLE);
  } else if (path === '/notes') {
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.end('Plain notes served without an extension.');
  } else if (path === '/untyped') {
    response.writeHead(200);
    response.end('<!doctype html><html><body><p>No content type.</p></body></html>');
  } else if (path === '/image.png') {
    response.writeHead(200, { 'content-type': 'image/png' });
    response.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  } else if (path === '/archive.html.gz') {
    response.writeHead(200, { 'content-type': 'application/gzip' });
    response.end(gzipSync(ARTICLE));
  } else if (path === '/loop') {
    response.writeHead(302, { location: '/loop' });
    response.end();
  } else if (path.startsWith('/hop/')) {
    const left = Number(path.slice('/hop/'.length));
    response.writeHead(301, { location: left > 0 ? `/hop/${left - 1}` : '/article.html' });
    response.end();
  } else if (path === '/to-private') {
    response.writeHead(302, { location: 'http://10.0.0.1/admin' });
    response.end();
  } else if (path === '/to-ftp') {
    response.writeHead(302, { location: 'ftp://files.example/a' });
    response.end();
  } else if (path === '/slow') {
    const timer = setTimeout(() => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end('too late');
    }, 3000);
    response.on('close', () => clearTimeout(timer));
  } else if (path === '/slow-body') {
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.write('first part of the body, then nothing');
    const timer = setTimeout(() => response.end(), 3000);
    response.on('close', () => clearTimeout(timer));
  } else if (path === '/big-streamed') {
    response.writeHead(200, { 'content-type': 'text/plain' });
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    const push = (): void => {
      while (sent < 64 && !response.destroyed) {
        sent += 1;
        if (!response.write(chunk)) {
          response.once('drain', push);
          return;
        }
      }
      response.end();
    };
    push();
  } else if (path === '/big-declared') {
    response.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(50 * 1024 * 1024) });
    response.write('a');
    setTimeout(() => response.destroy(), 200);
  } else if (path === '/links-feed.xml') {
    response.writeHead(200, { 'content-type': 'application/rss+xml' });
    response.end(readFileSync(join(FIXTURES, 'rss-links-only', 'feed.xml')));
  } else if (path === '/news/lighthouse-restored.html' || path === '/news/quotas-cut.html') {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(`<html><body><p>Full story at ${path}.</p></body></html>`);
  } else {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  }
}

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    route(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  requests = [];
});

async function collect(inputs: readonly string[], options: IngestOptions = {}): Promise<IngestEvent[]> {
  const events: IngestEvent[] = [];
  for await (const event of ingest(inputs, options)) events.push(event);
  return events;
}

function documents(events: readonly IngestEvent[]): RawDocument[] {
  return events.flatMap((event) => (event.kind === 'document' ? [event.document] : []));
}

function diagnostics(events: readonly IngestEvent[]): Diagnostic[] {
  return events.flatMap((event) => (event.kind === 'diagnostic' ? [event.diagnostic] : []));
}

const local: IngestOptions = { allowPrivate: true };

function requestUrl(input: string | URL | Request): string {
  return typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
}

describe('fetching with allowPrivate', () => {
  it('fetches a page and keeps its served content type and final URL', async () => {
    const events = await collect([`${base}/article.html`], local);
    expect(diagnostics(events)).toEqual([]);
    const [document] = documents(events);
    expect(document).toMatchObject({
      source: `${base}/article.html`,
      url: `${base}/article.html`,
      format: 'html',
      contentType: 'text/html; charset=utf-8',
    });
    expect(Buffer.from(document?.bytes ?? []).toString('utf8')).toBe(ARTICLE);
  });

  it('decides html, text or unsupported from the response content type, sniffing when it is missing', async () => {
    const events = await collect([`${base}/notes`, `${base}/untyped`, `${base}/image.png`], local);
    expect(documents(events).map((d) => [d.source, d.format])).toEqual([
      [`${base}/notes`, 'text'],
      [`${base}/untyped`, 'html'],
    ]);
    expect(diagnostics(events).map((d) => [d.code, d.source])).toEqual([
      ['ingest/unsupported-type', `${base}/image.png`],
    ]);
  });

  it('inflates a gzip body served as a file', async () => {
    const [document] = documents(await collect([`${base}/archive.html.gz`], local));
    expect(document).toMatchObject({ format: 'html', contentType: 'text/html' });
  });

  it('follows redirects up to the limit and reports the final URL', async () => {
    const [document] = documents(await collect([`${base}/hop/2`], { ...local, maxRedirects: 3 }));
    expect(document).toMatchObject({ source: `${base}/hop/2`, url: `${base}/article.html` });
  });

  it('stops a redirect loop with too-many-redirects', async () => {
    const events = await collect([`${base}/loop`], { ...local, maxRedirects: 4 });
    expect(diagnostics(events).map((d) => d.code)).toEqual(['ingest/too-many-redirects']);
    expect(requests).toHaveLength(5);
  });

  it('refuses a redirect to a non-http scheme', async () => {
    expect(diagnostics(await collect([`${base}/to-ftp`], local)).map((d) => d.code)).toEqual([
      'ingest/bad-url',
    ]);
  });

  it('times out a server that does not answer', async () => {
    const started = Date.now();
    const events = await collect([`${base}/slow`], { ...local, timeoutMs: 200 });
    expect(diagnostics(events).map((d) => d.code)).toEqual(['ingest/timeout']);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('times out a body that stops arriving', async () => {
    const events = await collect([`${base}/slow-body`], { ...local, timeoutMs: 300 });
    expect(diagnostics(events).map((d) => d.code)).toEqual(['ingest/timeout']);
  });

  it('aborts a body that streams past the size limit', async () => {
    const events = await collect([`${base}/big-streamed`], { ...local, maxBytes: 256 * 1024 });
    expect(documents(events)).toEqual([]);
    expect(diagnostics(events).map((d) => d.code)).toEqual(['ingest/too-large']);
  });

  it('refuses a body whose declared length is over the limit', async () => {
    const events = await collect([`${base}/big-declared`], { ...local, maxBytes: 1024 * 1024 });
    expect(diagnostics(events).map((d) => d.code)).toEqual(['ingest/too-large']);
  });

  it('reports a 404 as http-status and goes on to the next URL', async () => {
    const events = await collect([`${base}/missing.html`, `${base}/article.html`], local);
    expect(diagnostics(events).map((d) => [d.code, d.source])).toEqual([
      ['ingest/http-status', `${base}/missing.html`],
    ]);
    expect(diagnostics(events)[0]?.message).toContain('404');
    expect(documents(events).map((d) => d.source)).toEqual([`${base}/article.html`]);
  });

  it('reports a refused connection as unreachable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const events = await collect([`http://127.0.0.1:${port}/`], local);
    expect(diagnostics(events).map((d) => d.code)).toEqual(['ingest/unreachable']);
  });

  it('keeps input order while fetching several URLs at once', async () => {
    const inputs = [
      `${base}/hop/3`,
      `${base}/notes`,
      `${base}/missing`,
      `${base}/article.html`,
      `${base}/hop/1`,
    ];
    const events = await collect(inputs, local);
    expect(events.map((e) => (e.kind === 'document' ? e.document.source : e.diagnostic.source))).toEqual(
      inputs,
    );
  });
});

describe('feeds over HTTP', () => {
  it('fetches the page of each item that carries no full content, passing the feed metadata along', async () => {
    const feedUrl = `${base}/links-feed.xml`;
    const events = await collect([feedUrl], local);
    const found = documents(events);
    expect(found.map((d) => [d.source, d.url])).toEqual([
      [`${feedUrl}#1`, `${base}/news/lighthouse-restored.html`],
      [`${feedUrl}#2`, `${base}/news/quotas-cut.html`],
    ]);
    expect(found[0]).toMatchObject({
      format: 'html',
      metadata: {
        title: 'Lighthouse to be restored',
        byline: 'Aino Lindqvist',
        publishedAt: '2025-04-14T09:00:00.000Z',
        publisher: 'Coastline Daily',
      },
    });
    expect(Buffer.from(found[1]?.bytes ?? []).toString('utf8')).toContain(
      'Full story at /news/quotas-cut.html',
    );
    expect(diagnostics(events).map((d) => [d.code, d.source])).toEqual([
      ['ingest/http-status', `${feedUrl}#3`],
    ]);
  });

  it('fetches linked items of a local feed file through the injected fetch', async () => {
    const calls: string[] = [];
    const fetchPages: typeof globalThis.fetch = (input) => {
      const url = requestUrl(input);
      calls.push(url);
      return Promise.resolve(
        new Response(`<html><body><p>Page for ${url}</p></body></html>`, {
          headers: { 'content-type': 'text/html' },
        }),
      );
    };
    const directory = mkdtempSync(join(tmpdir(), 'corroborate-feed-'));
    const path = join(directory, 'feed.rss');
    const relative = readFileSync(join(FIXTURES, 'rss-links-only', 'feed.xml'), 'utf8');
    writeFileSync(path, relative.replace(/<link>\//g, '<link>https://coast.example/'));
    try {
      const events = await collect([path], { allowPrivate: true, fetch: fetchPages });
      expect(calls).toEqual([
        'https://coast.example/news/lighthouse-restored.html',
        'https://coast.example/news/quotas-cut.html',
        'https://coast.example/news/gone.html',
      ]);
      expect(diagnostics(events)).toEqual([]);
      expect(documents(events).map((d) => [d.source, d.url, d.metadata?.publisher])).toEqual([
        [`${path}#1`, 'https://coast.example/news/lighthouse-restored.html', 'Coastline Daily'],
        [`${path}#2`, 'https://coast.example/news/quotas-cut.html', 'Coastline Daily'],
        [`${path}#3`, 'https://coast.example/news/gone.html', 'Coastline Daily'],
      ]);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('falls back to the summary of an item whose relative link has no base to resolve against', async () => {
    const path = join(FIXTURES, 'rss-links-only', 'feed.xml');
    const events = await collect([path], { fetch: () => Promise.reject(new Error('must not fetch')) });
    expect(diagnostics(events).map((d) => d.code)).toEqual([
      'ingest/bad-url',
      'ingest/feed-summary-only',
      'ingest/bad-url',
      'ingest/feed-summary-only',
      'ingest/bad-url',
      'ingest/feed-summary-only',
    ]);
    expect(documents(events).map((d) => d.url)).toEqual([undefined, undefined, undefined]);
  });
});

describe('private addresses without allowPrivate', () => {
  const refused = [
    ['127.0.0.1 with the test server port', () => `${base}/article.html`],
    ['localhost', () => `${base.replace('127.0.0.1', 'localhost')}/article.html`],
    ['[::1]', () => 'http://[::1]:9/article.html'],
    ['10.0.0.1', () => 'http://10.0.0.1/'],
    ['169.254.169.254 (cloud metadata)', () => 'http://169.254.169.254/latest/meta-data/'],
    ['::ffff:127.0.0.1', () => `http://[::ffff:127.0.0.1]:${new URL(base).port}/article.html`],
    ['0.0.0.0', () => 'http://0.0.0.0/'],
    ['a decimal-encoded loopback', () => 'http://2130706433/'],
  ] as const;

  it.each(refused)('refuses %s before any connection', async (_label, url) => {
    const calls: string[] = [];
    const spy: typeof globalThis.fetch = (input, init) => {
      calls.push(requestUrl(input));
      return globalThis.fetch(input, init);
    };
    const events = await collect([url()], { fetch: spy });
    expect(diagnostics(events).map((d) => d.code)).toEqual(['ingest/private-address']);
    expect(calls).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('refuses a host name that resolves to a private address', async () => {
    const settings: FetchSettings = {
      allowPrivate: false,
      timeoutMs: 1000,
      maxBytes: 1024,
      maxRedirects: 2,
      fetch: () => Promise.reject(new Error('must not connect')),
      resolve: () => Promise.resolve(['93.184.215.14', '192.168.1.20']),
    };
    const result = await fetchResource('https://intranet.example/', settings, 'intranet');
    expect(result.diagnostics.map((d) => [d.code, d.source])).toEqual([
      ['ingest/private-address', 'intranet'],
    ]);
  });

  it('checks every redirect hop, refusing one that points into the private network', async () => {
    const settings: FetchSettings = {
      allowPrivate: false,
      timeoutMs: 1000,
      maxBytes: 1024,
      maxRedirects: 2,
      fetch: () =>
        Promise.resolve(new Response(null, { status: 302, headers: { location: 'http://10.0.0.1/admin' } })),
      resolve: () => Promise.resolve(['93.184.215.14']),
    };
    const result = await fetchResource('https://public.example/start', settings, 'start');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['ingest/private-address']);
  });
});
