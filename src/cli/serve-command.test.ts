import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from './io.ts';
import { main } from './main.ts';

const scratch = mkdtempSync(join(tmpdir(), 'corroborate-serve-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function capture(env: Record<string, string> = {}): { io: CliIo; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    io: { stdout: (t) => (out += t), stderr: (t) => (err += t), interactive: false, env },
    out: () => out,
    err: () => err,
  };
}

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('expected the server to start within 10 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('corroborate serve', () => {
  it('serves the store on the address it prints until interrupted, then exits 0', async () => {
    const { io, out } = capture();
    const running = main(['node', 'corroborate', 'serve', '--db', join(scratch, 'a.db'), '--port', '0'], io);
    await until(() => out().includes('serving'));
    const url = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out())?.[1];
    expect(out()).toContain('read-only');
    const response = await fetch(`${url}/api/stories`);
    expect(await response.json()).toMatchObject({ total: 0, stories: [] });
    process.emit('SIGINT');
    expect(await running).toBe(0);
  });

  it('takes the token from CORROBORATE_TOKEN and refuses a short one', async () => {
    const short = capture({ CORROBORATE_TOKEN: 'short' });
    const args = ['node', 'corroborate', 'serve', '--db', join(scratch, 'b.db'), '--port', '0'];
    expect(await main(args, short.io)).toBe(2);
    expect(short.err()).toMatch(/at least 16 characters/);

    const good = capture({ CORROBORATE_TOKEN: 'x'.repeat(24) });
    const running = main(args, good.io);
    await until(() => good.out().includes('serving'));
    expect(good.out()).toContain('ingest enabled');
    process.emit('SIGTERM');
    expect(await running).toBe(0);
  });

  it('exits 2 on a bad port', async () => {
    const { io } = capture();
    expect(await main(['node', 'corroborate', 'serve', '--port', '70000'], io)).toBe(2);
  });
});
