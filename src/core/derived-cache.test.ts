import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedText, cacheDirectory } from './derived-cache.ts';

const scratch = mkdtempSync(join(tmpdir(), 'corroborate-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('cachedText', () => {
  it('derives a text once, then reads it back from the cache, leaving no partial file', () => {
    let derived = 0;
    const derive = (): string => {
      derived += 1;
      return 'one\ntwo';
    };
    const directory = join(scratch, 'nested', 'cache');
    expect(cachedText('list-1.txt', derive, { directory })).toBe('one\ntwo');
    expect(cachedText('list-1.txt', derive, { directory })).toBe('one\ntwo');
    expect(derived).toBe(1);
    expect(readdirSync(directory)).toEqual(['list-1.txt']);
  });

  it('derives again, and saves, a cached text that is not whole', () => {
    const directory = join(scratch, 'damaged');
    const isWhole = (text: string): boolean => text.endsWith('.');
    expect(cachedText('d.txt', () => 'full.', { directory, isWhole })).toBe('full.');
    writeFileSync(join(directory, 'd.txt'), 'ful');
    expect(cachedText('d.txt', () => 'full again.', { directory, isWhole })).toBe('full again.');
    expect(cachedText('d.txt', () => 'not asked', { directory, isWhole })).toBe('full again.');
  });

  it('derives every time when the cache cannot be written', () => {
    const blocked = join(scratch, 'a-file');
    writeFileSync(blocked, '');
    let derived = 0;
    const derive = (): string => String((derived += 1));
    expect(cachedText('x.txt', derive, { directory: join(blocked, 'cache') })).toBe('1');
    expect(cachedText('x.txt', derive, { directory: join(blocked, 'cache') })).toBe('2');
  });

  it('lives beside the CLI bundle unless CORROBORATE_CACHE_DIR says otherwise', () => {
    expect(cacheDirectory({})).toMatch(/node_modules[/\\]\.cache[/\\]corroborate[/\\]?$/);
    expect(cacheDirectory({ CORROBORATE_CACHE_DIR: '/elsewhere' })).toBe('/elsewhere');
  });
});
