import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../ingest/types.ts';
import { decodeDocument } from './decode.ts';

function document(bytes: Uint8Array, fields: Partial<RawDocument> = {}): RawDocument {
  return { source: 'test-input', bytes, format: 'html', fetchedAt: '2025-04-20T00:00:00.000Z', ...fields };
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const encoded = (text: string, encoding: string): Uint8Array => new Uint8Array(iconv.encode(text, encoding));
const codes = (result: ReturnType<typeof decodeDocument>): string[] => result.diagnostics.map((d) => d.code);

const FRENCH = 'Les négociations reprennent à Genève – « un pas décisif », selon le médiateur.';
const QUOTED = 'The minister said \u201cwe are close\u201d \u2014 and left.';
const JAPANESE = '外相会談は東京で行われ、双方が停戦案について協議した。';

describe('byte order marks', () => {
  it('reads UTF-8 with a BOM and drops the mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(FRENCH)]);
    expect(decodeDocument(document(bytes, { format: 'text' })).value).toBe(FRENCH);
  });

  it('reads UTF-16LE and UTF-16BE by their BOMs', () => {
    const le = new Uint8Array([0xff, 0xfe, ...encoded(JAPANESE, 'utf-16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...encoded(JAPANESE, 'utf-16be')]);
    expect(decodeDocument(document(le, { format: 'text' })).value).toBe(JAPANESE);
    expect(decodeDocument(document(be, { format: 'text' })).value).toBe(JAPANESE);
  });

  it('lets a BOM outrank a contradicting Content-Type charset', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(FRENCH)]);
    const result = decodeDocument(document(bytes, { contentType: 'text/html; charset=windows-1252' }));
    expect(result.value).toBe(FRENCH);
  });

  it('reads BOM-less UTF-16 by its pattern of NUL bytes instead of calling it binary', () => {
    const result = decodeDocument(document(encoded(QUOTED, 'utf-16le'), { format: 'text' }));
    expect(result.value).toBe(QUOTED);
  });
});

describe('declared charsets', () => {
  it('uses the Content-Type charset', () => {
    const bytes = encoded(FRENCH, 'windows-1252');
    const result = decodeDocument(
      document(bytes, { format: 'text', contentType: 'text/plain; charset="Windows-1252"' }),
    );
    expect(result).toEqual({ value: FRENCH, diagnostics: [] });
  });

  it('reads a windows-1252 page by its <meta charset>', () => {
    const page = `<html><head><meta charset="windows-1252"><title>t</title></head><body><p>${FRENCH} ${QUOTED}</p></body></html>`;
    const result = decodeDocument(document(encoded(page, 'windows-1252')));
    expect(result.diagnostics).toEqual([]);
    expect(result.value).toContain(FRENCH);
    expect(result.value).toContain(QUOTED);
  });

  it('reads iso-8859-1 as windows-1252, as browsers do, so curly quotes survive', () => {
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body><p>${QUOTED}</p></body></html>`;
    const result = decodeDocument(document(encoded(page, 'windows-1252')));
    expect(result.value).toContain(QUOTED);
  });

  it('reads a Shift_JIS page by its <meta charset>', () => {
    const page = `<html><head><meta charset="Shift_JIS"></head><body><p>${JAPANESE}</p></body></html>`;
    const result = decodeDocument(document(encoded(page, 'shift_jis')));
    expect(result.diagnostics).toEqual([]);
    expect(result.value).toContain(JAPANESE);
  });

  it('finds a <meta charset> that follows a long inline script', () => {
    const script = `<script>var config = ${JSON.stringify({ padding: 'x'.repeat(10_000) })};</script>`;
    const page = `<html><head>${script}<meta charset="windows-1252"></head><body><p>${FRENCH}</p></body></html>`;
    const result = decodeDocument(document(encoded(page, 'windows-1252')));
    expect(result.diagnostics).toEqual([]);
    expect(result.value).toContain(FRENCH);
  });

  it('lets the Content-Type charset outrank <meta charset>', () => {
    const page = `<html><head><meta charset="shift_jis"></head><body><p>${FRENCH}</p></body></html>`;
    const result = decodeDocument(document(utf8(page), { contentType: 'text/html; charset=utf-8' }));
    expect(result.value).toContain(FRENCH);
  });

  it('ignores a <meta charset> inside a comment', () => {
    const page = `<html><head><!-- <meta charset="koi8-r"> --></head><body><p>${FRENCH}</p></body></html>`;
    expect(decodeDocument(document(utf8(page))).value).toContain(FRENCH);
  });

  it('does not look for <meta charset> in plain text', () => {
    const text = `Quoting markup: <meta charset="shift_jis"> ${FRENCH}`;
    expect(decodeDocument(document(utf8(text), { format: 'text' })).value).toBe(text);
  });

  it('warns about an unknown charset label and reads the bytes as UTF-8', () => {
    const result = decodeDocument(
      document(utf8(FRENCH), { format: 'text', contentType: 'text/plain; charset=x-klingon' }),
    );
    expect(result.value).toBe(FRENCH);
    expect(codes(result)).toEqual(['extract/unknown-charset']);
    expect(result.diagnostics[0]).toMatchObject({ severity: 'warning', source: 'test-input' });
  });
});

describe('undeclared encodings', () => {
  it('reads valid UTF-8 without any warning', () => {
    expect(decodeDocument(document(utf8(JAPANESE), { format: 'text' }))).toEqual({
      value: JAPANESE,
      diagnostics: [],
    });
  });

  it('falls back to windows-1252 with a warning when the bytes are not UTF-8', () => {
    const result = decodeDocument(document(encoded(FRENCH, 'windows-1252'), { format: 'text' }));
    expect(result.value).toBe(FRENCH);
    expect(codes(result)).toEqual(['extract/mis-encoded']);
    expect(result.diagnostics[0]?.message).toContain('windows-1252');
  });

  it('keeps UTF-8 when only a stray byte is invalid, replacing it and warning', () => {
    const bytes = new Uint8Array([...utf8(FRENCH), 0xff, ...utf8(JAPANESE)]);
    const result = decodeDocument(document(bytes, { format: 'text' }));
    expect(result.value).toBe(`${FRENCH}\uFFFD${JAPANESE}`);
    expect(codes(result)).toEqual(['extract/mis-encoded']);
  });

  it('falls back to windows-1252 when a page declares UTF-8 but is not', () => {
    const page = `<html><head><meta charset="utf-8"></head><body><p>${FRENCH}</p></body></html>`;
    const result = decodeDocument(document(encoded(page, 'windows-1252')));
    expect(result.value).toContain(FRENCH);
    expect(codes(result)).toEqual(['extract/mis-encoded']);
  });
});

describe('content that is not text', () => {
  it.each([
    ['PDF', utf8('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj')],
    ['PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['ZIP', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0])],
    ['JPEG', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16])],
  ])('refuses %s data as binary', (_name, bytes) => {
    const result = decodeDocument(document(bytes, { format: 'text' }));
    expect(result.value).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.severity, d.code])).toEqual([['fatal', 'extract/binary']]);
  });

  it('refuses a text-named file holding NUL bytes', () => {
    const bytes = new Uint8Array([...utf8('header'), 0, 0, 0x12, 0x34, 0, 0xff, ...utf8('more')]);
    expect(codes(decodeDocument(document(bytes, { format: 'text' })))).toEqual(['extract/binary']);
  });

  it('refuses pseudo-random bytes', () => {
    let state = 42;
    const bytes = new Uint8Array(4096).map(() => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state % 256;
    });
    expect(codes(decodeDocument(document(bytes, { format: 'text' })))).toEqual(['extract/binary']);
  });

  it('refuses text thick with control characters', () => {
    const text = Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? '\u0007' : 'word ')).join('');
    expect(codes(decodeDocument(document(utf8(text), { format: 'text' })))).toEqual(['extract/binary']);
  });

  it('accepts a few control characters in an otherwise normal article', () => {
    const text = `${FRENCH}\u001b[0m ${QUOTED}\f${FRENCH}`;
    expect(decodeDocument(document(utf8(text), { format: 'text' })).value).toBe(text);
  });

  it('does not mistake an article opening with a format-like word for binary', () => {
    const text = 'RIFF between neighbours ends in court, as ftyp of dispute grows.';
    expect(decodeDocument(document(utf8(text), { format: 'text' })).value).toBe(text);
  });

  it('reports empty and whitespace-only documents as empty', () => {
    expect(codes(decodeDocument(document(new Uint8Array(0))))).toEqual(['extract/empty']);
    const blank = decodeDocument(document(utf8(' \n\t \r\n'), { format: 'text' }));
    expect(blank.value).toBeUndefined();
    expect(codes(blank)).toEqual(['extract/empty']);
  });
});

const DEV_SET = join(import.meta.dirname, '../../../shared/data/extraction/dev');

describe.skipIf(!existsSync(DEV_SET))('extraction dev set (../shared/data/extraction/dev)', () => {
  it('decodes every page without a fatal diagnostic or mis-encoding warning', () => {
    const files = readdirSync(DEV_SET).filter((name) => name.endsWith('.html.gz'));
    expect(files.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const name of files) {
      const result = decodeDocument(
        document(gunzipSync(readFileSync(join(DEV_SET, name))), { source: name }),
      );
      if (
        result.value === undefined ||
        result.diagnostics.some((d) => d.code !== 'extract/unknown-charset')
      ) {
        problems.push(`${name}: ${result.diagnostics.map((d) => d.message).join('; ')}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
