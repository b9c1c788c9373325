// The CLI's window on the process, injectable so tests run commands in-process and read what they print.
import type { Worker } from 'node:worker_threads';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stderr is a terminal: progress is drawn only there. */
  readonly interactive: boolean;
  /** Whether stdout is a terminal that takes colour (not with NO_COLOR set). */
  readonly colour?: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** What the launcher (bin/) provides beyond the process itself. */
export interface CliRuntime {
  /** A worker thread running annotate/ner/worker.ts (or the path of a bundled script that does): analyze then
   *  tags articles on it. The launcher starts it before loading the CLI, so its start-up overlaps the CLI's. */
  readonly nerWorker?: string | Worker;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  interactive: process.stderr.isTTY,
  colour: process.stdout.isTTY && process.env['NO_COLOR'] === undefined,
  env: process.env,
};

export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;
