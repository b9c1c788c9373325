// Fetches one URL under the ingestion rules: every hop's host checked against private ranges before
// connecting, redirects followed by hand and counted, one deadline for the whole exchange, body capped.
import { diagnostic, type Result } from '../core/index.ts';
import { checkHost } from './address.ts';

export interface FetchSettings {
  readonly allowPrivate: boolean;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
  readonly fetch: typeof globalThis.fetch;
  /** Aborts the request when the caller stops listening. */
  readonly signal?: AbortSignal;
  /** Resolves a host name to all its addresses; defaults to node:dns lookup. */
  readonly resolve?: (hostname: string) => Promise<readonly string[]>;
}

export interface FetchedResource {
  /** Where the bytes finally came from, after redirects. */
  readonly url: string;
  readonly contentType?: string;
  readonly bytes: Uint8Array;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const REQUEST_HEADERS = {
  'user-agent': 'corroborate/0.1 (news cross-checking)',
  accept:
    'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,' +
    'application/json;q=0.9,text/plain;q=0.8,*/*;q=0.5',
};

class FetchFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Fetches `url`; every failure is a fatal diagnostic naming `source`, never a thrown error. */
export async function fetchResource(
  url: string,
  settings: FetchSettings,
  source: string,
): Promise<Result<FetchedResource | undefined>> {
  const fail = (code: string, message: string): Result<undefined> => ({
    value: undefined,
    diagnostics: [diagnostic('fatal', code, message, { source })],
  });
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    return fail('ingest/bad-url', `not a valid URL: ${url}`);
  }
  if (current.protocol !== 'http:' && current.protocol !== 'https:') {
    return fail('ingest/bad-url', `only http and https URLs can be fetched, found ${current.protocol}`);
  }
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, settings.timeoutMs);
  const onOuterAbort = (): void => controller.abort();
  settings.signal?.addEventListener('abort', onOuterAbort, { once: true });
  const deadline = new Promise<never>((_resolve, reject) => {
    controller.signal.addEventListener('abort', () => reject(new FetchFailure('ingest/timeout', 'aborted')), {
      once: true,
    });
  });
  // Both promises settle; whichever loses the race has its outcome reported by the winner's branch below.
  deadline.catch(() => undefined);
  const work = fetchFollowing(current, settings, controller.signal);
  work.catch(() => undefined);
  try {
    const value = await Promise.race([work, deadline]);
    return { value, diagnostics: [] };
  } catch (error) {
    if (timedOut) return fail('ingest/timeout', `no complete response within ${settings.timeoutMs} ms`);
    if (settings.signal?.aborted === true) {
      return fail('ingest/cancelled', 'stopped before the response arrived');
    }
    if (error instanceof FetchFailure) return fail(error.code, error.message);
    return fail('ingest/unreachable', `could not fetch ${current.href}: ${describeNetworkError(error)}`);
  } finally {
    clearTimeout(timer);
    settings.signal?.removeEventListener('abort', onOuterAbort);
  }
}

async function fetchFollowing(
  start: URL,
  settings: FetchSettings,
  signal: AbortSignal,
): Promise<FetchedResource> {
  let current = start;
  for (let redirects = 0; ; redirects += 1) {
    if (!settings.allowPrivate) await assertPublicHost(current, settings);
    const response = await settings.fetch(current.href, {
      redirect: 'manual',
      signal,
      headers: REQUEST_HEADERS,
    });
    const location = response.headers.get('location');
    if (REDIRECT_STATUSES.has(response.status) && location !== null) {
      await response.body?.cancel();
      if (redirects >= settings.maxRedirects) {
        throw new FetchFailure(
          'ingest/too-many-redirects',
          `more than ${settings.maxRedirects} redirects (last to ${location})`,
        );
      }
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        throw new FetchFailure('ingest/bad-url', `redirect to an invalid URL: ${location}`);
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        throw new FetchFailure('ingest/bad-url', `redirect to a non-http URL: ${next.href}`);
      }
      current = next;
      continue;
    }
    if (response.status < 200 || response.status > 299) {
      await response.body?.cancel();
      throw new FetchFailure('ingest/http-status', `HTTP ${response.status} from ${current.href}`);
    }
    const declaredLength = Number(response.headers.get('content-length'));
    if (Number.isFinite(declaredLength) && declaredLength > settings.maxBytes) {
      await response.body?.cancel();
      throw new FetchFailure(
        'ingest/too-large',
        `response declares ${declaredLength} bytes, over the ${settings.maxBytes}-byte limit`,
      );
    }
    const bytes = await readCapped(response, settings.maxBytes);
    const contentType = response.headers.get('content-type') ?? undefined;
    return { url: current.href, ...(contentType === undefined ? {} : { contentType }), bytes };
  }
}

async function assertPublicHost(url: URL, settings: FetchSettings): Promise<void> {
  const check = await checkHost(url.hostname, settings.resolve);
  if (check.kind === 'blocked') {
    throw new FetchFailure(
      'ingest/private-address',
      `refused ${url.host}: ${check.address} is a ${check.range} address (allowPrivate is off)`,
    );
  }
  if (check.kind === 'unresolvable') {
    throw new FetchFailure('ingest/unreachable', `could not resolve ${url.hostname}: ${check.reason}`);
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (response.body === null) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > maxBytes) {
      await reader.cancel();
      throw new FetchFailure('ingest/too-large', `response body passed the ${maxBytes}-byte limit`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return error instanceof Error ? error.message : String(error);
}
