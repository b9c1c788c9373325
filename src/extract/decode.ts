// First step of extraction: a raw document's bytes become text, in the encoding a browser would pick,
// and bytes that are not text at all (images, archives, garbage) are refused before any parsing.
import {
  binaryFormatOf,
  diagnostic,
  lazyPackage,
  startsWith,
  type Diagnostic,
  type Result,
} from '../core/index.ts';
import type { RawDocument } from '../ingest/types.ts';

const iconv = lazyPackage<typeof import('iconv-lite')>('iconv-lite');

/** Bytes of an HTML page searched for `<meta charset>`. The HTML standard's prescan stops at 1024, but
 *  pages put long inline scripts and comments first: in the extraction dev set 78 of 91 pages declare a
 *  charset, 15 of them past byte 1024, 3 past 4096, the furthest at byte 13,096. 16 KB covers them all
 *  while keeping the scan bounded. */
export const META_CHARSET_SCAN_BYTES = 16_384;

/** Head of the content judged for binary-ness (NULs, control characters, UTF-16 patterns). A few pages of
 *  text are enough to see a pattern, and the check stays constant-time on large inputs. */
export const BINARY_SCAN_BYTES = 8192;

/** Above this share of C0 control characters (tab, newlines and form feed excepted) the content is not
 *  text. The share is 0 on every page of the extraction dev set; uniformly random bytes give ~11%. 5%
 *  rejects binaries that slip past the NUL test while tolerating stray escape sequences. */
export const MAX_CONTROL_CHAR_SHARE = 0.05;

/** UTF-16 without a byte-order mark shows as NUL in every other byte on ASCII-heavy text. At least this
 *  share of the odd (LE) or even (BE) bytes must be NUL, and at most NOISE_NUL_SHARE of the others, before
 *  NULs are read as UTF-16 instead of binary. English UTF-16 text scores ~0.95 / 0.0. */
export const UTF16_NUL_SHARE = 0.3;
export const UTF16_NOISE_NUL_SHARE = 0.02;

// WHATWG Encoding Standard labels whose decoder differs from iconv-lite's encoding of the same name.
const WHATWG_ALIASES: Readonly<Record<string, string>> = {
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  iso_8859_1: 'windows-1252',
  'iso_8859-1': 'windows-1252',
  latin1: 'windows-1252',
  l1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'ansi_x3.4-1968': 'windows-1252',
  cp819: 'windows-1252',
  ibm819: 'windows-1252',
  'iso-ir-100': 'windows-1252',
  'x-cp1252': 'windows-1252',
  'iso-8859-9': 'windows-1254',
  latin5: 'windows-1254',
  'tis-620': 'windows-874',
  'iso-8859-11': 'windows-874',
  shift_jis: 'cp932',
  'shift-jis': 'cp932',
  sjis: 'cp932',
  'x-sjis': 'cp932',
  ms_kanji: 'cp932',
  'windows-31j': 'cp932',
  'euc-kr': 'cp949',
  'ks_c_5601-1987': 'cp949',
  korean: 'cp949',
  gb2312: 'gbk',
  gb_2312: 'gbk',
  'x-gbk': 'gbk',
  chinese: 'gbk',
  big5: 'big5hkscs',
  'big5-hkscs': 'big5hkscs',
  'x-mac-roman': 'macintosh',
  'x-mac-cyrillic': 'maccyrillic',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  unicode: 'utf-16le',
  'utf-16': 'utf-16le',
  ucs2: 'utf-16le',
};

type CharsetLabel = { readonly kind: 'known'; readonly encoding: string } | { readonly kind: 'unknown' };

/** Resolves a charset label as a browser would, to an encoding iconv-lite can decode. */
export function resolveCharset(label: string): CharsetLabel {
  const normalized = label
    .trim()
    .replace(/^["']|["']$/g, '')
    .toLowerCase();
  const encoding = WHATWG_ALIASES[normalized] ?? normalized;
  if (encoding === 'utf-8') return { kind: 'known', encoding };
  return iconv().encodingExists(encoding) ? { kind: 'known', encoding } : { kind: 'unknown' };
}

function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', length: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', length: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

function contentTypeCharset(contentType: string | undefined): string | undefined {
  return /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '')?.[1];
}

/** `<meta charset=…>` or `<meta http-equiv=Content-Type content="…; charset=…">` in the page's head. */
function metaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, META_CHARSET_SCAN_BYTES))
    .toString('latin1')
    .replace(/<!--[\s\S]*?-->/g, '');
  return /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
}

/** A BOM-less UTF-16 byte pattern: NULs in nearly every high byte and almost none in the low bytes. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const head = bytes.subarray(0, BINARY_SCAN_BYTES - (BINARY_SCAN_BYTES % 2));
  const pairs = Math.floor(head.length / 2);
  if (pairs < 2) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let index = 0; index + 1 < head.length; index += 2) {
    if (head[index] === 0) evenNuls += 1;
    if (head[index + 1] === 0) oddNuls += 1;
  }
  if (oddNuls / pairs >= UTF16_NUL_SHARE && evenNuls / pairs <= UTF16_NOISE_NUL_SHARE) return 'utf-16le';
  if (evenNuls / pairs >= UTF16_NUL_SHARE && oddNuls / pairs <= UTF16_NOISE_NUL_SHARE) return 'utf-16be';
  return undefined;
}

/** Counts well-formed multi-byte UTF-8 sequences and malformed bytes, to tell UTF-8 with a few stray
 *  bytes from a single-byte encoding. */
function utf8Evidence(bytes: Uint8Array): { readonly multibyte: number; readonly invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 1) {
      index += 1;
      continue;
    }
    let valid = length > 0 && index + length <= bytes.length;
    for (let offset = 1; valid && offset < length; offset += 1) {
      const next = bytes[index + offset] ?? 0;
      if (next < 0x80 || next > 0xbf) valid = false;
    }
    if (valid) {
      multibyte += 1;
      index += length;
    } else {
      invalid += 1;
      index += 1;
    }
  }
  return { multibyte, invalid };
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** UTF-8 when it is; otherwise UTF-8 with replacements if most non-ASCII is well-formed UTF-8, else
 *  windows-1252 (the web's de-facto default for undeclared legacy pages). */
function decodeUtf8OrFallback(bytes: Uint8Array, declared: boolean): { text: string; warning?: string } {
  try {
    return { text: utf8Strict.decode(bytes) };
  } catch {
    const evidence = utf8Evidence(bytes);
    if (evidence.multibyte > evidence.invalid) {
      return {
        text: utf8Lenient.decode(bytes),
        warning: `${evidence.invalid} byte(s) are not valid UTF-8 and were replaced; the rest read as UTF-8`,
      };
    }
    return {
      text: iconv().decode(Buffer.from(bytes), 'windows-1252'),
      warning: declared
        ? 'declared UTF-8 but not valid UTF-8, read as windows-1252'
        : 'not valid UTF-8, read as windows-1252',
    };
  }
}

function decodeWith(bytes: Uint8Array, encoding: string): { text: string; warning?: string } {
  if (encoding === 'utf-8') return decodeUtf8OrFallback(bytes, true);
  return { text: iconv().decode(Buffer.from(bytes), encoding) };
}

/**
 * The encoding, by the first rule that applies:
 * 1. A byte-order mark (UTF-8, UTF-16LE/BE) — it cannot be there by accident.
 * 2. The Content-Type charset — the transport's word outranks the page's, as in browsers.
 * 3. For HTML, `<meta charset>` in the first META_CHARSET_SCAN_BYTES (UTF-16 there means UTF-8, per spec).
 * 4. The NUL pattern of BOM-less UTF-16.
 * 5. Strict UTF-8, else a warned fallback (see decodeUtf8OrFallback).
 * An unknown label is reported and the next rule applies.
 */
function chooseEncodingAndDecode(
  document: RawDocument,
  warn: (code: string, message: string) => void,
): string {
  const bytes = document.bytes;
  const bom = byteOrderMark(bytes);
  if (bom !== undefined) return iconv().decode(Buffer.from(bytes.subarray(bom.length)), bom.encoding);
  const labels: { label: string; origin: string }[] = [];
  const fromHeader = contentTypeCharset(document.contentType);
  if (fromHeader !== undefined) labels.push({ label: fromHeader, origin: 'Content-Type' });
  if (document.format === 'html') {
    const fromMeta = metaCharset(bytes);
    if (fromMeta !== undefined) labels.push({ label: fromMeta, origin: '<meta charset>' });
  }
  for (const { label, origin } of labels) {
    const resolved = resolveCharset(label);
    if (resolved.kind === 'unknown') {
      warn('extract/unknown-charset', `unknown charset "${label}" in ${origin}; ignored`);
      continue;
    }
    const encoding =
      origin === '<meta charset>' && resolved.encoding.startsWith('utf-16') ? 'utf-8' : resolved.encoding;
    const decoded = decodeWith(bytes, encoding);
    if (decoded.warning !== undefined) warn('extract/mis-encoded', decoded.warning);
    return decoded.text;
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 !== undefined) return iconv().decode(Buffer.from(bytes), utf16);
  const decoded = decodeUtf8OrFallback(bytes, false);
  if (decoded.warning !== undefined) warn('extract/mis-encoded', decoded.warning);
  return decoded.text;
}

/** Share of C0 control characters other than tab, line feed, carriage return and form feed. */
function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let controls = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const allowed = code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
    if ((code < 0x20 && !allowed) || code === 0x7f) controls += 1;
  }
  return controls / text.length;
}

/** Bytes to text for extraction. Fatal `extract/binary` or `extract/empty` leave the value undefined. */
export function decodeDocument(document: RawDocument): Result<string | undefined> {
  const diagnostics: Diagnostic[] = [];
  const source = document.source;
  // Decoding warnings are moot once the content is refused, so a fatal result carries only its reason.
  const fatal = (code: string, message: string): Result<undefined> => ({
    value: undefined,
    diagnostics: [diagnostic('fatal', code, message, { source })],
  });
  const bytes = document.bytes;
  if (bytes.length === 0) return fatal('extract/empty', 'document has no bytes');
  const binaryFormat = binaryFormatOf(bytes);
  if (binaryFormat !== undefined) return fatal('extract/binary', `content is ${binaryFormat} data, not text`);
  const text = chooseEncodingAndDecode(document, (code, message) => {
    diagnostics.push(diagnostic('warning', code, message, { source }));
  }).replace(/^\uFEFF/, '');
  const head = text.slice(0, BINARY_SCAN_BYTES);
  if (head.includes('\u0000'))
    return fatal('extract/binary', 'content contains NUL characters, so it is not text');
  const share = controlShare(head);
  if (share > MAX_CONTROL_CHAR_SHARE) {
    return fatal(
      'extract/binary',
      `${(share * 100).toFixed(1)}% of the first characters are control characters`,
    );
  }
  if (text.trim() === '') return fatal('extract/empty', 'document is only whitespace');
  return { value: text, diagnostics };
}
