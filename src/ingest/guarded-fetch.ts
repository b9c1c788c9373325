// The default fetch when private addresses are refused: the connection itself resolves the host through a
// lookup that rejects non-public addresses, so a DNS answer that changes between the check and the connect
// (DNS rebinding) cannot reach a private network.
import { lookup, type LookupAddress, type LookupOptions } from 'node:dns';
import type { Agent, fetch as UndiciFetch } from 'undici';
import { classifyAddress } from './address.ts';

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

function guardedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  lookup(hostname, { all: true, verbatim: true }, (error, addresses) => {
    if (error !== null) {
      callback(error, []);
      return;
    }
    const blocked = addresses.find((entry) => classifyAddress(entry.address) !== undefined);
    if (blocked !== undefined) {
      const refusal: NodeJS.ErrnoException = new Error(
        `refused to connect to ${hostname}: ${blocked.address} is a ${classifyAddress(blocked.address)} address`,
      );
      refusal.code = 'EPRIVATEADDRESS';
      callback(refusal, []);
      return;
    }
    if (options.all === true) callback(null, addresses);
    else callback(null, addresses[0]?.address ?? '', addresses[0]?.family);
  });
}

let client: Promise<{ agent: Agent; fetch: typeof UndiciFetch }> | undefined;

/** undici is loaded on the first fetch: most runs read files and never pay for it at start-up. */
function loadClient(): Promise<{ agent: Agent; fetch: typeof UndiciFetch }> {
  client ??= import('undici').then((undici) => ({
    agent: new undici.Agent({ connect: { lookup: guardedLookup } }),
    fetch: undici.fetch,
  }));
  return client;
}

/** A fetch whose every connection is checked at connect time; one shared connection pool per process. */
export const guardedFetch: typeof globalThis.fetch = async (input, init) => {
  const { agent, fetch } = await loadClient();
  return (await fetch(input as Parameters<typeof UndiciFetch>[0], {
    ...(init as Parameters<typeof UndiciFetch>[1]),
    dispatcher: agent,
  })) as unknown as Response;
};
