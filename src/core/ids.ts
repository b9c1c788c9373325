// Identity is content: ids are stable hashes of what a record says, so re-ingesting is a no-op.
import { createHash } from 'node:crypto';

/** Below this many characters of normalised text an article's text alone is too generic to identify it
 *  (headline-only items, "Live updates"), so its URL joins the hash. */
export const MIN_TEXT_FOR_TEXT_ONLY_ID = 280;

/** Normalise text for identity: Unicode NFKC, typographic quotes and dashes folded, whitespace collapsed. */
export function normalizeForIdentity(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export function hashId(prefix: string, ...parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(part);
    hash.update('\u0000');
  }
  return `${prefix}_${hash.digest('hex').slice(0, 16)}`;
}

/** An article's id: its normalised text, plus its URL when the text is too short to stand alone. */
export function articleId(text: string, url?: string): string {
  const normalized = normalizeForIdentity(text);
  if (normalized.length >= MIN_TEXT_FOR_TEXT_ONLY_ID || url === undefined) return hashId('a', normalized);
  return hashId('a', normalized, url);
}
