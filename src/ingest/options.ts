// The public shape of ingestion (options in, events out) and the settings every reader shares.
import { ConfigurationError, type Diagnostic } from '../core/index.ts';
import type { FetchSettings } from './fetch-resource.ts';
import { guardedFetch } from './guarded-fetch.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT_MS } from './thresholds.ts';
import type { RawDocument } from './types.ts';

export interface IngestOptions {
  /** Fetch loopback, private, link-local and other non-public addresses; default false. */
  readonly allowPrivate?: boolean;
  /** Per URL, lookup to last byte; default DEFAULT_TIMEOUT_MS. */
  readonly timeoutMs?: number;
  /** Per item (file, response, gunzipped file, JSON line); default DEFAULT_MAX_BYTES. */
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
  /** Injectable; defaults to a fetch that re-checks addresses at connect time (or the global fetch with allowPrivate). */
  readonly fetch?: typeof globalThis.fetch;
  readonly now?: () => Date;
}

export type IngestEvent =
  | { readonly kind: 'document'; readonly document: RawDocument }
  | { readonly kind: 'diagnostic'; readonly diagnostic: Diagnostic };

export interface IngestContext {
  readonly fetchSettings: FetchSettings;
  readonly maxBytes: number;
  /** ISO time for `fetchedAt`. */
  readonly now: () => string;
}

function positiveInteger(
  name: string,
  value: number | undefined,
  fallback: number,
  allowZero = false,
): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < (allowZero ? 0 : 1)) {
    throw new ConfigurationError(
      `expected ingest option ${name} to be a ${allowZero ? 'non-negative' : 'positive'} integer, found ${value}`,
    );
  }
  return value;
}

/** Fills defaults and rejects nonsensical limits (a configuration error, thrown). */
export function resolveContext(options: IngestOptions, signal: AbortSignal): IngestContext {
  const maxBytes = positiveInteger('maxBytes', options.maxBytes, DEFAULT_MAX_BYTES);
  const now = options.now ?? (() => new Date());
  return {
    maxBytes,
    now: () => now().toISOString(),
    fetchSettings: {
      allowPrivate: options.allowPrivate ?? false,
      timeoutMs: positiveInteger('timeoutMs', options.timeoutMs, DEFAULT_TIMEOUT_MS),
      maxBytes,
      maxRedirects: positiveInteger('maxRedirects', options.maxRedirects, DEFAULT_MAX_REDIRECTS, true),
      fetch:
        options.fetch ??
        ((options.allowPrivate ?? false) ? (input, init) => globalThis.fetch(input, init) : guardedFetch),
      signal,
    },
  };
}
