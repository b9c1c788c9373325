import { describe, expect, it } from 'vitest';
import { lazyPackage } from './lazy-package.ts';

describe('lazyPackage', () => {
  it('loads a package on the first call and returns the same module after', () => {
    const load = lazyPackage<typeof import('iconv-lite')>('iconv-lite');
    const first = load();
    expect(first.decode(Buffer.from([0xe9]), 'latin1')).toBe('é');
    expect(load()).toBe(first);
  });

  it('throws on the first call, not before, for a package that is not installed', () => {
    const load = lazyPackage('no-such-package-anywhere');
    expect(() => load()).toThrow(/no-such-package-anywhere/);
  });
});
