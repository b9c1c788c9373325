// The web server as a Hono app: security headers on every response, static UI files, the HTML pages and the
// JSON API, with JSON errors under /api and HTML errors elsewhere. Tests call it in-process (`app.request`).
import { Hono } from 'hono';
import { apiRoutes } from './api-routes.ts';
import type { ServerIngestOptions } from './ingest-request.ts';
import { pageRoutes } from './page-routes.ts';
import { htmlError, jsonError, type ServerContext } from './server-context.ts';
import { loadStaticAssets, WEB_DIRECTORY } from './static-assets.ts';
import type { Store } from '../store/index.ts';

/** Nothing loads from elsewhere, nothing inline runs or styles, forms post only here, no framing. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'self'",
  "script-src 'self'",
  "img-src 'self' data:",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

export interface AppOptions {
  readonly store: Store;
  /** Enables ingest (API and form) for requests that present it; without it the server is read-only. */
  readonly token?: string;
  readonly ingestOptions?: ServerIngestOptions;
  readonly version?: string;
  /** Directory of the UI's static files; default web/ of this repository. */
  readonly webDirectory?: string;
  /** Told about every error that became a 500 (the CLI prints it); the client sees only a code. */
  readonly onError?: (error: Error) => void;
}

export function createApp(options: AppOptions): Hono {
  const server: ServerContext = {
    store: options.store,
    ...(options.token === undefined ? {} : { token: options.token }),
    ingestOptions: options.ingestOptions ?? {},
    version: options.version ?? '0.1.0',
  };
  const assets = loadStaticAssets(options.webDirectory ?? WEB_DIRECTORY);
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    c.res.headers.set('Referrer-Policy', 'no-referrer');
    c.res.headers.set('X-Frame-Options', 'DENY');
    c.res.headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    c.res.headers.set('Cross-Origin-Resource-Policy', 'same-origin');
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
  });

  app.get('/static/:name', (c) => {
    const asset = assets.get(c.req.param('name'));
    if (asset === undefined) return htmlError(c, server, 'http/not-found', 'No such file.');
    return c.body(asset.body.slice(), 200, {
      'Content-Type': asset.type,
      'Cache-Control': 'public, max-age=3600',
    });
  });

  app.route('/api', apiRoutes(server));
  app.route('/', pageRoutes(server));

  const isApi = (path: string): boolean => path === '/api' || path.startsWith('/api/');
  app.notFound((c) =>
    isApi(c.req.path)
      ? jsonError(c, 'http/not-found', `no API route ${c.req.method} ${c.req.path}`)
      : htmlError(c, server, 'http/not-found', 'No page here.'),
  );
  app.onError((error, c) => {
    options.onError?.(error);
    return isApi(c.req.path)
      ? jsonError(c, 'http/internal', 'the server failed on this request')
      : htmlError(c, server, 'http/internal', 'The server failed on this request.');
  });
  return app;
}
