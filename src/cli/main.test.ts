import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analysisReportSchema } from '../brief/index.ts';
import type { CliIo } from './io.ts';
import { main } from './main.ts';

const FIXTURES = new URL('../../test/fixtures/cli/mixed/', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'corroborate-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function run(
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (text) => (out += text),
    stderr: (text) => (err += text),
    interactive: false,
    env,
  };
  const code = await main(['node', 'corroborate', ...args], io);
  return { code, out, err };
}

describe('corroborate CLI', () => {
  it.each([[], ['analyze'], ['extract'], ['ingest'], ['stories'], ['cluster'], ['ner'], ['stance']])(
    'prints help for %j --help and exits 0',
    async (...cmd) => {
      const result = await run([...cmd, '--help']);
      expect(result.code).toBe(0);
      expect(result.out).toMatch(/Usage: corroborate/);
    },
  );

  it('exits 2 on a usage error', async () => {
    expect((await run(['analyze', '--no-such-flag', 'x'])).code).toBe(2);
    expect((await run(['extract'])).code).toBe(2);
    expect((await run(['extract', '--format', 'yaml', FIXTURES])).code).toBe(2);
    expect((await run([])).code).toBe(2);
  });

  it('prints one JSON line per input and exits 1 when one input fails', async () => {
    const result = await run(['extract', '--format', 'jsonl', FIXTURES]);
    expect(result.code).toBe(1);
    const lines = result.out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    const bySource = new Map(lines.map((line) => [String(line['source']).split('/').pop(), line]));
    expect(bySource.get('council-vote.txt')).toMatchObject({
      title: 'Town Council Approves New Library Budget',
      byline: 'Martha Okonkwo',
      method: 'text-lines',
      lang: 'en',
    });
    expect(bySource.get('council-vote.txt')?.['removed']).toEqual(expect.arrayContaining(['Share this:']));
    expect(bySource.get('empty.txt')).toMatchObject({
      error: { code: expect.stringMatching(/empty/) as unknown },
    });
    expect(result.err).toContain('empty.txt');
  });

  it('ingests into a database and changes nothing when the same input is ingested again', async () => {
    const db = join(scratch, 'twice.db');
    const first = await run(['ingest', '--db', db, FIXTURES]);
    expect(first.out).toMatch(/^added 2 · unchanged 0 · new locations 0 · failed 1/);
    expect(first.out).toContain('empty.txt');
    expect(first.code).toBe(1);
    const second = await run(['ingest', FIXTURES], { CORROBORATE_DB: db });
    expect(second.out).toMatch(/^added 0 · unchanged 2 · new locations 0 · failed 1/);
  });

  it('counts a copy of a known text at a new place as a new location, not a new article', async () => {
    const db = join(scratch, 'copies.db');
    const copyDir = join(scratch, 'copy');
    mkdirSync(copyDir);
    cpSync(join(FIXTURES, 'council-vote.txt'), join(copyDir, 'same-text.txt'));
    await run(['ingest', '--db', db, join(FIXTURES, 'council-vote.txt')]);
    const result = await run(['ingest', '--db', db, copyDir]);
    expect(result.out).toMatch(/^added 0 · unchanged 0 · new locations 1 · failed 0/);
    expect(result.code).toBe(0);
  });

  it('analyzes into the JSON contract', async () => {
    const result = await run(['analyze', '--format', 'json', FIXTURES]);
    const report = analysisReportSchema.parse(JSON.parse(result.out));
    expect(report.articles).toHaveLength(2);
    // Two unrelated articles: two stories of one article each, every article in exactly one.
    expect(report.stories.map((s) => s.articleIds.length)).toEqual([1, 1]);
    expect(new Set(report.stories.flatMap((s) => s.articleIds))).toEqual(
      new Set(report.articles.map((a) => a.id)),
    );
    expect(report.diagnostics.map((d) => d.code)).toEqual(
      expect.arrayContaining([expect.stringMatching(/empty/)]),
    );
    expect(result.code).toBe(1);
  });

  it('keeps hostile article text inert in HTML output', async () => {
    const result = await run(['analyze', '--format', 'html', join(FIXTURES, 'hostile.html')]);
    expect(result.out).not.toContain('<script>');
    expect(result.out).toContain('&lt;script&gt;alert(');
  });

  it('lists the stories kept in a database', async () => {
    const db = join(scratch, 'stories.db');
    const ingested = await run(['ingest', '--db', db, FIXTURES]);
    expect(ingested.out).toMatch(/· stories analysed 2\n/);
    const listed = await run(['stories', '--db', db, '--format', 'jsonl']);
    expect(listed.code).toBe(0);
    const rows = listed.out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { title: string; articleCount: number; contested?: number });
    expect(rows.map((r) => r.title).sort()).toEqual([
      'Harbour board meets after the storm',
      'Town Council Approves New Library Budget',
    ]);
    expect(rows.every((r) => r.articleCount === 1 && r.contested === 0)).toBe(true);
    // Ingesting again changes nothing, so there is nothing to analyse.
    expect((await run(['ingest', '--db', db, FIXTURES])).out).toMatch(/· stories analysed 0\n/);
  });

  it('renders Markdown and text formats', async () => {
    const md = await run(['analyze', '--format', 'md', join(FIXTURES, 'council-vote.txt')]);
    expect(md.out).toContain('### Town Council Approves New Library Budget');
    const text = await run(['analyze', join(FIXTURES, 'council-vote.txt')]);
    expect(text.out).toContain('# Town Council Approves New Library Budget');
    expect(text.out).toContain('== Town Council Approves New Library Budget');
    expect(text.code).toBe(0);
  });
});
