// Gzip is recognised by its magic bytes, whatever the file is called, and inflated with a hard output
// cap so a small bomb cannot exhaust memory.
import { gunzip } from 'node:zlib';

/** True when the bytes start with the gzip member header (1f 8b). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

export type GunzipResult =
  | { readonly kind: 'ok'; readonly bytes: Uint8Array }
  | { readonly kind: 'too-large' }
  | { readonly kind: 'corrupt'; readonly reason: string };

/** Inflates every gzip member, refusing to produce more than `maxBytes`. */
export function gunzipCapped(bytes: Uint8Array, maxBytes: number): Promise<GunzipResult> {
  return new Promise((resolve) => {
    gunzip(bytes, { maxOutputLength: maxBytes }, (error, result) => {
      if (error === null) {
        resolve({ kind: 'ok', bytes: new Uint8Array(result.buffer, result.byteOffset, result.byteLength) });
      } else if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
        resolve({ kind: 'too-large' });
      } else {
        resolve({ kind: 'corrupt', reason: error.message });
      }
    });
  });
}

/** The name of the file inside a gzip, judged by its outer name: `a.html.gz` → `a.html`, `a.tgz` → `a.tar`. */
export function innerName(name: string): string {
  if (/\.tgz$/i.test(name)) return name.replace(/\.tgz$/i, '.tar');
  return name.replace(/\.(gz|gzip)$/i, '');
}
