import { describe, expect, it } from 'vitest';
import { checkHost, classifyAddress } from './address.ts';

describe('classifyAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.10.3', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'shared'],
    ['169.254.169.254', 'link-local'],
    ['224.0.0.251', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['198.18.0.1', 'benchmarking'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.1.2.3', 'private'],
    ['::ffff:a9fe:a9fe', 'link-local'],
    ['64:ff9b::a00:1', 'private'],
    ['2002:c0a8:0101::1', 'private'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456:789a::1', 'unique-local'],
    ['fe80::1%eth0', 'link-local'],
    ['fec0::1', 'site-local'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'documentation'],
  ])('puts %s in the %s range', (address, range) => {
    expect(classifyAddress(address)).toBe(range);
  });

  it.each(['93.184.215.14', '8.8.8.8', '172.32.0.1', '192.169.0.1', '2606:4700::1111', '::ffff:8.8.8.8'])(
    'treats %s as public',
    (address) => {
      expect(classifyAddress(address)).toBeUndefined();
    },
  );
});

describe('checkHost', () => {
  it('blocks a name when any of its addresses is private, since the connection may use any', async () => {
    const check = await checkHost('mixed.example', () => Promise.resolve(['93.184.215.14', 'fd00::7']));
    expect(check).toEqual({ kind: 'blocked', address: 'fd00::7', range: 'unique-local' });
  });

  it('passes a name whose addresses are all public', async () => {
    const check = await checkHost('news.example', () =>
      Promise.resolve(['93.184.215.14', '2606:4700::1111']),
    );
    expect(check.kind).toBe('public');
  });

  it('judges IP literals and localhost names without asking the resolver', async () => {
    const resolve = (): Promise<readonly string[]> => Promise.reject(new Error('resolver must not be asked'));
    expect((await checkHost('[::1]', resolve)).kind).toBe('blocked');
    expect((await checkHost('8.8.8.8', resolve)).kind).toBe('public');
    expect((await checkHost('api.localhost', resolve)).kind).toBe('blocked');
    expect((await checkHost('LOCALHOST.', resolve)).kind).toBe('blocked');
  });

  it('reports a name that does not resolve', async () => {
    const failure = Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
    const check = await checkHost('nowhere.example', () => Promise.reject(failure));
    expect(check).toEqual({ kind: 'unresolvable', reason: 'ENOTFOUND' });
  });
});
