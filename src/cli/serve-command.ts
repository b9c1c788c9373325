// `corroborate serve`: the web UI and the JSON API over a store, until interrupted.
import { Command, InvalidArgumentError, Option } from 'commander';
import { createApp, MIN_TOKEN_LENGTH, startServer, type RunningServer } from '../http/index.ts';
import { openSqliteStore } from '../store/index.ts';
import { EXIT_OK, EXIT_USAGE, type CliIo } from './io.ts';
import { positiveInteger, resolveDbPath } from './shared-options.ts';

const DEFAULT_PORT = 8080;
const DEFAULT_HOST = '127.0.0.1';

function port(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65_535) {
    throw new InvalidArgumentError(`expected a port from 0 to 65535 (0 picks a free one), found "${value}"`);
  }
  return parsed;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/** Resolves when the process is asked to stop (Ctrl-C or a service manager's TERM). */
function untilInterrupted(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string): void => {
      process.off('SIGINT', onInterrupt);
      process.off('SIGTERM', onTerminate);
      resolve(signal);
    };
    const onInterrupt = (): void => stop('SIGINT');
    const onTerminate = (): void => stop('SIGTERM');
    process.once('SIGINT', onInterrupt);
    process.once('SIGTERM', onTerminate);
  });
}

export function serveCommand(io: CliIo, setExit: (code: number) => void): Command {
  return new Command('serve')
    .description('serve the web UI and the JSON API over the store (read-only unless given a token)')
    .addOption(new Option('--db <file>', 'SQLite database (default $CORROBORATE_DB or ./corroborate.db)'))
    .addOption(new Option('--port <port>', 'port to listen on').argParser(port).default(DEFAULT_PORT))
    .addOption(new Option('--host <host>', 'address to bind').default(DEFAULT_HOST))
    .addOption(
      new Option(
        '--token <token>',
        `enable ingest for clients presenting this token (${MIN_TOKEN_LENGTH}+ chars)`,
      ),
    )
    .addOption(
      new Option('--timeout <ms>', 'give up on a URL after this many milliseconds').argParser(
        positiveInteger,
      ),
    )
    .action(
      async (options: { db?: string; port: number; host: string; token?: string; timeout?: number }) => {
        const token = options.token ?? io.env['CORROBORATE_TOKEN'];
        if (token !== undefined && token.length < MIN_TOKEN_LENGTH) {
          io.stderr(
            `corroborate: expected a token of at least ${MIN_TOKEN_LENGTH} characters, found ${token.length} — ` +
              'a short token can be guessed over HTTP; generate one with `openssl rand -hex 16`\n',
          );
          setExit(EXIT_USAGE);
          return;
        }
        const store = openSqliteStore({ path: resolveDbPath(options.db, io) });
        try {
          const app = createApp({
            store,
            ...(token === undefined ? {} : { token }),
            ingestOptions: options.timeout === undefined ? {} : { timeoutMs: options.timeout },
            onError: (error) => io.stderr(`corroborate: request failed: ${error.stack ?? error.message}\n`),
          });
          let server: RunningServer;
          try {
            server = await startServer(app, { host: options.host, port: options.port });
          } catch (error) {
            io.stderr(`corroborate: cannot listen on ${options.host}:${options.port}: ${String(error)}\n`);
            setExit(EXIT_USAGE);
            return;
          }
          const stopped = untilInterrupted();
          const mode = token === undefined ? 'read-only' : 'ingest enabled with the token';
          io.stdout(
            `corroborate: serving ${store.countStories()} stories from ${store.countArticles()} articles at ${server.url}/ (${mode}); Ctrl-C stops\n`,
          );
          if (!isLoopback(options.host)) {
            io.stderr(
              `corroborate: listening on ${options.host}: anyone who can reach it can read the stories\n`,
            );
          }
          await stopped;
          await server.close();
          setExit(EXIT_OK);
        } finally {
          store.close();
        }
      },
    );
}
