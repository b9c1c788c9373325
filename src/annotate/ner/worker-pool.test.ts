import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { startMentionWorker } from './worker-pool.ts';

const scratch = mkdtempSync(join(tmpdir(), 'corroborate-worker-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function script(name: string, source: string): string {
  const path = join(scratch, name);
  writeFileSync(path, source);
  return path;
}

describe('startMentionWorker', () => {
  it('collects one answer per id, with the text it was found in', async () => {
    // A stand-in worker that calls every capitalised word a person: the protocol is what is tested here; the
    // real worker is tested on its bundle in bin/bundle.test.ts.
    const worker = startMentionWorker(
      script(
        'echo.mjs',
        `import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ id, text }) => {
  const value = [...text.matchAll(/\\p{Lu}\\p{Ll}+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], type: 'person' }));
  parentPort.postMessage({ id, result: { value, diagnostics: [] } });
});`,
      ),
    );
    worker.submit('a', 'Ana met Bo.');
    worker.submit('b', 'no names here');
    worker.submit('a', 'Ana met Bo.');
    const found = await worker.finish();
    expect([...found.keys()].sort()).toEqual(['a', 'b']);
    expect(found.get('a')?.text).toBe('Ana met Bo.');
    expect(found.get('a')?.result.value.map((m) => m.text)).toEqual(['Ana', 'Bo']);
    expect(found.get('b')?.result.value).toEqual([]);
  });

  it('gives up without hanging when the worker fails, returning what it answered', async () => {
    const worker = startMentionWorker(
      script('broken.mjs', `throw new Error('the worker could not start');\n`),
    );
    worker.submit('a', 'Ana met Bo.');
    expect((await worker.finish()).size).toBe(0);
  });

  it('takes over a worker started earlier, and one that has already failed without hanging', async () => {
    const echo = new Worker(
      script(
        'ready.mjs',
        `import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ id }) => parentPort.postMessage({ id, result: { value: [], diagnostics: [] } }));`,
      ),
    );
    const running = startMentionWorker(echo);
    running.submit('a', 'text');
    expect([...(await running.finish()).keys()]).toEqual(['a']);

    const dead = new Worker(script('dead.mjs', `throw new Error('the worker could not start');\n`));
    dead.on('error', () => {});
    await new Promise<void>((resolve) => dead.once('exit', () => resolve()));
    const failed = startMentionWorker(dead);
    failed.submit('a', 'text');
    expect((await failed.finish()).size).toBe(0);
  });

  it('returns at once when nothing was submitted', async () => {
    const worker = startMentionWorker(script('idle.mjs', `import 'node:worker_threads';\n`));
    expect((await worker.finish()).size).toBe(0);
  });
});
