// Guards URL fetching against reaching the machine itself or its private network (SSRF): classifies IP
// addresses and resolves host names before any connection is made.
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/** Why an address may not be fetched; `undefined` from `classifyAddress` means it is public. */
export type BlockedRange =
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'shared'
  | 'link-local'
  | 'unique-local'
  | 'site-local'
  | 'multicast'
  | 'reserved'
  | 'documentation'
  | 'benchmarking'
  | 'broadcast';

interface Ipv4Range {
  readonly base: number;
  readonly prefix: number;
  readonly range: BlockedRange;
}

function ipv4Range(cidr: string, range: BlockedRange): Ipv4Range {
  const [address = '', prefix = '32'] = cidr.split('/');
  const base = parseIpv4(address);
  if (base === undefined) throw new Error(`expected an IPv4 CIDR, found ${cidr}`);
  return { base, prefix: Number(prefix), range };
}

// IANA special-purpose registry entries that are not globally reachable, plus multicast.
const IPV4_BLOCKED: readonly Ipv4Range[] = [
  ipv4Range('0.0.0.0/8', 'unspecified'),
  ipv4Range('10.0.0.0/8', 'private'),
  ipv4Range('100.64.0.0/10', 'shared'),
  ipv4Range('127.0.0.0/8', 'loopback'),
  ipv4Range('169.254.0.0/16', 'link-local'),
  ipv4Range('172.16.0.0/12', 'private'),
  ipv4Range('192.0.0.0/24', 'reserved'),
  ipv4Range('192.0.2.0/24', 'documentation'),
  ipv4Range('192.88.99.0/24', 'reserved'),
  ipv4Range('192.168.0.0/16', 'private'),
  ipv4Range('198.18.0.0/15', 'benchmarking'),
  ipv4Range('198.51.100.0/24', 'documentation'),
  ipv4Range('203.0.113.0/24', 'documentation'),
  ipv4Range('224.0.0.0/4', 'multicast'),
  ipv4Range('255.255.255.255/32', 'broadcast'),
  ipv4Range('240.0.0.0/4', 'reserved'),
];

/** Dotted-quad IPv4 to an unsigned 32-bit number, or undefined when it is not one. */
function parseIpv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = value * 256 + octet;
  }
  return value;
}

function classifyIpv4Number(value: number): BlockedRange | undefined {
  for (const { base, prefix, range } of IPV4_BLOCKED) {
    const size = 2 ** (32 - prefix);
    if (value >= base && value < base + size) return range;
  }
  return undefined;
}

/** IPv6 text (any compression, optional embedded IPv4, optional zone) to eight 16-bit groups. */
function parseIpv6(text: string): number[] | undefined {
  let address = text.split('%')[0] ?? '';
  const groups: number[] = [];
  const lastColon = address.lastIndexOf(':');
  const tail = address.slice(lastColon + 1);
  if (tail.includes('.')) {
    const ipv4 = parseIpv4(tail);
    if (ipv4 === undefined) return undefined;
    address = `${address.slice(0, lastColon + 1)}${(ipv4 >>> 16).toString(16)}:${(ipv4 & 0xffff).toString(16)}`;
  }
  const halves = address.split('::');
  if (halves.length > 2) return undefined;
  const parseGroups = (part: string): number[] | undefined => {
    if (part === '') return [];
    const result: number[] = [];
    for (const group of part.split(':')) {
      if (!/^[0-9a-f]{1,4}$/i.test(group)) return undefined;
      result.push(parseInt(group, 16));
    }
    return result;
  };
  const head = parseGroups(halves[0] ?? '');
  const rest = halves.length === 2 ? parseGroups(halves[1] ?? '') : [];
  if (head === undefined || rest === undefined) return undefined;
  if (halves.length === 1) {
    if (head.length !== 8) return undefined;
    return head;
  }
  const missing = 8 - head.length - rest.length;
  if (missing < 1) return undefined;
  groups.push(...head, ...new Array<number>(missing).fill(0), ...rest);
  return groups;
}

function classifyIpv6Groups(groups: readonly number[]): BlockedRange | undefined {
  const g = (index: number): number => groups[index] ?? 0;
  const embeddedIpv4 = (g(6) * 0x10000 + g(7)) >>> 0;
  const allZeroBefore = (count: number): boolean => groups.slice(0, count).every((x) => x === 0);
  // ::  and  ::1
  if (allZeroBefore(7) && g(7) === 0) return 'unspecified';
  if (allZeroBefore(7) && g(7) === 1) return 'loopback';
  // ::ffff:a.b.c.d (IPv4-mapped) and ::a.b.c.d (deprecated IPv4-compatible) reach the IPv4 address itself.
  if (allZeroBefore(5) && g(5) === 0xffff) return classifyIpv4Number(embeddedIpv4);
  if (allZeroBefore(6)) return classifyIpv4Number(embeddedIpv4) ?? 'reserved';
  // 64:ff9b::/96 NAT64 translates to the embedded IPv4 address; 64:ff9b:1::/48 is for local use.
  if (g(0) === 0x64 && g(1) === 0xff9b && g(2) === 1) return 'private';
  if (g(0) === 0x64 && g(1) === 0xff9b && groups.slice(2, 6).every((x) => x === 0)) {
    return classifyIpv4Number(embeddedIpv4);
  }
  // 2002::/16 6to4 embeds an IPv4 address in bits 16–48.
  if (g(0) === 0x2002) return classifyIpv4Number((g(1) * 0x10000 + g(2)) >>> 0);
  if (g(0) === 0x0100 && g(1) === 0 && g(2) === 0 && g(3) === 0) return 'reserved';
  if (g(0) === 0x2001 && g(1) === 0x0db8) return 'documentation';
  if ((g(0) & 0xfe00) === 0xfc00) return 'unique-local';
  if ((g(0) & 0xffc0) === 0xfe80) return 'link-local';
  if ((g(0) & 0xffc0) === 0xfec0) return 'site-local';
  if ((g(0) & 0xff00) === 0xff00) return 'multicast';
  return undefined;
}

/** The blocked range an IP address falls in, or undefined when it is publicly routable or not an IP. */
export function classifyAddress(address: string): BlockedRange | undefined {
  const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  const family = isIP(bare.split('%')[0] ?? '');
  if (family === 4) {
    const value = parseIpv4(bare);
    return value === undefined ? undefined : classifyIpv4Number(value);
  }
  if (family === 6) {
    const groups = parseIpv6(bare);
    return groups === undefined ? 'reserved' : classifyIpv6Groups(groups);
  }
  return undefined;
}

export type HostCheck =
  | { readonly kind: 'public'; readonly addresses: readonly string[] }
  | { readonly kind: 'blocked'; readonly address: string; readonly range: BlockedRange }
  | { readonly kind: 'unresolvable'; readonly reason: string };

/** Resolves a URL host name (every address, as the connection may use any) and reports the first
 *  non-public one. IP literals are judged without a lookup; `localhost` names never reach the resolver. */
export async function checkHost(
  hostname: string,
  resolve: (name: string) => Promise<readonly string[]> = resolveAll,
): Promise<HostCheck> {
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  if (isIP(bare) !== 0) {
    const range = classifyAddress(bare);
    return range === undefined
      ? { kind: 'public', addresses: [bare] }
      : { kind: 'blocked', address: bare, range };
  }
  const name = bare.toLowerCase().replace(/\.$/, '');
  if (name === 'localhost' || name.endsWith('.localhost')) {
    return { kind: 'blocked', address: name, range: 'loopback' };
  }
  let resolved: readonly string[];
  try {
    resolved = await resolve(name);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return { kind: 'unresolvable', reason: typeof code === 'string' ? code : String(error) };
  }
  if (resolved.length === 0) return { kind: 'unresolvable', reason: 'no addresses' };
  for (const address of resolved) {
    const range = classifyAddress(address);
    if (range !== undefined) return { kind: 'blocked', address, range };
  }
  return { kind: 'public', addresses: resolved };
}

async function resolveAll(name: string): Promise<readonly string[]> {
  const entries = await lookup(name, { all: true, verbatim: true });
  return entries.map((entry) => entry.address);
}
