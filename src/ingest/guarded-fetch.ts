// The default fetch when private addresses are refused: the connection itself resolves the host through a
// lookup that rejects non-public addresses, so a DNS answer that changes between the check and the connect
// (DNS rebinding) cannot reach a private network.
import { lookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { Agent, fetch as undiciFetch } from 'undici';
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

let agent: Agent | undefined;

/** A fetch whose every connection is checked at connect time; one shared connection pool per process. */
export const guardedFetch: typeof globalThis.fetch = (input, init) => {
  agent ??= new Agent({ connect: { lookup: guardedLookup } });
  return undiciFetch(input as Parameters<typeof undiciFetch>[0], {
    ...(init as Parameters<typeof undiciFetch>[1]),
    dispatcher: agent,
  }) as unknown as Promise<Response>;
};
