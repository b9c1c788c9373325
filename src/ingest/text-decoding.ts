// Turns container bytes (feeds, JSON, JSON lines) into text so ingestion can parse them; page bodies are
// decoded later by extract/decode with the fuller HTML rules.
import { lazyPackage } from '../core/index.ts';

const iconv = lazyPackage<typeof import('iconv-lite')>('iconv-lite');

export interface DecodedText {
  readonly text: string;
  /** Set when the bytes were not what they claimed, or claimed nothing and were not UTF-8. */
  readonly warning?: string;
}

/** The `charset` parameter of a Content-Type header, lower-cased, without quotes. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase();
}

/** The `encoding` of an XML declaration at the very start of the bytes. */
export function xmlDeclaredEncoding(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 256)).toString('latin1');
  const match = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  return match?.[1]?.toLowerCase();
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

// iconv's own check is a type guard that would narrow an unknown label to `never`.
function isKnownCharset(label: string): boolean {
  return iconv().encodingExists(label);
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Byte order mark first, then the declared charset, then strict UTF-8, then windows-1252 with a warning. */
export function decodeText(bytes: Uint8Array, declared?: string): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom !== undefined)
    return { text: iconv().decode(Buffer.from(bytes.subarray(bom.length)), bom.encoding) };
  const buffer = Buffer.from(bytes);
  const label = declared?.trim().toLowerCase();
  if (label !== undefined && label !== '' && !/^utf-?8$/.test(label)) {
    if (isKnownCharset(label)) return { text: iconv().decode(buffer, label) };
    const fallback = decodeText(bytes);
    const how = fallback.warning ?? 'read as UTF-8';
    return { text: fallback.text, warning: `unknown charset "${label}"; ${how}` };
  }
  try {
    return { text: utf8Strict.decode(bytes) };
  } catch {
    return { text: iconv().decode(buffer, 'windows-1252'), warning: 'not valid UTF-8, read as windows-1252' };
  }
}
