// Lists a directory tree lazily in sorted path order, skipping hidden entries and node_modules, following
// symbolic links without looping.
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

export type WalkEntry =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'error'; readonly path: string; readonly error: NodeJS.ErrnoException };

/** True for names a directory walk never enters or reads. */
export function isSkippedName(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** Yields every regular file under `root` (joined onto `root` as given), in code-unit order of full path. */
export async function* walkFiles(root: string): AsyncGenerator<WalkEntry> {
  const visited = new Set<string>();
  yield* walkDirectory(root, visited);
}

async function* walkDirectory(directory: string, visited: Set<string>): AsyncGenerator<WalkEntry> {
  let real: string;
  let dirents: Dirent[];
  try {
    real = await realpath(directory);
    if (visited.has(real)) return;
    visited.add(real);
    dirents = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    yield { kind: 'error', path: directory, error: error as NodeJS.ErrnoException };
    return;
  }
  const entries: { path: string; sortKey: string; isDirectory: boolean; error?: NodeJS.ErrnoException }[] =
    [];
  for (const dirent of dirents) {
    const name = dirent.name;
    if (isSkippedName(name)) continue;
    const path = join(directory, name);
    try {
      const info = dirent.isSymbolicLink() ? await stat(path) : dirent;
      if (!info.isDirectory() && !info.isFile()) continue;
      // A directory sorts as if its name ended in "/", so the walk matches a sort of full paths.
      entries.push({
        path,
        isDirectory: info.isDirectory(),
        sortKey: info.isDirectory() ? `${name}/` : name,
      });
    } catch (error) {
      entries.push({ path, isDirectory: false, sortKey: name, error: error as NodeJS.ErrnoException });
    }
  }
  entries.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  for (const entry of entries) {
    if (entry.error !== undefined) yield { kind: 'error', path: entry.path, error: entry.error };
    else if (entry.isDirectory) yield* walkDirectory(entry.path, visited);
    else yield { kind: 'file', path: entry.path };
  }
}
