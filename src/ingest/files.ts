// Reads path inputs: one file, or a directory walked in sorted order. JSON-lines files are streamed so a
// large collection never sits in memory whole.
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { createGunzip } from 'node:zlib';
import { diagnostic } from '../core/index.ts';
import { kindFromExtension } from './content-kind.ts';
import { expandContent, expandJsonLines } from './expand.ts';
import { innerName, isGzip } from './gzip.ts';
import { splitLines } from './json-articles.ts';
import type { IngestContext, IngestEvent } from './options.ts';
import { MAX_STREAMED_BYTES } from './thresholds.ts';
import { walkFiles } from './walk.ts';

function problem(
  severity: 'fatal' | 'warning' | 'info',
  code: string,
  message: string,
  source: string,
): IngestEvent {
  return { kind: 'diagnostic', diagnostic: diagnostic(severity, code, message, { source }) };
}

function fileProblem(error: unknown, source: string): IngestEvent {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return problem('fatal', 'ingest/not-found', 'no such file or directory', source);
  }
  const reason = error instanceof Error ? error.message : String(error);
  return problem('fatal', 'ingest/unreadable', `cannot read: ${reason}`, source);
}

/** A file path or a directory path as the user gave it. */
export async function* ingestPath(input: string, context: IngestContext): AsyncGenerator<IngestEvent> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(input);
  } catch (error) {
    yield fileProblem(error, input);
    return;
  }
  if (info.isFile()) {
    yield* ingestFile(input, Number(info.size), context);
    return;
  }
  if (!info.isDirectory()) {
    yield problem('fatal', 'ingest/unsupported-type', 'not a regular file or directory', input);
    return;
  }
  let files = 0;
  for await (const entry of walkFiles(input)) {
    if (entry.kind === 'error') {
      yield fileProblem(entry.error, entry.path);
      continue;
    }
    // In a walk only names that promise a readable kind are opened (extension-less files are sniffed):
    // a saved page's folder of images and scripts must not be read as articles.
    const inner = innerName(basename(entry.path));
    if (!inner.includes('.') || kindFromExtension(inner) !== undefined) {
      files += 1;
      let size: number;
      try {
        size = (await stat(entry.path)).size;
      } catch (error) {
        yield fileProblem(error, entry.path);
        continue;
      }
      yield* ingestFile(entry.path, size, context);
    } else {
      yield problem(
        'info',
        'ingest/unsupported-type',
        'skipped: extension is not one ingestion reads',
        entry.path,
      );
    }
  }
  if (files === 0) yield problem('warning', 'ingest/empty', 'directory holds no readable files', input);
}

async function* ingestFile(path: string, size: number, context: IngestContext): AsyncGenerator<IngestEvent> {
  if (size === 0) {
    yield problem('fatal', 'ingest/empty', 'file is empty', path);
    return;
  }
  let gzipped: boolean;
  try {
    gzipped = await startsWithGzip(path);
  } catch (error) {
    yield fileProblem(error, path);
    return;
  }
  const name = gzipped ? innerName(path) : path;
  if (kindFromExtension(name) === 'jsonl') {
    yield* streamJsonLines(path, gzipped, context);
    return;
  }
  if (size > context.maxBytes) {
    yield problem(
      'fatal',
      'ingest/too-large',
      `file is ${size} bytes, over the ${context.maxBytes}-byte limit`,
      path,
    );
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    yield fileProblem(error, path);
    return;
  }
  yield* expandContent({ source: path, name: path, bytes, fetchedAt: context.now() }, context);
}

async function startsWithGzip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return isGzip(head.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

async function* streamJsonLines(
  path: string,
  gzipped: boolean,
  context: IngestContext,
): AsyncGenerator<IngestEvent> {
  const file = createReadStream(path);
  const stream = gzipped ? file.pipe(createGunzip()) : file;
  if (gzipped) file.on('error', (error) => stream.destroy(error));
  try {
    const lines = splitLines(stream as AsyncIterable<Uint8Array>, context.maxBytes, MAX_STREAMED_BYTES);
    yield* expandJsonLines(lines, { source: path, fetchedAt: context.now() }, context);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && code.startsWith('Z_')) {
      yield problem('fatal', 'ingest/bad-gzip', `gzip content is corrupt: ${(error as Error).message}`, path);
    } else {
      yield fileProblem(error, path);
    }
  } finally {
    file.destroy();
    stream.destroy();
  }
}
