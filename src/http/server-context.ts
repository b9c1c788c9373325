// What every route shares: the store, the ingest token, and the helpers that turn requests into checked values
// and problems into JSON or HTML error responses with proper status codes.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import type { Store } from '../store/index.ts';
import { httpUrlSchema, type ErrorBody, type ErrorCode } from './api-schemas.ts';
import { markup } from './html.ts';
import type { IngestItem, IngestWork, ServerIngestOptions } from './ingest-request.ts';
import { renderPage } from './layout.ts';
import { MAX_INGEST_ITEMS } from './thresholds.ts';

export interface ServerContext {
  readonly store: Store;
  /** Ingest is enabled only with a token. */
  readonly token?: string;
  readonly ingestOptions: ServerIngestOptions;
  readonly version: string;
}

export const STATUS_OF: Readonly<Record<ErrorCode, ContentfulStatusCode>> = {
  'http/bad-request': 400,
  'http/unauthorized': 401,
  'http/ingest-disabled': 403,
  'http/not-found': 404,
  'http/payload-too-large': 413,
  'http/unsupported-media-type': 415,
  'http/internal': 500,
};

export function jsonError(c: Context, code: ErrorCode, message: string): Response {
  const body: ErrorBody = { error: { code, message } };
  if (code === 'http/unauthorized') c.header('WWW-Authenticate', 'Bearer');
  return c.json(body, STATUS_OF[code]);
}

export function htmlError(c: Context, server: ServerContext, code: ErrorCode, message: string): Response {
  const status = STATUS_OF[code];
  const body = markup`<h1>${String(status)}</h1>
    <p class="error">${message}</p>
    <p><a href="/">All stories</a></p>`;
  return c.html(
    renderPage({ title: `Error ${status}`, body, ingestEnabled: server.token !== undefined }),
    status,
  );
}

/** Compares in constant time (of the hashes), so response timing does not reveal how much of a guess matched. */
export function tokenMatches(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const digest = (value: string): Buffer => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(expected), digest(given));
}

export function bearerToken(c: Context): string | undefined {
  const header = c.req.header('authorization');
  const match = header === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

/** A zod failure as one line: `limit: Too big: expected number to be <=500`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`)
    .join('; ');
}

type FormValue = string | File | (string | File)[];

function valuesOf(form: Readonly<Record<string, FormValue>>, key: string): (string | File)[] {
  const value = form[key];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** URLs (one per line in `urls` fields), every non-empty uploaded file, and pasted text
 *  (`textContent`, named by `textName`) from a multipart or URL-encoded form. */
export async function workFromForm(form: Readonly<Record<string, FormValue>>): Promise<IngestWork> {
  const urls = valuesOf(form, 'urls')
    .filter((v): v is string => typeof v === 'string')
    .flatMap((v) => v.split(/\r?\n/))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  const items: IngestItem[] = [];
  for (const value of Object.values(form).flatMap((v) => (Array.isArray(v) ? v : [v]))) {
    if (typeof value === 'string' || value.size === 0) continue;
    items.push({ name: value.name, content: new Uint8Array(await value.arrayBuffer()) });
  }
  const pasted = valuesOf(form, 'textContent').find(
    (v): v is string => typeof v === 'string' && v.trim() !== '',
  );
  if (pasted !== undefined) {
    const name = valuesOf(form, 'textName').find(
      (v): v is string => typeof v === 'string' && v.trim() !== '',
    );
    items.push({ name: name?.trim() ?? 'pasted.txt', content: pasted });
  }
  return { urls, items };
}

/** What is wrong with a request's ingest work, or undefined when it can run. */
export function checkIngestWork(work: IngestWork): string | undefined {
  if (work.urls.length + work.items.length === 0) return 'expected at least one URL, file or pasted text';
  if (work.urls.length + work.items.length > MAX_INGEST_ITEMS) {
    return `expected at most ${MAX_INGEST_ITEMS} URLs and texts together, found ${work.urls.length + work.items.length}`;
  }
  const bad = work.urls.find((url) => !httpUrlSchema.safeParse(url).success);
  return bad === undefined ? undefined : `expected http(s) URLs, found "${bad.slice(0, 200)}"`;
}
