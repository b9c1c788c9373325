import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardedFetch } from './guarded-fetch.ts';

describe('guardedFetch', () => {
  let server: Server;
  let requests = 0;
  let port = 0;

  beforeAll(async () => {
    server = createServer((_request, response) => {
      requests += 1;
      response.end('should never be served');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('refuses at connect time a host name that resolves to loopback, whatever was checked before', async () => {
    // `localhost` resolves through the system resolver to 127.0.0.1 at connect time.
    const failure = await guardedFetch(`http://localhost:${port}/`).then(
      () => undefined,
      (error: unknown) => error as { cause?: { code?: string } },
    );
    expect(failure?.cause?.code).toBe('EPRIVATEADDRESS');
    expect(requests).toBe(0);
  });
});
