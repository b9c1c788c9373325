// Tagging on a worker thread (worker.ts, bundled by bin/bundle.js): texts are sent as they arrive and the
// mentions collected at the end. Anything the worker did not answer is tagged on the calling thread by the
// caller, so a failed worker costs time, never results.
import { Worker } from 'node:worker_threads';
import type { Result } from '../../core/index.ts';
import type { EntityMention } from './mention-types.ts';

export interface MentionRequest {
  readonly id: string;
  readonly text: string;
}

export interface MentionReply {
  readonly id: string;
  readonly result: Result<readonly EntityMention[]>;
}

export interface MentionsOfText {
  readonly text: string;
  readonly result: Result<readonly EntityMention[]>;
}

export interface MentionWorker {
  /** Queues a text; the same id twice is tagged once. */
  submit(id: string, text: string): void;
  /** Waits for every queued text and stops the worker: the mentions by id (texts it failed on are absent). */
  finish(): Promise<ReadonlyMap<string, MentionsOfText>>;
  /** Stops the worker at once (after an error elsewhere). */
  close(): Promise<void>;
}

/** Starts a worker from a script that runs worker.ts (a bundled module: plain JavaScript), or takes over one
 *  already started from such a script. */
export function startMentionWorker(script: string | URL | Worker): MentionWorker {
  const results = new Map<string, MentionsOfText>();
  const submitted = new Map<string, string>();
  let failed = false;
  let settle: (() => void) | undefined;
  const worker = script instanceof Worker ? script : new Worker(script);
  // The process may end (an error, a usage error) without waiting for the worker.
  worker.unref();
  const done = (): boolean => failed || results.size === submitted.size;
  worker.on('message', (reply: MentionReply) => {
    const text = submitted.get(reply.id);
    if (text !== undefined) results.set(reply.id, { text, result: reply.result });
    if (done()) settle?.();
  });
  const stop = (): void => {
    failed = true;
    settle?.();
  };
  worker.on('error', stop);
  worker.on('exit', stop);
  // A worker started earlier may have ended already (its threadId is then -1).
  if (worker.threadId < 0) failed = true;
  return {
    submit(id, text) {
      if (failed || submitted.has(id)) return;
      submitted.set(id, text);
      const request: MentionRequest = { id, text };
      worker.postMessage(request);
    },
    async finish() {
      if (!done()) await new Promise<void>((resolve) => (settle = resolve));
      await this.close();
      return results;
    },
    async close() {
      failed = true;
      worker.removeAllListeners();
      await worker.terminate();
    },
  };
}
