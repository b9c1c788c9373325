// Runs one ingest request: pasted and uploaded texts are read in memory (their source is `upload:<name>`)
// with the URLs, through the same pipeline as `corroborate ingest`, and the stories they touch are analysed
// before the answer. Requests run one at a time.
import { toReportDiagnostic } from '../brief/index.ts';
import { analyseStories, ingestIntoStore } from '../pipeline/index.ts';
import type { IngestInput, IngestOptions } from '../ingest/index.ts';
import type { Store } from '../store/index.ts';
import type { IngestResult } from './api-schemas.ts';

export interface IngestItem {
  readonly name: string;
  readonly content: string | Uint8Array;
}

export interface IngestWork {
  readonly urls: readonly string[];
  readonly items: readonly IngestItem[];
}

/** Options the server passes to ingestion: never `allowPrivate` (a web client must not reach the server's
 *  own network) and never another fetch. */
export type ServerIngestOptions = Pick<IngestOptions, 'timeoutMs' | 'now'>;

/** A name safe to show and to read the kind from: the base name, with anything but letters, digits, dot, dash
 *  and underscore replaced, and `.txt` added when it has no extension (pasted text is plain text unless named
 *  otherwise). */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .replace(/[^\p{L}\p{N}._-]/gu, '_')
    .replace(/^\.+/, '')
    .slice(0, 120);
  const named = cleaned === '' ? 'pasted' : cleaned;
  return /\.[\p{L}\p{N}]{1,8}$/u.test(named) ? named : `${named}.txt`;
}

function inlineInputs(items: readonly IngestItem[]): IngestInput[] {
  const encoder = new TextEncoder();
  return items.map((item) => ({
    name: safeFileName(item.name),
    content: typeof item.content === 'string' ? encoder.encode(item.content) : item.content,
  }));
}

const queues = new WeakMap<Store, Promise<unknown>>();

/** One at a time per store: a second request waits for the first, so batches from two clients never
 *  interleave their clustering. */
function serialized<T>(store: Store, work: () => Promise<T>): Promise<T> {
  const next = (queues.get(store) ?? Promise.resolve()).then(work, work);
  // The queue only orders the work: each caller gets its own result or error from `next`.
  queues.set(
    store,
    next.then(
      () => undefined,
      () => undefined,
    ),
  );
  return next;
}

export function runIngest(
  store: Store,
  work: IngestWork,
  options: ServerIngestOptions,
): Promise<IngestResult> {
  return serialized(store, async () => {
    const summary = await ingestIntoStore(store, [...work.urls, ...inlineInputs(work.items)], {
      ...options,
      allowPrivate: false,
    });
    analyseStories(store, summary.touchedStoryIds);
    const count = (status: string): number => summary.outcomes.filter((o) => o.status === status).length;
    const storyIds = new Set<string>();
    for (const id of summary.articleIds) {
      const storyId = store.storyOfArticle(id);
      if (storyId !== undefined) storyIds.add(storyId);
    }
    return {
      added: count('added'),
      unchanged: count('unchanged'),
      newLocations: count('new-location'),
      failed: [...summary.failedSources],
      articleIds: [...summary.articleIds],
      storyIds: [...storyIds],
      diagnostics: summary.diagnostics.map(toReportDiagnostic),
    };
  });
}
