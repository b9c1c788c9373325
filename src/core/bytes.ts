// Byte-level facts shared by ingestion (sniffing a file's kind) and extraction (refusing binary content).

// Signatures of binary formats, checked before any decoding.
// `also` is a second signature that must match too, for formats whose first bytes could start a text.
interface Signature {
  readonly name: string;
  readonly bytes: readonly number[];
  readonly at?: number;
  readonly also?: { readonly bytes: readonly number[]; readonly at: number };
}

const ascii = (text: string): number[] => [...text].map((character) => character.charCodeAt(0));

const BINARY_SIGNATURES: readonly Signature[] = [
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'ZIP', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip', bytes: [0x1f, 0x8b, 0x08] },
  { name: 'ELF', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'OLE2 (DOC/XLS)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'RAR', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { name: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'xz', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: 'zstd', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: 'WebAssembly', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: 'SQLite', bytes: [...ascii('SQLite format 3'), 0] },
  { name: 'WebP', bytes: ascii('RIFF'), also: { bytes: ascii('WEBP'), at: 8 } },
  { name: 'WAV', bytes: ascii('RIFF'), also: { bytes: ascii('WAVE'), at: 8 } },
  { name: 'AVI', bytes: ascii('RIFF'), also: { bytes: ascii('AVI '), at: 8 } },
  { name: 'MP4/MOV', bytes: [0x00], also: { bytes: ascii('ftyp'), at: 4 } },
  { name: 'Ogg', bytes: [0x4f, 0x67, 0x67, 0x53, 0x00] },
  { name: 'WOFF', bytes: [0x77, 0x4f, 0x46, 0x46] },
  { name: 'WOFF2', bytes: [0x77, 0x4f, 0x46, 0x32] },
];

export function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return (
    bytes.length >= at + signature.length && signature.every((byte, index) => bytes[at + index] === byte)
  );
}

/** The name of the binary format `bytes` start with (PDF, PNG, …), or undefined for anything else. */
export function binaryFormatOf(bytes: Uint8Array): string | undefined {
  return BINARY_SIGNATURES.find(
    (candidate) =>
      startsWith(bytes, candidate.bytes, candidate.at) &&
      (candidate.also === undefined || startsWith(bytes, candidate.also.bytes, candidate.also.at)),
  )?.name;
}
