import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from './io.ts';
import { main } from './main.ts';
import { csvField } from './stance-command.ts';

const FIXTURES = new URL('../../test/fixtures/crosscheck/stance-csv/', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'corroborate-stance-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function run(args: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (t) => (out += t), stderr: (t) => (err += t), interactive: false, env: {} };
  const code = await main(['node', 'corroborate', 'stance', ...args], io);
  return { code, out, err };
}

describe('corroborate stance', () => {
  it('prints Headline,Body ID,Stance in input order, reports the bad rows by line and exits 1', async () => {
    const result = await run([
      '--bodies',
      join(FIXTURES, 'bodies.csv'),
      '--pairs',
      join(FIXTURES, 'pairs.csv'),
    ]);
    expect(result.code).toBe(1);
    const rows: string[][] = parse(result.out);
    expect(rows[0]).toEqual(['Headline', 'Body ID', 'Stance']);
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['Marlow Bay council closes old harbour bridge for repairs', '10'],
      ['Giant squid found in city fountain, "witnesses" say', '20'],
      ['Wheat prices climb as dry weather hits harvest', '30'],
      ['Heavy rain floods mountain villages', '30'],
    ]);
    for (const row of rows.slice(1)) expect(['agree', 'disagree', 'discuss', 'unrelated']).toContain(row[2]);
    expect(rows[1]?.[2]).not.toBe('unrelated');
    expect(result.err).toMatch(/stance\/unknown-body .*pairs\.csv:5: .*row 4/);
    expect(result.err).toMatch(/stance\/bad-pair-row .*pairs\.csv:6/);
  });

  it('adds probability columns on request and exits 0 when every row is good', async () => {
    const pairs = join(scratch, 'good-pairs.csv');
    writeFileSync(pairs, 'Body ID,Headline\n30,Wheat prices climb as dry weather hits harvest\n');
    const result = await run(['--bodies', join(FIXTURES, 'bodies.csv'), '--pairs', pairs, '--probabilities']);
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    const rows: string[][] = parse(result.out);
    expect(rows[0]).toEqual(['Headline', 'Body ID', 'Stance', 'agree', 'disagree', 'discuss', 'unrelated']);
    const sum = (rows[1] ?? []).slice(3).reduce((total, p) => total + Number(p), 0);
    expect(sum).toBeCloseTo(1, 2);
  });

  it('prints nothing and exits 1 when a file is missing or lacks its columns', async () => {
    const missing = await run([
      '--bodies',
      join(scratch, 'none.csv'),
      '--pairs',
      join(FIXTURES, 'pairs.csv'),
    ]);
    expect(missing.code).toBe(1);
    expect(missing.out).toBe('');
    expect(missing.err).toContain('stance/unreadable-file');
    const bad = join(scratch, 'bad-pairs.csv');
    writeFileSync(bad, 'Title,Body\nx,10\n');
    const columns = await run(['--bodies', join(FIXTURES, 'bodies.csv'), '--pairs', bad]);
    expect(columns.code).toBe(1);
    expect(columns.err).toContain('stance/missing-column');
  });

  it('quotes fields the way RFC 4180 asks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });
});
