// Options several commands share, parsed once into the library's own option types.
import { InvalidArgumentError, Option } from 'commander';
import type { Diagnostic } from '../core/index.ts';
import type { IngestOptions } from '../ingest/index.ts';
import type { CliIo } from './io.ts';

export const DEFAULT_DB = './corroborate.db';

export function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) {
    throw new InvalidArgumentError(`expected a positive whole number, found "${value}"`);
  }
  return parsed;
}

export function networkOptions(): Option[] {
  return [
    new Option('--allow-private', 'allow fetching URLs on loopback and private networks'),
    new Option('--timeout <ms>', 'give up on a URL after this many milliseconds').argParser(positiveInteger),
  ];
}

export function toIngestOptions(options: { allowPrivate?: boolean; timeout?: number }): IngestOptions {
  return {
    allowPrivate: options.allowPrivate ?? false,
    ...(options.timeout === undefined ? {} : { timeoutMs: options.timeout }),
  };
}

export function resolveDbPath(option: string | undefined, io: CliIo): string {
  return option ?? io.env['CORROBORATE_DB'] ?? DEFAULT_DB;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.severity} ${d.code}${d.source === undefined ? '' : ` ${d.source}`}: ${d.message}`;
}

export function reportDiagnostics(io: CliIo, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) io.stderr(`corroborate: ${formatDiagnostic(d)}\n`);
}
