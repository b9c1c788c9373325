import { describe, expect, it } from 'vitest';
import { documentFromJson, splitLines, type LineChunk } from './json-articles.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

async function lines(chunks: readonly string[], maxLine = 1000, maxTotal = 1_000_000): Promise<unknown[]> {
  const result: unknown[] = [];
  for await (const chunk of splitLines(chunks.map(encode), maxLine, maxTotal)) result.push(summarize(chunk));
  return result;
}

function summarize(chunk: LineChunk): unknown {
  if (chunk.kind === 'line') return [chunk.number, new TextDecoder().decode(chunk.bytes)];
  if (chunk.kind === 'too-long') return [chunk.number, 'too long'];
  return 'too much';
}

describe('splitLines', () => {
  it('numbers lines from 1 across chunk boundaries, CRLF and a missing final newline', async () => {
    expect(await lines(['ab', 'c\r\nde', 'f\n\ng'])).toEqual([
      [1, 'abc'],
      [2, 'def'],
      [3, ''],
      [4, 'g'],
    ]);
  });

  it('reports an over-long line and resumes at the next one', async () => {
    expect(await lines(['short\n', 'x'.repeat(30), 'y'.repeat(30), '\nnext\n'], 40)).toEqual([
      [1, 'short'],
      [2, 'too long'],
      [3, 'next'],
    ]);
  });

  it('stops when the stream passes its total limit', async () => {
    expect(await lines(['a\n', 'b\n', 'c\n'], 10, 4)).toEqual([[1, 'a'], [2, 'b'], 'too much']);
  });
});

it('prefers text over html, accepts author for byline and treats null as absent', () => {
  const result = documentFromJson(
    { text: ' Body text. ', html: '<p>Body</p>', author: 'K. Osei', title: null, publisher: 'Gazette' },
    { source: 's', label: 'line 1', fetchedAt: '2025-01-01T00:00:00.000Z', code: 'ingest/bad-json-line' },
  );
  expect(result.diagnostics).toEqual([]);
  expect(result.value).toMatchObject({
    format: 'text',
    contentType: 'text/plain; charset=utf-8',
    metadata: { byline: 'K. Osei', publisher: 'Gazette' },
  });
  expect(new TextDecoder().decode(result.value?.bytes)).toBe('Body text.');
});

it('keeps an article whose url is not absolute, warning and dropping the url', () => {
  const result = documentFromJson(
    { text: 'Body.', url: '/relative/path' },
    { source: 's', label: 'line 2', fetchedAt: '2025-01-01T00:00:00.000Z', code: 'ingest/bad-json-line' },
  );
  expect(result.value?.url).toBeUndefined();
  expect(result.diagnostics.map((d) => [d.severity, d.code])).toEqual([['warning', 'ingest/bad-url']]);
});

it('rejects a record with wrong field types, naming the field', () => {
  const result = documentFromJson(
    { text: 'Body.', title: 42 },
    { source: 's', label: 'line 3', fetchedAt: '2025-01-01T00:00:00.000Z', code: 'ingest/bad-json-line' },
  );
  expect(result.value).toBeUndefined();
  expect(result.diagnostics[0]?.message).toMatch(/^line 3: title: /);
});
