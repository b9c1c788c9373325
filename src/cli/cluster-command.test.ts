import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hashId } from '../core/index.ts';
import type { CliIo } from './io.ts';
import { main } from './main.ts';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/stories/cluster-cli/', import.meta.url));

/** Runs `corroborate cluster …` in-process. */
async function run(args: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (t) => (out += t), stderr: (t) => (err += t), interactive: false, env: {} };
  const code = await main(['node', 'corroborate', 'cluster', ...args], io);
  return { code, out, err };
}

const parseLines = (text: string): Record<string, unknown>[] =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('corroborate cluster', () => {
  it('prints one {id, story} line per item in file order and exits 0 on clean input', async () => {
    const result = await run(['--input', `${FIXTURES}clean.jsonl`]);
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    const story = hashId('s', 'b1');
    expect(parseLines(result.out)).toEqual([
      { id: 'b1', story },
      { id: 'b2', story: hashId('s', 'b2') },
      { id: 'b3', story },
    ]);
  });

  it('reports each bad line on stderr by line number, keeps going, and exits 1', async () => {
    const result = await run(['--input', `${FIXTURES}mixed.jsonl`]);
    expect(result.code).toBe(1);
    const lines = parseLines(result.out);
    expect(lines.map((line) => line['id'] ?? `line ${String(line['line'])}`)).toEqual([
      'a1',
      'a2',
      'line 3',
      'a3',
      'a1',
      'a4',
      'a5',
      'a6',
    ]);
    expect(
      lines.filter((line) => 'error' in line).map((line) => (line['error'] as { code: string }).code),
    ).toEqual(['ingest/invalid-json', 'stories/empty-item', 'stories/duplicate-id']);
    expect(result.err).toContain('mixed.jsonl:3');
    expect(result.err).toMatch(/warning stories\/unsorted-time \S+mixed\.jsonl:7/);
    expect(result.err).toMatch(/warning stories\/missing-time \S+mixed\.jsonl:9/);
    const storyOf = new Map(
      lines.filter((line) => 'story' in line).map((line) => [line['id'], line['story']]),
    );
    expect(storyOf.get('a6')).toBe(storyOf.get('a1'));
    expect(storyOf.get('a5')).toBe(storyOf.get('a4'));
    expect(storyOf.get('a4')).not.toBe(storyOf.get('a1'));
  });

  it('prints stories with a representative title in --format json', async () => {
    const result = await run(['--input', `${FIXTURES}clean.jsonl`, '--format', 'json']);
    const report = JSON.parse(result.out) as { stories: { title: string; itemIds: string[] }[] };
    expect(report.stories.map((story) => story.itemIds)).toEqual([['b1', 'b3'], ['b2']]);
    expect(report.stories[1]?.title).toBe('Apple releases iOS 7.1 update with CarPlay');
  });

  it('fails on empty or missing input with a coded diagnostic', async () => {
    const empty = await run(['--input', `${FIXTURES}empty.jsonl`]);
    expect(empty.code).toBe(1);
    expect(empty.err).toContain('ingest/empty-input');
    const missing = await run(['--input', `${FIXTURES}no-such-file.jsonl`]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('ingest/not-found');
  });

  it('is a usage error without --input or with an unknown format', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['--input', `${FIXTURES}clean.jsonl`, '--format', 'csv'])).code).toBe(2);
  });
});
