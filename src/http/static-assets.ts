// The UI's static files (web/), read once at start-up and served from memory by name: only files that
// exist there at start, with a type chosen by extension, so no request path ever reaches the file system.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_DIRECTORY = fileURLToPath(new URL('../../web/', import.meta.url));

const TYPES: Readonly<Record<string, string>> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface StaticAsset {
  readonly type: string;
  readonly body: Uint8Array;
}

export function loadStaticAssets(directory: string = WEB_DIRECTORY): ReadonlyMap<string, StaticAsset> {
  const assets = new Map<string, StaticAsset>();
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const type = TYPES[extname(entry.name).toLowerCase()];
    if (!entry.isFile() || type === undefined) continue;
    assets.set(entry.name, { type, body: new Uint8Array(readFileSync(join(directory, entry.name))) });
  }
  return assets;
}
