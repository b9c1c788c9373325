// Data derived from installed packages, kept between runs under node_modules/.cache/corroborate (beside the
// CLI bundle; `CORROBORATE_CACHE_DIR` moves both). Each entry is named by a key that changes with its inputs,
// so a stale entry is never read; when the cache cannot be read or written the value is derived every time.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEFAULT_DIRECTORY = fileURLToPath(new URL('../../node_modules/.cache/corroborate/', import.meta.url));

export function cacheDirectory(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env['CORROBORATE_CACHE_DIR'] ?? DEFAULT_DIRECTORY;
}

/** The text cached as `name` (a file name carrying the inputs' key), else `derive()`'s, saved for the next run.
 *  A cached text that `isWhole` rejects (a damaged file) is derived and saved again. */
export function cachedText(
  name: string,
  derive: () => string,
  options: { readonly directory?: string; readonly isWhole?: (text: string) => boolean } = {},
): string {
  const directory = options.directory ?? cacheDirectory();
  const path = join(directory, name);
  try {
    const cached = readFileSync(path, 'utf8');
    if (options.isWhole?.(cached) ?? true) return cached;
  } catch {
    // Not cached yet (or unreadable): derived below.
  }
  const text = derive();
  try {
    mkdirSync(directory, { recursive: true });
    // Written aside and renamed, so a concurrent run never reads half a file.
    const partial = `${path}.${process.pid}.partial`;
    writeFileSync(partial, text);
    renameSync(partial, path);
  } catch {
    // A read-only install: derive again next time.
  }
  return text;
}
